from battflow.dsl import *


def solve_794b24be(I):
    """Count the blue cells and light up that many red cells along a fixed path (top row, then the centre)."""
    x1 = colorcount(I, ONE)
    x2 = decrement(x1)
    x3 = tojvec(x2)
    x4 = connect(ORIGIN, x3)
    x5 = insert(UNITY, x4)
    x6 = equality(x1, FOUR)
    x7 = branch(x6, x5, x4)
    x8 = canvas(ZERO, THREE_BY_THREE)
    O = fill(x8, TWO, x7)
    return O
