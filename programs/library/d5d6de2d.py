from battflow.dsl import *


def solve_d5d6de2d(I):
    """Replace each red frame by a green fill of its interior."""
    x1 = objects(I, T, F, T)
    x2 = mapply(delta, x1)
    x3 = replace(I, TWO, ZERO)
    O = fill(x3, THREE, x2)
    return O
