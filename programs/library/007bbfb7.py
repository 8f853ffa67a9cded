from battflow.dsl import *


def solve_007bbfb7(I):
    """Place a copy of the 3x3 pattern in every block of the 9x9 output whose corresponding input cell is coloured."""
    x1 = hconcat(I, I)
    x2 = hconcat(x1, I)
    x3 = vconcat(x2, x2)
    x4 = vconcat(x3, x2)
    x5 = upscale(I, THREE)
    O = cellwise(x5, x4, ZERO)
    return O
