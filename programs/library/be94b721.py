from battflow.dsl import *


def solve_be94b721(I):
    """Crop the largest object."""
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O
