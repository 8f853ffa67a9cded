from battflow.dsl import *


def solve_9565186b(I):
    """Grey out every cell not of the most common colour."""
    x1 = mostcolor(I)
    x2 = ofcolor(I, x1)
    x3 = asindices(I)
    x4 = difference(x3, x2)
    O = fill(I, FIVE, x4)
    return O
