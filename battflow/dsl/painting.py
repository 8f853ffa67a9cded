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


def _frozen(rows: list[list]) -> Grid:
    return tuple(tuple(row) for row in rows)


def fill(grid: Grid, value: Integer, patch: Patch) -> Grid:
    """value at every in-grid location of the patch."""
    h, w = len(grid), len(grid[0])
    rows = [list(row) for row in grid]
    for i, j in toindices(patch):
        if 0 <= i < h and 0 <= j < w:
            rows[i][j] = value
    return _frozen(rows)


def paint(grid: Grid, obj: Object) -> Grid:
    """Each in-grid cell of obj painted in iteration order (the last duplicate wins)."""
    h, w = len(grid), len(grid[0])
    rows = [list(row) for row in grid]
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w:
            rows[i][j] = value
    return _frozen(rows)


def underfill(grid: Grid, value: Integer, patch: Patch) -> Grid:
    """fill, only where the input cell is mostcolor(grid)."""
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    rows = [list(row) for row in grid]
    for i, j in toindices(patch):
        if 0 <= i < h and 0 <= j < w and rows[i][j] == bg:
            rows[i][j] = value
    return _frozen(rows)


def underpaint(grid: Grid, obj: Object) -> Grid:
    """paint, only where the partly painted cell is still mostcolor(grid) (first duplicate wins)."""
    h, w = len(grid), len(grid[0])
    bg = mostcolor(grid)
    rows = [list(row) for row in grid]
    for value, (i, j) in obj:
        if 0 <= i < h and 0 <= j < w and rows[i][j] == bg:
            rows[i][j] = value
    return _frozen(rows)


def cover(grid: Grid, patch: Patch) -> Grid:
    """fill with mostcolor(grid)."""
    return fill(grid, mostcolor(grid), toindices(patch))


def move(grid: Grid, obj: Object, offset: IntegerTuple) -> Grid:
    """cover obj, then paint it shifted by offset."""
    return paint(cover(grid, obj), shift(obj, offset))
