from battflow.dsl import *


def solve_5582e5ca(I):
    """Fill the whole grid with its most frequent colour."""
    x1 = mostcolor(I)
    x2 = shape(I)
    O = canvas(x1, x2)
    return O
