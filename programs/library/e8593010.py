from battflow.dsl import *


def solve_e8593010(I):
    """Colour the black holes by size: single cells green, pairs red, triples blue."""
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = sizefilter(x2, ONE)
    x4 = merge(x3)
    x5 = fill(I, THREE, x4)
    x6 = sizefilter(x2, TWO)
    x7 = merge(x6)
    x8 = fill(x5, TWO, x7)
    x9 = sizefilter(x2, THREE)
    x10 = merge(x9)
    O = fill(x8, ONE, x10)
    return O
