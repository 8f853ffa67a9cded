from battflow.dsl import *


def solve_feca6190(I):
    """On a square of side five times the colour count, send each cell of the row diagonally up-right."""
    x1 = asobject(I)
    x2 = compose(positive, first)
    x3 = sfilter(x1, x2)
    x4 = size(x3)
    x5 = multiply(x4, FIVE)
    x6 = astuple(x5, x5)
    x7 = canvas(ZERO, x6)
    x8 = decrement(x5)
    x9 = toivec(x8)
    x10 = shift(x3, x9)
    x11 = rbind(shoot, UP_RIGHT)
    x12 = compose(x11, last)
    x13 = fork(recolor, first, x12)
    x14 = mapply(x13, x10)
    O = paint(x7, x14)
    return O
