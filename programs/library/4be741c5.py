from battflow.dsl import *


def solve_4be741c5(I):
    """List the colours of the stripes in order, as a row if the stripes follow each other left to right, else as a column."""
    x1 = first(I)
    x2 = dedupe(x1)
    x3 = dmirror(I)
    x4 = first(x3)
    x5 = dedupe(x4)
    x6 = repeat(x2, ONE)
    x7 = repeat(x5, ONE)
    x8 = dmirror(x7)
    x9 = size(x2)
    x10 = size(x5)
    x11 = greater(x9, x10)
    O = branch(x11, x6, x8)
    return O
