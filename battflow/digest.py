"""`digest(grid)`: the documented 64-bit hash of a grid's shape and cells.

The digest is the same on every path (reference, batched numpy, batched cupy), in every process and
on every machine, so results from anywhere can be compared by digest alone.

Definition (version 2). All arithmetic is on unsigned 64-bit integers, modulo 2**64; `mix` is
the splitmix64 finaliser:

    mix(z):  z ^= z >> 30; z *= 0xBF58476D1CE4E5B9; z ^= z >> 27; z *= 0x94D049BB133111EB;
             z ^= z >> 31
    For a grid of h rows and w columns (w = len of row 0, 0 when h = 0) and its cells c_t in
    row-major order (t = i * w + j; a cell as int64, taken modulo 2**64):
    cells  = sum over t of
             mix(c_t * 0x9E3779B97F4A7C15 + t * 0xD1B54A32D192ED03 + 0x2545F4914F6CDD1D)
    shape  = mix(h * 0xA24BAED4963EE407 + w * 0x9FB21C651E98DF25 + 0x4BE98134A5976FD3)
    digest = mix(cells ^ shape)

and a digest that would be 0 becomes 1, because 0 means "no grid" in result stores. `True`/`False`
cells hash as 1/0, as Python equality has it.

Every cell is hashed on its own and the terms are summed, so the digests of many grids are a few
array operations on whatever array library holds them (`digest_cells`): the batched path hashes
its outputs where they are, on the device, instead of one Python call per pair (version 1, a
blake2b of the serialised grid, cost about 12 us a pair on the host). A 64-bit digest is an
identifier, not a proof of equality: two different grids share one with probability about
2**-64.
"""

from __future__ import annotations

from typing import Any

import numpy as np

_INT64 = (-(2**63), 2**63 - 1)
_CELL, _POS, _CELL_ADD = 0x9E3779B97F4A7C15, 0xD1B54A32D192ED03, 0x2545F4914F6CDD1D
_H, _W, _SHAPE_ADD = 0xA24BAED4963EE407, 0x9FB21C651E98DF25, 0x4BE98134A5976FD3
_M1, _M2 = 0xBF58476D1CE4E5B9, 0x94D049BB133111EB
_MASK = 2**64 - 1

__all__ = [
    "as_grid",
    "digest",
    "digest_cells",
    "digest_many",
    "digest_of_cells",
    "digest_valid",
    "grid_cells",
]


_INT_TYPES = frozenset({int, bool})


def as_grid(value: object) -> tuple[tuple[int, ...], ...] | None:
    """`value` if it is a grid battflow can score (a tuple of equally long tuples of ints that fit
    int64, `()` included), else None. Such a value is what the status `not_grid` rules out."""
    if not isinstance(value, tuple):
        return None
    width = None
    checked: set[int] = set()  # rows are often one tuple repeated (vupscale, canvas of a row)
    for row in value:
        if not isinstance(row, tuple):
            return None
        if width is None:
            width = len(row)
        elif len(row) != width:
            return None
        if not row or id(row) in checked:
            continue
        if set(map(type, row)) <= _INT_TYPES:  # C loops; exact for int and bool cells
            if min(row) < _INT64[0] or max(row) > _INT64[1]:
                return None
        elif not all(isinstance(c, int) and _INT64[0] <= c <= _INT64[1] for c in row):
            return None  # int subclasses other than bool take this exact path too
        checked.add(id(row))
    return value


def grid_cells(value: object) -> np.ndarray | None:
    """The cells (int64 [h, w]) of `value` if it is a grid `as_grid` accepts, else None. A grid
    of ints and bools is converted by numpy in one call (a large output costs about half of the
    row-by-row check); whatever that call does not produce as an int64 or bool matrix is decided
    by `as_grid`, so the two accept exactly the same values."""
    if not isinstance(value, tuple):
        return None
    if value and all(isinstance(row, tuple) for row in value):
        rows, pick = _distinct_rows(value)
        try:
            cells = np.array(rows)
        except (ValueError, TypeError, OverflowError):  # ragged, or cells numpy cannot hold
            cells = None
        if cells is not None and pick is not None and cells.ndim == 2:
            cells = cells[pick]
        # int64 only for ints that fit it (larger ones give uint64 or object); bool for bools
        exact = cells is not None and (cells.dtype == np.int64 or cells.dtype == np.bool_)
        if exact and cells.ndim == 2 and cells.shape[1] > 0:
            return cells.astype(np.int64, copy=False)
    return None if as_grid(value) is None else _cells(value)


