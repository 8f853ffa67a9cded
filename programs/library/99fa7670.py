from battflow.dsl import *


def solve_99fa7670(I):
    """Run a line from each coloured cell to the right edge, then down the edge until the next line."""
    x1 = objects(I, T, F, T)
    x2 = order(x1, uppermost)
    x3 = width(I)
    x4 = decrement(x3)
    x5 = rbind(astuple, x4)
    x6 = compose(x5, uppermost)
    x7 = rbind(shoot, DOWN)
    x8 = compose(x7, x6)
    x9 = rbind(shoot, RIGHT)
    x10 = compose(x9, center)
    x11 = fork(combine, x10, x8)
    x12 = fork(recolor, color, x11)
    x13 = mapply(x12, x2)
    O = paint(I, x13)
    return O
