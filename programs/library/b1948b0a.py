from battflow.dsl import *


def solve_b1948b0a(I):
    """Turn every magenta cell red."""
    O = replace(I, SIX, TWO)
    return O
