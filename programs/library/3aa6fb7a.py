from battflow.dsl import *


def solve_3aa6fb7a(I):
    """Complete each three-cell azure corner into a 2x2 square by adding a blue cell."""
    x1 = objects(I, T, T, T)
    x2 = mapply(delta, x1)
    O = fill(I, ONE, x2)
    return O
