from battflow.dsl import *


def solve_9172f3a0(I):
    """Scale the grid up by a factor of three."""
    O = upscale(I, THREE)
    return O
