from battflow.dsl import *


def solve_8be77c9e(I):
    """Append the upside-down copy of the grid below it."""
    x1 = hmirror(I)
    O = vconcat(I, x1)
    return O
