from battflow.dsl import *


def solve_4258a5f9(I):
    """Surround every grey cell with a ring of blue."""
    x1 = objects(I, T, F, T)
    x2 = mapply(outbox, x1)
    O = fill(I, ONE, x2)
    return O
