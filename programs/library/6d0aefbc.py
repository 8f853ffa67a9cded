from battflow.dsl import *


def solve_6d0aefbc(I):
    """Append the left-right mirror image to the right of the grid."""
    x1 = vmirror(I)
    O = hconcat(I, x1)
    return O
