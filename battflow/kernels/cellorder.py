"""The iteration order of the members inside a patch, for the values that depend on it.

`color(obj)` and `colorfilter` read an Object's first-iterated cell. For a multicolour object
that cell depends on CPython's set order, which the mask form does not hold. Rules that know how
the reference builds a set attach that order to their result lazily (`values.with_order`). It is
computed only when a reader asks (`values.cell_order`), and it is carried through item selection
(`seqs.take_value`) and flag changes. Every other rule builds patches without it, and the
order-dependent readers flag those samples as before.

Where the order comes from:
- `insertion_rank`: a set filled one member at a time in a known order. asobject and the
  members of partition/fgpartition are filled row-major. shift and normalize fill in the order
  of the patch they move, the mirrors in the order of the patch they mirror (cmirror through
  its three mirrors, as the reference defines it). merge of a frozenset of patches fills member
  by member, in the set's order. The order is CPython's own set, filled on the host with
  stand-ins that carry the members' hashes (`setorder.set_ranks`), as for sets of patches.
- `replayed_objects_order`: `objects` grows each component breadth-first through sets of
  locations, whose orders depend on the whole search. Rather than re-implement that, the
  reference's own `objects` is run on the host, once per node and sample (every program that
  reads the node shares it), and only when a reader asks.
"""

from __future__ import annotations

import functools

import numpy as np

from .setorder import MAX_SET, member_hashes, set_ranks
from .values import (
    Grids,
    Patches,
    Seq,
    canvas_shape,
    cell_order,
    host_grids,
    is_object,
    patch_members,
    sparse_members,
    to_numpy,
)

REPLAY_CELLS = 4096
"""Largest grid (h * w) whose `objects` is replayed on the host for its cell order."""


def insertion_rank(xp, shape, item, r, c, hashes, key):
    """(rank int32 `shape` [N, H, W], known bool [N]) of N sets filled member by member: member
    m belongs to set item[m], sits at canvas cell (r[m], c[m]), has hash hashes[m] (uint64) and
    is inserted at position key[m] among its set's members (distinct within a set). Sets of more
    than MAX_SET members are not known."""
    n_sets = shape[0]
    item, r, c = to_numpy(item), to_numpy(r), to_numpy(c)
    hashes, key = to_numpy(hashes), to_numpy(key)
    order = np.lexsort((key, item))
    item, r, c, hashes = item[order], r[order], c[order], hashes[order]
    counts = np.bincount(item, minlength=n_sets)
    width = max(1, int(counts.max()) if n_sets else 1)
    pos = np.arange(item.shape[0]) - (np.cumsum(counts) - counts)[item]
    table = np.zeros((n_sets, width), dtype=np.uint64)
    table[item, pos] = hashes
    ranks = set_ranks(np, table, counts)
    rank = np.full(shape, -1, dtype=np.int32)
    rank[item, r, c] = ranks[item, pos]
    return xp.asarray(rank), xp.asarray(counts <= MAX_SET)


def row_major_order(xp, p: Patches, want):
    """The order of sets filled in row-major order of their locations (asobject, ofcolor,
    backdrop, the members of partition)."""
    item, i, j, colour = patch_members(xp, p, xp.asarray(want))
    key = xp.arange(item.shape[0])
    hashes = member_hashes(xp, i, j, colour)
    shape = (p.size, *canvas_shape(p))
    rank, known = insertion_rank(xp, shape, item, i - p.oi[item], j - p.oj[item], hashes, key)
    return rank, known & xp.asarray(want)


def refilled_order(xp, out: Patches, order, want):
    """The order of `out`, a set filled by iterating another one whose members sit on the same
    canvas cells (a superset of out's) in `order` (rank, known, for the samples in want): shift
    and normalize (a moved copy), toindices of an Object, toobject (the in-grid members)."""
    rank, known = order
    wanted = xp.asarray(want)
    item, i, j, colour = patch_members(xp, out, wanted)
    r, c = i - out.oi[item], j - out.oj[item]
    hashes = member_hashes(xp, i, j, colour)
    shape = (out.size, *canvas_shape(out))
    new_rank, new_known = insertion_rank(xp, shape, item, r, c, hashes, rank[item, r, c])
    return new_rank, new_known & known & wanted


