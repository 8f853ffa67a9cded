from battflow.dsl import *


def solve_bb43febb(I):
    """Fill the inside of every grey rectangle with red, keeping a one-cell grey rim."""
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, FIVE)
    x3 = compose(backdrop, inbox)
    x4 = mapply(x3, x2)
    O = fill(I, TWO, x4)
    return O
