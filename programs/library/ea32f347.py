from battflow.dsl import *


def solve_ea32f347(I):
    """Colour the three grey bars by length: longest blue, shortest red, the other yellow."""
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = argmin(x1, size)
    x4 = replace(I, FIVE, FOUR)
    x5 = fill(x4, ONE, x2)
    O = fill(x5, TWO, x3)
    return O
