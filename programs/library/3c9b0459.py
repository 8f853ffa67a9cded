from battflow.dsl import *


def solve_3c9b0459(I):
    """Turn the grid upside down and mirror it left-right (a half turn)."""
    x1 = vmirror(I)
    O = hmirror(x1)
    return O
