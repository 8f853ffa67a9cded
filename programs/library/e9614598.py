from battflow.dsl import *


def solve_e9614598(I):
    """Draw a green plus sign halfway between the two blue cells."""
    x1 = ofcolor(I, ONE)
    x2 = center(x1)
    x3 = dneighbors(x2)
    x4 = insert(x2, x3)
    O = fill(I, THREE, x4)
    return O
