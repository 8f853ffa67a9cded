from battflow.dsl import *


def solve_40853293(I):
    """Join each pair of same-coloured cells with a line of their colour; vertical lines cross over horizontal ones."""
    x1 = fgpartition(I)
    x2 = fork(connect, ulcorner, lrcorner)
    x3 = fork(recolor, color, x2)
    x4 = apply(x3, x1)
    x5 = sfilter(x4, hline)
    x6 = sfilter(x4, vline)
    x7 = merge(x5)
    x8 = merge(x6)
    x9 = paint(I, x7)
    O = paint(x9, x8)
    return O
