from battflow.dsl import *


def solve_d511f180(I):
    """Swap grey and cyan."""
    O = switch(I, FIVE, EIGHT)
    return O
