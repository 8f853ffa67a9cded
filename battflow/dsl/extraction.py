"""Object extraction (spec §4.9, 4 primitives).

`objects` follows the construction sequence of §4.9 exactly (seed scan in `asindices` order,
breadth-first layers through mutable sets, frozen copies), because the CPython iteration order of
its result, and of the cells in each object, depends on it.
"""

from __future__ import annotations

from .colours import mostcolor, palette
from .grids import dmirror
from .patches import asindices, dneighbors, neighbors
from .types import Boolean, Grid, Objects


def objects(grid: Grid, univalued: Boolean, diagonal: Boolean, without_bg: Boolean) -> Objects:
    """Connected components as Objects (4- or 8-connected, one colour or any non-bg colours)."""
    bg = mostcolor(grid) if without_bg else None
    found = set()
    occupied = set()
    h, w = len(grid), len(grid[0])
    near = neighbors if diagonal else dneighbors
    for seed in asindices(grid):
        if seed in occupied:
            continue
        seed_colour = grid[seed[0]][seed[1]]
        if seed_colour == bg:
            continue
        cells = {(seed_colour, seed)}
        frontier = {seed}
        while len(frontier) > 0:
            reached = set()
            for loc in frontier:
                v = grid[loc[0]][loc[1]]
                if (v == seed_colour) if univalued else (v != bg):
                    cells.add((v, loc))
                    occupied.add(loc)
                    reached |= {(i, j) for i, j in near(loc) if 0 <= i < h and 0 <= j < w}
            frontier = reached - occupied
        found.add(frozenset(cells))
    return frozenset(found)


def _cells_of_colour(grid: Grid, value: int) -> frozenset:
    """All cells of one colour as an Object, inserted row-major."""
    return frozenset(
        (v, (i, j)) for i, row in enumerate(grid) for j, v in enumerate(row) if v == value
    )


def partition(grid: Grid) -> Objects:
    """One Object per colour present, in palette order, each filled row-major."""
    return frozenset(_cells_of_colour(grid, value) for value in palette(grid))


def fgpartition(grid: Grid) -> Objects:
    """partition without the mostcolor(grid) colour."""
    foreground = palette(grid) - {mostcolor(grid)}
    return frozenset(_cells_of_colour(grid, value) for value in foreground)


def frontiers(grid: Grid) -> Objects:
    """Every uniform complete row and every uniform complete column, as Objects."""
    h, w = len(grid), len(grid[0])
    rows = tuple(i for i, row in enumerate(grid) if len(set(row)) == 1)
    columns = tuple(j for j, column in enumerate(dmirror(grid)) if len(set(column)) == 1)
    hfrontiers = frozenset({frozenset({(grid[i][j], (i, j)) for j in range(w)}) for i in rows})
    vfrontiers = frozenset({frozenset({(grid[i][j], (i, j)) for i in range(h)}) for j in columns})
    return hfrontiers | vfrontiers
