from battflow.dsl import *


def solve_017c7c7b(I):
    """Continue the vertically periodic pattern to nine rows and recolour it red."""
    x1 = asobject(I)
    x2 = vperiod(x1)
    x3 = width(I)
    x4 = astuple(x2, x3)
    x5 = crop(I, ORIGIN, x4)
    x6 = rbind(vconcat, x5)
    x7 = power(x6, FOUR)
    x8 = x7(x5)
    x9 = astuple(NINE, x3)
    x10 = crop(x8, ORIGIN, x9)
    O = replace(x10, ONE, TWO)
    return O
