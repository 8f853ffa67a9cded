"""CPython's set iteration order, computed: hashes of ints, tuples, grids and patches, and the
order in which a set holds its elements once they are inserted one by one.

Used where a result depends on the order of a set built fresh from a sequence (`set(container)`
in mostcommon/leastcommon, the sets `objects` and `apply` build): the order is a pure function
of the elements' hashes and insertion order, so it can be reproduced exactly rather than guessed.

- `hash(int)` is the int itself for |v| < 2**61 - 1, except `hash(-1) == -2`;
- `hash(tuple)` is CPython's xxHash-style combination of the element hashes (`tuple_hash`);
- `hash(frozenset)` is an order-free xor of its members' shuffled hashes (`patch_hashes`).

The table itself (probing, resizes, the copy `frozenset(s)` makes) is not re-implemented: the
hashes are inserted, per sample on the host, into a real CPython set of stand-in keys that carry
them (`set_ranks`). Distinct elements with equal hashes stay distinct (the stand-ins compare by
identity, as the distinct elements compare unequal), so the order is the running interpreter's
own, whatever its version.
"""

from __future__ import annotations

import numpy as np

from .values import Grids, Ints, Patches, Seq, Vecs, patch_members, row_widths, to_numpy

_P1 = np.uint64(11400714785074694791)
_P2 = np.uint64(14029467366897019727)
_P5 = np.uint64(2870177450012600261)
_LEN_MIX = np.uint64(2870177450012600261 ^ 3527539)
MAX_SET = 4096
"""Sets of more distinct elements are not ordered (host work per sample is linear in its size)."""


def int_hash(xp, v):
    """uint64 [...]: hash() of ints (int64, |v| < 2**61 - 1)."""
    v = xp.where(v == -1, -2, v)
    return v.astype(np.uint64)


def tuple_hash(xp, lanes, length):
    """uint64 [N]: hash() of tuples whose element hashes are lanes [N, L] (uint64), the first
    length[N] of them."""
    acc = xp.full(lanes.shape[0], _P5, dtype=np.uint64)
    for i in range(lanes.shape[1]):
        nxt = acc + lanes[:, i] * _P2
        nxt = (nxt << np.uint64(31)) | (nxt >> np.uint64(33))
        nxt = nxt * _P1
        acc = xp.where(i < length, nxt, acc)
    acc = acc + (length.astype(np.uint64) ^ _LEN_MIX)
    return xp.where(acc == np.uint64(2**64 - 1), np.uint64(1546275796), acc)


def value_hashes(xp, value):
    """uint64 [N]: hash() of each sample of value (ints, pairs, grids, tuples of ints), or None
    for representations without one here."""
    if isinstance(value, Ints):
        return int_hash(xp, value.v)
    if isinstance(value, Vecs):
        return tuple_hash(xp, int_hash(xp, value.v), xp.full(value.size, 2))
    if isinstance(value, Seq) and not value.frozen and isinstance(value.items, Ints):
        lanes = int_hash(xp, value.items.v).reshape(value.size, value.k)
        return tuple_hash(xp, lanes, value.n)
    if isinstance(value, Grids):
        n, (H, W) = value.size, value.canvas
        cells = int_hash(xp, value.cells.astype(np.int64)).reshape(n * H, W)
        rows = tuple_hash(xp, cells, row_widths(xp, value).reshape(-1))
        return tuple_hash(xp, rows.reshape(n, H), value.h)
    if isinstance(value, Patches):
        return patch_hashes(xp, value)
    return None


def _shuffle_bits(h):
    return ((h ^ np.uint64(89869747)) ^ (h << np.uint64(16))) * np.uint64(3644798167)


def patch_hashes(xp, p: Patches):
    """uint64 [N]: hash() of each patch, a frozenset of locations (i, j) or of cells
    (colour, (i, j)): CPython's frozenset hash, an xor of the members' shuffled hashes (order- and
    table-free), then mixed with the size. Dead samples (err | fb) hash as empty sets, so the
    hashes are kept on the value only together with the flags they were computed under."""
    return p.memo("hashes", lambda: _patch_hashes(xp, p), by_flags=True)


TABLE_LO, TABLE_HI = -64, 192
"""Locations with both coordinates in [TABLE_LO, TABLE_HI) get their members' shuffled hashes
from a table (`_member_table`); the rest are hashed cell by cell."""
_TABLES: dict = {}


def member_hashes(xp, i, j, colour):
    """uint64 [N]: hash() of each member of a patch: the location (i, j), or the cell
    (colour, (i, j)) where colour (int64 [N]) is given."""
    two = xp.full(i.shape[0], 2)
    h = tuple_hash(xp, xp.stack([int_hash(xp, i), int_hash(xp, j)], axis=1), two)
    if colour is not None:
        h = tuple_hash(xp, xp.stack([int_hash(xp, colour), h], axis=1), two)
    return h


def _member_hashes(xp, i, j, colour):
    """uint64 [N]: the shuffled hash of each member (what a frozenset's hash xors)."""
    return _shuffle_bits(member_hashes(xp, i, j, colour))


