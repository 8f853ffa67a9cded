from battflow.dsl import *


def solve_1e0a9b12(I):
    """Let every coloured cell fall to the bottom of its column."""
    x1 = dmirror(I)
    x2 = rbind(order, identity)
    x3 = apply(x2, x1)
    O = dmirror(x3)
    return O
