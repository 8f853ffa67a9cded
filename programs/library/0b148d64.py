from battflow.dsl import *


def solve_0b148d64(I):
    """Output the quadrant drawn in the colour that occurs in only one quadrant."""
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    O = subgrid(x2, I)
    return O
