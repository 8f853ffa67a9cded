from battflow.dsl import *


def solve_b9b7f026(I):
    """Output the colour of the only rectangle with a hole in it."""
    x1 = objects(I, T, F, T)
    x2 = extract(x1, delta)
    x3 = color(x2)
    O = canvas(x3, UNITY)
    return O
