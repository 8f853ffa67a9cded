from battflow.dsl import *


def solve_543a7ed5(I):
    """Surround each magenta rectangle with a green outline and fill its holes with yellow."""
    x1 = objects(I, T, F, T)
    x2 = mapply(outbox, x1)
    x3 = mapply(delta, x1)
    x4 = fill(I, THREE, x2)
    O = fill(x4, FOUR, x3)
    return O
