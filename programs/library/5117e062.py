from battflow.dsl import *


def solve_5117e062(I):
    """Crop out the shape that holds an azure cell and recolour that cell to the shape's own colour."""
    x1 = objects(I, F, T, T)
    x2 = rbind(colorcount, EIGHT)
    x3 = argmax(x1, x2)
    x4 = subgrid(x3, I)
    x5 = mostcolor(x3)
    O = replace(x4, EIGHT, x5)
    return O
