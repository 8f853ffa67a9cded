from battflow.dsl import *


def solve_e9afcf9a(I):
    """Interleave the two uniform rows into an alternating checkerboard."""
    x1 = hmirror(I)
    x2 = asobject(x1)
    x3 = chain(even, last, last)
    x4 = compose(flip, x3)
    x5 = sfilter(x2, x4)
    O = paint(I, x5)
    return O
