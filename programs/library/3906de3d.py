from battflow.dsl import *


def solve_3906de3d(I):
    """Push the red bars straight up into the gaps of the blue shape above them."""
    x1 = dmirror(I)
    x2 = matcher(identity, ZERO)
    x3 = rbind(order, x2)
    x4 = apply(x3, x1)
    O = dmirror(x4)
    return O
