from battflow.dsl import *


def solve_ea786f4a(I):
    """Blank out both diagonals of the square grid."""
    x1 = asindices(I)
    x2 = lrcorner(x1)
    x3 = connect(ORIGIN, x2)
    x4 = urcorner(x1)
    x5 = llcorner(x1)
    x6 = connect(x4, x5)
    x7 = combine(x3, x6)
    O = fill(I, ZERO, x7)
    return O