def moved_order(xp, moved: Patches, source: Patches, want):
    """The order of `moved` (source's members at another origin, on the same canvas: shift,
    normalize), filled in the iteration order of `source`."""
    return refilled_order(xp, moved, cell_order(source, want), want)


def indices_order(xp, p: Patches, want):
    """The order of toindices(p): p's own for Indices (returned as is), else its locations
    filled in the Object's order."""
    if p.colors is None:
        return cell_order(p, want)
    locations = Patches(p.err, p.fb, p.mask, p.oi, p.oj)
    return refilled_order(xp, locations, cell_order(p, want), want)


def merged_order(xp, merged: Patches, seq: Seq, want):
    """The order of merge(seq) (a frozenset of patches, in CPython's order where seq.ordered):
    each member's cells in its own order, member after member; a cell met twice is inserted
    once, where it is first met."""
    b, k = seq.size, seq.k
    items = seq.items
    valid = xp.arange(k)[None, :] < seq.n[:, None]
    live = valid & ~(merged.err | merged.fb)[:, None] & xp.asarray(want)[:, None]
    inner, inner_known = cell_order(items, to_numpy(live).reshape(-1))
    item, i, j, colour = patch_members(xp, items, live.reshape(-1))
    within = inner[item, i - items.oi[item], j - items.oj[item]].astype(np.int64)
    sample = item // k
    key = (item % k) * (2**32) + within
    r, c = i - merged.oi[sample], j - merged.oj[sample]
    # a location met again (the same cell in two members) keeps its first insertion
    sample_h, r_h, c_h, key_h = (to_numpy(a) for a in (sample, r, c, key))
    order = np.lexsort((key_h, c_h, r_h, sample_h))
    first = np.ones(order.shape[0], dtype=bool)
    same = (np.diff(sample_h[order]) == 0) & (np.diff(r_h[order]) == 0)
    first[1:] = ~(same & (np.diff(c_h[order]) == 0))
    keep = order[first]
    hashes = to_numpy(member_hashes(xp, i, j, colour))[keep]
    rank, known = insertion_rank(
        xp, merged.mask.shape, sample_h[keep], r_h[keep], c_h[keep], hashes, key_h[keep]
    )
    members_known = (inner_known.reshape(b, k) | ~live).all(axis=1)
    ordered = seq.ordered if seq.ordered is not None else xp.zeros(b, dtype=bool)
    return rank, known & members_known & ordered & xp.asarray(want)


def replayed_objects_order(xp, items: Patches, g: Grids, flags, n, dead, want):
    """The order inside each member of objects(g, *flags) (its batched result: `items`, size
    B*K, with n int32 [B] members per sample and `dead` bool [B] samples), read from the
    reference's own `objects` run on the host for each sample with a member in want (grids of
    at most REPLAY_CELLS cells). Members are matched to slots by location: the components of
    one grid are disjoint."""
    b = n.shape[0]
    k = items.size // max(1, b)
    mask, oi, oj = to_numpy(items.mask), to_numpy(items.oi), to_numpy(items.oj)
    n = to_numpy(n)
    hs, ws = to_numpy(g.h), to_numpy(g.w)
    flags = [to_numpy(f) for f in flags]
    live = ~to_numpy(dead) & (n > 0) & (hs * ws <= REPLAY_CELLS) & want.reshape(b, k).any(axis=1)
    grid = host_grids(g)
    rank = np.full(mask.shape, -1, dtype=np.int32)
    known = np.zeros(b * k, dtype=bool)
    for s in np.nonzero(live)[0].tolist():
        found = _reference_objects(grid(s), *(bool(f[s]) for f in flags))
        if len(found) != n[s]:
            continue
        base = s * k
        slot = np.full((hs[s], ws[s]), -1, dtype=np.int64)
        for t in range(base, base + n[s]):
            rr, cc = np.nonzero(mask[t])
            slot[oi[t] + rr, oj[t] + cc] = t
        matched = True
        for obj in found:
            locs = np.array([loc for _, loc in obj], dtype=np.int64)
            t = slot[locs[0, 0], locs[0, 1]]
            if t < 0 or locs.shape[0] != int(mask[t].sum()):
                matched = False
                break
            rank[t, locs[:, 0] - oi[t], locs[:, 1] - oj[t]] = np.arange(locs.shape[0])
        known[base : base + n[s]] = matched
    return xp.asarray(rank), xp.asarray(known)


