from battflow.dsl import *


def solve_1cf80156(I):
    """Crop the grid to the bounding box of its only shape."""
    x1 = palette(I)
    x2 = mostcolor(I)
    x3 = other(x1, x2)
    x4 = ofcolor(I, x3)
    O = subgrid(x4, I)
    return O
