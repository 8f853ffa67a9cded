"""Size, shape and bounding-box queries (spec §4.6, 18 primitives).

r0/r1/c0/c1 are the min/max row and column over a patch's locations (`toindices`). A tuple is a
Grid for height/width/shape/portrait/square.
"""

from __future__ import annotations

from .dispatch import toindices
from .types import Boolean, Indices, Integer, IntegerTuple, Patch, Piece


def height(piece: Piece) -> Integer:
    """Rows of a Grid, bbox height of a patch, 0 if empty."""
    if len(piece) == 0:
        return 0
    if isinstance(piece, tuple):
        return len(piece)
    return lowermost(piece) - uppermost(piece) + 1


def width(piece: Piece) -> Integer:
    """Length of a Grid's first row, bbox width of a patch, 0 if empty."""
    if len(piece) == 0:
        return 0
    if isinstance(piece, tuple):
        return len(piece[0])
    return rightmost(piece) - leftmost(piece) + 1


def shape(piece: Piece) -> IntegerTuple:
    """(height, width)."""
    return (height(piece), width(piece))


def portrait(piece: Piece) -> Boolean:
    """height > width."""
    return height(piece) > width(piece)


def square(piece: Piece) -> Boolean:
    """Grid: rows == len(row 0). Patch: a completely filled square bbox (empty: True)."""
    if isinstance(piece, tuple):
        return len(piece) == len(piece[0])
    return height(piece) * width(piece) == len(piece) and height(piece) == width(piece)


def vline(patch: Patch) -> Boolean:
    """A gap-free vertical segment: height == element count and width == 1."""
    return height(patch) == len(patch) and width(patch) == 1


def hline(patch: Patch) -> Boolean:
    """A gap-free horizontal segment: width == element count and height == 1."""
    return width(patch) == len(patch) and height(patch) == 1


def uppermost(patch: Patch) -> Integer:
    """r0; ValueError if empty."""
    return min(i for i, j in toindices(patch))


def lowermost(patch: Patch) -> Integer:
    """r1; ValueError if empty."""
    return max(i for i, j in toindices(patch))


def leftmost(patch: Patch) -> Integer:
    """c0; ValueError if empty."""
    return min(j for i, j in toindices(patch))


def rightmost(patch: Patch) -> Integer:
    """c1; ValueError if empty."""
    return max(j for i, j in toindices(patch))


# The corners reduce each coordinate column (`zip(*locations)`) separately; an empty patch has no
# columns and gives (). Position 0 is the row, 1 the column; a Grid passed through `toindices`
# unchanged has more columns, which the min/max tables of urcorner/llcorner do not cover.
_UPPER_RIGHT = {0: min, 1: max}
_LOWER_LEFT = {0: max, 1: min}


def ulcorner(patch: Patch) -> IntegerTuple:
    """(r0, c0); () if empty."""
    return tuple(map(min, zip(*toindices(patch), strict=False)))


def urcorner(patch: Patch) -> IntegerTuple:
    """(r0, c1); () if empty."""
    columns = zip(*toindices(patch), strict=False)
    return tuple(_UPPER_RIGHT[k](column) for k, column in enumerate(columns))


def llcorner(patch: Patch) -> IntegerTuple:
    """(r1, c0); () if empty."""
    columns = zip(*toindices(patch), strict=False)
    return tuple(_LOWER_LEFT[k](column) for k, column in enumerate(columns))


def lrcorner(patch: Patch) -> IntegerTuple:
    """(r1, c1); () if empty."""
    return tuple(map(max, zip(*toindices(patch), strict=False)))


def center(patch: Patch) -> IntegerTuple:
    """(r0 + height // 2, c0 + width // 2); ValueError if empty."""
    return (uppermost(patch) + height(patch) // 2, leftmost(patch) + width(patch) // 2)


def centerofmass(patch: Patch) -> IntegerTuple:
    """Floor mean location: sums over toindices(patch), divided by len(patch); () if empty."""
    return tuple(sum(column) // len(patch) for column in zip(*toindices(patch), strict=False))


def corners(patch: Patch) -> Indices:
    """The set of the four bbox corners; {()} if empty."""
    return frozenset({ulcorner(patch), urcorner(patch), llcorner(patch), lrcorner(patch)})
