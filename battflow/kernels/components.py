"""Batched object extraction (dsl-spec §4.9): `objects` in all 8 flag combinations, `partition`,
`fgpartition` and `frontiers`, as frozen `Seq`s of Objects.

`objects` labels connected components on [B, H, W] by min-label propagation with pointer jumping:
every member cell starts with its own flat index, takes the smallest label among the neighbours
it connects to, then follows labels (label = label[label]) until nothing changes. The fixed point
gives every cell its component's smallest index; the same array code runs on numpy and cupy.

The members of a result are distinct by construction; their CPython iteration order is not
tracked (`ordered` holds only for sets of at most one member), so `first`, ties of `argmax`,
`order`, ... over them are decided only where the order cannot matter.
"""

from __future__ import annotations

import numpy as np

from .grids import _extreme_colour, _grid_arg, cells_inside
from .rules import rule
from .seqs import MAX_ITEMS, compact, frozenset_of
from .values import PAD, Grids, Patches, Seq, as_ints

ITEM_BUDGET = 2**26
"""Most cells (members x canvas) one extraction may hold; samples beyond it fall back."""
NEIGHBOURS_4 = ((-1, 0), (1, 0), (0, -1), (0, 1))
DIAGONALS = ((-1, -1), (-1, 1), (1, -1), (1, 1))


def _shifted(xp, a, di: int, dj: int, fill):
    """a[b, i + di, j + dj] on a's canvas (`fill` beyond it)."""
    B, H, W = a.shape
    out = xp.full((B, H, W), fill, dtype=a.dtype)
    rs, re = max(0, -di), min(H, H - di)
    cs, ce = max(0, -dj), min(W, W - dj)
    if rs < re and cs < ce:
        out[:, rs:re, cs:ce] = a[:, rs + di : re + di, cs + dj : ce + dj]
    return out


def label_components(xp, member, cells, univalued, diagonal):
    """int64 [B, H*W]: for each member cell (member: bool [B, H, W]) the smallest flat index of
    its component, H*W for other cells. Neighbours connect when both are members, are
    4-adjacent (or 8-adjacent where `diagonal` [B]) and, where `univalued` [B], share a colour."""
    b, H, W = member.shape
    n = H * W
    links = []
    for di, dj in NEIGHBOURS_4 + DIAGONALS:
        other = _shifted(xp, member, di, dj, False)
        same = _shifted(xp, cells, di, dj, PAD) == cells
        link = member & other & (same | ~univalued[:, None, None])
        if (di, dj) in DIAGONALS:
            link = link & diagonal[:, None, None]
        links.append((di, dj, link))
    index = xp.broadcast_to(xp.arange(n, dtype=np.int64).reshape(1, H, W), (b, H, W))
    label = xp.where(member, index, n)
    rows = xp.arange(b)[:, None]
    while True:
        new = label
        for di, dj, link in links:
            new = xp.minimum(new, xp.where(link, _shifted(xp, label, di, dj, n), n))
        flat = new.reshape(b, n)
        padded = xp.concatenate([flat, xp.full((b, 1), n, dtype=np.int64)], axis=1)
        for _ in range(2):
            flat = padded[rows, flat]
            padded[:, :n] = flat
        new = flat.reshape(b, H, W)
        if bool((new == label).all()):
            return new.reshape(b, n)
        label = new


