from battflow.dsl import *


def solve_a61f2674(I):
    """Keep only the tallest bar, in blue, and the shortest bar, in red."""
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = replace(I, FIVE, ZERO)
    x5 = fill(x4, ONE, x2)
    O = fill(x5, TWO, x3)
    return O