def _distinct_rows(grid: tuple) -> tuple[tuple | list, np.ndarray | None]:
    """(rows, pick): grid's distinct row objects and, where many rows are one object (a canvas,
    a painted canvas, an upscale), the index of each row among them (None: rows is the grid).
    Converting each distinct row once gives the same array as converting the grid."""
    seen: dict[int, int] = {}
    pick = [seen.setdefault(id(row), len(seen)) for row in grid]
    if 2 * len(seen) > len(grid):
        return grid, None
    first = {k: row for row, k in zip(grid, pick, strict=True)}
    return [first[k] for k in range(len(seen))], np.asarray(pick, dtype=np.int64)


def _cells(grid: tuple) -> np.ndarray:
    """int64 [h, w] of a value `as_grid` accepts (`()` is 0 x 0)."""
    h = len(grid)
    return np.array(grid, dtype=np.int64).reshape(h, len(grid[0]) if h else 0)


def digest_of_cells(cells: np.ndarray) -> int:
    """`digest` of a grid given as its cells (int64 [h, w], from `grid_cells`): the sum of
    `digest_cells` over one grid that fills its array, computed in place."""
    h, w = cells.shape
    flat = cells.reshape(-1).view(np.uint64)
    total = 0
    # in blocks that stay in cache: a 2,000 x 2,000 output is 6 times faster than in one pass
    for start in range(0, h * w, _BLOCK):
        z = np.arange(start, min(start + _BLOCK, h * w), dtype=np.uint64)
        z *= np.uint64(_POS)
        z += flat[start : start + _BLOCK] * np.uint64(_CELL)
        z += np.uint64(_CELL_ADD)
        for shift, factor in ((30, _M1), (27, _M2)):
            z ^= z >> np.uint64(shift)
            z *= np.uint64(factor)
        z ^= z >> np.uint64(31)
        total = (total + int(z.sum(dtype=np.uint64))) & _MASK
    shape = _mix_int((h * _H + w * _W + _SHAPE_ADD) & _MASK)
    return _mix_int(total ^ shape) or 1


_BLOCK = 1 << 16


def _mix_int(z: int) -> int:
    """`_mix` of one uint64 held in a Python int."""
    z ^= z >> 30
    z = (z * _M1) & _MASK
    z ^= z >> 27
    z = (z * _M2) & _MASK
    return z ^ (z >> 31)


def _mix(z):
    """splitmix64's finaliser on uint64 arrays (wrapping)."""
    z = z ^ (z >> np.uint64(30))
    z = z * np.uint64(_M1)
    z = z ^ (z >> np.uint64(27))
    z = z * np.uint64(_M2)
    return z ^ (z >> np.uint64(31))


def _cell_terms(c, t):
    """The per-cell terms of the definition for cells c at row-major positions t (uint64
    arrays of one shape: a cell as int64 viewed as uint64)."""
    return _mix(c * np.uint64(_CELL) + t * np.uint64(_POS) + np.uint64(_CELL_ADD))


def digest_cells(xp: Any, hs, ws, cells):
    """uint64 [n] (on xp): the digests of n grids at once, grid k being
    `cells[k, :hs[k], :ws[k]]` (cells int or bool [n, H, W] on xp, hs/ws int [n]; cells outside
    a grid are ignored, a grid of height 0 has width 0).

    On canvases of at most `_TABLE_CELLS` cells, each cell's term is read from a table of the
    terms of (position, colour 0..9) (`_term_table`): one gather instead of a dozen uint64
    passes; only the cells outside 0..9 have their terms computed from the definition. Larger
    canvases compute every term from it. Both give the definition's digest."""
    _, H, W = cells.shape
    hs = xp.asarray(hs).astype(np.int64)
    ws = xp.where(hs > 0, xp.asarray(ws).astype(np.int64), 0)
    rows = xp.arange(H, dtype=np.int64)[None, :, None]
    cols = xp.arange(W, dtype=np.int64)[None, None, :]
    inside = (rows < hs[:, None, None]) & (cols < ws[:, None, None])
    if 0 < H * W <= _TABLE_CELLS and cells.dtype.kind in "iub":
        table = _term_table(xp, H * W)
        # int32 positions and keys: t * 10 + c < 10 * 2**16
        t = rows.astype(np.int32) * ws.astype(np.int32)[:, None, None] + cols.astype(np.int32)
        odd = None
        if cells.dtype.kind != "b":
            odd = inside & ((cells < 0) | (cells > 9))
            odd = odd if bool(odd.any()) else None
        colour = cells if odd is None else xp.where(odd, 0, cells)  # colours 0..9 only
        key = xp.where(inside, t * 10 + colour.astype(np.int32), len(table) - 1)
        terms = table[key]  # the table's last entry is 0: cells outside the grids
        if odd is not None:  # cells outside 0..9: their terms from the definition
            c = cells[odd].astype(np.int64).view(np.uint64)
            terms[odd] = _cell_terms(c, t[odd].astype(np.uint64))
        total = terms.sum(axis=(1, 2), dtype=np.uint64)
    else:
        t = (rows * ws[:, None, None] + cols).astype(np.uint64)
        c = cells.astype(np.int64).view(np.uint64)
        terms = _cell_terms(c, t)
        total = xp.where(inside, terms, np.uint64(0)).sum(axis=(1, 2), dtype=np.uint64)
    shape = _mix(
        hs.view(np.uint64) * np.uint64(_H)
        + ws.view(np.uint64) * np.uint64(_W)
        + np.uint64(_SHAPE_ADD),
    )
    out = _mix(total ^ shape)
    return xp.where(out == 0, np.uint64(1), out)


