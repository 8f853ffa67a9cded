from battflow.dsl import *


def solve_67e8384a(I):
    """Build a 2x2 arrangement of mirror images so the result is symmetric in both axes."""
    x1 = vmirror(I)
    x2 = hconcat(I, x1)
    x3 = rot180(x2)
    O = vconcat(x2, x3)
    return O
