from battflow.dsl import *


def solve_90c28cc7(I):
    """Summarise the coloured block layout as one cell per block."""
    x1 = ofcolor(I, ZERO)
    x2 = asindices(I)
    x3 = difference(x2, x1)
    x4 = subgrid(x3, I)
    x5 = dedupe(x4)
    x6 = dmirror(x5)
    x7 = dedupe(x6)
    O = dmirror(x7)
    return O
