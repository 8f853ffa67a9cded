"""CPython's set iteration order, computed: hashes of ints and tuples, and the hash table a set
fills when its elements are inserted one by one (CPython 3.11, `Objects/setobject.c`).

Used where a result depends on the order of a set built fresh from a sequence (`set(container)`
in mostcommon/leastcommon): the order is a pure function of the elements' hashes and insertion
order, so it can be reproduced exactly rather than guessed.

- `hash(int)` is the int itself for |v| < 2**61 - 1, except `hash(-1) == -2`;
- `hash(tuple)` is CPython's xxHash-style combination of the element hashes (`tuple_hash`);
- a set starts with 8 slots; a key goes to slot `hash & mask`, then (if taken) to the next slots
  linearly (up to 9 more, where they exist below the mask), then jumps to
  `(5 * i + 1 + perturb) & mask` with `perturb` the hash shifted right by 5 each jump; after an
  insertion that makes `fill * 5 >= mask * 3` the table grows to the smallest power of two above
  `4 * used` and the keys are re-inserted in slot order. Iteration is slot order.
"""

from __future__ import annotations

import numpy as np

from .values import Grids, Ints, Patches, Seq, Vecs, row_widths, to_numpy

_P1 = np.uint64(11400714785074694791)
_P2 = np.uint64(14029467366897019727)
_P5 = np.uint64(2870177450012600261)
_LEN_MIX = np.uint64(2870177450012600261 ^ 3527539)
LINEAR_PROBES = 9
MAX_SET = 64
"""Sets of more distinct elements are not simulated (their order stays unknown)."""
_TABLE = 128  # slots enough for MAX_SET elements (the table grows to 128 at 19 elements)


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
    table-free), then mixed with the size."""
    item, r, c = xp.nonzero(p.mask)
    i = p.oi[item] + r
    j = p.oj[item] + c
    two = xp.full(item.shape[0], 2)
    h = tuple_hash(xp, xp.stack([int_hash(xp, i), int_hash(xp, j)], axis=1), two)
    if p.colors is not None:
        colour = int_hash(xp, p.colors[item, r, c].astype(np.int64))
        h = tuple_hash(xp, xp.stack([colour, h], axis=1), two)
    shuffled = to_numpy(_shuffle_bits(h))
    acc = np.zeros(p.size, dtype=np.uint64)  # the xor per patch, on the host (a ufunc.at)
    np.bitwise_xor.at(acc, to_numpy(item), shuffled)
    acc = xp.asarray(acc)
    size = p.mask.sum(axis=(1, 2)).astype(np.uint64)
    acc = acc ^ ((size + np.uint64(1)) * np.uint64(1927868237))
    acc = acc ^ ((acc >> np.uint64(11)) ^ (acc >> np.uint64(25)))
    acc = acc * np.uint64(69069) + np.uint64(907133923)
    return xp.where(acc == np.uint64(2**64 - 1), np.uint64(590923713), acc)


def _grown_mask(n: int) -> int:
    """The mask of a set after n distinct insertions into a fresh set."""
    mask = 7
    for fill in range(1, n + 1):
        if fill * 5 >= mask * 3:
            size = 8
            while size <= fill * 4:
                size *= 2
            mask = size - 1
    return mask


def _copy_mask(n: int) -> int:
    """The mask of frozenset(s) for a set s of n elements (set_merge's single resize)."""
    if n * 5 < 7 * 3:
        return 7
    size = 8
    while size <= 2 * n:
        size *= 2
    return size - 1


def copied_slots(xp, hashes, slots, n):
    """int64 [B, K]: the slots of the keys in frozenset(s), where s is the fresh set whose keys
    (hashes uint64 [B, K]) sit at `slots` (set_slots). Tables of one size are copied as they
    are; otherwise the keys are re-inserted in s's slot order into a table sized once."""
    b, k = hashes.shape
    host_n = to_numpy(n)
    src = np.array([_grown_mask(int(x)) for x in host_n], dtype=np.int64)
    dst = np.array([_copy_mask(int(x)) for x in host_n], dtype=np.int64)
    moved = xp.asarray(src != dst) & (n <= MAX_SET)
    if not bool(moved.any()):
        return slots
    width = int(dst.max()) + 1
    table = xp.full((b, width), -1, dtype=np.int64)
    mask = xp.asarray(dst)
    valid = xp.arange(k)[None, :] < n[:, None]
    order = xp.argsort(xp.where(valid, slots, 2**40), axis=1, kind="stable")
    rows = xp.arange(b)
    out = slots.copy()
    for t in range(min(k, MAX_SET)):
        key = order[:, t]
        active = moved & (t < n)
        if not bool(active.any()):
            break
        where = _insert(xp, table, mask, hashes[rows, key], active)
        table[rows[active], where[active]] = key[active]
        out[rows[active], key[active]] = where[active]
    return out


def set_slots(xp, hashes, n):
    """int64 [B, K]: the final slot of each of n[b] distinct keys inserted in order k = 0..n-1
    into a fresh set (hashes: uint64 [B, K]); iteration order is ascending slot. Samples with
    more than MAX_SET keys get meaningless slots (check n <= MAX_SET)."""
    b, k = hashes.shape
    table = xp.full((b, _TABLE), -1, dtype=np.int64)
    mask = xp.full(b, 7, dtype=np.int64)
    fill = xp.zeros(b, dtype=np.int64)
    slots = xp.zeros((b, k), dtype=np.int64)
    for t in range(min(k, MAX_SET)):
        active = (t < n) & (n <= MAX_SET)
        if not bool(active.any()):
            break
        where = _insert(xp, table, mask, hashes[:, t], active)
        table[xp.arange(b)[active], where[active]] = t
        slots[:, t] = where
        fill = fill + active
        grow = active & (fill * 5 >= mask * 3)
        if bool(grow.any()):
            table, mask, slots = _resize(xp, table, mask, fill, hashes, slots, grow)
    return slots


def _insert(xp, table, mask, h, active):
    """int64 [B]: the free slot a key of hash h takes (probing as CPython does)."""
    b = h.shape[0]
    rows = xp.arange(b)
    i = (h & mask.astype(np.uint64)).astype(np.int64)
    perturb = h.copy()
    placed = ~active
    where = xp.zeros(b, dtype=np.int64)
    width = table.shape[1]
    for _ in range(4 * width):
        linear = i + LINEAR_PROBES <= mask
        for j in range(LINEAR_PROBES + 1):
            if j == 1 and bool(placed.all()):
                break
            probe = i + j
            allowed = (j == 0) | linear
            free = table[rows, xp.minimum(probe, width - 1)] < 0
            take = ~placed & allowed & free
            where = xp.where(take, probe, where)
            placed = placed | take
        if bool(placed.all()):
            return where
        perturb = perturb >> np.uint64(5)
        i = (i.astype(np.uint64) * np.uint64(5) + np.uint64(1) + perturb) & mask.astype(np.uint64)
        i = i.astype(np.int64)
    raise RuntimeError("set simulation did not place every key")  # pragma: no cover


def _resize(xp, table, mask, fill, hashes, slots, grow):
    """Grow the tables of the samples in `grow` and re-insert their keys in slot order."""
    b = table.shape[0]
    rows = xp.arange(b)
    new_size = xp.full(b, 8, dtype=np.int64)
    for _ in range(8):
        new_size = xp.where(new_size <= fill * 4, new_size * 2, new_size)
    new_mask = xp.where(grow, new_size - 1, mask)
    new_table = xp.where(grow[:, None], -1, table)
    for s in range(_TABLE):
        key = table[:, s]
        moving = grow & (key >= 0) & (s <= mask)
        if not bool(moving.any()):
            continue
        h = hashes[rows, xp.maximum(key, 0)]
        where = _insert(xp, new_table, new_mask, h, moving)
        new_table[rows[moving], where[moving]] = key[moving]
        slots[rows[moving], key[moving]] = where[moving]
    return new_table, new_mask, slots
