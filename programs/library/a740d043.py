from battflow.dsl import *


def solve_a740d043(I):
    """Crop the picture drawn on the blue background, turning blue into black."""
    x1 = ofcolor(I, ONE)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = subgrid(x3, I)
    O = replace(x4, ONE, ZERO)
    return O
