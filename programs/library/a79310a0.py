from battflow.dsl import *


def solve_a79310a0(I):
    """Move the cyan shape down one row and make it red."""
    x1 = ofcolor(I, EIGHT)
    x2 = shift(x1, DOWN)
    x3 = replace(I, EIGHT, ZERO)
    O = fill(x3, TWO, x2)
    return O
