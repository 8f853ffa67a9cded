from battflow.dsl import *


def solve_bdad9b1f(I):
    """Extend the cyan segment to a full column and the red one to a full row, yellow where they cross."""
    x1 = ofcolor(I, EIGHT)
    x2 = mapply(vfrontier, x1)
    x3 = ofcolor(I, TWO)
    x4 = mapply(hfrontier, x3)
    x5 = fill(I, EIGHT, x2)
    x6 = fill(x5, TWO, x4)
    x7 = intersection(x2, x4)
    O = fill(x6, FOUR, x7)
    return O
