"""Containers on an element axis: the operations container rules share.

A `Seq` (values.py) keeps B containers of up to K elements as one batched value of size B*K, so
a function mapped over the elements is one batched call (`call(f, [items])` with f's bound
leaves repeated K times), never a loop over samples.

Canonical forms, so that one Python value has one batched form and rules need not guess:
- a tuple of tuples of ints (a grid, a tuple of pairs, a tuple of rows) is a `Grids` (ragged
  where rows differ in length), never a Seq;
- a pair of ints is a `Vecs` where a rule makes it so; `as_seq` views it as a 2-tuple and
  `as_vecs` accepts a Seq of 2 ints;
- any other tuple, and every frozenset, is a `Seq` whose items are `Ints`, `Vecs`, `Grids` or
  (as the rows of a grid being iterated) a tuple `Seq` of `Ints`.
Stored items have clear flags: a rule folds element failures into its samples' `err`/`fb`.

Set order (dsl-spec §1.6): a frozenset's items are stored in CPython's iteration order where
`ordered` is set. That is decided only where it is certain: one element; small ints 0..15 and at
least 5 elements (the table has >= 16 slots, so ascending); small ints 0..31, at most 4 elements
and a set built by insertion in a known order (8 slots, the SISO probe sequence); and any set of
hashable items (ints, pairs, rows, grids, patches; up to setorder.MAX_SET) built fresh by
insertion in a known order, whose order setorder.py takes from CPython's own set. "Fresh"
(`frozenset_of(replay=True)`) is a promise of the caller: the reference fills a new set member by
member (a generator, a tuple); `insert` (a copy of the table) and `intersection` (`a & a`
copies) make no such promise.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

import numpy as np

from .setorder import MAX_SET, set_ranks, value_hashes
from .values import (
    CELL_MAX,
    CELL_MIN,
    BValue,
    CellPatches,
    Cells,
    CellTuple,
    Consts,
    Func,
    FuncTuple,
    Grids,
    Ints,
    Patches,
    Seq,
    Vecs,
    as_ints,
    canvas_shape,
    cell_list,
    cell_order,
    grids_from_reference,
    grids_rows,
    is_object,
    pad_to,
    patch_counts,
    patch_empty,
    patch_members,
    row_widths,
    sparse_members,
    to_numpy,
    unsupported,
    with_order,
)

MAX_ITEMS = 1024
"""Largest element axis a batched container may use; longer containers fall back. A 30 x 30
grid has at most 900 components, so every `objects` result of ARC's grids fits."""
MAX_EQUAL_PAIRS = 1 << 30
"""Most entries of the [B, Ka, Kc] equality table `pair_equal` builds from ids; larger tables
refuse (the rule falls back)."""
MAX_PAIRWISE = 256 * 256
"""Most element pairs per sample compared value by value (`pair_equal` on values without keys:
B * Ka * Kc gathered items); larger comparisons refuse (the rule falls back)."""
MAX_CELLS = 1024
"""Most locations or cells a patch viewed as a container holds (a 30 x 30 grid's 900 fit)."""


def valid_slots(xp, n, k: int):
    """bool [B, K]: slot k holds an element of sample b."""
    return xp.arange(k)[None, :] < n[:, None]


def slot_index(xp, b: int, k: int):
    """int [B, K]: the slot number k in every row (the identity order of an element axis)."""
    return xp.broadcast_to(xp.arange(k)[None, :], (b, k))


def take_value(xp, value: BValue, idx) -> BValue:
    """The samples `idx` (int [N]) of `value`, as a value of size N (flags included)."""
    err, fb = value.err[idx], value.fb[idx]
    if isinstance(value, Ints):
        return Ints(err, fb, value.v[idx], value.boolean)
    if isinstance(value, Vecs):
        return Vecs(err, fb, value.v[idx])
    if isinstance(value, Grids):
        ragged = None if value.ragged is None else value.ragged[idx]
        row_w = None if value.row_w is None else value.row_w[idx]
        return Grids(err, fb, value.cells[idx], value.h[idx], value.w[idx], ragged, row_w)
    if isinstance(value, Seq):
        flat = (idx[:, None] * value.k + xp.arange(value.k)[None, :]).reshape(-1)
        ordered = None if value.ordered is None else value.ordered[idx]
        items = take_value(xp, value.items, flat)
        return Seq(err, fb, items, value.n[idx], value.k, value.frozen, ordered)
    if isinstance(value, Func):
        parts = tuple(take_value(xp, p, idx) if isinstance(p, BValue) else p for p in value.tree)
        return Func(err, fb, parts)
    if isinstance(value, FuncTuple):
        return FuncTuple(err, fb, tuple(take_value(xp, p, idx) for p in value.parts))
    if isinstance(value, Patches):
        members = sparse_members(value)
        if members is not None:
            cells = members.take(xp, idx)
            shape = canvas_shape(value)
            out = CellPatches(err, fb, oi=value.oi[idx], oj=value.oj[idx], cells=cells, shape=shape)
        else:
            colors = None if value.colors is None else value.colors[idx]
            out = Patches(err, fb, value.mask[idx], value.oi[idx], value.oj[idx], colors)
        if "_order" in value.__dict__:
            with_order(xp, out, lambda _, want: _taken_order(value, idx, want))
        value.take_memo(out, idx)
        return out
    if isinstance(value, Cells):
        return Cells(err, fb, value.colour[idx], value.loc[idx])
    if isinstance(value, CellTuple):
        return CellTuple(err, fb, take_value(xp, value.painted, idx), value.overlap[idx])
    if isinstance(value, Consts):
        return Consts(err, fb, value.value)
    raise TypeError(f"no element form for {type(value).__name__}")


