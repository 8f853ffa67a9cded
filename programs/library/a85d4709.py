from battflow.dsl import *


def solve_a85d4709(I):
    """Colour each row by the column of its grey cell: left 2, middle 4, right 3."""
    x1 = ofcolor(I, FIVE)
    x2 = vfrontier(ORIGIN)
    x3 = intersection(x1, x2)
    x4 = mapply(hfrontier, x3)
    x5 = fill(I, TWO, x4)
    x6 = vfrontier(RIGHT)
    x7 = intersection(x1, x6)
    x8 = mapply(hfrontier, x7)
    x9 = fill(x5, FOUR, x8)
    x10 = vfrontier(ZERO_BY_TWO)
    x11 = intersection(x1, x10)
    x12 = mapply(hfrontier, x11)
    O = fill(x9, THREE, x12)
    return O
