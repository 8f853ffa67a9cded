from battflow.dsl import *


def solve_f8b3ba0a(I):
    """List the minority block colours in a column, from most to least frequent."""
    x1 = palette(I)
    x2 = remove(ZERO, x1)
    x3 = lbind(colorcount, I)
    x4 = argmax(x2, x3)
    x5 = remove(x4, x2)
    x6 = compose(invert, x3)
    x7 = order(x5, x6)
    x8 = repeat(x7, ONE)
    O = dmirror(x8)
    return O
