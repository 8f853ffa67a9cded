from battflow.dsl import *


def solve_8d5021e8(I):
    """Mirror the grid sideways next to itself, then stack flipped, plain and flipped copies of that."""
    x1 = vmirror(I)
    x2 = hconcat(x1, I)
    x3 = hmirror(x2)
    x4 = vconcat(x3, x2)
    O = vconcat(x4, x3)
    return O
