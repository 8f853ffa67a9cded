from battflow.dsl import *


def solve_39a8645d(I):
    """Output the shape that occurs most often among the scattered shapes."""
    x1 = objects(I, T, T, T)
    x2 = totuple(x1)
    x3 = apply(normalize, x2)
    x4 = mostcommon(x3)
    x5 = canvas(ZERO, THREE_BY_THREE)
    O = paint(x5, x4)
    return O
