from battflow.dsl import *


def solve_62c24649(I):
    """Stack the grid on its upside-down copy, then append the left-right mirror of that."""
    x1 = hmirror(I)
    x2 = vconcat(I, x1)
    x3 = vmirror(x2)
    O = hconcat(x2, x3)
    return O
