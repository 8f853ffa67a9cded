from battflow.dsl import *


def solve_bbc9ae5d(I):
    """Grow the row into a staircase, one more cell per row, over half the width in rows."""
    x1 = index(I, ORIGIN)
    x2 = ofcolor(I, x1)
    x3 = urcorner(x2)
    x4 = shoot(x3, UNITY)
    x5 = rbind(shoot, LEFT)
    x6 = mapply(x5, x4)
    x7 = width(I)
    x8 = halve(x7)
    x9 = astuple(x8, x7)
    x10 = canvas(ZERO, x9)
    O = fill(x10, x1, x6)
    return O
