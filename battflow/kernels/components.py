"""Batched object extraction (dsl-spec §4.9): `objects` in all 8 flag combinations, `partition`,
`fgpartition` and `frontiers`, as frozen `Seq`s of Objects.

`objects` labels connected components on [B, H, W] by min-label propagation with pointer jumping:
every member cell starts with its own flat index; a step gives each run of linked cells along a
row, then along a column, its smallest label, takes the smallest label of its linked diagonal
neighbours, then follows labels (label = label[label]); until nothing changes. The fixed point
gives every cell its component's smallest index; the same array code runs on numpy and cupy.

The members of a result are distinct by construction. `objects`, `partition` and `fgpartition`
put them in CPython's iteration order (CPython's own set, filled with stand-ins carrying the
members' frozenset hashes in the order the reference inserts them), so `first`, ties of
`argmax`, `order`, ... over them are decided; `frontiers` (a union of two sets) takes its
order from the reference's own `frontiers`, run per sample on the host.
"""

from __future__ import annotations

import functools

import numpy as np

from battflow.dsl.registry import PRIMITIVES

from .cellorder import replayed_objects_order, row_major_order
from .grids import _extreme_colour, _grid_arg, cells_inside, colour_counts, set_rank
from .rules import rule
from .seqs import MAX_ITEMS, clean, compact, frozenset_of, set_permutation, take_value
from .setorder import MAX_SET, patch_hashes, set_ranks
from .values import (
    PAD,
    CellPatches,
    Grids,
    Ints,
    Patches,
    Seq,
    as_ints,
    cell_list,
    host_grids,
    to_numpy,
    with_order,
)

ITEM_BUDGET = 2**26
"""Most cells (members x canvas) one extraction may hold; samples beyond it fall back."""
NEIGHBOURS_4 = ((-1, 0), (1, 0), (0, -1), (0, 1))
DIAGONALS = ((-1, -1), (-1, 1), (1, -1), (1, 1))


def label_components(xp, member, cells, univalued, diagonal):
    """int64 [B, H*W]: for each member cell (member: bool [B, H, W]) the smallest flat index of
    its component, H*W for other cells. Neighbours connect when both are members, are
    4-adjacent (or 8-adjacent where `diagonal` [B]) and, where `univalued` [B], share a colour.

    Labels are indices into the flattened [B, H+2, W+2] canvas with a border of non-members
    (global, so one 1-D gather jumps pointers for every sample); a sample's sentinel is its last
    border cell, larger than any of its cells and its own label. A step gives every run of
    linked cells along a row, then along a column, its smallest label (a segment minimum), then
    takes the diagonal neighbours' (views of the canvas; a missing link adds the sentinel's
    distance, so it never wins), then jumps pointers twice. Runs make straight stretches settle
    in one step, so the steps follow the turns of a component, not its length."""
    b, H, W = member.shape
    n = H * W
    if not b * n:
        return xp.full((b, n), n, dtype=np.int64)
    Hp, Wp = H + 2, W + 2
    per = Hp * Wp
    itype = np.int32 if (b + 1) * per < 2**31 else np.int64
    inner = (slice(None), slice(1, H + 1), slice(1, W + 1))
    member_p = xp.zeros((b, Hp, Wp), dtype=bool)
    member_p[inner] = member
    cells_p = xp.full((b, Hp, Wp), PAD, dtype=cells.dtype)
    cells_p[inner] = cells
    mixed = ~univalued[:, None, None]

    def link(di: int, dj: int):
        near = (slice(None), slice(1 + di, H + 1 + di), slice(1 + dj, W + 1 + dj))
        return near, member & member_p[near] & ((cells_p[near] == cells) | mixed)

    # runs: a new one starts at every cell not linked to the cell before it
    row_run = xp.cumsum(~link(0, -1)[1], dtype=np.int64).reshape(-1) - 1
    up = ~link(-1, 0)[1]
    col_run = xp.cumsum(up.transpose(0, 2, 1), dtype=np.int64).reshape(b, W, H) - 1
    col_run = col_run.transpose(0, 2, 1).reshape(-1)
    counts = to_numpy(xp.stack([row_run[-1], col_run.max()])) + 1
    runs = [(row_run, int(counts[0])), (col_run, int(counts[1]))]
    steps = []
    for di, dj in DIAGONALS:
        near, linked = link(di, dj)
        steps.append((near, linked & diagonal[:, None, None]))
    used = to_numpy(xp.stack([linked.any() for _, linked in steps]))
    steps = [
        (near, xp.where(linked, itype(0), itype(per)))
        for (near, linked), u in zip(steps, used, strict=True)
        if u
    ]
    base = (xp.arange(b, dtype=itype) * per)[:, None, None]
    index = base + xp.arange(per, dtype=itype).reshape(1, Hp, Wp)
    label = xp.where(member_p, index, base + (per - 1)).astype(itype)
    flat = label.reshape(-1)
    step = xp.empty((b, H, W), dtype=itype)
    while True:
        old = label[inner]
        new = old.reshape(-1)
        for run, count in runs:
            low = xp.full(count, per * (b + 1), dtype=itype)
            xp.minimum.at(low, run, new)
            new = low[run]
        new = new.reshape(b, H, W)
        for near, gap in steps:
            xp.add(label[near], gap, out=step)
            xp.minimum(new, step, out=new)
        changed = bool((new != old).any())
        label[inner] = new
        for _ in range(2):
            flat = flat[flat]
        label = flat.reshape(b, Hp, Wp)
        if not changed:
            break
    local = (label[inner] - base).astype(np.int64)
    i, j = local // Wp - 1, local % Wp - 1
    return xp.where(member, i * W + j, n).reshape(b, n)


