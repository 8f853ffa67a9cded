from battflow.dsl import *


def solve_a699fb00(I):
    """Fill red each empty cell that sits between two blue cells in a row."""
    x1 = ofcolor(I, ONE)
    x2 = shift(x1, RIGHT)
    x3 = shift(x1, LEFT)
    x4 = intersection(x2, x3)
    O = underfill(I, TWO, x4)
    return O
