from battflow.dsl import *


def solve_7468f01a(I):
    """Crop out the two-coloured rectangle and mirror it left to right."""
    x1 = objects(I, F, F, T)
    x2 = merge(x1)
    x3 = subgrid(x2, I)
    O = vmirror(x3)
    return O
