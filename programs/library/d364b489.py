from battflow.dsl import *


def solve_d364b489(I):
    """Surround each blue cell with red above, orange left, magenta right and cyan below."""
    x1 = ofcolor(I, ONE)
    x2 = shift(x1, UP)
    x3 = fill(I, TWO, x2)
    x4 = shift(x1, LEFT)
    x5 = fill(x3, SEVEN, x4)
    x6 = shift(x1, RIGHT)
    x7 = fill(x5, SIX, x6)
    x8 = shift(x1, DOWN)
    O = fill(x7, EIGHT, x8)
    return O
