from battflow.dsl import *


def solve_29c11459(I):
    """Extend the two end cells of a row towards each other until they meet, with a grey cell in the middle."""
    x1 = objects(I, T, F, T)
    x2 = width(I)
    x3 = halve(x2)
    x4 = rbind(astuple, x3)
    x5 = compose(x4, uppermost)
    x6 = fork(connect, center, x5)
    x7 = fork(recolor, color, x6)
    x8 = mapply(x7, x1)
    x9 = paint(I, x8)
    x10 = tojvec(x3)
    x11 = vfrontier(x10)
    x12 = toindices(x8)
    x13 = intersection(x11, x12)
    O = fill(x9, FIVE, x13)
    return O
