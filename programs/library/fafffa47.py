from battflow.dsl import *


def solve_fafffa47(I):
    """Mark red the cells that are empty in both the top and the bottom half."""
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = intersection(x3, x4)
    x6 = shape(x2)
    x7 = canvas(ZERO, x6)
    O = fill(x7, TWO, x5)
    return O
