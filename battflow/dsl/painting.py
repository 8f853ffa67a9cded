"""Painting and filling (spec §4.11, 6 primitives).

Each returns a new grid of the input's shape. Locations outside the grid are skipped (no wrapping).
The grid's width is read first, so `()` raises IndexError, except in `cover`/`move`, which compute
`mostcolor(())` first and raise ValueError.
"""

from __future__ import annotations

from .colours import mostcolor
from .dispatch import toindices
from .patches import shift
from .types import Grid, Integer, IntegerTuple, Object, Patch


def _rows(grid: Grid) -> list:
    """grid's rows to write into: a row that is a plain tuple stays as it is until the first
    write into it copies it to a list (most paints touch a few rows of a large canvas); any
    other row becomes a list at once, as `list(row)` gives it (raising where it would)."""
    return [row if type(row) is tuple else list(row) for row in grid]


def _frozen(rows: list) -> Grid:
    # a row never written is the input's own tuple: equal to the copy, which immutability hides
    return tuple(row if type(row) is tuple else tuple(row) for row in rows)


def fill(grid: Grid, value: Integer, patch: Patch) -> Grid:
    """value at every in-grid location of the patch."""
    h, w = len(grid), len(grid[0])
    rows = _rows(grid)
    for i, j in toindices(patch):
        if 0 <= i < h and 0 <= j < w:
            row = rows[i]
            if type(row) is tuple:
                row = rows[i] = list(row)
            row[j] = value
    return _frozen(rows)


def paint(grid: Grid, obj: Object) -> Grid:
    """Each in-grid cell of obj painted in iteration order (the last duplicate wins)."""
    h, w = len(grid), len(grid[0])
    rows = _rows(grid)
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w:
            row = rows[i]
            if type(row) is tuple:
                row = rows[i] = list(row)
            row[j] = value
    return _frozen(rows)


def underfill(grid: Grid, value: Integer, patch: Patch) -> Grid:
    """fill, only where the input cell is mostcolor(grid)."""
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    rows = _rows(grid)
    for i, j in toindices(patch):
        if 0 <= i < h and 0 <= j < w and rows[i][j] == bg:
            row = rows[i]
            if type(row) is tuple:
                row = rows[i] = list(row)
            row[j] = value
    return _frozen(rows)


def underpaint(grid: Grid, obj: Object) -> Grid:
    """paint, only where the partly painted cell is still mostcolor(grid) (first duplicate wins)."""
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    rows = _rows(grid)
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w and rows[i][j] == bg:
            row = rows[i]
            if type(row) is tuple:
                row = rows[i] = list(row)
            row[j] = value
    return _frozen(rows)


def cover(grid: Grid, patch: Patch) -> Grid:
    """fill with mostcolor(grid)."""
    return fill(grid, mostcolor(grid), toindices(patch))


def move(grid: Grid, obj: Object, offset: IntegerTuple) -> Grid:
    """cover obj, then paint it shifted by offset."""
    return paint(cover(grid, obj), shift(obj, offset))
