from battflow.dsl import *


def solve_2dc579da(I):
    """Of the four quadrants cut out by the cross of lines, output the one containing the odd cell."""
    x1 = vsplit(I, TWO)
    x2 = rbind(hsplit, TWO)
    x3 = apply(x2, x1)
    x4 = merge(x3)
    O = argmax(x4, numcolors)
    return O
