from battflow.dsl import *


def solve_dae9d2b5(I):
    """Overlay the left and right halves, marking every cell coloured in either half magenta."""
    x1 = lefthalf(I)
    x2 = righthalf(I)
    O = cellwise(x1, x2, SIX)
    return O
