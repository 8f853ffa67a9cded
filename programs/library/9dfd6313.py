from battflow.dsl import *


def solve_9dfd6313(I):
    """Reflect the grid across its main diagonal."""
    O = dmirror(I)
    return O
