from battflow.dsl import *


def solve_b6afb2da(I):
    """Restyle each grey rectangle: red inside, yellow border, blue corners."""
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, FIVE)
    x3 = replace(I, FIVE, TWO)
    x4 = mapply(box, x2)
    x5 = fill(x3, FOUR, x4)
    x6 = mapply(corners, x2)
    O = fill(x5, ONE, x6)
    return O
