from battflow.dsl import *


def solve_46442a0e(I):
    """Build a 2x2 pinwheel of the grid and its rotations (quarter turns clockwise around the square)."""
    x1 = rot270(I)
    x2 = rot180(I)
    x3 = rot90(I)
    x4 = vconcat(I, x1)
    x5 = vconcat(x3, x2)
    O = hconcat(x4, x5)
    return O