_TABLE_CELLS = 1 << 16
"""The largest canvas (H * W) whose cells `digest_cells` hashes through `_term_table`."""

_TERM_TABLES: dict[tuple[str, int], Any] = {}


def _term_table(xp: Any, cells: int):
    """uint64 [T * 10 + 1] on xp, T >= cells a power of two: entry t * 10 + c is the term of
    colour c at row-major position t, the last entry is 0. Kept per array module and device."""
    device = 0 if xp is np else int(xp.cuda.runtime.getDevice())
    key = (xp.__name__, device)
    table = _TERM_TABLES.get(key)
    if table is None or len(table) <= cells * 10:
        size = 1 << max(10, (cells - 1).bit_length())
        t = np.arange(size, dtype=np.uint64)[:, None]
        terms = _cell_terms(np.arange(10, dtype=np.uint64)[None, :], t).reshape(-1)
        table = _TERM_TABLES[key] = xp.asarray(np.append(terms, np.uint64(0)))
    return table


def digest(grid: tuple[tuple[int, ...], ...]) -> int:
    """The 64-bit digest of a grid (see the module docstring); ValueError if it is not a grid."""
    cells = grid_cells(grid)
    if cells is None:
        raise ValueError("digest() takes a grid: a tuple of equally long tuples of ints")
    return digest_of_cells(cells)


def digest_valid(grid: tuple[tuple[int, ...], ...]) -> int:
    """`digest` of a value `as_grid` already accepted (not checked again)."""
    return digest_of_cells(_cells(grid))


def digest_many(hs, ws, cells) -> np.ndarray:
    """uint64 [n] digests of many grids held in numpy arrays (see `digest_cells`)."""
    return digest_cells(np, np.asarray(hs), np.asarray(ws), np.asarray(cells))


def digest_painted(h: int, w: int, background: int, positions, colours) -> int:
    """`digest` of an h x w grid of `background` with the cells at `positions` (int64 [n],
    row-major t = i * w + j, distinct) set to `colours` (int64 [n]): the background's terms
    summed over every position, then each painted cell's term swapped in. For grids too large
    to hold as arrays of cells (battflow.kernels.bigcanvas)."""
    total = _background_sum(h * w, background)
    t = np.asarray(positions, dtype=np.int64).view(np.uint64) * np.uint64(_POS)
    new = np.asarray(colours, dtype=np.int64).view(np.uint64) * np.uint64(_CELL)
    old = np.uint64((background * _CELL + _CELL_ADD) & _MASK)
    swap = _mix(new + t + np.uint64(_CELL_ADD)) - _mix(t + old)
    total = (total + int(swap.sum(dtype=np.uint64))) & _MASK
    shape = _mix_int((h * _H + w * _W + _SHAPE_ADD) & _MASK)
    return _mix_int(total ^ shape) or 1


_BACKGROUND_SUMS: dict[tuple[int, int], int] = {}


def _background_sum(n: int, background: int) -> int:
    """The cells sum of n cells of one colour (positions 0..n-1), cached per (n, colour)."""
    key = (n, background)
    if key not in _BACKGROUND_SUMS:
        total = 0
        step = 1 << 20
        colour = np.uint64((background * _CELL + _CELL_ADD) & _MASK)
        for start in range(0, n, step):
            t = np.arange(start, min(n, start + step), dtype=np.uint64) * np.uint64(_POS)
            total += int(_mix(t + colour).sum(dtype=np.uint64))
        if len(_BACKGROUND_SUMS) > 256:
            _BACKGROUND_SUMS.clear()
        _BACKGROUND_SUMS[key] = total & _MASK
    return _BACKGROUND_SUMS[key]