def _taken_order(value: Patches, idx, want):
    """The order of value's samples idx, asking value only for the ones wanted."""
    taken = to_numpy(idx)[want]
    asked = np.zeros(value.size, dtype=bool)
    asked[taken] = True
    rank, known = cell_order(value, asked)
    return rank[idx], known[idx]


def repeat_value(xp, value: BValue, k: int) -> BValue:
    """Each sample of `value` repeated k times (size B*k, sample-major): the broadcast of a
    per-sample value over an element axis."""
    return take_value(xp, value, xp.repeat(xp.arange(value.size), k))


def clean(xp, value: BValue) -> BValue:
    """`value` with clear flags (for storage as items)."""
    zeros = xp.zeros(value.size, dtype=bool)
    return value.with_flags(zeros, zeros.copy())


def element_flags(xp, result: BValue, valid):
    """(err [B], fb [B]) of a per-element result of size B*K (valid: bool [B, K], the slots that
    hold elements): a sample falls back if any of its elements does, else raises if any raises
    (the reference stops at the first that raises, but raises either way)."""
    k = valid.shape[1]
    fb = (result.fb.reshape(-1, k) & valid).any(axis=1)
    err = (result.err.reshape(-1, k) & valid).any(axis=1) & ~fb
    return err, fb


# -- equality ------------------------------------------------------------------------------------
def _grids_same(xp, a: Grids, c: Grids):
    H = max(a.canvas[0], c.canvas[0])
    W = max(a.canvas[1], c.canvas[1])
    a, c = pad_to(xp, a, H, W), pad_to(xp, c, H, W)
    widths = row_widths(xp, a)
    same = (a.h == c.h) & (widths == row_widths(xp, c)).all(axis=1)
    if a.ragged is None and c.ragged is None:  # cells past h x w are PAD in both
        return same & (a.cells == c.cells).all(axis=(1, 2))
    inside = xp.arange(W)[None, None, :] < widths[:, :, None]  # rows of unequal lengths
    return same & ((a.cells == c.cells) | ~inside).all(axis=(1, 2))


def values_equal(xp, a: BValue, c: BValue):
    """bool [N]: Python `a == c` per sample for two values of one size, or None where the pair
    of representations is not handled (flags are ignored)."""
    if isinstance(a, Consts) and isinstance(c, Consts):
        return xp.full(a.size, bool(a.value == c.value))
    if isinstance(a, Consts) or isinstance(c, Consts):
        a, c = materialize(xp, a), materialize(xp, c)
        if a is None or c is None:
            return None
    if isinstance(a, Ints) and isinstance(c, Ints):
        return a.v == c.v
    if isinstance(a, Ints) or isinstance(c, Ints):
        return xp.zeros(a.size, dtype=bool)  # an int never equals a container
    if isinstance(a, Vecs) and isinstance(c, Vecs):
        return (a.v == c.v).all(axis=1)
    if isinstance(a, Grids) and isinstance(c, Grids):
        return _grids_same(xp, a, c)
    if isinstance(a, Seq) and isinstance(c, Seq):
        return _seqs_equal(xp, a, c)
    if isinstance(c, Seq) and not isinstance(a, Seq):
        a, c = c, a
    if isinstance(a, Seq) and isinstance(c, Vecs):
        if a.frozen:
            return xp.zeros(a.size, dtype=bool)
        return values_equal(xp, a, as_seq(xp, c))
    if isinstance(a, Seq) and isinstance(c, Grids):
        if a.frozen:
            return xp.zeros(a.size, dtype=bool)
        return _seq_equals_grid(xp, a, c)
    if {type(a), type(c)} == {Vecs, Grids}:
        return xp.zeros(a.size, dtype=bool)  # a pair's ints never equal a grid's rows
    if isinstance(a, Cells) and isinstance(c, Cells):
        return (a.colour == c.colour) & (a.loc == c.loc).all(axis=1)
    if isinstance(c, Cells):
        a, c = c, a
    if isinstance(a, Cells) and isinstance(c, Vecs | Grids):
        # (colour, (i, j)) against (i, j): an int against a tuple; against a grid: its first row
        return xp.zeros(a.size, dtype=bool)
    if isinstance(a, Patches) and isinstance(c, Patches):
        return _patches_same(xp, a, c)
    if isinstance(c, Patches):
        a, c = c, a
    if isinstance(a, Patches) and isinstance(c, Seq) and c.frozen:
        # a frozen Seq of pairs is Indices in another form
        from .patches import as_patches

        other = as_patches(xp, c)
        return None if other is None else _patches_same(xp, a, other)
    if isinstance(a, Patches) and isinstance(c, Vecs | Grids | Seq):
        return xp.zeros(a.size, dtype=bool)  # a frozenset never equals a tuple
    return None


