from battflow.dsl import *


def solve_44f52bb0(I):
    """Answer blue (1) if the pattern is left-right symmetric, orange (7) otherwise."""
    x1 = vmirror(I)
    x2 = equality(x1, I)
    x3 = branch(x2, ONE, SEVEN)
    O = canvas(x3, UNITY)
    return O
