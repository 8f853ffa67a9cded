from battflow.dsl import *


def solve_88a62173(I):
    """Return the 2x2 quadrant that differs from the other three."""
    x1 = hsplit(I, TWO)
    x2 = rbind(vsplit, TWO)
    x3 = apply(x2, x1)
    x4 = merge(x3)
    O = leastcommon(x4)
    return O