def _member_table(xp):
    """uint64 [11, n * n] (n = TABLE_HI - TABLE_LO): row 0 the shuffled hashes of locations,
    row 1 + c those of cells of colour c (0..9), location (i, j) at (i - LO) * n + (j - LO)."""
    key = xp.__name__
    if key not in _TABLES:
        n = TABLE_HI - TABLE_LO
        coords = xp.arange(TABLE_LO, TABLE_HI, dtype=np.int64)
        i = xp.repeat(coords, n)
        j = xp.tile(coords, n)
        rows = [_member_hashes(xp, i, j, None)]
        rows += [_member_hashes(xp, i, j, xp.full(n * n, c, dtype=np.int64)) for c in range(10)]
        _TABLES[key] = xp.stack(rows)
    return _TABLES[key]


def _patch_hashes(xp, p: Patches):
    # Dead samples (err | fb: raised, undecidable, or filler past a container's end) are never
    # read as values: they hash as empty sets rather than pay for garbage cells.
    item, i, j, colour = patch_members(xp, p, ~(p.err | p.fb))
    table = _member_table(xp)
    n = TABLE_HI - TABLE_LO
    row = 0 if colour is None else colour + 1
    known = (i >= TABLE_LO) & (i < TABLE_HI) & (j >= TABLE_LO) & (j < TABLE_HI)
    if colour is not None:
        known &= (colour >= 0) & (colour <= 9)
    flat = xp.where(known, row * (n * n) + (i - TABLE_LO) * n + (j - TABLE_LO), 0)
    shuffled = table.reshape(-1)[flat]
    if not bool(known.all()):
        other = ~known
        rest = _member_hashes(xp, i[other], j[other], None if colour is None else colour[other])
        shuffled[other] = rest
    # the xor per patch, on the host: members come item by item, so one reduceat per patch
    size = xp.bincount(item, minlength=p.size).astype(np.uint64)
    counts = to_numpy(size).astype(np.int64)
    acc = np.zeros(p.size, dtype=np.uint64)
    present = counts > 0
    if present.any():
        starts = (np.cumsum(counts) - counts)[present]
        acc[present] = np.bitwise_xor.reduceat(to_numpy(shuffled), starts)
    acc = xp.asarray(acc)
    acc = acc ^ ((size + np.uint64(1)) * np.uint64(1927868237))
    acc = acc ^ ((acc >> np.uint64(11)) ^ (acc >> np.uint64(25)))
    acc = acc * np.uint64(69069) + np.uint64(907133923)
    return xp.where(acc == np.uint64(2**64 - 1), np.uint64(590923713), acc)


class StandIn:
    """A stand-in set element: hash() is the element's hash, equality is identity."""

    __slots__ = ("h", "i")

    def __init__(self, h: int, i: int):
        self.h, self.i = h, i

    def __hash__(self) -> int:
        return self.h


def set_ranks(xp, hashes, n, copied: bool = False):
    """int64 [B, K]: the iteration position of each of the n[b] distinct keys (hashes uint64
    [B, K]) in a set filled with them one by one in order k = 0..n-1; with `copied`, in
    `frozenset(that set)` (which CPython fills by merging the table, not key by key). Samples
    with more than MAX_SET keys, and positions past n, get meaningless ranks."""
    b, k = hashes.shape
    signed = to_numpy(hashes).view(np.int64)  # Py_hash_t is signed
    counts = np.minimum(to_numpy(n), k).tolist()
    ranks = np.zeros((b, k), dtype=np.int64)
    for row in range(b):
        m = counts[row]
        if m <= 1 or m > MAX_SET:
            continue
        keys = signed[row, :m]
        key = (copied, keys.tobytes())
        order = _RANKS.get(key)
        if order is None:
            order = _insertion_positions(keys.tolist(), copied)
            _keep_ranks(key, order)
        ranks[row, :m] = order
    return xp.asarray(ranks)


RANK_CACHE_BYTES = 1 << 26
"""Most bytes of hash sequences (and their positions) that `set_ranks` keeps per process: the
same objects and patches reach many nodes and programs, and the positions are a pure function
of the sequence. The cache starts afresh when full."""
_RANKS: dict[tuple[bool, bytes], np.ndarray] = {}
_RANKS_BYTES = [0]


def _keep_ranks(key: tuple[bool, bytes], order: np.ndarray) -> None:
    size = len(key[1]) + order.nbytes
    if _RANKS_BYTES[0] + size > RANK_CACHE_BYTES:
        _RANKS.clear()
        _RANKS_BYTES[0] = 0
    _RANKS[key] = order
    _RANKS_BYTES[0] += size


def _insertion_positions(keys: list[int], copied: bool) -> np.ndarray:
    """int64 [m]: the iteration position of each key (hashes, in insertion order) in a CPython
    set of stand-ins filled in that order (then copied into a frozenset, with `copied`)."""
    table = set()
    for i, h in enumerate(keys):
        table.add(StandIn(h, i))
    if copied:
        table = frozenset(table)
    positions = np.empty(len(keys), dtype=np.int64)
    for position, key in enumerate(table):
        positions[key.i] = position
    return positions
