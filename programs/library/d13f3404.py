from battflow.dsl import *


def solve_d13f3404(I):
    """On a 6x6 canvas, trail every coloured cell diagonally down-right to the edge."""
    x1 = fgpartition(I)
    x2 = rbind(shoot, UNITY)
    x3 = lbind(mapply, x2)
    x4 = compose(x3, toindices)
    x5 = fork(recolor, color, x4)
    x6 = mapply(x5, x1)
    x7 = astuple(SIX, SIX)
    x8 = canvas(ZERO, x7)
    O = paint(x8, x6)
    return O
