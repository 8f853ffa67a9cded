from battflow.dsl import *


def solve_1f85a75f(I):
    """Crop the largest shape out of the noisy grid."""
    x1 = objects(I, T, T, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O
