from battflow.dsl import *


def solve_a65b410d(I):
    """Build a staircase on the red bar: growing green rows above it, shrinking blue rows below."""
    x1 = ofcolor(I, TWO)
    x2 = urcorner(x1)
    x3 = shoot(x2, UP_RIGHT)
    x4 = rbind(shoot, LEFT)
    x5 = mapply(x4, x3)
    x6 = fill(I, THREE, x5)
    x7 = shoot(x2, DOWN_LEFT)
    x8 = mapply(x4, x7)
    x9 = fill(x6, ONE, x8)
    O = fill(x9, TWO, x1)
    return O
