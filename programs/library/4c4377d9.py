from battflow.dsl import *


def solve_4c4377d9(I):
    """Stack the upside-down grid above the original."""
    x1 = hmirror(I)
    O = vconcat(x1, I)
    return O