@functools.lru_cache(maxsize=256)
def _reference_objects(grid: tuple, univalued: bool, diagonal: bool, without_bg: bool):
    """The reference's objects(grid, ...), kept for the next nodes that replay the same grid (a
    run's programs often extract objects from one grid in several nodes). The frozenset kept is
    the one iterated, so its order is the reference's."""
    from battflow.dsl.registry import PRIMITIVES

    return PRIMITIVES["objects"].impl(grid, univalued, diagonal, without_bg)


def rectangle_order(xp, out: Patches, want):
    """The order of a rectangle's perimeter (`box`, `inbox`, `outbox`): the reference builds it
    from the unions of four sets of locations, so it is read from the reference's own `box` of
    the rectangle's two corners, per sample on the host."""
    from battflow.dsl.registry import PRIMITIVES

    reference = PRIMITIVES["box"].impl
    mask, oi, oj = to_numpy(out.mask), to_numpy(out.oi), to_numpy(out.oj)
    live = ~to_numpy(out.err | out.fb) & want
    rank = np.full(mask.shape, -1, dtype=np.int32)
    known = np.zeros(mask.shape[0], dtype=bool)
    for s in np.nonzero(live)[0].tolist():
        rr, cc = np.nonzero(mask[s])
        if rr.shape[0] == 0:
            continue
        i0, j0 = int(oi[s]), int(oj[s])
        corners = frozenset(
            {(i0 + int(rr.min()), j0 + int(cc.min())), (i0 + int(rr.max()), j0 + int(cc.max()))}
        )
        found = reference(corners)
        if len(found) != rr.shape[0]:
            continue
        locs = np.array(list(found), dtype=np.int64)
        rank[s, locs[:, 0] - i0, locs[:, 1] - j0] = np.arange(locs.shape[0])
        known[s] = True
    return xp.asarray(rank), xp.asarray(known)


def first_member(xp, p: Patches, order):
    """(colour int64 [B], known bool [B]) of p's first-iterated member under `order` (rank,
    known): its colour for an Object, its row for Indices (what `color` reads)."""
    rank, known = order
    cl = sparse_members(p)
    if cl is not None:  # the member of least rank, patch by patch
        b, total = p.size, cl.r.shape[0]
        if total == 0:
            return xp.zeros(b, dtype=np.int64), known
        ranks = rank[cl.item, cl.r, cl.c].astype(np.int64)
        first = xp.argsort(cl.item * 2**32 + ranks, kind="stable")[xp.clip(cl.start, 0, total - 1)]
        if not is_object(p):
            return (p.oi + cl.r[first]).astype(np.int64), known
        return cl.colour[first].astype(np.int64), known
    b, H, W = p.mask.shape
    flat = xp.where(p.mask, rank, 2**30).reshape(b, H * W)
    at = xp.argmin(flat, axis=1)
    r, c = at // W, at % W
    rows = xp.arange(b)
    if p.colors is None:
        return (p.oi + r).astype(np.int64), known
    return p.colors[rows, r, c].astype(np.int64), known
