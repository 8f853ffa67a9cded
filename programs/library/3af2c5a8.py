from battflow.dsl import *


def solve_3af2c5a8(I):
    """Tile the grid 2x2 with mirrored copies so the result is symmetric both ways."""
    x1 = vmirror(I)
    x2 = hconcat(I, x1)
    x3 = hmirror(x2)
    O = vconcat(x2, x3)
    return O
