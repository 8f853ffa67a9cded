from battflow.dsl import *


def solve_22eb0ac0(I):
    """Where the two end cells of a row share a colour, fill the whole row with it."""
    x1 = fgpartition(I)
    x2 = matcher(height, ONE)
    x3 = sfilter(x1, x2)
    x4 = fork(recolor, color, backdrop)
    x5 = mapply(x4, x3)
    O = paint(I, x5)
    return O
