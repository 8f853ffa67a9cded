from battflow.dsl import *


def solve_6fa7a44f(I):
    """Append the upside-down image below the grid."""
    x1 = hmirror(I)
    O = vconcat(I, x1)
    return O
