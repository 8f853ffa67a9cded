"""Relations between patches, and between patches and grids (spec §4.8, 8 primitives)."""

from __future__ import annotations

from .bbox import center, leftmost, lowermost, rightmost, shape, uppermost
from .dispatch import toindices
from .patches import normalize, shift
from .types import Boolean, Grid, Indices, Integer, IntegerTuple, Object, Patch


def hmatching(a: Patch, b: Patch) -> Boolean:
    """Whether some row index is used by both patches."""
    return len({i for i, j in toindices(a)} & {i for i, j in toindices(b)}) > 0


def vmatching(a: Patch, b: Patch) -> Boolean:
    """Whether some column index is used by both patches."""
    return len({j for i, j in toindices(a)} & {j for i, j in toindices(b)}) > 0


def manhattan(a: Patch, b: Patch) -> Integer:
    """Minimum |di| + |dj| over all pairs of locations; ValueError if either is empty."""
    return min(abs(ai - bi) + abs(aj - bj) for ai, aj in toindices(a) for bi, bj in toindices(b))


def adjacent(a: Patch, b: Patch) -> Boolean:
    """manhattan(a, b) == 1 (overlap is not adjacency)."""
    return manhattan(a, b) == 1


def bordering(patch: Patch, grid: Grid) -> Boolean:
    """Whether r0 == 0, c0 == 0, r1 == h - 1 or c1 == w - 1 (exact equalities)."""
    return (
        uppermost(patch) == 0
        or leftmost(patch) == 0
        or lowermost(patch) == len(grid) - 1
        or rightmost(patch) == len(grid[0]) - 1
    )


def position(a: Patch, b: Patch) -> IntegerTuple:
    """Direction from a's bbox centre to b's; never (0, 0)."""
    ia, ja = center(toindices(a))
    ib, jb = center(toindices(b))
    if ia == ib:
        return (0, 1 if ja < jb else -1)
    if ja == jb:
        return (1 if ia < ib else -1, 0)
    return (1 if ia < ib else -1, 1 if ja < jb else -1)


def gravitate(source: Patch, destination: Patch) -> IntegerTuple:
    """Offset moving source one fixed step at a time until adjacent to destination (<= 42 steps)."""
    si, sj = center(source)
    di, dj = center(destination)
    i, j = 0, 0
    if vmatching(source, destination):
        i = 1 if si < di else -1
    else:
        j = 1 if sj < dj else -1
    moves = 0
    while not adjacent(source, destination) and moves < 42:
        moves += 1
        source = shift(source, (i, j))
    return (moves * i, moves * j)


def occurrences(grid: Grid, obj: Object) -> Indices:
    """Offsets where the normalised object matches the grid; bbox cells not in obj are wildcards."""
    found = set()
    normed = normalize(obj)
    h, w = len(grid), len(grid[0])
    oh, ow = shape(obj)
    for i in range(h - oh + 1):
        for j in range(w - ow + 1):
            for v, (a, b) in shift(normed, (i, j)):
                if not (0 <= a < h and 0 <= b < w and grid[a][b] == v):
                    break
            else:
                found.add((i, j))
    return frozenset(found)
