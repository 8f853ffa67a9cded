from battflow.dsl import *


def solve_a87f7484(I):
    """Return the 3x3 block whose shape differs from all the other blocks."""
    x1 = portrait(I)
    x2 = branch(x1, vsplit, hsplit)
    x3 = height(I)
    x4 = width(I)
    x5 = multiply(x3, x4)
    x6 = divide(x5, NINE)
    x7 = x2(I, x6)
    x8 = rbind(ofcolor, ZERO)
    x9 = apply(x8, x7)
    x10 = leastcommon(x9)
    x11 = matcher(x8, x10)
    O = extract(x7, x11)
    return O
