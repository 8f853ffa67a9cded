from battflow.dsl import *


def solve_f76d97a5(I):
    """Paint the grey cells with the other colour and blank out that colour's old cells."""
    x1 = palette(I)
    x2 = other(x1, FIVE)
    x3 = switch(I, FIVE, x2)
    O = replace(x3, FIVE, ZERO)
    return O
