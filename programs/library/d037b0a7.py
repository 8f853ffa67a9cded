from battflow.dsl import *


def solve_d037b0a7(I):
    """Let every coloured cell drip its colour down to the bottom edge."""
    x1 = objects(I, T, F, T)
    x2 = rbind(shoot, DOWN)
    x3 = compose(x2, center)
    x4 = fork(recolor, color, x3)
    x5 = mapply(x4, x1)
    O = paint(I, x5)
    return O
