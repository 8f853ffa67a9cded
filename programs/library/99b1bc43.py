from battflow.dsl import *


def solve_99b1bc43(I):
    """Mark green the cells coloured in exactly one of the two halves above and below the divider."""
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = ofcolor(x1, ZERO)
    x4 = ofcolor(x2, ZERO)
    x5 = difference(x3, x4)
    x6 = difference(x4, x3)
    x7 = combine(x5, x6)
    x8 = shape(x1)
    x9 = canvas(ZERO, x8)
    O = fill(x9, THREE, x7)
    return O
