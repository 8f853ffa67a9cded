from battflow.dsl import *


def solve_e98196ab(I):
    """Overlay the parts above and below the grey divider line."""
    x1 = tophalf(I)
    x2 = bottomhalf(I)
    x3 = asobject(x2)
    O = underpaint(x1, x3)
    return O
