from battflow.dsl import *


def solve_ded97339(I):
    """Join every two cyan cells that share a row or a column with a cyan line."""
    x1 = ofcolor(I, EIGHT)
    x2 = prapply(connect, x1, x1)
    x3 = compose(positive, size)
    x4 = sfilter(x2, x3)
    x5 = fork(either, vline, hline)
    x6 = mfilter(x4, x5)
    O = fill(I, EIGHT, x6)
    return O
