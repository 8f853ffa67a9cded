"""Colour queries on grids and objects (spec §4.5, 7 primitives).

"Is it a tuple?" decides Grid vs object; otherwise the first component of each element is read as
the colour (the row index, for Indices). Ties among colours follow CPython's iteration order of a
`set` filled in first-appearance order (the small-int set order rule of §1.6), which is what
`max(set(values), key=values.count)` does.
"""

from __future__ import annotations

from .types import Element, Integer, IntegerSet, Object, Objects


def _colours(element: Element) -> list:
    """Cell colours in row-major (Grid) or iteration (object) order."""
    if isinstance(element, tuple):
        return [v for row in element for v in row]
    return [v for v, _ in element]


def mostcolor(element: Element) -> Integer:
    """The most frequent colour; ValueError if empty."""
    values = _colours(element)
    return max(set(values), key=values.count)


def leastcolor(element: Element) -> Integer:
    """The least frequent colour; ValueError if empty."""
    values = _colours(element)
    return min(set(values), key=values.count)


def colorcount(element: Element, value: Integer) -> Integer:
    """The number of cells of colour value."""
    if isinstance(element, tuple):
        return sum(row.count(value) for row in element)
    return sum(v == value for v, _ in element)


def colorfilter(objs: Objects, value: Integer) -> Objects:
    """The objects whose first-iterated cell has colour value."""
    return frozenset(obj for obj in objs if next(iter(obj))[0] == value)


def palette(element: Element) -> IntegerSet:
    """The frozenset of distinct colours."""
    if isinstance(element, tuple):
        return frozenset({v for row in element for v in row})
    return frozenset({v for v, _ in element})


def numcolors(element: Element) -> IntegerSet:
    """The number of distinct colours (an int, whatever the annotation says)."""
    return len(palette(element))


def color(obj: Object) -> Integer:
    """The colour of the first-iterated cell; StopIteration if empty."""
    return next(iter(obj))[0]
