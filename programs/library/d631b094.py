from battflow.dsl import *


def solve_d631b094(I):
    """Output a single row with one cell per coloured cell of the input, in that colour."""
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = colorcount(I, x2)
    x4 = astuple(ONE, x3)
    O = canvas(x2, x4)
    return O
