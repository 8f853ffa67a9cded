from battflow.dsl import *


def solve_a5f85a15(I):
    """Recolour every second cell of each diagonal line yellow, starting from its second cell."""
    x1 = objects(I, T, T, T)
    x2 = chain(even, first, last)
    x3 = compose(flip, x2)
    x4 = rbind(sfilter, x3)
    x5 = compose(x4, normalize)
    x6 = fork(shift, x5, ulcorner)
    x7 = mapply(x6, x1)
    O = fill(I, FOUR, x7)
    return O
