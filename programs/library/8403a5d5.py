from battflow.dsl import *


def solve_8403a5d5(I):
    """From the seed column rightwards, fill every second column and link them with grey zig-zag caps."""
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = leftmost(x2)
    x4 = width(I)
    x5 = interval(x3, x4, TWO)
    x6 = apply(tojvec, x5)
    x7 = mapply(vfrontier, x6)
    x8 = fill(I, x1, x7)
    x9 = increment(x3)
    x10 = interval(x9, x4, FOUR)
    x11 = apply(tojvec, x10)
    x12 = fill(x8, FIVE, x11)
    x13 = add(x3, THREE)
    x14 = interval(x13, x4, FOUR)
    x15 = lowermost(x2)
    x16 = lbind(astuple, x15)
    x17 = apply(x16, x14)
    O = fill(x12, FIVE, x17)
    return O
