from battflow.dsl import *


def solve_dc1df850(I):
    """Surround every red cell with a ring of blue."""
    x1 = ofcolor(I, TWO)
    x2 = mapply(neighbors, x1)
    O = underfill(I, ONE, x2)
    return O
