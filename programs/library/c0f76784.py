from battflow.dsl import *


def solve_c0f76784(I):
    """Fill the holes of the grey squares by hole size: 1 magenta, 4 orange, 9 cyan."""
    x1 = objects(I, T, F, T)
    x2 = apply(delta, x1)
    x3 = sizefilter(x2, ONE)
    x4 = merge(x3)
    x5 = fill(I, SIX, x4)
    x6 = sizefilter(x2, FOUR)
    x7 = merge(x6)
    x8 = fill(x5, SEVEN, x7)
    x9 = sizefilter(x2, NINE)
    x10 = merge(x9)
    O = fill(x8, EIGHT, x10)
    return O
