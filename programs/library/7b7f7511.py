from battflow.dsl import *


def solve_7b7f7511(I):
    """The grid is a pattern repeated twice along its long side; keep one copy."""
    x1 = portrait(I)
    x2 = branch(x1, tophalf, lefthalf)
    O = x2(I)
    return O
