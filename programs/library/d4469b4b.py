from battflow.dsl import *


def solve_d4469b4b(I):
    """Draw a grey glyph chosen by the input colour: blue a plus, red a T, green an L."""
    x1 = palette(I)
    x2 = other(x1, ZERO)
    x3 = vfrontier(RIGHT)
    x4 = hfrontier(DOWN)
    x5 = combine(x4, x3)
    x6 = hfrontier(ORIGIN)
    x7 = combine(x6, x3)
    x8 = hfrontier(TWO_BY_ZERO)
    x9 = vfrontier(ZERO_BY_TWO)
    x10 = combine(x8, x9)
    x11 = equality(x2, TWO)
    x12 = branch(x11, x7, x10)
    x13 = equality(x2, ONE)
    x14 = branch(x13, x5, x12)
    x15 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x15, FIVE, x14)
    return O
