from battflow.dsl import *


def solve_aedd82e4(I):
    """Turn every isolated single red cell blue."""
    x1 = objects(I, T, F, F)
    x2 = sizefilter(x1, ONE)
    x3 = colorfilter(x2, TWO)
    x4 = merge(x3)
    O = fill(I, ONE, x4)
    return O
