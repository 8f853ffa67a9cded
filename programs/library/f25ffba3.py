from battflow.dsl import *


def solve_f25ffba3(I):
    """Reflect the bottom half of the grid into the empty top half."""
    x1 = bottomhalf(I)
    x2 = hmirror(x1)
    O = vconcat(x2, x1)
    return O
