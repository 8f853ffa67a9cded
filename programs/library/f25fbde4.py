from battflow.dsl import *


def solve_f25fbde4(I):
    """Crop the yellow shape and scale it up by two."""
    x1 = ofcolor(I, FOUR)
    x2 = subgrid(x1, I)
    O = upscale(x2, TWO)
    return O
