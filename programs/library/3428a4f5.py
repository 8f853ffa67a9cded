from battflow.dsl import *


def solve_3428a4f5(I):
    """Compare the two halves above and below the yellow divider and mark in green the cells where they differ."""
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = cellwise(x1, x2, THREE)
    O = replace(x3, TWO, ZERO)
    return O
