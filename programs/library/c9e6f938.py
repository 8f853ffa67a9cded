from battflow.dsl import *


def solve_c9e6f938(I):
    """Place the grid next to its left-right mirror image."""
    x1 = vmirror(I)
    O = hconcat(I, x1)
    return O