def objects_seq(xp, member, cells, label, err, fb, seeds=None) -> Seq:
    """A frozen Seq of Objects from component labels (label_components): one member per
    component, each on its own bounding box. With `seeds` (int64 [B, H, W], each location's
    rank in the seed scan), the members are put in CPython's iteration order (`_in_set_order`)."""
    b, H, W = member.shape
    n = H * W
    flat_member = member.reshape(b, n)
    roots = flat_member & (label == xp.arange(n)[None, :])
    count = roots.sum(axis=1)
    rank = xp.cumsum(roots, axis=1) - 1
    bs, xs = xp.nonzero(flat_member)
    comp = rank[bs, label[bs, xs]]
    ii, jj = xs // W, xs % W
    live = ~(err | fb)
    K = max(1, int(xp.where(live, count, 0).max()) if b else 1)
    K = min(K, MAX_ITEMS)
    # bounding boxes per component
    top = xp.full((b, K), n, dtype=np.int64)
    left = xp.full((b, K), n, dtype=np.int64)
    bottom = xp.full((b, K), -1, dtype=np.int64)
    right = xp.full((b, K), -1, dtype=np.int64)
    keep = comp < K
    bs, ii, jj, comp, xs = bs[keep], ii[keep], jj[keep], comp[keep], xs[keep]
    xp.minimum.at(top, (bs, comp), ii)
    xp.minimum.at(left, (bs, comp), jj)
    xp.maximum.at(bottom, (bs, comp), ii)
    xp.maximum.at(right, (bs, comp), jj)
    exists = xp.arange(K)[None, :] < count[:, None]
    tall = xp.where(exists & live[:, None], bottom - top + 1, 1)
    wide = xp.where(exists & live[:, None], right - left + 1, 1)
    Hk, Wk = int(tall.max()), int(wide.max())
    over = count > K
    if b * K * Hk * Wk > ITEM_BUDGET:  # keep the chunk's small-object samples batched
        small = live & (count * H * W <= ITEM_BUDGET // max(1, b))
        member = member & small[:, None, None]
        return objects_seq(xp, member, cells, label, err, fb | ~small, seeds)
    item = bs * K + comp
    by_item = xp.argsort(item, kind="stable")  # member after member, each row-major
    sb, sx, sc = bs[by_item], xs[by_item], comp[by_item]
    ri = sx // W - top[sb, sc]
    rj = sx % W - left[sb, sc]
    colour = cells.reshape(b, n)[sb, sx].astype(np.int16)
    item = item[by_item]
    zeros = xp.zeros(b * K, dtype=bool)
    oi = xp.where(exists, top, 0).reshape(-1)
    oj = xp.where(exists, left, 0).reshape(-1)
    members = cell_list(xp, item, ri, rj, colour, b * K)
    items = CellPatches(zeros, zeros.copy(), oi=oi, oj=oj, cells=members, shape=(Hk, Wk))
    fb = fb | over
    size = xp.where(fb | err, 0, xp.minimum(count, K)).astype(np.int32)
    if seeds is None:
        return Seq(err, fb, items, size, K, True, size <= 1)
    first = xp.full((b, K), 2**40, dtype=np.int64)
    xp.minimum.at(first, (bs, comp), seeds[bs, ii, jj])
    items, ordered = _in_set_order(xp, items, first, size, K)
    return Seq(err, fb, items, size, K, True, ordered | (size <= 1))


def _in_set_order(xp, items: Patches, first, n, K: int):
    """(items, ordered [B]): the members of each sample in the iteration order of the
    reference's result, which adds each frozen component to a set in discovery order (`first`
    [B, K]: the seed rank at which each member is found) and returns a frozen copy of it."""
    b = n.shape[0]
    hashes = patch_hashes(xp, items).reshape(b, K)
    found = xp.argsort(first, axis=1, kind="stable")  # member indices in discovery order
    in_found = xp.take_along_axis(hashes, found, axis=1)
    slots = set_ranks(xp, in_found, n, copied=True)
    valid = xp.arange(K)[None, :] < n[:, None]
    ordered = n <= MAX_SET
    turn = xp.argsort(xp.where(valid & ordered[:, None], slots, 2**40), axis=1, kind="stable")
    perm = xp.take_along_axis(found, turn, axis=1)
    perm = xp.where(ordered[:, None], perm, xp.arange(K)[None, :])
    flat = (xp.arange(b)[:, None] * K + perm).reshape(-1)
    return take_value(xp, items, flat), ordered


@functools.cache
def _seed_rank(h: int, w: int) -> np.ndarray:
    """int64 [h, w]: each location's position in the iteration of asindices(grid) for an h x w
    grid: the order in which `objects` tries seeds (taken from the reference itself)."""
    order = PRIMITIVES["asindices"].impl(((0,) * w,) * h)
    rank = np.zeros((h, w), dtype=np.int64)
    for t, (i, j) in enumerate(order):
        rank[i, j] = t
    return rank


def seed_ranks(xp, g: Grids):
    """int64 [B, H, W]: _seed_rank of each sample's grid shape, on the chunk's canvas."""
    H, W = g.canvas
    hs, ws = to_numpy(g.h), to_numpy(g.w)
    out = np.zeros((g.size, H, W), dtype=np.int64)
    for h, w in {(int(h), int(w)) for h, w in zip(hs, ws, strict=True)}:
        if h and w:
            out[(hs == h) & (ws == w), :h, :w] = _seed_rank(h, w)
    return xp.asarray(out)


@rule("objects")
@_grid_arg
def _objects(xp, args, b):
    g = args[0]
    flags = [as_ints(xp, a) for a in args[1:]]
    if any(f is None for f in flags) or g.ragged is not None:
        return None
    univalued, diagonal, without_bg = (f.v != 0 for f in flags)
    bg = _extreme_colour(True)(xp, [g], b)
    inside = cells_inside(xp, g)
    member = inside & ~(without_bg[:, None, None] & (g.cells == bg.v[:, None, None]))
    err = (g.h == 0) | (without_bg & bg.err)
    fb = without_bg & bg.fb & ~err
    dead = err | fb
    member = member & ~dead[:, None, None]
    label = label_components(xp, member, g.cells, univalued, diagonal)
    seq = objects_seq(xp, member, g.cells, label, err, fb, seed_ranks(xp, g))
    flags = (univalued, diagonal, without_bg)
    dead = seq.err | seq.fb
    with_order(
        xp, seq.items, lambda q, want: replayed_objects_order(xp, q, g, flags, seq.n, dead, want)
    )
    return seq


def _colour_objects(xp, g: Grids, without_bg: bool) -> Seq:
    """One Object per colour present, each holding all its cells (`partition`), without the
    colour mostcolor(grid) where `without_bg` (`fgpartition`). The reference inserts them in
    the iteration order of the colour set (`palette`, or `palette - {bg}`): that order is known
    from the small-int set rule, so the set of objects is replayed exactly."""
    b = g.size
    H, W = g.canvas
    counts, first, in_range = colour_counts(xp, g)
    present = counts > 0
    rank = set_rank(xp, present, first)  # palette(grid) order
    err = xp.zeros(b, dtype=bool)
    fb = ~in_range
    if without_bg:
        bg = _extreme_colour(True)(xp, [g], b)
        err, fb = bg.err, (fb | bg.fb) & ~bg.err
        p = present.sum(axis=1)
        present = present & (xp.arange(10)[None, :] != bg.v[:, None])
        # palette - {bg}: a copy of the palette table from 8 colours up (ascending), else
        # a fresh set filled in palette order
        fresh = p < 8
        order = xp.argsort(xp.where(present, rank, 99), axis=1, kind="stable")
        n = present.sum(axis=1).astype(np.int32)
        zeros = xp.zeros(b * 10, dtype=bool)
        colours = Ints(zeros, zeros.copy(), order.reshape(-1).astype(np.int64))
        perm, known = set_permutation(xp, colours, n, 10, fresh)
        refilled = xp.take_along_axis(order, perm, axis=1)
        ascending = xp.argsort(~present, axis=1, kind="stable")
        order = xp.where(fresh[:, None], refilled, ascending)
        known = xp.where(fresh, known, True)
    else:
        order = xp.argsort(xp.where(present, rank, 99), axis=1, kind="stable")
        known = xp.ones(b, dtype=bool)
    count = present.sum(axis=1)
    K = max(1, int(count.max()) if b else 1)
    order = order[:, :K]
    inside = cells_inside(xp, g)
    member = inside[:, None] & (g.cells[:, None] == order[:, :, None, None])
    member = member & (xp.arange(K)[None, :] < count[:, None])[:, :, None, None]
    mask = member.reshape(b * K, H, W)
    colors = xp.where(mask, xp.repeat(g.cells, K, axis=0), PAD).astype(np.int16)
    zeros = xp.zeros(b * K, dtype=bool)
    origin = xp.zeros(b * K, dtype=np.int64)
    items = Patches(zeros, zeros.copy(), mask, origin, origin.copy(), colors)
    with_order(xp, items, lambda q, want: row_major_order(xp, q, want))  # each filled row-major
    n = xp.where(err | fb, 0, count).astype(np.int32)
    return frozenset_of(xp, items, n, K, err, fb, known & ~(err | fb))


@rule("partition")
@_grid_arg
def _partition(xp, args, b):
    (g,) = args
    if g.ragged is not None:
        return None
    return _colour_objects(xp, g, without_bg=False)


@rule("fgpartition")
@_grid_arg
def _fgpartition(xp, args, b):
    (g,) = args
    if g.ragged is not None:
        return None
    return _colour_objects(xp, g, without_bg=True)


@rule("frontiers")
@_grid_arg
def _frontiers(xp, args, b):
    (g,) = args
    if g.ragged is not None:
        return None
    H, W = g.canvas
    inside = cells_inside(xp, g)
    first_col = g.cells[:, :, :1]
    first_row = g.cells[:, :1, :]
    row_ok = ((g.cells == first_col) | ~inside).all(axis=2) & (g.w > 0)[:, None]
    row_ok = row_ok & (xp.arange(H)[None, :] < g.h[:, None])
    col_ok = ((g.cells == first_row) | ~inside).all(axis=1) & (g.h > 0)[:, None]
    col_ok = col_ok & (xp.arange(W)[None, :] < g.w[:, None])
    # member r of the rows is row r; member c of the columns is column c
    rows = xp.arange(H)[None, :, None, None] == xp.arange(H)[None, None, :, None]
    rows = rows & row_ok[:, :, None, None]
    cols = xp.arange(W)[None, :, None, None] == xp.arange(W)[None, None, None, :]
    cols = cols & col_ok[:, :, None, None]
    rows = xp.broadcast_to(rows, (b, H, H, W)) & inside[:, None]
    cols = xp.broadcast_to(cols, (b, W, H, W)) & inside[:, None]
    k = H + W
    mask = xp.concatenate([rows, cols], axis=1).reshape(b * k, H, W)
    colors = xp.where(mask, xp.repeat(g.cells, k, axis=0), PAD).astype(np.int16)
    zeros = xp.zeros(b * k, dtype=bool)
    origin = xp.zeros(b * k, dtype=np.int64)
    items = Patches(zeros, zeros.copy(), mask, origin, origin.copy(), colors)
    # a 1 x 1 grid's one row equals its one column: the union holds it once
    col_ok = col_ok & ~((g.h == 1) & (g.w == 1))[:, None]
    keep = xp.concatenate([row_ok, col_ok], axis=1)
    items, n, k2 = compact(xp, items, k, keep)
    err = g.h == 0  # len(grid[0])
    perm, ordered = _frontiers_order(xp, g, row_ok, col_ok, n, k2)
    items = take_value(xp, items, (xp.arange(b)[:, None] * k2 + perm).reshape(-1))
    z = xp.zeros(b, dtype=bool)
    return Seq(err, z, clean(xp, items), n.astype(np.int32), k2, True, ordered & ~err)


def _frontiers_order(xp, g: Grids, row_ok, col_ok, n, k: int):
    """(perm int [B, K]: the slot of the t-th member in iteration order, ordered bool [B]) of
    frontiers(g), whose members sit in slots rows first, then columns. The reference's result
    is a union of two sets built from set comprehensions, so the order is read from the
    reference's own `frontiers`, run per sample on the host (a few cells' work per member)."""
    reference = PRIMITIVES["frontiers"].impl
    rows, cols, n_h, ws = (to_numpy(a) for a in (row_ok, col_ok, n, g.w))
    b = n_h.shape[0]
    perm = np.tile(np.arange(k), (b, 1))
    ordered = n_h <= 1
    grid = host_grids(g)
    for s in np.nonzero(n_h >= 2)[0].tolist():
        slot = {(0, int(i)): t for t, i in enumerate(np.nonzero(rows[s])[0])}
        first_col = len(slot)
        slot.update({(1, int(j)): first_col + t for t, j in enumerate(np.nonzero(cols[s])[0])})
        order = []
        for member in reference(grid(s)):
            locs = [loc for _, loc in member]
            is_row = len(locs) == ws[s] and all(loc[0] == locs[0][0] for loc in locs)
            order.append(slot.get((0, locs[0][0]) if is_row else (1, locs[0][1]), -1))
        if len(order) == n_h[s] and min(order) >= 0:
            perm[s, : n_h[s]] = order
            ordered[s] = True
    return xp.asarray(perm), xp.asarray(ordered)
