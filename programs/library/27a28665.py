from battflow.dsl import *


def solve_27a28665(I):
    """Classify the five-cell 3x3 motif by how many pieces it falls into and answer with the class colour."""
    x1 = objects(I, T, F, F)
    x2 = colorfilter(x1, ZERO)
    x3 = difference(x1, x2)
    x4 = size(x3)
    x5 = equality(x4, THREE)
    x6 = branch(x5, ONE, TWO)
    x7 = equality(x4, TWO)
    x8 = branch(x7, THREE, x6)
    x9 = equality(x4, ONE)
    x10 = branch(x9, SIX, x8)
    O = canvas(x10, UNITY)
    return O
