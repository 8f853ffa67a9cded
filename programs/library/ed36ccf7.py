from battflow.dsl import *


def solve_ed36ccf7(I):
    """Rotate the grid a quarter turn anticlockwise."""
    O = rot270(I)
    return O
