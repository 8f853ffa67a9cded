"""Batched rules for Objects (`Patches` with `colors`, values.py): making them (`asobject`,
`toobject`, `recolor`), reading their colours (`color`, `colorfilter`, the Object branch of
`palette`, `mostcolor`, `leastcolor`, `numcolors`, `colorcount`), painting them (`paint`,
`underpaint`, `move`), the patch branch of the four mirrors and of `upscale`, periods (`hperiod`,
`vperiod`), `occurrences`, `gravitate`, and `merge` of a set of patches.

An Object here has one colour per location, so painting it is order-free. What depends on the
order of its cells is decided only where the order cannot matter: `color` of a one-colour object,
colour ties that the small-int set rule settles without the insertion order (dsl-spec §1.6);
everything else is flagged fb.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from battflow.dsl.registry import PRIMITIVES

from .cellorder import (
    first_member,
    indices_order,
    merged_order,
    refilled_order,
    row_major_order,
)
from .grids import _extreme_colour, _grid_arg, _same_rows, cells_inside, set_rank
from .patches import (
    ALIGN_LIMIT,
    _at_origin,
    _centres,
    _patch_at,
    align,
    as_patches,
    bounds,
    dilate4,
    far_origin,
    place_colors,
    place_mask,
    place_values,
    scatter_cells,
    tight,
    union_of_cells,
    written,
)
from .rules import rule
from .seqs import compact, frozenset_of, valid_slots
from .values import (
    CELL_MAX,
    CELL_MIN,
    COLOURS,
    PAD,
    CellList,
    CellPatches,
    CellTuple,
    Grids,
    Ints,
    LinePatches,
    Patches,
    Seq,
    as_ints,
    as_vecs,
    canvas_shape,
    cell_coords,
    cell_list,
    cell_order,
    ints,
    is_object,
    member_bounds,
    patch_empty,
    patch_members,
    ragged_slots,
    segment_extremes,
    sparse_members,
    vecs,
    with_order,
    with_origin,
)


def _zeros(xp, b):
    return xp.zeros(b, dtype=bool)


def as_object(xp, value) -> tuple[Patches, object] | tuple[None, None]:
    """(patch with colours, not_object bool [B]) for an argument the reference unpacks as cells
    (`paint`, `move`, ...): Indices get no colours and `not_object` marks their non-empty
    samples (TypeError: cannot unpack); (None, None) for other representations."""
    if isinstance(value, CellTuple):  # paint leaves the last cell at each location
        painted = value.painted
        if painted.colors is None:  # a tuple of locations: (i, j) does not unpack as a cell
            return _as_object_of_indices(xp, painted)
        return painted, _zeros(xp, value.size)
    p = as_patches(xp, value)
    if p is None:
        return None, None
    if is_object(p):
        return p, _zeros(xp, p.size)
    return _as_object_of_indices(xp, p)


def _as_object_of_indices(xp, p: Patches):
    colors = xp.full(p.mask.shape, PAD, dtype=np.int16)
    return replace(p, colors=colors), ~patch_empty(xp, p)


def _on_grid(xp, g: Grids, p: Patches):
    """(where [B, H, W], colours [B, H, W], raises [B]): the cells of g that p's cells write
    (`patches.written`: bounded as the reference bounds them), their colours, and where the
    writing raises (past the end of a short row of a ragged value)."""
    H, W = g.canvas
    origin = xp.zeros(g.size, dtype=np.int64)
    where, raises_ = written(xp, g, place_mask(xp, p, origin, origin, H, W))
    return where, place_colors(xp, p, origin, origin, H, W), raises_


# -- making objects ------------------------------------------------------------------------------
@rule("asobject")
@_grid_arg
def _asobject(xp, args, b):
    (g,) = args
    inside = cells_inside(xp, g)
    p = _at_origin(xp, g, inside)
    p = replace(p, colors=xp.where(inside, g.cells, PAD).astype(np.int16))
    return with_order(xp, p, lambda q, want: row_major_order(xp, q, want))  # inserted row-major


@rule("toobject")
def _toobject(xp, args, b):
    p, g = as_patches(xp, args[0]), args[1]
    if p is None or not isinstance(g, Grids):
        return None
    origin = _origin(xp, b)
    inside_g, raises_ = cells_inside(xp, g), _zeros(xp, b)
    if g.ragged is not None:  # bounded by len(grid) and len(grid[0]); grid[i][j] past a row raises
        placed = place_mask(xp, p, origin, origin, *g.canvas)
        inside_g, raises_ = written(xp, g, placed)  # the cells read: p.mask selects the placed
    grid_patch = Patches(g.err, g.fb, inside_g, origin, origin.copy(), g.cells)
    ph, pw = canvas_shape(p)
    inside = place_values(xp, grid_patch.mask, grid_patch, p.oi, p.oj, ph, pw, False)
    colours = place_colors(xp, grid_patch, p.oi, p.oj, ph, pw)
    mask = p.mask & inside
    out = Patches((g.h == 0) | raises_, _zeros(xp, b), mask, p.oi, p.oj)
    out = replace(out, colors=xp.where(mask, colours, PAD).astype(np.int16))
    if "_order" in p.__dict__:  # filled in the order of toindices(patch)
        with_order(xp, out, lambda q, want: refilled_order(xp, q, indices_order(xp, p, want), want))
    return out


def _origin(xp, b):
    return xp.zeros(b, dtype=np.int64)


@rule("recolor")
def _recolor(xp, args, b):
    value, p = as_ints(xp, args[0]), as_patches(xp, args[1])
    if value is None or p is None:
        return None
    if isinstance(p, LinePatches) and p.lazy:
        wide = ((value.v < CELL_MIN) | (value.v > CELL_MAX)) & (p.line.n > 0)
        tint = xp.clip(value.v, CELL_MIN, CELL_MAX).astype(np.int64)
        return LinePatches(_zeros(xp, b), wide, None, p.oi, p.oj, line=p.line, tint=tint)
    wide = ((value.v < CELL_MIN) | (value.v > CELL_MAX)) & ~patch_empty(xp, p)
    cl = sparse_members(p)
    if cl is not None:
        tint = xp.clip(value.v, CELL_MIN, CELL_MAX).astype(np.int16)
        cells = CellList(cl.item, cl.r, cl.c, tint[cl.item], cl.start, cl.count)
        shape = canvas_shape(p)
        return CellPatches(_zeros(xp, b), wide, oi=p.oi, oj=p.oj, cells=cells, shape=shape)
    colours = xp.where(p.mask, xp.clip(value.v, CELL_MIN, CELL_MAX)[:, None, None], PAD)
    return Patches(_zeros(xp, b), wide, p.mask, p.oi, p.oj, colours.astype(np.int16))


# -- colour queries ------------------------------------------------------------------------------
def _sole_colour(xp, p: Patches):
    """(colour int64 [B], decided bool [B], empty bool [B]) of `color(p)`: the first cell's
    colour, which is order-free for a one-colour Object; for Indices it is the first row, which
    is order-free when every location shares one row."""
    empty = patch_empty(xp, p)
    cl = sparse_members(p)
    if not is_object(p):
        r0, r1, _, _, _ = bounds(xp, p)
        colour, decided = (p.oi + r0).astype(np.int64), r0 == r1
    elif cl is not None:
        shifted = cl.colour.astype(np.int64) + 2**15  # int16 colours made non-negative
        low, high = segment_extremes(xp, shifted, cl.item, cl.start, cl.count, 2**16)
        low, high = low - 2**15, high - 2**15
        colour, decided = low, low == high
    else:
        low, high = _masked_extremes(xp, p)
        colour, decided = low.astype(np.int64), low == high
    undecided = ~(decided | empty | p.err | p.fb)
    if bool(undecided.any()):
        order = cell_order(p, undecided)  # the first-iterated member, where its order is tracked
        if order is not None:
            first, known = first_member(xp, p, order)
            colour = xp.where(decided, colour, first)
            decided = decided | known
    return colour, decided, empty


def _masked_extremes(xp, p: Patches):
    colours = p.colors.astype(np.int32)
    low = xp.where(p.mask, colours, 2**20).min(axis=(1, 2))
    high = xp.where(p.mask, colours, -(2**20)).max(axis=(1, 2))
    return low, high


@rule("color")
def _color(xp, args, b):
    p = as_patches(xp, args[0])
    if p is None:
        return None
    colour, decided, empty = _sole_colour(xp, p)
    return ints(xp, colour, empty, ~decided & ~empty)  # next(iter(())): StopIteration


@rule("colorfilter")
def _colorfilter(xp, args, b):
    objs, value = args[0], as_ints(xp, args[1])
    if not isinstance(objs, Seq) or not isinstance(objs.items, Patches) or value is None:
        return None
    k = objs.k
    valid = valid_slots(xp, objs.n, k)
    colour, decided, empty = _sole_colour(xp, objs.items)
    colour, decided, empty = colour.reshape(b, k), decided.reshape(b, k), empty.reshape(b, k)
    err = (valid & empty).any(axis=1)  # StopIteration inside the generator: RuntimeError
    fb = (valid & ~decided & ~empty).any(axis=1) & ~err
    keep = valid & decided & (colour == value.v[:, None])
    items, n, k2 = compact(xp, objs.items, k, keep)
    # a fresh frozenset filled in the container's order: replayed where that order is known
    known = objs.ordered if objs.frozen else xp.ones(b, dtype=bool)
    return frozenset_of(xp, items, n, k2, err, fb, known, distinct=objs.frozen)


def colour_counts_of(xp, p: Patches):
    """(counts int64 [B, 10], in_range bool [B]): cells of each colour 0..9 of each Object."""
    b = p.size
    item, _, _, colour = patch_members(xp, p)
    ok = (colour >= 0) & (colour < COLOURS)
    slot = item[ok] * COLOURS + colour[ok]
    counts = xp.bincount(slot, minlength=b * COLOURS).reshape(b, COLOURS).astype(np.int64)
    in_range = counts.sum(axis=1) == xp.bincount(item, minlength=b)
    return counts, in_range


def order_free_rank(xp, present):
    """(rank int64 [B, 10], known bool [B]): the CPython iteration rank of each present colour
    of a small-int set whose insertion order is unknown. It is known from 5 distinct values up
    (ascending) and, below that, when no two values share a slot v mod 8 (each sits in its own
    slot whatever the order); dsl-spec §1.6."""
    k = present.sum(axis=1)
    colours = xp.arange(COLOURS)[None, :]
    home = colours % 8
    collide = (present[:, 0] & present[:, 8]) | (present[:, 1] & present[:, 9])
    rank = xp.where((k >= 5)[:, None], colours, home)
    return xp.where(present, rank, 99).astype(np.int64), (k >= 5) | ~collide


def colour_set(xp, present, rank, known) -> Seq:
    """The frozenset of the colours present (bool [B, 10]) in iteration order `rank` (int64
    [B, 10], as `order_free_rank` gives it), as a Seq of K = 10 slots; ordered where `known` or
    where it has at most one member. Flags clear."""
    b = present.shape[0]
    order = xp.argsort(rank, axis=1, kind="stable")
    n = present.sum(axis=1).astype(np.int32)
    zeros = _zeros(xp, b * COLOURS)
    items = Ints(zeros, zeros.copy(), order.reshape(-1).astype(np.int64))
    return Seq(_zeros(xp, b), _zeros(xp, b), items, n, COLOURS, True, known | (n <= 1))


def _ranked_by_order(xp, p: Patches, present, rank, known):
    """(rank, known) of the small-int colour set of an Object, completed from the order of its
    cells where that is tracked: the set is filled in order of first appearance."""
    undecided = ~(known | ~present.any(axis=1) | p.err | p.fb)
    if not bool(undecided.any()):
        return rank, known
    order = cell_order(p, undecided)
    if order is None:
        return rank, known
    cell_rank, order_known = order
    big = 2**30
    first = xp.stack(
        [
            xp.where(p.mask & (p.colors == c), cell_rank, big).min(axis=(1, 2))
            for c in range(COLOURS)
        ],
        axis=1,
    )
    by_order = set_rank(xp, present, first)
    rank = xp.where((known | ~order_known)[:, None], rank, by_order)
    return rank, known | order_known


def _object_extreme(most: bool):
    grid_rule = _extreme_colour(most)

    def apply(xp, args, b):
        p = as_patches(xp, args[0]) if not isinstance(args[0], Grids) else None
        if p is not None and not is_object(p):
            # Indices: the "colours" are row indices (not handled), but an empty set raises
            # (max of nothing) whichever kind it is.
            empty = patch_empty(xp, p)
            if not bool((empty | p.dead()).all()):
                return None
            return ints(xp, _origin(xp, b), empty, _zeros(xp, b))
        if p is None:
            return grid_rule(xp, args, b)
        counts, in_range = colour_counts_of(xp, p)
        present = counts > 0
        rank, known = order_free_rank(xp, present)
        rank, known = _ranked_by_order(xp, p, present, rank, known)
        if most:
            best = xp.where(present, counts, -1).max(axis=1)
            key = xp.where(present & (counts == best[:, None]), rank, 10**6)
        else:
            best = xp.where(present, counts, 2**62).min(axis=1)
            key = xp.where(present & (counts == best[:, None]), rank, 10**6)
        colour = xp.argmin(key, axis=1).astype(np.int64)
        tied = (present & (counts == best[:, None])).sum(axis=1) > 1
        empty = ~present.any(axis=1) & in_range
        return ints(xp, colour, empty, ~in_range | (tied & ~known))

    return apply


def _colour_set_rules() -> None:
    palette_grid = PRIMITIVES["palette"].batched
    numcolors_grid = PRIMITIVES["numcolors"].batched
    colorcount_grid = PRIMITIVES["colorcount"].batched

    def objects_only(grid_rule, fn):
        def apply(xp, args, b):
            p = as_patches(xp, args[0]) if not isinstance(args[0], Grids) else None
            if p is not None and is_object(p):
                return fn(xp, p, args, b)
            return None if grid_rule is None or p is not None else grid_rule(xp, args, b)

        return apply

    def palette(xp, p, args, b):
        counts, in_range = colour_counts_of(xp, p)
        present = counts > 0
        rank, known = order_free_rank(xp, present)
        rank, known = _ranked_by_order(xp, p, present, rank, known)
        colours = colour_set(xp, present, rank, known)
        return colours.with_flags(colours.err, ~in_range)

    def numcolors(xp, p, args, b):
        counts, in_range = colour_counts_of(xp, p)
        n = (counts > 0).sum(axis=1)
        return ints(xp, n.astype(np.int64), _zeros(xp, b), ~in_range)

    def colorcount(xp, p, args, b):
        value = as_ints(xp, args[1])
        if value is None:
            return None
        item, _, _, colour = patch_members(xp, p)
        count = xp.bincount(item[colour == value.v[item]], minlength=b)
        return ints(xp, count.astype(np.int64), _zeros(xp, b), _zeros(xp, b))

    PRIMITIVES["palette"].batched = objects_only(palette_grid, palette)
    PRIMITIVES["numcolors"].batched = objects_only(numcolors_grid, numcolors)
    PRIMITIVES["colorcount"].batched = objects_only(colorcount_grid, colorcount)
    PRIMITIVES["mostcolor"].batched = _object_extreme(True)
    PRIMITIVES["leastcolor"].batched = _object_extreme(False)


# -- painting ------------------------------------------------------------------------------------
def _painted(xp, g: Grids, p: Patches, only=None, err=None) -> Grids:
    where, colours, raises_ = _on_grid(xp, g, p)
    if only is not None:
        where = where & only
    cells = xp.where(where, colours, g.cells).astype(g.cells.dtype)
    out = _same_rows(xp, g, cells, (g.h == 0) | raises_, _zeros(xp, g.size))
    return out if err is None else out.with_flags(out.err | err, out.fb)


@rule("paint")
@_grid_arg
def _paint(xp, args, b):
    g, (p, not_object) = args[0], as_object(xp, args[1])
    if p is None:
        return None
    return _painted(xp, g, p, err=not_object)


@rule("underpaint")
@_grid_arg
def _underpaint(xp, args, b):
    g, (p, not_object) = args[0], as_object(xp, args[1])
    if p is None:
        return None
    # over a CellTuple the first cell wins here: decided only where objects do not overlap
    overlap = args[1].overlap if isinstance(args[1], CellTuple) else _zeros(xp, b)
    bg = _extreme_colour(True)(xp, [g], b)
    out = _painted(xp, g, p, g.cells == bg.v[:, None, None])
    # () raises IndexError on len(grid[0]) before mostcolor is asked.
    err = out.err | bg.err | (not_object & (g.h > 0))
    return out.with_flags(err, (out.fb | bg.fb | overlap) & ~err)


@rule("move")
@_grid_arg
def _move(xp, args, b):
    g, (p, not_object), offset = args[0], as_object(xp, args[1]), as_vecs(xp, args[2])
    if p is None or offset is None or isinstance(args[1], CellTuple):
        return None
    bg = _extreme_colour(True)(xp, [g], b)  # cover: mostcolor(()) raises ValueError
    where, _, _ = _on_grid(xp, g, p)  # move is not ragged-aware: never raises here
    covered = xp.where(where, bg.v[:, None, None], g.cells).astype(g.cells.dtype)
    wide = (bg.v < CELL_MIN) | (bg.v > CELL_MAX)
    cover = replace(g, cells=covered)
    far = (xp.abs(offset.v) >= 2**31).any(axis=1)
    moved = with_origin(p, p.oi + offset.v[:, 0], p.oj + offset.v[:, 1])
    out = _painted(xp, cover, moved)
    err = bg.err | not_object
    return out.with_flags(err, (bg.fb | wide | far) & ~err)


# -- reshaping -----------------------------------------------------------------------------------
def _mirror(name: str):
    """The patch branch of a mirror: the set reflected inside its bounding box (dsl-spec §4.10),
    colours kept; the empty set raises (IndexError, or ValueError for dmirror)."""
    grid_rule = PRIMITIVES[name].batched

    def apply(xp, args, b):
        if isinstance(args[0], Grids):
            return grid_rule(xp, args, b)
        p = as_patches(xp, args[0])
        if p is None:
            return None if grid_rule is None else grid_rule(xp, args, b)
        H, W = canvas_shape(p)
        r0, r1, c0, c1, empty = bounds(xp, p)
        if name == "hmirror":
            axes, oi, oj = (1,), p.oi + r0 + r1 - (H - 1), p.oj
        elif name == "vmirror":
            axes, oi, oj = (2,), p.oi, p.oj + c0 + c1 - (W - 1)
        elif name == "dmirror":
            axes, oi, oj = (), p.oi + r0 - c0, p.oj + c0 - r0
        else:  # cmirror
            axes, oi, oj = (1, 2), p.oi + r0 + c1 - (W - 1), p.oj + c0 + r1 - (H - 1)

        def turned(a):
            """a [B, H, W] laid out as the mirror lays out its members."""
            if name in ("dmirror", "cmirror"):
                a = xp.swapaxes(a, 1, 2)
            return xp.ascontiguousarray(xp.flip(a, axis=axes) if axes else a)

        cl = sparse_members(p)
        if cl is not None:
            out = _mirrored_cells(xp, name, p, cl, oi, oj)
        else:
            out = _patch_at(xp, turned(p.mask), oi, oj)
            out = replace(out, colors=None if p.colors is None else turned(p.colors))
        out = out.with_flags(empty, out.fb & ~empty)
        if "_order" in p.__dict__:
            with_order(xp, out, lambda q, want: _mirrored_order(xp, name, turned, p, q, want))
        return out

    PRIMITIVES[name].batched = apply


def _mirrored_cells(xp, name: str, p: Patches, cl, oi, oj) -> CellPatches:
    """The mirror of a patch kept as members: each member's cell on the turned canvas, the
    members re-sorted row-major (the layout `turned` gives the dense form)."""
    H, W = canvas_shape(p)
    r, c = cl.r, cl.c
    if name == "hmirror":
        r, shape = H - 1 - r, (H, W)
    elif name == "vmirror":
        c, shape = W - 1 - c, (H, W)
    elif name == "dmirror":
        r, c, shape = c, r, (W, H)
    else:  # cmirror: swapped, then flipped both ways
        r, c, shape = W - 1 - c, H - 1 - r, (W, H)
    order = xp.argsort((cl.item * shape[0] + r) * shape[1] + c, kind="stable")
    colour = None if cl.colour is None else cl.colour[order]
    cells = CellList(cl.item[order], r[order], c[order], colour, cl.start, cl.count)
    far = far_origin(xp, oi, oj)
    oi, oj = oi.astype(np.int64), oj.astype(np.int64)
    return CellPatches(xp.zeros_like(far), far, oi=oi, oj=oj, cells=cells, shape=shape)


def _mirrored_order(xp, name: str, turned, p: Patches, out: Patches, want):
    """The member order of a mirror of p (`out`, laid out by `turned`): the reference fills a
    fresh set with the mirrored members in p's order; cmirror is vmirror(dmirror(vmirror(p))),
    three such fills."""
    if name == "cmirror":
        step = p
        for inner in ("vmirror", "dmirror", "vmirror"):
            step = PRIMITIVES[inner].batched(xp, [step], step.size)
        return _order_on(xp, out, step, want)
    rank, known = cell_order(p, want)
    return refilled_order(xp, out, (turned(rank), known), want)


def _order_on(xp, out: Patches, same: Patches, want):
    """`same`'s member order (same members, maybe another canvas origin) on out's canvas."""
    rank, known = cell_order(same, want)
    item, r, c = cell_coords(xp, out.mask)
    i = out.oi[item] + r - same.oi[item]
    j = out.oj[item] + c - same.oj[item]
    H, W = canvas_shape(same)
    inside = (i >= 0) & (i < H) & (j >= 0) & (j < W)
    on_out = xp.full(out.mask.shape, -1, dtype=np.int32)
    on_out[item, r, c] = xp.where(
        inside, rank[item, xp.clip(i, 0, H - 1), xp.clip(j, 0, W - 1)], -1
    )
    lost = xp.zeros(out.size, dtype=bool)
    lost[item[~inside]] = True
    return on_out, known & ~lost


def _upscaled_cells(xp, t: CellPatches, cl: CellList, f, shape) -> CellPatches:
    """upscale of patches kept as members (t tight, f int64 [B] the factors, 0 where the
    result is not read): each member becomes an f x f block, re-sorted row-major."""
    ff = f[cl.item]
    x, k, _ = ragged_slots(xp, ff * ff)
    fx = ff[x]
    item = cl.item[x]
    r = cl.r[x] * fx + k // fx
    c = cl.c[x] * fx + k % fx
    order = xp.argsort((item * shape[0] + r) * shape[1] + c, kind="stable")
    colour = None if cl.colour is None else cl.colour[x][order]
    cells = cell_list(xp, item[order], r[order], c[order], colour, t.size)
    return CellPatches(t.err, t.fb, oi=t.oi, oj=t.oj, cells=cells, shape=shape)


UPSCALE_BUDGET = 2**24
"""Most cells (items x canvas) the upscale of a batch of objects may build; items whose factor
would take it past this fall back."""


def _upscale_objects() -> None:
    grid_rule = PRIMITIVES["upscale"].batched

    def apply(xp, args, b):
        if isinstance(args[0], Grids):
            return grid_rule(xp, args, b)
        p, factor = as_patches(xp, args[0]), as_ints(xp, args[1])
        if p is None or factor is None:
            return None if grid_rule is None else grid_rule(xp, args, b)
        t = tight(xp, p)
        empty = patch_empty(xp, t)
        f = xp.where(empty, 0, xp.maximum(factor.v, 0))
        not_object = ~empty & (not is_object(p))  # unpacking a location: TypeError
        h, w = canvas_shape(t)
        big = (f * max(h, w) > ALIGN_LIMIT) & ~not_object
        # All items share one canvas of (h * F) x (w * F): keep it within UPSCALE_BUDGET cells,
        # leaving the items with the largest factors to the reference.
        most = max(1, int((UPSCALE_BUDGET / max(1, b * h * w)) ** 0.5))
        big = big | ((f > most) & ~not_object)
        f = xp.where(big | not_object, 0, f)
        F = max(1, int(f.max()) if b else 1)
        cl = sparse_members(t)
        if cl is not None:
            out = _upscaled_cells(xp, t, cl, f, (h * F, w * F))
            return out.with_flags(not_object, big)
        rows = xp.arange(h * F)[None, :, None] // xp.maximum(f, 1)[:, None, None]
        cols = xp.arange(w * F)[None, None, :] // xp.maximum(f, 1)[:, None, None]
        inside = (rows < h) & (cols < w) & (f > 0)[:, None, None]
        base = (xp.arange(b) * (h * w))[:, None, None]
        at = base + xp.clip(rows, 0, h - 1) * w + xp.clip(cols, 0, w - 1)
        mask = inside & t.mask.reshape(-1)[at]
        colors = None
        if t.colors is not None:
            colors = xp.where(mask, t.colors.reshape(-1)[at], PAD).astype(np.int16)
        out = Patches(not_object, big, mask, t.oi, t.oj, colors)
        return out if colors is not None else replace(out, colors=None)

    PRIMITIVES["upscale"].batched = apply


# -- periods -------------------------------------------------------------------------------------
def _period(vertical: bool):
    def apply(xp, args, b):
        p = as_patches(xp, args[0])
        if p is None:
            return None
        t = tight(xp, p)
        mask, colors = t.mask, t.colors
        if vertical:
            mask = xp.swapaxes(mask, 1, 2)
            colors = None if colors is None else xp.swapaxes(colors, 1, 2)
        empty = ~mask.any(axis=(1, 2))
        cols = mask.any(axis=1)
        extent = xp.where(empty, 0, mask.shape[2] - xp.argmax(cols[:, ::-1], axis=1))
        extent = extent.astype(np.int64)
        if colors is None:  # unpacking a location raises once a shift is tried
            return ints(xp, extent, extent >= 2, _zeros(xp, b))
        period = extent.copy()
        found = _zeros(xp, b)
        for step in range(1, mask.shape[2]):
            # every cell at column >= step has its own colour `step` columns to the left
            right, left = mask[:, :, step:], mask[:, :, :-step]
            same = left & (colors[:, :, :-step] == colors[:, :, step:])
            ok = ~(right & ~same).any(axis=(1, 2)) & (step < extent) & ~found
            period = xp.where(ok, step, period)
            found = found | ok
        return ints(xp, period, _zeros(xp, b), _zeros(xp, b))

    return apply


rule("hperiod")(_period(False))
rule("vperiod")(_period(True))


# -- occurrences and gravitate -------------------------------------------------------------------
@rule("occurrences")
def _occurrences(xp, args, b):
    g, p = args[0], as_patches(xp, args[1])
    if not isinstance(g, Grids) or p is None or g.ragged is not None:
        return None
    t = tight(xp, p)
    H, W = g.canvas
    oh, ow = canvas_shape(t)
    empty = patch_empty(xp, t)
    _, r1, _, c1, _ = bounds(xp, t)
    sh = xp.where(empty, 0, r1 + 1)  # shape(obj) of a tight patch
    sw = xp.where(empty, 0, c1 + 1)
    # offsets (i, j) with 0 <= i <= h - sh, 0 <= j <= w - sw, on an (H+1) x (W+1) canvas
    i = xp.arange(H + 1)[None, :, None]
    j = xp.arange(W + 1)[None, None, :]
    runs = (i <= (g.h - sh)[:, None, None]) & (j <= (g.w - sw)[:, None, None])
    loops = (g.h - sh >= 0) & (g.w - sw >= 0)
    not_object = ~empty & loops & (p.colors is None)
    match = runs.copy()
    if t.colors is not None:
        padded = xp.full((b, H + oh + 1, W + ow + 1), PAD, dtype=g.cells.dtype)
        padded[:, :H, :W] = xp.where(cells_inside(xp, g), g.cells, PAD)
        inside = xp.zeros((b, H + oh + 1, W + ow + 1), dtype=bool)
        inside[:, :H, :W] = cells_inside(xp, g)
        for a in range(oh):
            for c in range(ow):
                cell = t.mask[:, a, c]
                if not bool(cell.any()):
                    continue
                window = (slice(None), slice(a, a + H + 1), slice(c, c + W + 1))
                hit = inside[window] & (padded[window] == t.colors[:, a, c, None, None])
                match = match & (~cell[:, None, None] | hit)
    origin = _origin(xp, b)
    err = g.h == 0  # len(grid[0])
    out = Patches(err | not_object, _zeros(xp, b), match, origin, origin.copy())
    return out


@rule("gravitate")
def _gravitate(xp, args, b):
    a, c = as_patches(xp, args[0]), as_patches(xp, args[1])
    if a is None or c is None:
        return None
    ai, aj, ea = _centres(xp, a)
    ci, cj, ec = _centres(xp, c)
    ma, mc, _, _, far = align(xp, a, c)
    vmatch = (ma.any(axis=1) & mc.any(axis=1)).any(axis=1)
    di = xp.where(vmatch, xp.where(ai < ci, 1, -1), 0)
    dj = xp.where(vmatch, 0, xp.where(aj < cj, 1, -1))
    # Turn every sample so that its step is +1 row: then step m compares the source's rows
    # [0, n - m) with the destination's rows [m, n) (views, no gathers). The canvas is square
    # (for the transpose) with a one-cell border for the destination's 4-neighbourhood.
    steps = 42
    n = max(ma.shape[1], ma.shape[2]) + 2
    across = dj != 0
    back = (di < 0) | (dj < 0)

    def turned(mask):
        sq = xp.zeros((b, n, n), dtype=bool)
        sq[:, 1 : mask.shape[1] + 1, 1 : mask.shape[2] + 1] = mask
        sq = xp.where(across[:, None, None], sq.transpose(0, 2, 1), sq)
        return xp.where(back[:, None, None], sq[:, ::-1, :], sq)

    src, dest = turned(ma), turned(mc)
    near = dilate4(xp, dest)
    moves = xp.full(b, steps, dtype=np.int64)
    done = far.copy()
    for m in range(min(steps, n)):
        if bool(done.all()):
            break
        s, d, e = src[:, : n - m], dest[:, m:], near[:, m:]
        adjacent = (s & e).any(axis=(1, 2)) & ~(s & d).any(axis=(1, 2))
        hit = adjacent & ~done
        moves = xp.where(hit, m, moves)
        done = done | hit
    empty = ea | ec
    return vecs(xp, xp.stack([moves * di, moves * dj], axis=1), empty, far & ~empty)


# -- sets of patches -----------------------------------------------------------------------------
def merge_patches(xp, seq: Seq, b: int, as_set=None) -> Patches | CellTuple:
    """merge(frozenset of patches): the union of the members (a frozenset of their cells). One
    kind for all members; an Object union with two colours at one location falls back.
    merge(tuple of patches) is the tuple of their cells or locations: a `CellTuple`. Where the
    members carry their cell order, the union's order is tracked too, from the members in
    CPython's order: `seq` itself, or `as_set()` (built only when a reader asks) where seq's
    members are in another order (the images `mapply` makes)."""
    union = _merged(xp, seq, b)
    if isinstance(union, Patches) and seq.frozen and "_order" in seq.items.__dict__:

        def order(m, want):
            return merged_order(xp, m, seq if as_set is None else as_set(), want)

        with_order(xp, union, order)
    return union  # a clash is noted where the union is built (`patches.union_of_cells`)


def _merged(xp, seq: Seq, b: int) -> Patches | CellTuple:
    """The union of a frozenset of patches (a clash noted on it: `union_of_cells`), or the
    tuple of cells of a tuple of patches (`CellTuple`)."""
    k = seq.k
    item, i, j, colour = patch_members(xp, seq.items, valid_slots(xp, seq.n, k).reshape(-1))
    far, top, left, (H, W), inside, sample, ri, rj = placed_members(xp, item // k, i, j, b)
    if seq.frozen:
        return union_of_cells(xp, b, far, top, left, (H, W), sample, ri, rj, colour, inside)
    if colour is None:  # a tuple of Indices: the tuple of their locations
        mask = xp.zeros((b, H, W), dtype=bool)
        mask[sample, ri, rj] = True
        union = Patches(_zeros(xp, b), far, mask, top, left)
        return CellTuple(_zeros(xp, b), far, union, _zeros(xp, b))
    # a tuple of objects: at each location the cell of the last object
    colour = colour[inside]
    slot = (item % k)[inside]
    winner = xp.full((b, H, W), -1, dtype=np.int64)
    xp.maximum.at(winner, (sample, ri, rj), slot)
    last = slot == winner[sample, ri, rj]
    mask, colors, clash = scatter_cells(xp, (b, H, W), sample, ri, rj, colour, last)
    painted = Patches(_zeros(xp, b), far, mask, top, left, colors)
    return CellTuple(_zeros(xp, b), far, painted, clash)


def union_of_images(xp, images: Patches, owner, b: int) -> Patches:
    """The union, per sample, of patches of one kind given flat: image n (of N) belongs to
    sample owner[n] (int [N], non-decreasing). Images that are err or fb add nothing (the
    caller flags their samples). The union is `merge`'s frozenset of their cells, a clash noted
    (`union_of_cells`); its member order is not tracked."""
    live = ~(images.err | images.fb)
    item, i, j, colour = patch_members(xp, images, live)
    far, top, left, shape, inside, sample, ri, rj = placed_members(xp, owner[item], i, j, b)
    return union_of_cells(xp, b, far, top, left, shape, sample, ri, rj, colour, inside)


def placed_members(xp, sample, i, j, b: int):
    """Flat members at (i, j) (int64 [N], any sign) of samples `sample` (non-decreasing) on
    each sample's canvas, the bounding box of its members: (far bool [B]: a box past
    ALIGN_LIMIT, whose members are left out; top, left int64 [B], 0 where a sample has none;
    (H, W) the batch's canvas; inside bool [N]: the members kept; and those members' sample,
    row and column on the canvas)."""
    count, top, left, bottom, right = member_bounds(xp, sample, i, j, b)
    anything = count > 0
    tall = xp.where(anything, bottom - top + 1, 1)
    wide = xp.where(anything, right - left + 1, 1)
    far = (tall > ALIGN_LIMIT) | (wide > ALIGN_LIMIT)
    H = int(xp.where(far, 1, tall).max()) if b else 1
    W = int(xp.where(far, 1, wide).max()) if b else 1
    inside = ~far[sample]
    sample = sample[inside]
    return far, top, left, (H, W), inside, sample, i[inside] - top[sample], j[inside] - left[sample]


def _merge_sets() -> None:
    previous = PRIMITIVES["merge"].batched

    def apply(xp, args, b):
        c = args[0]
        if isinstance(c, Seq) and isinstance(c.items, Patches):
            return merge_patches(xp, c, b)  # a frozenset of patches, or a tuple of them
        return previous(xp, args, b)

    PRIMITIVES["merge"].batched = apply


def extend_rules() -> None:
    """Give the grid and container rules of palette, numcolors, colorcount, mostcolor,
    leastcolor, the four mirrors, upscale and merge their Object / patch-set branch (called by
    `load_rules` once those rules are registered)."""
    _colour_set_rules()
    for name in ("hmirror", "vmirror", "dmirror", "cmirror"):
        _mirror(name)
    _upscale_objects()
    _merge_sets()