def _patches_same(xp, a: Patches, c: Patches):
    """bool [N]: a[k] and c[k] are the same set. A translation keeps row-major order, so each
    patch's members in canvas order are its members in sorted order: two patches are equal
    exactly when they have as many members and the lists agree position by position."""
    if is_object(a) != is_object(c):  # Object vs Indices: equal only when empty
        return patch_empty(xp, a) & patch_empty(xp, c)
    n = a.size
    lists = []
    for p in (a, c):
        item, i, j, colour = patch_members(xp, p)
        lists.append((item, xp.stack([i, j] if colour is None else [i, j, colour], axis=1)))
    (ia, ka), (ic, kc) = lists
    count_a = xp.bincount(ia, minlength=n)
    same = count_a == xp.bincount(ic, minlength=n)
    if bool(same.any()):
        # members of the patches with equal counts sit at equal positions in both lists
        keep_a, keep_c = same[ia], same[ic]
        differ = (ka[keep_a] != kc[keep_c]).any(axis=1)
        bad = xp.bincount(ia[keep_a], weights=differ, minlength=n) > 0
        same = same & ~bad
    return same


def materialize(xp, value: BValue) -> BValue | None:
    """A constant as a batched value of its own kind (ints, pairs, grids, containers), or None
    if it has none (a function, None); other values unchanged."""
    if not isinstance(value, Consts):
        return value
    if type(value.value) in (int, bool):
        return as_ints(xp, value)  # None beyond the exact int range
    batch = batch_of(xp, [value.value])
    if batch is None or bool(to_numpy(batch.fb)[0]):
        return None
    return replace(repeat_value(xp, batch, value.size), err=value.err, fb=value.fb)


def _seq_equals_grid(xp, s: Seq, g: Grids):
    """A tuple Seq (items not rows of ints: those are Grids) against a grid: rows are tuples of
    ints, so they equal an element only if both are empty (an empty row, an empty grid)."""
    same_len = s.n == g.h
    if isinstance(s.items, Grids):
        empty_items = ~(valid_slots(xp, s.n, s.k) & (s.items.h.reshape(-1, s.k) > 0)).any(axis=1)
        empty_rows = ~((row_widths(xp, g) > 0).any(axis=1))
        return same_len & empty_items & empty_rows
    return same_len & (s.n == 0)


def _seqs_equal(xp, a: Seq, c: Seq):
    b = a.size
    if a.frozen != c.frozen:
        return xp.zeros(b, dtype=bool)
    same_n = a.n == c.n
    if a.frozen:
        eq = pair_equal(xp, a.items, a.k, c.items, c.k)
        if eq is None:
            return None
        found = (eq & valid_slots(xp, c.n, c.k)[:, None, :]).any(axis=2)
        return same_n & (found | ~valid_slots(xp, a.n, a.k)).all(axis=1)
    k = min(a.k, c.k)
    idx = xp.arange(b)[:, None]
    slot = xp.arange(k)[None, :]
    ea = take_value(xp, a.items, (idx * a.k + slot).reshape(-1))
    ec = take_value(xp, c.items, (idx * c.k + slot).reshape(-1))
    eq = values_equal(xp, ea, ec)
    if eq is None:
        return None
    eq = eq.reshape(b, k) | ~valid_slots(xp, a.n, k)
    return same_n & eq.all(axis=1)


def pair_equal(xp, a_items: BValue, ka: int, c_items: BValue, kc: int):
    """bool [B, Ka, Kc]: a's element i equals c's element j (None: kinds not handled)."""
    b = a_items.size // ka
    if a_items is c_items:  # one container against itself (dedupe): no copy of its elements
        ids = value_ids(xp, a_items)
        if ids is not None:
            ids = xp.concatenate([ids, ids])
    else:
        # patches in two representations (member lists, masks, lines) concatenate as well
        same_kind = type(a_items) is type(c_items) or (
            isinstance(a_items, Patches) and isinstance(c_items, Patches)
        )
        both = concat_values(xp, a_items, c_items) if same_kind else None
        ids = None if both is None else value_ids(xp, both)
    if ids is not None:
        if b * ka * kc > MAX_EQUAL_PAIRS:
            return None
        ida = ids[: a_items.size].reshape(b, ka)
        idc = ids[a_items.size :].reshape(b, kc)
        return ida[:, :, None] == idc[:, None, :]
    if ka * kc > MAX_PAIRWISE:
        return None
    base = xp.arange(b)[:, None, None]
    i = xp.arange(ka)[None, :, None]
    j = xp.arange(kc)[None, None, :]
    ia = xp.broadcast_to(base * ka + i, (b, ka, kc)).reshape(-1)
    ic = xp.broadcast_to(base * kc + j, (b, ka, kc)).reshape(-1)
    eq = values_equal(xp, take_value(xp, a_items, ia), take_value(xp, c_items, ic))
    return None if eq is None else eq.reshape(b, ka, kc)


def value_ids(xp, value: BValue, live=None):
    """int64 [N]: equal ids exactly where the values are equal (Python ==), or None where the
    representation has no key here. Values are keyed by a row of ints (`_key_matrix`); long keys
    are grouped by two 64-bit hashes and then every group is checked member by member, so a hash
    collision costs time (an exact sort of the full keys), never a wrong answer. `live` (bool
    [N], optional): the values that are read; the others (a container's filler slots) may get
    ids of their own whatever they hold, so patches there are never checked member by member."""
    if isinstance(value, Ints):
        return value.v
    if isinstance(value, Patches):
        return _patch_ids(xp, value, live)
    if isinstance(value, Seq) and value.frozen and isinstance(value.items, Vecs):
        from .patches import as_patches

        locations = as_patches(xp, value)  # sets of locations (insert into Indices makes them)
        if locations is not None:
            return _patch_ids(xp, locations, live)
    keys = _key_matrix(xp, value)
    if keys is None:
        return None
    n, width = keys.shape
    if n == 0:
        return xp.zeros(0, dtype=np.int64)
    if width <= 3:
        return _sorted_ids(xp, keys)[0]
    ids, first = _sorted_ids(xp, _hash_keys(xp, keys))
    if bool((keys == keys[first[ids]]).all()):
        return ids
    return _sorted_ids(xp, keys)[0]


