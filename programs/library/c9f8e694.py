from battflow.dsl import *


def solve_c9f8e694(I):
    """Recolour the grey cells of each row with the colour in that row's first column."""
    x1 = height(I)
    x2 = astuple(x1, ONE)
    x3 = crop(I, ORIGIN, x2)
    x4 = width(I)
    x5 = hupscale(x3, x4)
    x6 = ofcolor(I, FIVE)
    x7 = toobject(x6, x5)
    O = paint(I, x7)
    return O
