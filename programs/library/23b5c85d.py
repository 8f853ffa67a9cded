from battflow.dsl import *


def solve_23b5c85d(I):
    """Output the smallest of the solid rectangles."""
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = shape(x2)
    x4 = color(x2)
    O = canvas(x4, x3)
    return O
