from battflow.dsl import *


def solve_48d8fb45(I):
    """Crop out the shape that has a grey marker cell sitting on top of it."""
    x1 = objects(I, F, T, T)
    x2 = rbind(colorcount, FIVE)
    x3 = argmax(x1, x2)
    x4 = matcher(first, FIVE)
    x5 = compose(flip, x4)
    x6 = sfilter(x3, x5)
    O = subgrid(x6, I)
    return O
