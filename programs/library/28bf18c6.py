from battflow.dsl import *


def solve_28bf18c6(I):
    """Cut out the single shape and place two copies of it side by side."""
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = subgrid(x2, I)
    O = hconcat(x3, x3)
    return O
