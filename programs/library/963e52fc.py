from battflow.dsl import *


def solve_963e52fc(I):
    """Double the grid's width, continuing the horizontal repeating pattern."""
    x1 = asobject(I)
    x2 = hperiod(x1)
    x3 = width(I)
    x4 = double(x3)
    x5 = interval(ZERO, x4, x2)
    x6 = apply(tojvec, x5)
    x7 = lbind(shift, x1)
    x8 = mapply(x7, x6)
    x9 = height(I)
    x10 = astuple(x9, x4)
    x11 = canvas(ZERO, x10)
    O = paint(x11, x8)
    return O