def _patch_ids(xp, value: Patches, live=None):
    """value_ids of patches: grouped by CPython's frozenset hash (equal sets hash equally), then
    every group of more than one member is checked member by member (`_patches_same`); only if
    a check fails (a hash collision) are they keyed exactly by their tight bounding boxes."""
    from .setorder import patch_hashes

    n = value.size
    if n == 0:
        return xp.zeros(0, dtype=np.int64)
    hashes = patch_hashes(xp, value).astype(np.int64)
    # a dead sample (err | fb, or not live) is never read as a value: its own id, never a
    # member of a group
    dead = value.err | value.fb
    if live is not None:
        dead = dead | ~live
    key = xp.stack([dead.astype(np.int64), xp.where(dead, xp.arange(n), hashes)], axis=1)
    ids, first = _sorted_ids(xp, key)
    shared = xp.nonzero(first[ids] != xp.arange(n))[0]
    if shared.shape[0] == 0:
        return ids
    a = take_value(xp, value, shared)
    c = take_value(xp, value, first[ids][shared])
    # identical storage (one canvas, one origin) is the same set, a cheaper test than member
    # lists; the rest is checked member by member
    if sparse_members(a) is not None:  # no canvas to compare: member lists
        same = xp.zeros(a.size, dtype=bool)
    else:
        same = (a.oi == c.oi) & (a.oj == c.oj) & (a.mask == c.mask).all(axis=(1, 2))
        if a.colors is not None:
            same = same & ((a.colors == c.colors) | ~a.mask).all(axis=(1, 2))
    rest = xp.nonzero(~same)[0]
    if rest.shape[0] == 0 or bool(
        _patches_same(xp, take_value(xp, a, rest), take_value(xp, c, rest)).all()
    ):
        return ids
    from .patches import tight

    t = tight(xp, value)
    cells = t.mask.astype(np.int32) if t.colors is None else t.colors.astype(np.int32)
    cells = xp.where(t.mask, cells, CELL_MIN - 1).reshape(n, -1).astype(np.int64)
    full = xp.concatenate([t.oi[:, None], t.oj[:, None], cells], axis=1)
    return _sorted_ids(xp, full)[0]


def _key_matrix(xp, value: BValue):
    """int64 [N, C]: a row of ints per value, equal rows exactly for equal values."""
    if isinstance(value, Vecs):
        return value.v
    if isinstance(value, Cells):
        return xp.concatenate([value.colour[:, None], value.loc], axis=1)
    if isinstance(value, Grids):
        n = value.size
        cells = value.cells.reshape(n, -1).astype(np.int64)
        return xp.concatenate([value.h[:, None].astype(np.int64),
                               row_widths(xp, value).astype(np.int64), cells], axis=1)  # fmt: skip
    if isinstance(value, Seq) and not value.frozen and isinstance(value.items, Ints):
        n = value.size
        v = value.items.v.reshape(n, value.k)
        v = xp.where(valid_slots(xp, value.n, value.k), v, 0)
        return xp.concatenate([value.n[:, None].astype(np.int64), v], axis=1)
    return None


_HASH_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)


def _hash_keys(xp, keys):
    """int64 [N, 2]: two polynomial hashes (wrapping int64 arithmetic) of each key row."""
    width = keys.shape[1]
    out = []
    for m in _HASH_MULTIPLIERS:
        p = xp.asarray(_powers(m, width))
        out.append((keys * p[None, :]).sum(axis=1))
    return xp.stack(out, axis=1)


@functools.cache
def _powers(multiplier: int, width: int) -> np.ndarray:
    """multiplier**i mod 2**64, as int64 (two's complement), for i < width."""
    powers, value = [], 1
    for _ in range(width):
        powers.append(value - (1 << 64) if value >= 1 << 63 else value)
        value = value * multiplier % (1 << 64)
    return np.array(powers, dtype=np.int64)


