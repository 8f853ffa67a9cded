"""`digest(grid)`: the documented 64-bit hash of a grid's shape and cells.

The digest is the same on every path (reference, batched numpy, batched cupy), in every process and
on every machine, so results from anywhere can be compared by digest alone.

Definition (version 1). For a grid with h rows and w columns (w = len of row 0, 0 when h = 0):

    payload = b"battflow.grid.v1" + uint32_le(h) + uint32_le(w) + int64_le(cell) for each cell,
              row-major
    digest  = int.from_bytes(blake2b(payload, digest_size=8).digest(), "little")

and a digest that would be 0 becomes 1, because 0 means "no grid" in result stores. `True`/`False`
cells hash as 1/0, as Python equality has it.
"""

from __future__ import annotations

import struct
from hashlib import blake2b

_PREFIX = b"battflow.grid.v1"
_INT64 = (-(2**63), 2**63 - 1)

__all__ = ["as_grid", "digest", "digest_many"]


def as_grid(value: object) -> tuple[tuple[int, ...], ...] | None:
    """`value` if it is a grid battflow can score (a tuple of equally long tuples of ints that fit
    int64, `()` included), else None. Such a value is what the status `not_grid` rules out."""
    if not isinstance(value, tuple):
        return None
    width = None
    for row in value:
        if not isinstance(row, tuple):
            return None
        if width is None:
            width = len(row)
        elif len(row) != width:
            return None
        for cell in row:
            if not isinstance(cell, int) or not _INT64[0] <= cell <= _INT64[1]:
                return None
    return value


def digest(grid: tuple[tuple[int, ...], ...]) -> int:
    """The 64-bit digest of a grid (see the module docstring); ValueError if it is not a grid."""
    if as_grid(grid) is None:
        raise ValueError("digest() takes a grid: a tuple of equally long tuples of ints")
    h = len(grid)
    w = len(grid[0]) if h else 0
    cells = [int(c) for row in grid for c in row]
    payload = _PREFIX + struct.pack(f"<II{len(cells)}q", h, w, *cells)
    value = int.from_bytes(blake2b(payload, digest_size=8).digest(), "little")
    return value or 1


def digest_many(hs, ws, cells):
    """uint64 digests of many grids at once: grid k is `cells[k, :hs[k], :ws[k]]` (numpy int
    arrays; cells [n, H, W]). Grids of one shape are converted together, then hashed one by one."""
    import numpy as np

    hs = np.asarray(hs)
    ws = np.where(hs > 0, np.asarray(ws), 0)
    out = np.zeros(len(hs), dtype=np.uint64)
    shapes = np.stack([hs, ws], axis=1)
    for h, w in np.unique(shapes, axis=0) if len(hs) else []:
        members = np.nonzero((hs == h) & (ws == w))[0]
        rows = np.ascontiguousarray(cells[members, :h, :w], dtype="<i8").reshape(len(members), -1)
        head = blake2b(_PREFIX + struct.pack("<II", int(h), int(w)), digest_size=8)
        for k, member in enumerate(members):
            hasher = head.copy()
            hasher.update(rows[k])
            out[member] = int.from_bytes(hasher.digest(), "little") or 1
    return out
