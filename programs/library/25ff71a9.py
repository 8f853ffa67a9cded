from battflow.dsl import *


def solve_25ff71a9(I):
    """Move the shape one row down."""
    x1 = objects(I, F, T, T)
    x2 = merge(x1)
    O = move(I, x2, DOWN)
    return O