def _sorted_ids(xp, keys):
    """(ids [N], first member [G] of each group) of equal key rows."""
    n = keys.shape[0]
    order = xp.lexsort(keys.T[::-1])
    ordered = keys[order]
    new = xp.ones(n, dtype=bool)
    new[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    group = xp.cumsum(new) - 1
    ids = xp.empty(n, dtype=np.int64)
    ids[order] = group
    return ids, order[new]


# -- building containers -------------------------------------------------------------------------
def compact(xp, items: BValue, k: int, keep):
    """(items, n, K) keeping the elements where keep [B, K], in order, at the front."""
    b = keep.shape[0]
    order = xp.argsort(~keep, axis=1, kind="stable")
    n = keep.sum(axis=1).astype(np.int32)
    k2 = max(1, int(n.max())) if b else 1
    flat = (xp.arange(b)[:, None] * k + order[:, :k2]).reshape(-1)
    return take_value(xp, items, flat), n, k2


def _as_items(xp, items: BValue) -> BValue | None:
    """Per-element results in a form a container may hold (constants made batched)."""
    if isinstance(items, Consts):
        return materialize(xp, items)
    if isinstance(items, Seq) and not items.frozen and isinstance(items.items, Ints):
        return items
    if isinstance(items, Ints | Vecs | Grids | Seq | Patches):
        return items
    return None


def tuple_of(xp, items: BValue, n, k: int, err, fb) -> BValue:
    """The canonical batched form of B tuples of n[b] elements each (items: size B*K)."""
    b = n.shape[0]
    if k > MAX_ITEMS:
        return unsupported(xp, b)
    items = _as_items(xp, items)
    if items is None:
        return _without_items(xp, n, k, err, fb, frozen=False)
    if isinstance(items, Vecs):  # a tuple of pairs is a grid of width 2
        cells = items.v.reshape(b, k, 2)
        row_w = xp.full((b, k), 2, dtype=np.int32)
        return _rows_grid(xp, cells, n, row_w, err, fb)
    if isinstance(items, Seq) and not items.frozen and isinstance(items.items, Ints):
        cells = items.items.v.reshape(b, k, items.k)
        return _rows_grid(xp, cells, n, items.n.reshape(b, k), err, fb)
    return Seq(err, fb, clean(xp, items), n.astype(np.int32), k, False, None)


def _without_items(xp, n, k: int, err, fb, frozen: bool) -> Seq:
    """Containers whose elements have no batched form: the empty ones (and the failed ones) are
    still decided, the others fall back."""
    b = n.shape[0]
    zeros = xp.zeros(b * k, dtype=bool)
    items = Ints(zeros, zeros.copy(), xp.zeros(b * k, dtype=np.int64))
    ordered = xp.ones(b, dtype=bool) if frozen else None
    fb = fb | ((n > 0) & ~err)
    return Seq(err, fb, items, xp.where(fb, 0, n).astype(np.int32), k, frozen, ordered)


def _rows_grid(xp, cells, n, row_w, err, fb) -> Grids:
    k, w = cells.shape[1], cells.shape[2]
    inside = valid_slots(xp, n, k)[:, :, None] & (xp.arange(w)[None, None, :] < row_w[:, :, None])
    odd = (inside & ((cells < CELL_MIN) | (cells > CELL_MAX))).any(axis=(1, 2))
    cells = xp.where(inside, cells, -1).astype(np.int16)
    return grids_rows(xp, cells, n.astype(np.int32), row_w, err, fb | odd)


def frozenset_of(
    xp,
    items: BValue,
    n,
    k: int,
    err,
    fb,
    insertion_known,
    replay: bool = True,
    distinct: bool = False,
) -> BValue:
    """B frozensets built by inserting items[b, :n[b]] in order (duplicates collapse).
    insertion_known bool [B]: that order is the order the reference inserts in, one element at a
    time into a fresh set (`frozenset(generator)`), so `setorder` can replay it; replay=False for
    sets built otherwise (a copy of a set: only the order-free small-int rules apply).
    `distinct`: the items are known to differ (a selection from one frozenset), so no pairwise
    comparison is made."""
    b = n.shape[0]
    if isinstance(items, Cells):  # a frozenset of cells is an Object
        return object_of_cells(xp, items, n, k, err, fb)
    if k > MAX_ITEMS:
        return unsupported(xp, b)
    items = _as_items(xp, items)
    if items is None:
        return _without_items(xp, n, k, err, fb, frozen=True)
    if not distinct:
        valid = valid_slots(xp, n, k)
        dup = later_repeats(xp, items, k, valid)
        if dup is None:
            return _without_items(xp, n, k, err, fb, frozen=True)
        items, n, k = compact(xp, items, k, valid & ~dup)
    items, ordered = set_order(xp, items, n, k, insertion_known, replay)
    return Seq(err, fb, clean(xp, items), n, k, True, ordered)


def later_repeats(xp, items: BValue, k: int, valid):
    """bool [B, K]: element t of sample b equals (Python ==) a valid element before it in the
    same sample (valid bool [B, K]); None where the values have no batched comparison. With ids
    (`value_ids`) by one sort, else by comparing every pair (`pair_equal`)."""
    b = valid.shape[0]
    ids = value_ids(xp, items, valid.reshape(-1))
    if ids is None:
        eq = pair_equal(xp, items, k, items, k)
        if eq is None:
            return None
        earlier = xp.arange(k)[None, :, None] > xp.arange(k)[None, None, :]
        return (eq & earlier & valid[:, None, :]).any(axis=2)
    slot = xp.broadcast_to(xp.arange(k, dtype=np.int64)[None, :], (b, k))
    sample = xp.broadcast_to(xp.arange(b, dtype=np.int64)[:, None], (b, k))
    ids = ids.reshape(b, k).astype(np.int64)
    # an invalid slot is its own group (never anyone's earlier copy); groups sort by slot
    order = xp.lexsort(xp.stack([slot.ravel(), ids.ravel(), (~valid).ravel(), sample.ravel()]))
    key_valid, key_id, key_sample = (
        (~valid).ravel()[order],
        ids.ravel()[order],
        sample.ravel()[order],
    )
    repeat = xp.zeros(b * k, dtype=bool)
    repeat[1:] = (
        (key_sample[1:] == key_sample[:-1]) & (key_id[1:] == key_id[:-1]) & ~key_valid[1:]
        & ~key_valid[:-1]
    )  # fmt: skip
    out = xp.zeros(b * k, dtype=bool)
    out[order] = repeat
    return out.reshape(b, k)


def set_order(xp, items: BValue, n, k: int, insertion_known, replay: bool = False):
    """(items in CPython iteration order where known, ordered bool [B]) for distinct items
    stored in insertion order (see the module docstring for when the order is known; with
    `replay`, a fresh set's table is replayed from the hashes wherever insertion_known)."""
    b = n.shape[0]
    perm, ordered = set_permutation(xp, items, n, k, insertion_known)
    if replay and bool(insertion_known.any()):
        hashes = value_hashes(xp, items)
        if hashes is not None:
            slots = set_ranks(xp, hashes.reshape(b, k), n)
            replayed = xp.argsort(
                xp.where(valid_slots(xp, n, k), slots, 2**40), axis=1, kind="stable"
            )
            exact = insertion_known & (n <= MAX_SET)
            if perm is None:
                perm = slot_index(xp, b, k)
            perm = xp.where(exact[:, None], replayed, perm)
            ordered = ordered | exact
    if perm is None:
        return items, ordered
    items = take_value(xp, items, (xp.arange(b)[:, None] * k + perm).reshape(-1))
    return items, ordered


def set_permutation(xp, items: BValue, n, k: int, insertion_known):
    """(perm int [B, K] or None for the identity, ordered bool [B]): slot perm[b, t] holds the
    t-th element in iteration order of the set of distinct `items` inserted in slot order."""
    b = n.shape[0]
    single = n <= 1
    if not isinstance(items, Ints):
        return None, single
    v = items.v.reshape(b, k)
    valid = valid_slots(xp, n, k)
    small15 = ((v >= 0) & (v <= 15) | ~valid).all(axis=1)
    small31 = ((v >= 0) & (v <= 31) | ~valid).all(axis=1)
    ascending = (n >= 5) & small15
    probed = (n <= 4) & small31 & insertion_known & ~single
    # up to 4 values with distinct v mod 8 each sit in their own slot, whatever the order
    home = xp.where(valid, v % 8, -1 - xp.arange(k)[None, :])
    own_slots = (n <= 4) & small31 & ~_repeats(xp, home) & ~single & ~probed
    rank = xp.where(valid, xp.arange(k)[None, :], 10**6)
    rank = xp.where(ascending[:, None] & valid, v, rank)
    rank = xp.where(own_slots[:, None] & valid, home, rank)
    if bool(probed.any()):
        rank = xp.where(probed[:, None] & valid, _siso_slots(xp, v, n, probed), rank)
    perm = xp.argsort(rank, axis=1, kind="stable")
    return perm, single | ascending | probed | own_slots


def _repeats(xp, values):
    """bool [B]: some value occurs twice in a row of `values` [B, K]."""
    ordered = xp.sort(values, axis=1)
    return (ordered[:, 1:] == ordered[:, :-1]).any(axis=1)


def _siso_slots(xp, v, n, active_rows):
    """int64 [B, K]: the 8-slot table position of each of the first 4 inserted values."""
    b, k = v.shape
    slots = xp.full((b, 8), -1, dtype=np.int64)
    where = xp.full((b, k), 10**6, dtype=np.int64)
    rows = xp.arange(b)
    for t in range(min(k, 4)):
        value = v[:, t]
        active = active_rows & (t < n)
        s = value % 8
        for _ in range(8):
            taken = slots[rows, s] >= 0
            s = xp.where(active & taken, (5 * s + 1) % 8, s)
        slots[rows[active], s[active]] = value[active]
        where[:, t] = xp.where(active, s, where[:, t])
    return where


# -- viewing values as containers ----------------------------------------------------------------
def rows_of(xp, g: Grids) -> Seq:
    """A grid as the tuple of its rows: items are tuple Seqs of Ints (the cells)."""
    b = g.size
    H, W = g.canvas
    widths = row_widths(xp, g).reshape(-1)
    cells = Ints(
        xp.zeros(b * H * W, dtype=bool),
        xp.zeros(b * H * W, dtype=bool),
        g.cells.reshape(-1).astype(np.int64),
    )
    zeros = xp.zeros(b * H, dtype=bool)
    rows = Seq(zeros, zeros.copy(), cells, widths, W, False, None)
    return Seq(g.err, g.fb, rows, g.h.astype(np.int32), H, False, None)


def as_seq(xp, value: BValue) -> Seq | None:
    """`value` as a Seq if it is a container (a Grids by its rows, a pair by its two ints)."""
    b = value.size
    if isinstance(value, Seq):
        return value
    if isinstance(value, Grids):
        return rows_of(xp, value)
    if isinstance(value, Vecs):
        zeros = xp.zeros(2 * b, dtype=bool)
        items = Ints(zeros, zeros.copy(), value.v.reshape(-1))
        return Seq(value.err, value.fb, items, xp.full(b, 2, dtype=np.int32), 2, False, None)
    if isinstance(value, Patches):
        return patch_cells(xp, value)
    if isinstance(value, Consts) and isinstance(value.value, tuple | frozenset):
        batch = batch_of(xp, [value.value])
        if batch is None or bool(to_numpy(batch.fb)[0]):
            return None
        seq = as_seq(xp, batch)
        if seq is None:
            return None
        return replace(repeat_value(xp, seq, b), err=value.err, fb=value.fb)
    return None


def patch_cells(xp, p: Patches) -> Seq | None:
    """A patch as a frozen Seq of its elements in row-major order, which is not CPython's
    (`ordered` only up to one element): locations (`Vecs`) of Indices, cells (`Cells`) of an
    Object. None (the rule is not decided here) if a live sample has more than MAX_CELLS: a
    view never adds flags of its own."""
    b = p.size
    count = patch_counts(xp, p).astype(np.int32)
    live = ~(p.err | p.fb)
    if bool((live & (count > MAX_CELLS)).any()):
        return None
    k = max(1, int(xp.where(live, count, 0).max()) if b else 1)
    item, i, j, colour = patch_members(xp, p)
    slot = xp.arange(item.shape[0]) - (xp.cumsum(count) - count)[item]
    fits = slot < k
    item, slot = item[fits], slot[fits]
    v = xp.zeros((b, k, 2), dtype=np.int64)
    v[item, slot, 0] = i[fits]
    v[item, slot, 1] = j[fits]
    zeros = xp.zeros(b * k, dtype=bool)
    if colour is None:
        items = Vecs(zeros, zeros.copy(), v.reshape(b * k, 2))
    else:
        colours = xp.zeros((b, k), dtype=np.int64)
        colours[item, slot] = colour[fits]
        items = Cells(zeros, zeros.copy(), colours.reshape(-1), v.reshape(b * k, 2))
    n = xp.where(live, count, 0).astype(np.int32)
    return Seq(p.err, p.fb, items, n, k, True, n <= 1)


def object_of_cells(xp, items: Cells, n, k: int, err, fb) -> Patches:
    """frozenset(cells) per sample (items: size B*K, the first n[b] valid) as an Object; two
    colours at one location have no Patches form (fb)."""
    from .patches import ALIGN_LIMIT, scatter_cells

    b = n.shape[0]
    valid = valid_slots(xp, n, k)
    loc = items.loc.reshape(b, k, 2)
    big = 2**40
    top = xp.where(valid, loc[:, :, 0], big).min(axis=1)
    left = xp.where(valid, loc[:, :, 1], big).min(axis=1)
    top, left = xp.where(n > 0, top, 0), xp.where(n > 0, left, 0)
    ri = xp.where(valid, loc[:, :, 0] - top[:, None], 0)
    rj = xp.where(valid, loc[:, :, 1] - left[:, None], 0)
    colour = items.colour.reshape(b, k)
    live = valid & ~(err | fb)[:, None]
    far = (ri >= ALIGN_LIMIT) | (rj >= ALIGN_LIMIT) | (colour < CELL_MIN) | (colour > CELL_MAX)
    far = (far & live).any(axis=1)
    live = live & ~far[:, None]
    H = int(xp.where(live, ri, 0).max()) + 1 if b else 1
    W = int(xp.where(live, rj, 0).max()) + 1 if b else 1
    rows = xp.broadcast_to(xp.arange(b)[:, None], (b, k))[live]
    mask, colors, clash = scatter_cells(xp, (b, H, W), rows, ri[live], rj[live], colour[live])
    return Patches(err, fb | far | clash, mask, top, left, colors)


def element_at(xp, seq: Seq, pos) -> BValue:
    """Element pos[b] (int [B], clipped to the slots) of each sample, flags of the Seq."""
    b = seq.size
    pos = xp.clip(pos, 0, seq.k - 1)
    item = take_value(xp, seq.items, xp.arange(b) * seq.k + pos)
    return item.with_flags(seq.err, seq.fb)


# -- reference values in, for tests and constants -----------------------------------------------
def _is_int(x: Any) -> bool:
    return type(x) in (int, bool)


def _is_ints(x: Any) -> bool:
    return isinstance(x, tuple) and all(_is_int(c) for c in x)


def batch_of(xp, values: list) -> BValue | None:
    """A batched value holding the reference `values` (one per sample), or None if they have no
    common batched form. Samples that do not fit the form chosen are flagged fb."""
    b = len(values)
    zeros = np.zeros(b, dtype=bool)
    if all(_is_int(x) for x in values):
        v = np.array([int(x) for x in values], dtype=np.int64)
        boolean = all(type(x) is bool for x in values)
        return Ints(xp.asarray(zeros), xp.asarray(zeros), xp.asarray(v), boolean)
    if all(_is_ints(x) and len(x) == 2 for x in values):
        v = np.array(values, dtype=np.int64).reshape(b, 2)
        return Vecs(xp.asarray(zeros), xp.asarray(zeros), xp.asarray(v))
    if all(_is_ints(x) for x in values) and any(values):
        return _container_batch(xp, values)  # tuples of ints of other lengths
    if all(isinstance(x, tuple) and all(_is_ints(r) for r in x) for x in values):
        if all(len({len(r) for r in x}) <= 1 for x in values):
            return grids_from_reference(xp, values)
        return _container_batch(xp, values)  # ragged: rows of unequal lengths
    objects = all(type(x) is frozenset for x in values) and any(values)
    if objects and all(_is_cell(c) for x in values for c in x):
        from .patches import objects_from_reference

        return objects_from_reference(xp, values)
    if all(isinstance(x, tuple | frozenset) for x in values):
        return _container_batch(xp, values)
    return None


def _is_cell(x: Any) -> bool:
    """An Object's element: (colour, (i, j)) with ints."""
    return (
        isinstance(x, tuple) and len(x) == 2 and _is_int(x[0]) and _is_ints(x[1]) and len(x[1]) == 2
    )


def _container_batch(xp, values: list) -> BValue | None:
    b = len(values)
    kinds = {type(x) for x in values}
    if len(kinds) != 1:
        return None
    frozen = kinds == {frozenset}
    elements = [list(x) for x in values]
    k = max(1, max(len(e) for e in elements))
    if k > MAX_ITEMS:
        return None
    filler = next((e[0] for e in elements if e), 0)
    flat = [e[i] if i < len(e) else filler for e in elements for i in range(k)]
    items = batch_of(xp, flat)
    if items is None:
        return None
    n = xp.asarray(np.array([len(e) for e in elements], dtype=np.int32))
    zeros = xp.zeros(b, dtype=bool)
    if frozen:
        # Iterating a real frozenset gave its CPython order: it is known for every sample.
        ordered = xp.ones(b, dtype=bool)
        return Seq(zeros, items.fb.reshape(b, k).any(axis=1), clean(xp, items), n, k, True, ordered)
    return tuple_of(xp, items, n, k, zeros, items.fb.reshape(b, k).any(axis=1))


# -- joining and reshaping -----------------------------------------------------------------------
def widen(xp, seq: Seq, k: int) -> Seq:
    """The same containers on an element axis of k slots (k >= every length n)."""
    if k == seq.k:
        return seq
    b = seq.size
    slot = xp.minimum(xp.arange(k), seq.k - 1)[None, :]
    items = take_value(xp, seq.items, (xp.arange(b)[:, None] * seq.k + slot).reshape(-1))
    return replace(seq, items=items, k=k)


def concat_values(xp, x: BValue, y: BValue) -> BValue | None:
    """x's samples followed by y's (size x.size + y.size) in one representation, or None."""
    cat = xp.concatenate
    err, fb = cat([x.err, y.err]), cat([x.fb, y.fb])
    if isinstance(x, Ints) and isinstance(y, Ints):
        return Ints(err, fb, cat([x.v, y.v]), x.boolean and y.boolean)
    if isinstance(x, Vecs) and isinstance(y, Vecs):
        return Vecs(err, fb, cat([x.v, y.v]))
    if isinstance(x, Grids) and isinstance(y, Grids):
        H = max(x.canvas[0], y.canvas[0])
        W = max(x.canvas[1], y.canvas[1])
        x, y = pad_to(xp, x, H, W), pad_to(xp, y, H, W)
        ragged = row_w = None
        if x.ragged is not None or y.ragged is not None:
            zx, zy = xp.zeros(x.size, dtype=bool), xp.zeros(y.size, dtype=bool)
            rx = zx if x.ragged is None else x.ragged
            ry = zy if y.ragged is None else y.ragged
            ragged = cat([rx, ry])
            row_w = cat([row_widths(xp, x), row_widths(xp, y)])
        cells = cat([x.cells, y.cells])
        return Grids(err, fb, cells, cat([x.h, y.h]), cat([x.w, y.w]), ragged, row_w)
    if isinstance(x, Seq) and isinstance(y, Seq) and x.frozen == y.frozen:
        k = max(x.k, y.k)
        x, y = widen(xp, x, k), widen(xp, y, k)
        items = concat_values(xp, x.items, y.items)
        if items is None:
            return None
        ordered = None if x.ordered is None else cat([x.ordered, y.ordered])
        return Seq(err, fb, items, cat([x.n, y.n]), k, x.frozen, ordered)
    if isinstance(x, Cells) and isinstance(y, Cells):
        return Cells(err, fb, cat([x.colour, y.colour]), cat([x.loc, y.loc]))
    if isinstance(x, Patches) and isinstance(y, Patches):
        if is_object(x) != is_object(y):
            return None
        xl, yl = sparse_members(x), sparse_members(y)
        if xl is not None and yl is not None:
            (xh, xw), (yh, yw) = canvas_shape(x), canvas_shape(y)
            shape = (max(xh, yh), max(xw, yw))
            colour = None if xl.colour is None else cat([xl.colour, yl.colour])
            cells = cell_list(
                xp,
                cat([xl.item, yl.item + x.size]),
                cat([xl.r, yl.r]),
                cat([xl.c, yl.c]),
                colour,
                x.size + y.size,
            )
            oi, oj = cat([x.oi, y.oi]), cat([x.oj, y.oj])
            return CellPatches(err, fb, oi=oi, oj=oj, cells=cells, shape=shape)
        from .patches import pad_patches

        H = max(x.mask.shape[1], y.mask.shape[1])
        W = max(x.mask.shape[2], y.mask.shape[2])
        x, y = pad_patches(xp, x, H, W), pad_patches(xp, y, H, W)
        colors = None if x.colors is None else cat([x.colors, y.colors])
        return Patches(err, fb, cat([x.mask, y.mask]), cat([x.oi, y.oi]), cat([x.oj, y.oj]), colors)
    if isinstance(x, Consts) and isinstance(y, Consts) and x.value is y.value:
        return Consts(err, fb, x.value)
    return None


def empty_like(xp, seq: Seq, frozen: bool) -> Seq:
    """Empty containers (tuple or frozenset) with the items representation of `seq`."""
    b = seq.size
    zeros = xp.zeros(b, dtype=bool)
    ordered = xp.ones(b, dtype=bool) if frozen else None
    return Seq(zeros, zeros.copy(), seq.items, xp.zeros(b, dtype=np.int32), seq.k, frozen, ordered)


def flatten(xp, outer: Seq):
    """(inner items, keep [B, K*K2], K*K2) of a container of containers: the elements of every
    element, in order; None if the elements are not containers."""
    b = outer.size
    inner = as_seq(xp, outer.items)
    if inner is None:
        return None
    k, k2 = outer.k, inner.k
    keep = valid_slots(xp, outer.n, k)[:, :, None] & valid_slots(xp, inner.n, k2).reshape(b, k, k2)
    return inner, keep.reshape(b, k * k2), k * k2
