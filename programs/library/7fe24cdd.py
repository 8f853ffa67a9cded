from battflow.dsl import *


def solve_7fe24cdd(I):
    """Build a 2x2 pinwheel of the grid and its clockwise rotations."""
    x1 = rot90(I)
    x2 = hconcat(I, x1)
    x3 = rot180(x2)
    O = vconcat(x2, x3)
    return O
