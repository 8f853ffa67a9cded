from battflow.dsl import *


def solve_d4f3cd78(I):
    """Flood the grey box with cyan and let it leak out through the gap to the grid edge."""
    x1 = ofcolor(I, FIVE)
    x2 = delta(x1)
    x3 = box(x1)
    x4 = intersection(x2, x3)
    x5 = first(x4)
    x6 = center(x1)
    x7 = subtract(x5, x6)
    x8 = sign(x7)
    x9 = shoot(x5, x8)
    x10 = combine(x2, x9)
    O = fill(I, EIGHT, x10)
    return O
