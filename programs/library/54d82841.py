from battflow.dsl import *


def solve_54d82841(I):
    """Mark with yellow the bottom-row cell directly below the middle of each cup shape."""
    x1 = objects(I, T, F, T)
    x2 = compose(vfrontier, center)
    x3 = mapply(x2, x1)
    x4 = height(I)
    x5 = decrement(x4)
    x6 = toivec(x5)
    x7 = hfrontier(x6)
    x8 = intersection(x3, x7)
    O = fill(I, FOUR, x8)
    return O
