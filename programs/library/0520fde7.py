from battflow.dsl import *


def solve_0520fde7(I):
    """Mark in red the cells that are blue in both halves either side of the grey divider."""
    x1 = lefthalf(I)
    x2 = righthalf(I)
    x3 = cellwise(x1, x2, ZERO)
    O = replace(x3, ONE, TWO)
    return O
