from battflow.dsl import *


def solve_9f236235(I):
    """Reduce the grid of blocks to one cell per block, mirrored left to right."""
    x1 = objects(I, T, F, F)
    x2 = lbind(contained, ORIGIN)
    x3 = compose(x2, toindices)
    x4 = extract(x1, x3)
    x5 = height(x4)
    x6 = compress(I)
    x7 = downscale(x6, x5)
    O = vmirror(x7)
    return O
