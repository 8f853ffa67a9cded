from battflow.dsl import *


def solve_868de0fa(I):
    """Fill each blue square frame: red inside if its side is even, orange if odd."""
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ONE)
    x3 = compose(even, height)
    x4 = sfilter(x2, x3)
    x5 = mapply(delta, x4)
    x6 = fill(I, TWO, x5)
    x7 = difference(x2, x4)
    x8 = mapply(delta, x7)
    O = fill(x6, SEVEN, x8)
    return O
