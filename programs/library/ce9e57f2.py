from battflow.dsl import *


def solve_ce9e57f2(I):
    """Recolour the lower half of every red bar cyan."""
    x1 = objects(I, T, F, T)
    x2 = compose(halve, height)
    x3 = fork(subtract, height, x2)
    x4 = compose(toivec, x3)
    x5 = fork(shift, identity, x4)
    x6 = fork(intersection, identity, x5)
    x7 = mapply(x6, x1)
    O = fill(I, EIGHT, x7)
    return O
