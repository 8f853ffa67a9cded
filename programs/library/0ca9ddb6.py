from battflow.dsl import *


def solve_0ca9ddb6(I):
    """Put yellow at the diagonal neighbours of red cells and orange at the orthogonal neighbours of blue cells."""
    x1 = ofcolor(I, TWO)
    x2 = mapply(ineighbors, x1)
    x3 = ofcolor(I, ONE)
    x4 = mapply(dneighbors, x3)
    x5 = fill(I, FOUR, x2)
    O = fill(x5, SEVEN, x4)
    return O