def objects_seq(xp, member, cells, label, err, fb) -> Seq:
    """A frozen Seq of Objects from component labels (label_components): one member per
    component, each on its own bounding box."""
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
    _scatter_min(xp, top, bs, comp, ii)
    _scatter_min(xp, left, bs, comp, jj)
    _scatter_max(xp, bottom, bs, comp, ii)
    _scatter_max(xp, right, bs, comp, jj)
    exists = xp.arange(K)[None, :] < count[:, None]
    tall = xp.where(exists & live[:, None], bottom - top + 1, 1)
    wide = xp.where(exists & live[:, None], right - left + 1, 1)
    Hk, Wk = int(tall.max()), int(wide.max())
    over = count > K
    if b * K * Hk * Wk > ITEM_BUDGET:  # keep the chunk's small-object samples batched
        small = live & (count * H * W <= ITEM_BUDGET // max(1, b))
        return objects_seq(xp, member & small[:, None, None], cells, label, err, fb | ~small)
    mask = xp.zeros((b * K, Hk, Wk), dtype=bool)
    colors = xp.full((b * K, Hk, Wk), PAD, dtype=np.int16)
    item = bs * K + comp
    ri = ii - top[bs, comp]
    rj = jj - left[bs, comp]
    mask[item, ri, rj] = True
    colors[item, ri, rj] = cells.reshape(b, n)[bs, xs]
    zeros = xp.zeros(b * K, dtype=bool)
    oi = xp.where(exists, top, 0).reshape(-1)
    oj = xp.where(exists, left, 0).reshape(-1)
    items = Patches(zeros, zeros.copy(), mask, oi, oj, colors)
    fb = fb | over
    size = xp.where(fb | err, 0, xp.minimum(count, K)).astype(np.int32)
    return Seq(err, fb, items, size, K, True, size <= 1)


def _scatter_min(xp, target, bs, ks, values) -> None:
    if xp.__name__ == "numpy":
        np.minimum.at(target, (bs, ks), values)
    else:
        import cupyx

        cupyx.scatter_min(target, (bs, ks), values)


def _scatter_max(xp, target, bs, ks, values) -> None:
    if xp.__name__ == "numpy":
        np.maximum.at(target, (bs, ks), values)
    else:
        import cupyx

        cupyx.scatter_max(target, (bs, ks), values)


def _truth(xp, value):
    v = as_ints(xp, value)
    return None if v is None else v


@rule("objects")
@_grid_arg
def _objects(xp, args, b):
    g = args[0]
    flags = [_truth(xp, a) for a in args[1:]]
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
    return objects_seq(xp, member, g.cells, label, err, fb)


def _colour_objects(xp, g: Grids, exclude) -> Seq:
    """One Object per colour present (partition), without the colour `exclude` [B] (or -1)."""
    b = g.size
    H, W = g.canvas
    inside = cells_inside(xp, g)
    odd = (inside & ((g.cells < 0) | (g.cells > 9))).any(axis=(1, 2))
    colour_of = xp.where(inside & (g.cells != exclude[:, None, None]), g.cells, -1)
    present = xp.stack([(colour_of == c).any(axis=(1, 2)) for c in range(10)], axis=1)
    count = present.sum(axis=1)
    K = max(1, int(count.max()) if b else 1)
    order = xp.argsort(~present, axis=1, kind="stable")[:, :K]  # colours present, ascending
    member = colour_of[:, None, :, :] == order[:, :, None, None]
    member = member & (xp.arange(K)[None, :] < count[:, None])[:, :, None, None]
    mask = member.reshape(b * K, H, W)
    colors = xp.where(mask, xp.repeat(g.cells, K, axis=0), PAD).astype(np.int16)
    zeros = xp.zeros(b * K, dtype=bool)
    origin = xp.zeros(b * K, dtype=np.int64)
    items = Patches(zeros, zeros.copy(), mask, origin, origin.copy(), colors)
    n = xp.where(odd, 0, count).astype(np.int32)
    err = xp.zeros(b, dtype=bool)
    return Seq(err, odd, items, n, K, True, n <= 1)


@rule("partition")
@_grid_arg
def _partition(xp, args, b):
    (g,) = args
    if g.ragged is not None:
        return None
    return _colour_objects(xp, g, xp.full(b, -1, dtype=g.cells.dtype))


@rule("fgpartition")
@_grid_arg
def _fgpartition(xp, args, b):
    (g,) = args
    if g.ragged is not None:
        return None
    bg = _extreme_colour(True)(xp, [g], b)
    out = _colour_objects(xp, g, bg.v.astype(g.cells.dtype))
    err = bg.err  # mostcolor(()) raises ValueError
    fb = (out.fb | bg.fb) & ~err
    n = xp.where(err | fb, 0, out.n).astype(np.int32)
    return Seq(err, fb, out.items, n, out.k, True, n <= 1)


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
    keep = xp.concatenate([row_ok, col_ok], axis=1)
    items, n, k2 = compact(xp, items, k, keep)
    err = g.h == 0  # len(grid[0])
    z = xp.zeros(b, dtype=bool)
    return frozenset_of(xp, items, n, k2, err, z, z.copy(), replay=False)
