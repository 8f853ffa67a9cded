from battflow.dsl import *


def solve_b27ca6d3(I):
    """Draw a green frame around every pair of adjacent red cells."""
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, TWO)
    x3 = mapply(outbox, x2)
    O = underfill(I, THREE, x3)
    return O
