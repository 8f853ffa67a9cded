from battflow.dsl import *


def solve_0d3d703e(I):
    """Apply the fixed colour substitution 1-5, 2-6, 3-4, 8-9 (both directions)."""
    x1 = switch(I, ONE, FIVE)
    x2 = switch(x1, TWO, SIX)
    x3 = switch(x2, THREE, FOUR)
    O = switch(x3, EIGHT, NINE)
    return O
