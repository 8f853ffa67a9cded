"""Differs shipped with battflow (a pipeline's `scorers:`; docs/scores.md).

Each takes a program's output grid O and the expected grid C and returns an integer: 0 where the
two agree in what it measures, larger the further apart they are.
"""

from dsl import *


def palette_difference(O, C):
    """Colours in one grid and not the other."""
    x1 = palette(O)
    x2 = palette(C)
    x3 = difference(x1, x2)
    x4 = difference(x2, x1)
    x5 = size(x3)
    x6 = size(x4)
    x7 = add(x5, x6)
    return x7


def object_size_difference(O, C):
    """How far apart the largest objects are in size (same-colour, 4-connected, background
    left out); an empty grid's largest object has size 0."""
    x1 = objects(O, T, F, T)
    x2 = objects(C, T, F, T)
    x3 = valmax(x1, size)
    x4 = valmax(x2, size)
    x5 = subtract(x3, x4)
    x6 = subtract(x4, x3)
    x7 = astuple(x5, x6)
    x8 = maximum(x7)
    return x8


def object_count_difference(O, C):
    """How far apart the numbers of objects are (as object_size_difference counts them)."""
    x1 = objects(O, T, F, T)
    x2 = objects(C, T, F, T)
    x3 = size(x1)
    x4 = size(x2)
    x5 = subtract(x3, x4)
    x6 = subtract(x4, x3)
    x7 = astuple(x5, x6)
    x8 = maximum(x7)
    return x8


def cells_differing(O, C):
    """Cells where the grids differ, over the part they share (cellwise pairs up rows and
    columns as far as both grids go)."""
    x1 = cellwise(O, C, NEG_ONE)
    x2 = ofcolor(x1, NEG_ONE)
    x3 = size(x2)
    return x3
