from battflow.dsl import *


def solve_cce03e0d(I):
    """Place a copy of the grid in each 3x3 block whose input cell is red."""
    x1 = vconcat(I, I)
    x2 = vconcat(x1, I)
    x3 = hconcat(x2, x2)
    x4 = hconcat(x3, x2)
    x5 = upscale(I, THREE)
    x6 = ofcolor(x5, TWO)
    x7 = toobject(x6, x4)
    x8 = shape(x4)
    x9 = canvas(ZERO, x8)
    O = paint(x9, x7)
    return O
