"""Patch construction and conversion (spec §4.7, 20 primitives).

Coordinates are unbounded: results may hold negative or beyond-grid locations. Set results are built
by inserting in a fixed sequence (row-major scans, the argument's iteration order), which fixes
their CPython iteration order (§1.6).
"""

from __future__ import annotations

from .bbox import leftmost, lowermost, lrcorner, rightmost, ulcorner, uppermost
from .dispatch import is_object, toindices
from .types import Grid, Indices, Integer, IntegerTuple, Object, Patch

__all__ = [
    "asindices",
    "asobject",
    "backdrop",
    "box",
    "connect",
    "delta",
    "dneighbors",
    "hfrontier",
    "inbox",
    "ineighbors",
    "neighbors",
    "normalize",
    "ofcolor",
    "outbox",
    "recolor",
    "shift",
    "shoot",
    "toindices",
    "toobject",
    "vfrontier",
]


def recolor(value: Integer, patch: Patch) -> Object:
    """An Object of colour value at every location of the patch."""
    return frozenset((value, index) for index in toindices(patch))


def shift(patch: Patch, directions: IntegerTuple) -> Patch:
    """Every location moved by directions; an empty patch is returned as-is."""
    if len(patch) == 0:
        return patch
    di, dj = directions
    if is_object(patch):
        return frozenset((value, (i + di, j + dj)) for value, (i, j) in patch)
    return frozenset((i + di, j + dj) for i, j in patch)


def normalize(patch: Patch) -> Patch:
    """The patch shifted so that its bbox corner is (0, 0); an empty patch is returned as-is."""
    if len(patch) == 0:
        return patch
    return shift(patch, (-uppermost(patch), -leftmost(patch)))


# The neighbour sets read loc[0] and loc[1] inside each element, left to right, so a bad location
# raises what that order raises (a tuple loc[0] fails on `- 1` before a missing loc[1] is read).
def dneighbors(loc: IntegerTuple) -> Indices:
    """The 4 orthogonal neighbours."""
    return frozenset(
        {(loc[0] - 1, loc[1]), (loc[0] + 1, loc[1]), (loc[0], loc[1] - 1), (loc[0], loc[1] + 1)}
    )


def ineighbors(loc: IntegerTuple) -> Indices:
    """The 4 diagonal neighbours."""
    return frozenset(
        {
            (loc[0] - 1, loc[1] - 1),
            (loc[0] - 1, loc[1] + 1),
            (loc[0] + 1, loc[1] - 1),
            (loc[0] + 1, loc[1] + 1),
        }
    )


def neighbors(loc: IntegerTuple) -> Indices:
    """All 8 neighbours."""
    return dneighbors(loc) | ineighbors(loc)


def connect(a: IntegerTuple, b: IntegerTuple) -> Indices:
    """The inclusive segment from a to b along a row, column or diagonal; else empty."""
    ai, aj = a
    bi, bj = b
    # min(x, y) and max(x, y), spelled out: the same comparisons (y < x, y > x) in the same
    # order, without four builtin calls (prapply(connect, ...) makes thousands of segments)
    si, ei = bi if bi < ai else ai, (bi if bi > ai else ai) + 1
    sj, ej = bj if bj < aj else aj, (bj if bj > aj else aj) + 1
    if ai == bi:
        return frozenset((ai, j) for j in range(sj, ej))
    if aj == bj:
        return frozenset((i, aj) for i in range(si, ei))
    if bi - ai == bj - aj:
        return frozenset(zip(range(si, ei), range(sj, ej), strict=False))
    if bi - ai == aj - bj:
        return frozenset(zip(range(si, ei), range(ej - 1, sj - 1, -1), strict=False))
    return frozenset()


def shoot(start: IntegerTuple, direction: IntegerTuple) -> Indices:
    """connect(start, start + 42 * direction)."""
    end = (start[0] + 42 * direction[0], start[1] + 42 * direction[1])
    return connect(start, end)


def vfrontier(location: IntegerTuple) -> Indices:
    """The column of location, rows 0..29."""
    return frozenset((i, location[1]) for i in range(30))


def hfrontier(location: IntegerTuple) -> Indices:
    """The row of location, columns 0..29."""
    return frozenset((location[0], j) for j in range(30))


def backdrop(patch: Patch) -> Indices:
    """Every location of the bbox; empty for an empty patch."""
    if len(patch) == 0:
        return frozenset()
    indices = toindices(patch)
    # The start corner comes from the locations, the end corner from the patch itself: the same
    # for any patch of (i, j) or (value, (i, j)) elements, different (and kept so) for odder ones.
    si, sj = ulcorner(indices)
    ei, ej = lrcorner(patch)
    return frozenset((i, j) for i in range(si, ei + 1) for j in range(sj, ej + 1))


def delta(patch: Patch) -> Indices:
    """Bbox locations that are not in the patch; empty for an empty patch."""
    if len(patch) == 0:
        return frozenset()
    return backdrop(patch) - toindices(patch)


def _rectangle(ai: int, aj: int, bi: int, bj: int) -> Indices:
    """The perimeter of the rectangle spanned by rows ai..bi and columns aj..bj (either order)."""
    si, sj = min(ai, bi), min(aj, bj)
    ei, ej = max(ai, bi), max(aj, bj)
    vlines = {(i, sj) for i in range(si, ei + 1)} | {(i, ej) for i in range(si, ei + 1)}
    hlines = {(si, j) for j in range(sj, ej + 1)} | {(ei, j) for j in range(sj, ej + 1)}
    return frozenset(vlines | hlines)


def box(patch: Patch) -> Indices:
    """The bbox perimeter; an empty patch is returned as-is."""
    if len(patch) == 0:
        return patch
    ai, aj = ulcorner(patch)
    bi, bj = lrcorner(patch)
    return _rectangle(ai, aj, bi, bj)


def inbox(patch: Patch) -> Indices:
    """The perimeter spanned by r0+1..r1-1 and c0+1..c1-1 (either order); ValueError if empty."""
    ai, aj = uppermost(patch) + 1, leftmost(patch) + 1
    bi, bj = lowermost(patch) - 1, rightmost(patch) - 1
    return _rectangle(ai, aj, bi, bj)


def outbox(patch: Patch) -> Indices:
    """The perimeter of the bbox grown by 1 on every side; ValueError if empty."""
    ai, aj = uppermost(patch) - 1, leftmost(patch) - 1
    bi, bj = lowermost(patch) + 1, rightmost(patch) + 1
    return _rectangle(ai, aj, bi, bj)


def asindices(grid: Grid) -> Indices:
    """Every (i, j) of the grid, inserted row-major."""
    return frozenset((i, j) for i in range(len(grid)) for j in range(len(grid[0])))


def ofcolor(grid: Grid, value: Integer) -> Indices:
    """Locations of the cells equal to value, inserted row-major."""
    return frozenset((i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if v == value)


def toobject(patch: Patch, grid: Grid) -> Object:
    """The grid's colours at the in-grid locations of the patch."""
    h, w = len(grid), len(grid[0])
    return frozenset((grid[i][j], (i, j)) for i, j in toindices(patch) if 0 <= i < h and 0 <= j < w)


def asobject(grid: Grid) -> Object:
    """Every cell as (value, (i, j)), inserted row-major."""
    return frozenset((v, (i, j)) for i, row in enumerate(grid) for j, v in enumerate(row))
