from battflow.dsl import *


def solve_c8f0f002(I):
    """Turn every orange cell grey."""
    O = replace(I, SEVEN, FIVE)
    return O
