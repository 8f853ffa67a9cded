"""Relations between patches, and between patches and grids (spec §4.8, 8 primitives)."""

from __future__ import annotations

import itertools as _itertools

import numpy as _np

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
    fast = _manhattan_arrays(a, b)
    if fast is not None:
        return fast
    return min(abs(ai - bi) + abs(aj - bj) for ai, aj in toindices(a) for bi, bj in toindices(b))


_VECTOR_PAIRS = 4096
"""From this many location pairs on, `manhattan` of plain int locations is computed with numpy
(the same minimum; the pure-Python form costs about 0.5 us a pair, and `gravitate` calls it up
to 42 times)."""
_SAFE = 2**31


def _locations(patch: Patch) -> _np.ndarray | None:
    """int64 [n, 2] of a patch's locations when each is a 2-tuple of ints (or bools) of modest
    size, else None."""
    indices = toindices(patch)
    if not isinstance(indices, tuple | frozenset) or not indices:
        return None
    if not all(type(loc) is tuple and len(loc) == 2 for loc in indices):
        return None
    flat = list(_itertools.chain.from_iterable(indices))
    if not set(map(type, flat)) <= {int, bool} or min(flat) <= -_SAFE or max(flat) >= _SAFE:
        return None
    return _np.array(flat, dtype=_np.int64).reshape(-1, 2)


def _manhattan_arrays(a: Patch, b: Patch) -> int | None:
    """`manhattan(a, b)` by numpy where both patches are large sets of plain locations (where the
    generator form could only give the same minimum); None elsewhere, and wherever the generator
    form would raise (its own error then comes from it)."""
    try:
        if len(a) * len(b) < _VECTOR_PAIRS:
            return None
        la, lb = _locations(a), _locations(b)
    except Exception:
        return None
    if la is None or lb is None:
        return None
    best = None
    step = max(1, 1_000_000 // len(lb))
    for start in range(0, len(la), step):
        part = la[start : start + step]
        d = _np.abs(part[:, None, 0] - lb[None, :, 0]) + _np.abs(part[:, None, 1] - lb[None, :, 1])
        low = int(d.min())
        best = low if best is None else min(best, low)
    return best


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
