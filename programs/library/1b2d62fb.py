from battflow.dsl import *


def solve_1b2d62fb(I):
    """Mark in azure the cells that are black in both halves either side of the blue divider."""
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, NINE)
    x4 = replace(x3, ZERO, EIGHT)
    O = replace(x4, NINE, ZERO)
    return O
