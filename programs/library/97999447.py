from battflow.dsl import *


def solve_97999447(I):
    """Extend each coloured cell rightwards as a dashed line alternating its colour with grey."""
    x1 = objects(I, T, F, T)
    x2 = rbind(shoot, RIGHT)
    x3 = compose(x2, center)
    x4 = mapply(x3, x1)
    x5 = fill(I, FIVE, x4)
    x6 = width(I)
    x7 = rbind(interval, TWO)
    x8 = rbind(x7, x6)
    x9 = compose(x8, leftmost)
    x10 = compose(initset, uppermost)
    x11 = fork(product, x10, x9)
    x12 = fork(recolor, color, x11)
    x13 = mapply(x12, x1)
    O = paint(x5, x13)
    return O
