from battflow.dsl import *


def solve_6150a2bd(I):
    """Turn the grid a half turn, as two quarter turns."""
    x1 = rot90(I)
    O = rot90(x1)
    return O
