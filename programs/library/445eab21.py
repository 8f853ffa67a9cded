from battflow.dsl import *


def solve_445eab21(I):
    """Output a 2x2 square in the colour of the frame that encloses the largest area."""
    x1 = objects(I, T, F, T)
    x2 = compose(size, backdrop)
    x3 = argmax(x1, x2)
    x4 = color(x3)
    O = canvas(x4, TWO_BY_TWO)
    return O
