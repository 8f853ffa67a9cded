from battflow.dsl import *


def solve_3bd67248(I):
    """Draw a red anti-diagonal from the top-right corner and a yellow line along the bottom row."""
    x1 = height(I)
    x2 = decrement(x1)
    x3 = tojvec(x2)
    x4 = shoot(x3, DOWN_LEFT)
    x5 = toivec(x2)
    x6 = hfrontier(x5)
    x7 = underfill(I, TWO, x4)
    O = underfill(x7, FOUR, x6)
    return O
