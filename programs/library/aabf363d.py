from battflow.dsl import *


def solve_aabf363d(I):
    """Recolour the shape with the colour of the lone corner cell and erase that cell."""
    x1 = leastcolor(I)
    x2 = ofcolor(I, x1)
    x3 = fill(I, ZERO, x2)
    x4 = leastcolor(x3)
    O = replace(x3, x4, x1)
    return O
