"""Batched rules for Indices as masks (`Patches`, values.py): the grid primitives that make them
(`ofcolor`, `asindices`), paint with them (`fill`, `underfill`, `cover`), measure them (`size`,
bounding boxes, corners, centres, the patch branch of height/width/shape/portrait/square,
vline/hline), move or box them (`shift`, `normalize`, `toindices`, `backdrop`, `delta`, `box`,
`inbox`, `outbox`, `corners`), lines and neighbours, relations (`manhattan`, `adjacent`,
`hmatching`, `vmatching`, `bordering`, `position`) and set algebra between patches; plus the
helpers every patch rule shares (placing a patch on another canvas, `tight`, `align`).

A Patches value says, per sample, which locations are in the set; painting reads it through the
origin, so a patch from another grid, shifted or partly outside the grid, paints exactly the
locations the reference paints (those inside the grid). Objects are Patches with colours
(`objects.py` holds their own rules); a patch's iteration order is not tracked.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .cellorder import indices_order, moved_order, rectangle_order, row_major_order
from .clashes import LOCATION_READERS, mark_clash, members_census
from .grids import (
    _crop_parts,
    _extreme_colour,
    _grid_arg,
    _ij,
    _same_rows,
    cells_inside,
    holds_empty_tuple,
)
from .rules import rule
from .seqs import valid_slots
from .values import (
    CELL_MAX,
    CELL_MIN,
    PAD,
    SET_OF_EMPTY_TUPLE,
    CellList,
    CellPatches,
    CellTuple,
    Consts,
    Grids,
    Ints,
    Line,
    LinePatches,
    Patches,
    Seq,
    Vecs,
    as_ints,
    as_vecs,
    canvas_shape,
    cell_coords,
    cell_list,
    empty_wherever_held,
    ints,
    is_object,
    mark_empty_tuple,
    patch_counts,
    patch_empty,
    patch_members,
    raises,
    segment_extremes,
    sparse_members,
    vecs,
    with_order,
    with_origin,
)

NO_LOCATIONS_READERS: dict[str, tuple[int, ...]] = {
    name: at for name, at in LOCATION_READERS.items() if name != "box"
}
"""Primitive -> argument positions read only through `toindices` (clashes.LOCATION_READERS),
where `()` gives what frozenset() gives (`box` returns an empty patch as it is; checked in the
tests)."""
NO_CELLS_READERS: dict[str, tuple[int, ...]] = {"paint": (1,), "underpaint": (1,)}
"""Primitive -> argument positions only iterated as cells (`for value, (i, j) in obj`), where
`()` gives what an empty Object gives: nothing is painted."""


def _at_origin(xp, g: Grids, mask) -> Patches:
    zeros = xp.zeros(g.size, dtype=bool)
    origin = xp.zeros(g.size, dtype=np.int64)
    return Patches(zeros, zeros.copy(), mask, origin, origin.copy())


def as_patches(xp, value, within: tuple[int, int] | None = None) -> Patches | None:
    """`value` as Patches if it is a set of locations: Patches, a frozenset of pairs (`Seq`), or
    the constant frozenset() (a batt default); None otherwise. `within` (H, W): only the
    members of a Seq in [0, H) x [0, W) are kept (for readers that ignore the others)."""
    if isinstance(value, Patches):
        return value
    b = value.size
    empty_constant = isinstance(value, Consts) and type(value.value) is frozenset
    empty_set = isinstance(value, Seq) and value.frozen and not isinstance(value.items, Vecs)
    if (empty_constant and not value.value) or (empty_set and empty_wherever_held(value)):
        return no_locations(xp, value)  # frozenset() wherever it holds: no members
    if not (isinstance(value, Seq) and value.frozen and isinstance(value.items, Vecs)):
        return None
    k = value.k
    v = value.items.v.reshape(b, k, 2)
    valid = valid_slots(xp, value.n, k)
    if within is not None:
        i, j = v[:, :, 0], v[:, :, 1]
        valid = valid & (i >= 0) & (i < within[0]) & (j >= 0) & (j < within[1])
    oi = xp.where(valid, v[:, :, 0], 2**62).min(axis=1)
    oj = xp.where(valid, v[:, :, 1], 2**62).min(axis=1)
    members = valid.any(axis=1)
    oi = xp.where(members, oi, 0)
    oj = xp.where(members, oj, 0)
    ri = xp.where(valid, v[:, :, 0] - oi[:, None], 0)
    rj = xp.where(valid, v[:, :, 1] - oj[:, None], 0)
    live = valid & ~(value.err | value.fb)[:, None]
    if bool(((ri >= ALIGN_LIMIT) | (rj >= ALIGN_LIMIT))[live].any()):
        return None  # a set too spread out for one canvas: the rule falls back
    H = int(xp.where(live, ri, 0).max()) + 1 if b else 1
    W = int(xp.where(live, rj, 0).max()) + 1 if b else 1
    keep = valid & (ri < H) & (rj < W)
    mask = xp.zeros((b, H, W), dtype=bool)
    rows = xp.broadcast_to(xp.arange(b)[:, None], (b, k))
    mask[rows[keep], ri[keep], rj[keep]] = True
    return Patches(value.err, value.fb, mask, oi, oj)


@rule("ofcolor")
@_grid_arg
def _ofcolor(xp, args, b):
    g, value = args[0], as_ints(xp, args[1])
    if value is None:
        return None
    p = _at_origin(xp, g, cells_inside(xp, g) & (g.cells == value.v[:, None, None]))
    return with_order(xp, p, lambda q, want: row_major_order(xp, q, want))  # inserted row-major


@rule("asindices")
@_grid_arg
def _asindices(xp, args, b):
    (g,) = args
    # range(len(grid[0])) is only evaluated for a grid with rows: () gives frozenset(). A ragged
    # value gives the rectangle len(grid) x len(grid[0]), whatever its other rows hold.
    if g.ragged is None:
        inside = cells_inside(xp, g)
    else:
        i, j = _ij(xp, *g.canvas)
        inside = (i < g.h[:, None, None]) & (j < g.w[:, None, None])
    p = _at_origin(xp, g, inside & (g.w > 0)[:, None, None])
    return with_order(xp, p, lambda q, want: row_major_order(xp, q, want))  # inserted row-major


def written(xp, g: Grids, placed):
    """(where bool [B, H, W], raises bool [B]): the cells that fill/paint write for the
    locations `placed` (on g's canvas), and where they raise. The reference bounds locations by
    len(grid) and len(grid[0]); on a ragged value a location inside those bounds but past the end
    of a shorter row raises IndexError, and the cells past len(grid[0]) of a longer row are never
    written."""
    inside = cells_inside(xp, g)
    if g.ragged is None:
        return placed & inside, xp.zeros(g.size, dtype=bool)
    i, j = _ij(xp, *g.canvas)
    bounded = placed & (i < g.h[:, None, None]) & (j < g.w[:, None, None])
    return bounded & inside, (bounded & ~inside).any(axis=(1, 2))


def _fill_with(xp, g: Grids, colour: Ints, patch: Patches, only=None) -> Grids:
    origin = xp.zeros(g.size, dtype=np.int64)
    where, raises_ = written(xp, g, place_mask(xp, patch, origin, origin, *g.canvas))
    if only is not None:
        where = where & only
    cells = xp.where(where, colour.v[:, None, None], g.cells)
    wide = (colour.v < CELL_MIN) | (colour.v > CELL_MAX)
    fb = (where.any(axis=(1, 2)) & wide) | colour.fb
    out = _same_rows(xp, g, cells.astype(g.cells.dtype), g.h == 0, fb)
    err = (g.h == 0) | colour.err | raises_
    return out.with_flags(err, out.fb & ~err)


def no_locations(xp, value, cells: bool = False) -> Patches:
    """The empty patch in every sample (an empty Object with `cells`), with value's flags."""
    b = value.size
    origin = xp.zeros(b, dtype=np.int64)
    mask = xp.zeros((b, 1, 1), dtype=bool)
    colors = xp.full((b, 1, 1), PAD, dtype=np.int16) if cells else None
    return Patches(value.err, value.fb, mask, origin, origin.copy(), colors)


def _empty_tuple(value) -> bool:
    """value is `()` in every sample that holds (`grids.holds_empty_tuple`, or the grid of no
    rows)."""
    if isinstance(value, Grids):
        return value.ragged is None and not bool(((value.h != 0) & ~value.dead()).any())
    return holds_empty_tuple(value)


def empty_tuples_as_no_locations(xp, name: str, args: list) -> list:
    """args, where `name` reads an argument only through `toindices` (`NO_LOCATIONS_READERS`)
    or only iterates its cells (`NO_CELLS_READERS`) and that argument is `()` wherever it holds
    (a batt default, `apply` over nothing): the empty patch (Object) in its place, since
    toindices(()) is frozenset() and iterating () paints nothing."""
    out = None
    for at in NO_LOCATIONS_READERS.get(name, ()) + NO_CELLS_READERS.get(name, ()):
        value = args[at] if at < len(args) else None
        if value is None or not _empty_tuple(value):
            continue
        out = list(args) if out is None else out
        out[at] = no_locations(xp, value, cells=name in NO_CELLS_READERS)
    return args if out is None else out


def fill_target(xp, value, within: tuple[int, int] | None = None):
    """(Patches, err [B]) of the locations fill/underfill/cover iterate: a patch, the tuple of
    cells or locations a merge of a tuple of patches makes (`CellTuple`: its union; order and
    repeats change nothing in a fill), or a tuple of pairs (a width-2 Grids: `toindices` returns
    a tuple as it is, and `for i, j in` reads its rows; rows of another length raise when
    unpacked); (None, None) otherwise. (`()` reaches the rules as the empty patch:
    `empty_tuples_as_no_locations`.) `within` (the grid's canvas, H x W): locations outside it,
    which a fill never writes, may be left out of a set or tuple of pairs."""
    if isinstance(value, CellTuple):  # a tuple of cells or locations: their union is filled
        return value.painted, xp.zeros(value.size, dtype=bool)
    if not isinstance(value, Grids):
        p = as_patches(xp, value, within)
        return p, None if p is None else xp.zeros(value.size, dtype=bool)
    if value.ragged is not None:
        return None, None
    b, (H, W) = value.size, value.canvas
    rows = value.h > 0
    bad = rows & (value.w != 2)
    zeros = xp.zeros(b * H, dtype=bool)
    pairs = xp.zeros((b, H, 2), dtype=np.int64)
    pairs[:, :, : min(W, 2)] = value.cells[:, :, : min(W, 2)]
    n = xp.where(bad, 0, value.h).astype(np.int32)
    seq = Seq(value.err, value.fb, Vecs(zeros, zeros.copy(), pairs.reshape(-1, 2)), n, H, True)
    p = as_patches(xp, seq, within)
    return p, None if p is None else bad


@rule("fill")
@_grid_arg
def _fill(xp, args, b):
    g, colour, (patch, bad) = (
        args[0],
        as_ints(xp, args[1]),
        fill_target(xp, args[2], args[0].canvas),
    )
    if colour is None or patch is None:
        return None
    out = _fill_with(xp, g, colour, patch)
    return out.with_flags(out.err | bad, out.fb & ~bad)


@rule("underfill")
@_grid_arg
def _underfill(xp, args, b):
    g, colour, (patch, bad) = (
        args[0],
        as_ints(xp, args[1]),
        fill_target(xp, args[2], args[0].canvas),
    )
    if colour is None or patch is None:
        return None
    bg = _extreme_colour(True)(xp, [g], b)
    out = _fill_with(xp, g, colour, patch, g.cells == bg.v[:, None, None])
    # () raises IndexError on len(grid[0]) before mostcolor is asked.
    err = out.err | bg.err | bad
    return out.with_flags(err, (out.fb | bg.fb) & ~(g.h == 0) & ~err)


@rule("cover")
@_grid_arg
def _cover(xp, args, b):
    g, (patch, bad) = args[0], fill_target(xp, args[1], args[0].canvas)
    if patch is None:
        return None
    bg = _extreme_colour(True)(xp, [g], b)
    out = _fill_with(xp, g, bg, patch)
    err = out.err | bg.err | bad
    return out.with_flags(err, out.fb & ~err)


def patch_size(xp, patch: Patches) -> Ints:
    zeros = xp.zeros(patch.size, dtype=bool)
    return ints(xp, patch_counts(xp, patch), zeros, zeros.copy())


def patches_from_reference(xp, values: list) -> Patches:
    """Patches holding reference Indices (frozensets of (i, j)), one per sample; each sample's
    origin is its top-left location (0, 0 when empty)."""
    b = len(values)
    cells = [sorted(v) for v in values]
    oi = np.array([min((i for i, _ in c), default=0) for c in cells], dtype=np.int64)
    oj = np.array([min((j for _, j in c), default=0) for c in cells], dtype=np.int64)
    tall = max([1] + [i - oi[k] + 1 for k, c in enumerate(cells) for i, _ in c])
    wide = max([1] + [j - oj[k] + 1 for k, c in enumerate(cells) for _, j in c])
    mask = np.zeros((b, tall, wide), dtype=bool)
    for k, c in enumerate(cells):
        for i, j in c:
            mask[k, i - oi[k], j - oj[k]] = True
    zeros = xp.zeros(b, dtype=bool)
    return Patches(zeros, zeros.copy(), xp.asarray(mask), xp.asarray(oi), xp.asarray(oj))


def objects_from_reference(xp, values: list) -> Patches:
    """Patches with colours holding reference Objects (frozensets of (colour, (i, j))), one per
    sample; a sample with two colours at one location, or a colour beyond int16, is flagged fb
    (it has no Patches form)."""
    locations = [frozenset(loc for _, loc in v) for v in values]
    p = patches_from_reference(xp, locations)
    colors = np.full(p.mask.shape, PAD, dtype=np.int16)
    fb = np.zeros(len(values), dtype=bool)
    oi, oj = np.asarray(_host(p.oi)), np.asarray(_host(p.oj))
    for k, v in enumerate(values):
        if len(locations[k]) != len(v) or any(not CELL_MIN <= c <= CELL_MAX for c, _ in v):
            fb[k] = True
            continue
        for c, (i, j) in v:
            colors[k, i - oi[k], j - oj[k]] = c
    return replace(p, fb=xp.asarray(fb), colors=xp.asarray(colors))


def _host(a):
    from .values import to_numpy

    return to_numpy(a)


# -- bounding boxes ------------------------------------------------------------------------------
def bounds(xp, p: Patches):
    """(r0, r1, c0, c1, empty): the bbox rows and columns relative to the mask (int64 [B]) and
    the samples whose patch is empty (their bounds mean nothing)."""
    return p.memo("bounds", lambda: _bounds(xp, p))


def _bounds(xp, p: Patches):
    if isinstance(p, LinePatches) and p.lazy:
        line = p.line
        last = xp.maximum(line.n - 1, 0)
        ri, rj = line.r + last * line.di, line.c + last * line.dj
        r0, r1 = xp.minimum(line.r, ri), xp.maximum(line.r, ri)
        c0, c1 = xp.minimum(line.c, rj), xp.maximum(line.c, rj)
        return r0, r1, c0, c1, line.n == 0
    cl = sparse_members(p)
    if cl is not None:  # members are row-major: the first and last give the rows
        empty = cl.count == 0
        total = cl.r.shape[0]
        first = xp.clip(cl.start, 0, max(total - 1, 0))
        last = xp.clip(cl.start + cl.count - 1, 0, max(total - 1, 0))
        if total == 0:
            zero = xp.zeros(p.size, dtype=np.int64)
            return zero, zero.copy(), zero.copy(), zero.copy(), empty
        c0, c1 = segment_extremes(xp, cl.c, cl.item, cl.start, cl.count, canvas_shape(p)[1])
        return cl.r[first], cl.r[last], c0, c1, empty
    n, H, W = p.mask.shape
    flat = p.mask.reshape(n, H * W)  # the first and last cell in row-major order give the rows
    first = xp.argmax(flat, axis=1)
    last = H * W - 1 - xp.argmax(flat[:, ::-1], axis=1)
    cols = p.mask.any(axis=1)
    c0 = xp.argmax(cols, axis=1).astype(np.int64)
    c1 = (W - 1 - xp.argmax(cols[:, ::-1], axis=1)).astype(np.int64)
    empty = ~flat[xp.arange(n), first]
    return (first // W).astype(np.int64), (last // W).astype(np.int64), c0, c1, empty


def _patch_arg(fn):
    """A rule on a Patches first argument (other representations: not handled)."""

    def apply(xp, args, b):
        patch = as_patches(xp, args[0])
        if patch is None:
            return None
        return fn(xp, [patch, *args[1:]], b)

    return apply


def _extreme_location(pick):
    @_patch_arg
    def apply(xp, args, b):
        p = args[0]
        r0, r1, c0, c1, empty = bounds(xp, p)
        value = pick(p.oi + r0, p.oi + r1, p.oj + c0, p.oj + c1)
        return ints(xp, value, empty, xp.zeros(b, dtype=bool))  # min() of nothing: ValueError

    return apply


rule("uppermost")(_extreme_location(lambda r0, r1, c0, c1: r0))
rule("lowermost")(_extreme_location(lambda r0, r1, c0, c1: r1))
rule("leftmost")(_extreme_location(lambda r0, r1, c0, c1: c0))
rule("rightmost")(_extreme_location(lambda r0, r1, c0, c1: c1))


def _corner(pick):
    @_patch_arg
    def apply(xp, args, b):
        p = args[0]
        r0, r1, c0, c1, empty = bounds(xp, p)
        i, j = pick(p.oi + r0, p.oi + r1, p.oj + c0, p.oj + c1)
        # An empty patch gives (): no pair form, the reference decides, unless the value is
        # passed where () raises (noted for `apply_rule`).
        out = vecs(xp, xp.stack([i, j], axis=1), xp.zeros(b, dtype=bool), empty)
        return mark_empty_tuple(out, empty & ~(p.err | p.fb))

    return apply


rule("ulcorner")(_corner(lambda r0, r1, c0, c1: (r0, c0)))
rule("urcorner")(_corner(lambda r0, r1, c0, c1: (r0, c1)))
rule("llcorner")(_corner(lambda r0, r1, c0, c1: (r1, c0)))
rule("lrcorner")(_corner(lambda r0, r1, c0, c1: (r1, c1)))


def _centres(xp, p: Patches):
    """(row, column, empty) of center(patch): the bbox corner plus half its size."""
    r0, r1, c0, c1, empty = bounds(xp, p)
    return p.oi + r0 + (r1 - r0 + 1) // 2, p.oj + c0 + (c1 - c0 + 1) // 2, empty


@rule("center")
@_patch_arg
def _center(xp, args, b):
    i, j, empty = _centres(xp, args[0])
    return vecs(xp, xp.stack([i, j], axis=1), empty, xp.zeros(b, dtype=bool))


@rule("centerofmass")
@_patch_arg
def _centerofmass(xp, args, b):
    p = args[0]
    H, W = canvas_shape(p)
    count = patch_counts(xp, p)
    cl = sparse_members(p)
    if cl is not None:
        rows = xp.bincount(cl.item, weights=cl.r, minlength=b).astype(np.int64)
        cols = xp.bincount(cl.item, weights=cl.c, minlength=b).astype(np.int64)
    else:
        rows = (p.mask.sum(axis=2) * xp.arange(H)[None, :]).sum(axis=1)
        cols = (p.mask.sum(axis=1) * xp.arange(W)[None, :]).sum(axis=1)
    safe = xp.maximum(count, 1)
    i = (p.oi * count + rows) // safe
    j = (p.oj * count + cols) // safe
    # An empty patch gives (), noted like the corner of one (see `_corner`).
    out = vecs(xp, xp.stack([i, j], axis=1), xp.zeros(b, dtype=bool), count == 0)
    return mark_empty_tuple(out, (count == 0) & ~(p.err | p.fb))


def _measures(xp, p: Patches):
    """(height, width, count) of each patch (0, 0, 0 when empty)."""
    r0, r1, c0, c1, empty = bounds(xp, p)
    height = xp.where(empty, 0, r1 - r0 + 1)
    width = xp.where(empty, 0, c1 - c0 + 1)
    return height, width, patch_counts(xp, p)


def _on_patches(name: str, fn):
    """Extend `name`'s rule (the Grid one) with the patch branch `fn(xp, patch, b)`."""
    from battflow.dsl.registry import PRIMITIVES

    grid_rule = PRIMITIVES[name].batched

    def apply(xp, args, b):
        patch = as_patches(xp, args[0]) if not isinstance(args[0], Grids) else None
        if patch is not None:
            return fn(xp, patch, b)
        return None if grid_rule is None else grid_rule(xp, args, b)

    PRIMITIVES[name].batched = apply


def _int_result(xp, v, b, boolean=False):
    zeros = xp.zeros(b, dtype=bool)
    if boolean:
        return Ints(zeros, zeros.copy(), v.astype(np.int64), True)
    return ints(xp, v.astype(np.int64), zeros, zeros.copy())


def _register_measures() -> None:
    def height(xp, p, b):
        return _int_result(xp, _measures(xp, p)[0], b)

    def width(xp, p, b):
        return _int_result(xp, _measures(xp, p)[1], b)

    def shape(xp, p, b):
        h, w, _ = _measures(xp, p)
        zeros = xp.zeros(b, dtype=bool)
        return vecs(xp, xp.stack([h, w], axis=1), zeros, zeros.copy())

    def portrait(xp, p, b):
        h, w, _ = _measures(xp, p)
        return _int_result(xp, h > w, b, True)

    def square(xp, p, b):
        h, w, n = _measures(xp, p)
        return _int_result(xp, (h * w == n) & (h == w), b, True)

    def vline(xp, p, b):
        h, w, n = _measures(xp, p)
        return _int_result(xp, (h == n) & (w == 1), b, True)

    def hline(xp, p, b):
        h, w, n = _measures(xp, p)
        return _int_result(xp, (w == n) & (h == 1), b, True)

    for fn in (height, width, shape, portrait, square, vline, hline):
        _on_patches(fn.__name__, fn)


_register_measures()


# -- moving and boxing ---------------------------------------------------------------------------
ORIGIN_LIMIT = 2**31


def far_origin(xp, oi, oj):
    """bool [B]: origins beyond +-2**31, which fall back."""
    return (xp.abs(oi) >= ORIGIN_LIMIT) | (xp.abs(oj) >= ORIGIN_LIMIT)


def _patch_at(xp, mask, oi, oj, fb=None) -> Patches:
    """A new patch (clear err) at origin (oi, oj); origins beyond +-2**31 fall back."""
    far = far_origin(xp, oi, oj)
    fb = far if fb is None else fb | far
    return Patches(xp.zeros_like(far), fb, mask, oi.astype(np.int64), oj.astype(np.int64))


def _moved(xp, p: Patches, oi, oj) -> Patches:
    """p at another origin, colours kept (shift, normalize keep the kind); filled in p's order,
    where that is tracked."""
    far = far_origin(xp, oi, oj)
    moved = with_origin(p, oi.astype(np.int64), oj.astype(np.int64))
    moved = moved.with_flags(xp.zeros_like(far), far)
    if "_order" in p.__dict__:
        with_order(xp, moved, lambda m, want: moved_order(xp, m, p, want))
    return moved


@rule("shift")
@_patch_arg
def _shift(xp, args, b):
    p, offset = args[0], as_vecs(xp, args[1])
    if offset is None:
        return None
    empty = patch_empty(xp, p)  # returned as is, directions never read
    di = xp.where(empty, 0, offset.v[:, 0])
    dj = xp.where(empty, 0, offset.v[:, 1])
    return _moved(xp, p, p.oi + di, p.oj + dj)


@rule("normalize")
@_patch_arg
def _normalize(xp, args, b):
    p = args[0]
    r0, _, c0, _, empty = bounds(xp, p)
    return _moved(xp, p, xp.where(empty, p.oi, -r0), xp.where(empty, p.oj, -c0))


@rule("toindices")
@_patch_arg
def _toindices(xp, args, b):
    p = args[0]
    cl = sparse_members(p)
    if cl is not None:
        cells = CellList(cl.item, cl.r, cl.c, None, cl.start, cl.count)
        out = CellPatches(p.err, p.fb, oi=p.oi, oj=p.oj, cells=cells, shape=canvas_shape(p))
    else:
        out = replace(p, colors=None)
    if "_order" in p.__dict__:
        with_order(xp, out, lambda _, want: indices_order(xp, p, want))
    return out


def _box_mask(xp, p: Patches, kind: str):
    H, W = canvas_shape(p)
    r0, r1, c0, c1, empty = bounds(xp, p)
    i = xp.arange(H)[None, :, None]
    j = xp.arange(W)[None, None, :]
    r0, r1 = r0[:, None, None], r1[:, None, None]
    c0, c1 = c0[:, None, None], c1[:, None, None]
    inside = (i >= r0) & (i <= r1) & (j >= c0) & (j <= c1) & ~empty[:, None, None]
    if kind == "backdrop":
        return inside
    if kind == "delta":
        return inside & ~p.mask
    edge = (i == r0) | (i == r1) | (j == c0) | (j == c1)
    return inside & edge


def _boxed(kind: str):
    @_patch_arg
    def apply(xp, args, b):
        p = args[0]
        out = Patches(p.err, p.fb, _box_mask(xp, p, kind), p.oi, p.oj)
        if kind == "backdrop":  # every bbox location, inserted row-major
            with_order(xp, out, lambda q, want: row_major_order(xp, q, want))
        if kind == "box":
            with_order(xp, out, lambda q, want: rectangle_order(xp, q, want))
        return out

    return apply


rule("backdrop")(_boxed("backdrop"))
rule("delta")(_boxed("delta"))
rule("box")(_boxed("box"))


# -- lines ---------------------------------------------------------------------------------------
MAX_LINE = 256
"""Longest batched line (connect, shoot); longer ones fall back."""


def _segment(xp, ai, aj, bi, bj) -> Patches:
    """connect((ai, aj), (bi, bj)) per sample: a row, a column, a diagonal or nothing."""
    b = ai.shape[0]
    si, sj = xp.minimum(ai, bi), xp.minimum(aj, bj)
    flat = ai == bi
    upright = ~flat & (aj == bj)
    diagonal = ~flat & ~upright & (bi - ai == bj - aj)
    anti = ~flat & ~upright & ~diagonal & (bi - ai == aj - bj)
    length = xp.where(flat, xp.abs(bj - aj) + 1, xp.abs(bi - ai) + 1)
    length = xp.where(flat | upright | diagonal | anti, length, 0)
    too_long = length > MAX_LINE
    length = xp.where(too_long, 0, length)
    # the canvas is as tall and as wide as the lines need: a batch of rows is 1 x n, not n x n
    H = max(1, int(xp.where(flat, 1, length).max())) if b else 1
    W = max(1, int(xp.where(upright, 1, length).max())) if b else 1
    one = xp.ones(b, dtype=np.int64)
    zero = xp.zeros(b, dtype=np.int64)
    di = xp.where(flat, zero, one)
    dj = xp.where(upright, zero, xp.where(anti, -one, one))
    c0 = xp.where(anti, length - 1, zero)
    line = Line(xp, zero, c0, di, dj, length.astype(np.int64), (H, W))
    oi, oj = xp.where(flat, ai, si), xp.where(upright, aj, sj)
    far = far_origin(xp, oi, oj)
    zeros = xp.zeros(b, dtype=bool)
    return LinePatches(
        zeros, too_long | far, None, oi.astype(np.int64), oj.astype(np.int64), line=line
    )


def _unpacks_an_int(xp, args, b):
    """connect and shoot unpack or index both their arguments: an int there raises TypeError,
    whatever the other holds (raises(), or None where neither is an int)."""
    if any(isinstance(a, Ints) for a in args):
        return raises(xp, b)
    return None


@rule("connect")
def _connect(xp, args, b):
    a, c = as_vecs(xp, args[0]), as_vecs(xp, args[1])
    if a is None or c is None:
        return _unpacks_an_int(xp, args, b)
    return _segment(xp, a.v[:, 0], a.v[:, 1], c.v[:, 0], c.v[:, 1])


@rule("shoot")
def _shoot(xp, args, b):
    a, d = as_vecs(xp, args[0]), as_vecs(xp, args[1])
    if a is None or d is None:
        return _unpacks_an_int(xp, args, b)
    far = (xp.abs(d.v) > 2**30).any(axis=1)
    end = a.v + 42 * xp.where(far[:, None], 0, d.v)
    out = _segment(xp, a.v[:, 0], a.v[:, 1], end[:, 0], end[:, 1])
    return out.with_flags(out.err, out.fb | far)


def _frontier(vertical: bool):
    def apply(xp, args, b):
        loc = as_vecs(xp, args[0])
        if loc is None:
            return None
        shape = (b, 30, 1) if vertical else (b, 1, 30)
        origin = xp.zeros(b, dtype=np.int64)
        oi, oj = (origin, loc.v[:, 1]) if vertical else (loc.v[:, 0], origin)
        return _patch_at(xp, xp.ones(shape, dtype=bool), oi, oj)

    return apply


rule("vfrontier")(_frontier(True))
rule("hfrontier")(_frontier(False))


@rule("subgrid")
def _subgrid(xp, args, b):
    p, g = as_patches(xp, args[0]), args[1]
    if p is None or not isinstance(g, Grids):
        return None
    r0, r1, c0, c1, empty = bounds(xp, p)
    out = _crop_parts(xp, g, p.oi + r0, r1 - r0 + 1, p.oj + c0, c1 - c0 + 1)
    # An empty patch has the corner (): crop reads start[0] and raises IndexError.
    return out.with_flags(out.err | empty, out.fb & ~empty)


# -- set algebra between patches -----------------------------------------------------------------
ALIGN_LIMIT = 512


def place_mask(xp, p: Patches, oi, oj, H: int, W: int):
    """p's mask on an H x W canvas whose origin is (oi, oj) per sample."""
    lazy = isinstance(p, LinePatches) and p.lazy
    if lazy or sparse_members(p) is not None:  # the members, with no canvas of their own
        item, i, j, _ = patch_members(xp, p)
        return _written(xp, (p.size, H, W), False, bool, item, i - oi[item], j - oj[item], True)
    return place_values(xp, p.mask, p, oi, oj, H, W, False)


def place_colors(xp, p: Patches, oi, oj, H: int, W: int):
    """An Object's colours on an H x W canvas at origin (oi, oj) (PAD off the object)."""
    if sparse_members(p) is not None:
        item, i, j, colour = patch_members(xp, p)
        ri, rj = i - oi[item], j - oj[item]
        return _written(xp, (p.size, H, W), PAD, np.int16, item, ri, rj, colour.astype(np.int16))
    return place_values(xp, p.colors, p, oi, oj, H, W, PAD)


def place_values(xp, values, p: Patches, oi, oj, H: int, W: int, fill):
    """`values` ([B, h, w], on p's canvas, equal to `fill` wherever p's mask is clear: the mask
    itself, or an Object's colours) moved onto an H x W canvas at origin (oi, oj); `fill`
    where p's canvas does not reach."""
    ph, pw = canvas_shape(p)
    # Writing p's cells costs about 8 times as much per cell as reading one target cell: write
    # them when they are few next to the target canvas (sparse objects, a larger canvas).
    if 8 * int(xp.count_nonzero(p.mask)) < p.size * H * W:
        item, r, c = cell_coords(xp, p.mask)
        ri, rj = r + (p.oi - oi)[item], c + (p.oj - oj)[item]
        cells = values[item, r, c]
        return _written(xp, (p.size, H, W), fill, values.dtype, item, ri, rj, cells)
    r = xp.arange(H)[None, :] + (oi - p.oi)[:, None]  # [B, H] source rows
    c = xp.arange(W)[None, :] + (oj - p.oj)[:, None]  # [B, W] source columns
    row_in = (r >= 0) & (r < ph)
    col_in = (c >= 0) & (c < pw)
    r = xp.clip(r, 0, ph - 1)
    c = xp.clip(c, 0, pw - 1)
    start = (xp.arange(p.size) * (ph * pw))[:, None] + r * pw  # [B, H] flat row starts
    hit = values.reshape(-1)[start[:, :, None] + c[:, None, :]]
    within = row_in[:, :, None] & col_in[:, None, :]
    return xp.where(within, hit, xp.asarray(fill, dtype=values.dtype))


def _written(xp, shape, fill, dtype, item, ri, rj, cell_values):
    """A canvas of `shape` (n, H, W) and `fill`, with cell_values (one per cell, or a scalar
    for all) written at (item, ri, rj); cells outside the canvas are dropped."""
    keep = (ri >= 0) & (ri < shape[1]) & (rj >= 0) & (rj < shape[2])
    out = xp.full(shape, fill, dtype=dtype)
    out[item[keep], ri[keep], rj[keep]] = cell_values[keep] if np.ndim(cell_values) else cell_values
    return out


def scatter_cells(xp, shape, sample, ri, rj, colour, winner=None):
    """(mask, colors, clash): cells (sample, ri, rj) of colour `colour` written onto canvases of
    `shape` (B, H, W); `clash` bool [B] marks samples where two colours meet at one location.
    With `winner` (bool per cell, one per location), only those cells give the colour there."""
    mask = xp.zeros(shape, dtype=bool)
    mask[sample, ri, rj] = True
    colors = xp.full(shape, PAD, dtype=np.int16)
    keep = slice(None) if winner is None else winner
    colors[sample[keep], ri[keep], rj[keep]] = colour[keep].astype(np.int16)
    clash = xp.zeros(shape[0], dtype=bool)
    clash[sample[colors[sample, ri, rj] != colour]] = True  # one of them was overwritten
    return mask, colors, clash


def tight(xp, p: Patches) -> Patches:
    """The same sets with every origin at its bounding box's upper-left corner and the canvas
    cut to the largest box (an empty patch: origin (0, 0), no cells). Two equal sets have equal
    tight origins and, on one canvas, equal masks and colours."""
    r0, r1, c0, c1, empty = bounds(xp, p)
    live = ~empty
    H = int(xp.where(live, r1 - r0 + 1, 1).max()) if p.size else 1
    W = int(xp.where(live, c1 - c0 + 1, 1).max()) if p.size else 1
    oi = xp.where(live, p.oi + r0, 0)
    oj = xp.where(live, p.oj + c0, 0)
    cl = sparse_members(p)
    if cl is not None:
        cells = CellList(cl.item, cl.r - r0[cl.item], cl.c - c0[cl.item], cl.colour, cl.start,
                         cl.count)  # fmt: skip
        return CellPatches(p.err, p.fb, oi=oi, oj=oj, cells=cells, shape=(H, W))
    shifted = replace(p, oi=xp.where(live, p.oi, 0), oj=xp.where(live, p.oj, 0))
    mask = place_values(xp, p.mask, shifted, oi, oj, H, W, False) & live[:, None, None]
    colors = None
    if p.colors is not None:
        colors = place_values(xp, p.colors, shifted, oi, oj, H, W, PAD)
        colors = xp.where(mask, colors, PAD).astype(p.colors.dtype)
    return Patches(p.err, p.fb, mask, oi, oj, colors)


def pad_patches(xp, p: Patches, H: int, W: int) -> Patches:
    """p on a canvas of at least H x W (the same sets)."""
    ph, pw = canvas_shape(p)
    if ph >= H and pw >= W:
        return p
    H, W = max(H, ph), max(W, pw)
    mask = xp.zeros((p.size, H, W), dtype=bool)
    mask[:, :ph, :pw] = p.mask
    colors = None
    if p.colors is not None:
        colors = xp.full((p.size, H, W), PAD, dtype=p.colors.dtype)
        colors[:, :ph, :pw] = p.colors
    return replace(p, mask=mask, colors=colors)


def _aligned_box(xp, a: Patches, c: Patches):
    """(oi, oj, tall, wide, far): the smallest box holding both patches' bounding boxes, per
    sample; `far` where it is larger than ALIGN_LIMIT a side."""
    big = 2**40
    ar0, ar1, ac0, ac1, ea = bounds(xp, a)
    cr0, cr1, cc0, cc1, ec = bounds(xp, c)
    oi = xp.minimum(xp.where(ea, big, a.oi + ar0), xp.where(ec, big, c.oi + cr0))
    oj = xp.minimum(xp.where(ea, big, a.oj + ac0), xp.where(ec, big, c.oj + cc0))
    bottom = xp.maximum(xp.where(ea, -big, a.oi + ar1), xp.where(ec, -big, c.oi + cr1)) + 1
    right = xp.maximum(xp.where(ea, -big, a.oj + ac1), xp.where(ec, -big, c.oj + cc1)) + 1
    none = ea & ec
    oi, oj = xp.where(none, 0, oi), xp.where(none, 0, oj)
    tall, wide = xp.where(none, 1, bottom - oi), xp.where(none, 1, right - oj)
    return oi, oj, tall, wide, (tall > ALIGN_LIMIT) | (wide > ALIGN_LIMIT)


def align(xp, a: Patches, c: Patches):
    """(mask_a, mask_c, oi, oj, far): both patches on one canvas per sample, the smallest that
    holds both bounding boxes; `far` marks the samples whose patches lie too far apart for a
    batched canvas (their masks mean nothing)."""
    oi, oj, tall, wide, far = _aligned_box(xp, a, c)
    H = int(xp.where(far, 1, tall).max()) if a.size else 1
    W = int(xp.where(far, 1, wide).max()) if a.size else 1
    return place_mask(xp, a, oi, oj, H, W), place_mask(xp, c, oi, oj, H, W), oi, oj, far


def _set_op(name: str, op):
    from battflow.dsl.registry import PRIMITIVES

    previous = PRIMITIVES[name].batched

    def apply(xp, args, b):
        if isinstance(args[0], Patches) or isinstance(args[1], Patches):
            a, c = as_patches(xp, args[0]), as_patches(xp, args[1])
            if a is not None and c is not None:
                return _set_algebra(xp, name, op, a, c)
        return None if previous is None else previous(xp, args, b)

    PRIMITIVES[name].batched = apply


def _set_algebra(xp, name: str, op, a: Patches, c: Patches) -> Patches:
    """intersection / difference / combine of two patches. Cells of an Object never equal
    locations of Indices (§1.4.6); a union of both kinds has no Patches form (fb)."""
    b = a.size
    kinds_agree = is_object(a) == is_object(c)
    if name != "combine" and kinds_agree and sparse_members(a) is not None:
        return _kept_members(xp, name == "intersection", a, c)
    both = sparse_members(a) is not None and sparse_members(c) is not None
    if name == "combine" and kinds_agree and both:
        return _combined_members(xp, a, c)
    ma, mc, oi, oj, far = align(xp, a, c)
    zeros = xp.zeros(b, dtype=bool)
    if kinds_agree:
        if not is_object(a):
            return Patches(zeros, far, op(ma, mc), oi, oj)
        H, W = ma.shape[1], ma.shape[2]
        ca, cc = place_colors(xp, a, oi, oj, H, W), place_colors(xp, c, oi, oj, H, W)
        same = ma & mc & (ca == cc)
        if name == "combine":
            clash = (ma & mc & (ca != cc)).any(axis=(1, 2))
            if bool((clash & ~far).any()):  # as members: the clash gets its note
                return _combined_members(xp, a, c)
            mask, colors = ma | mc, xp.where(ma, ca, cc)
            return Patches(zeros, far | clash, mask, oi, oj, colors)
        mask = same if name == "intersection" else ma & ~same
        return Patches(zeros, far, mask, oi, oj, xp.where(mask, ca, PAD).astype(ca.dtype))
    if name == "intersection":
        return Patches(zeros, zeros.copy(), xp.zeros_like(ma), oi, oj)
    if name == "difference":
        return a
    # combine: one kind wins only where the other side is empty
    a_any, c_any = ma.any(axis=(1, 2)), mc.any(axis=(1, 2))
    keep, other = (a, c_any) if is_object(a) else (c, a_any)
    return keep.with_flags(zeros, other)


def union_of_cells(xp, b: int, far, top, left, shape, sample, ri, rj, colour, inside):
    """The union of merge(frozenset of patches) from its members' cells (sample, ri, rj on each
    sample's H x W canvas at (top, left); colour None for Indices): each location once,
    row-major. Where two colours meet at one location the sample is fb (its locations are
    exact, its colours mean nothing) and, within the canvas, noted as a clash (`mark_clash`)."""
    H, W = shape
    key = (sample * H + ri) * W + rj
    order = xp.argsort(key, kind="stable")
    key = key[order]
    first = xp.ones(key.shape[0], dtype=bool)
    first[1:] = key[1:] != key[:-1]
    kept = order[first]
    sample, ri, rj = sample[kept], ri[kept], rj[kept]
    clash = None
    if colour is not None:
        colour = colour[inside][order]
        every = (key, colour)  # each member, sorted by location: the clash's distinct cells
        differs = xp.zeros(key.shape[0], dtype=bool)
        differs[1:] = ~first[1:] & (colour[1:] != colour[:-1])
        clash = xp.zeros(b, dtype=bool)
        at = key[differs]  # sorted: by sample, then row-major
        clash[at // (H * W)] = True
        colour = colour[first].astype(np.int16)
    cells = cell_list(xp, sample, ri, rj, colour, b)
    fb = far if clash is None else far | clash
    union = CellPatches(xp.zeros(b, dtype=bool), fb, oi=top, oj=left, cells=cells, shape=(H, W))
    if clash is not None:
        item, rest = at // (H * W), at % (H * W)
        clean = clash & ~far
        if bool(clean.any()):  # the set is filled member by member: merge, mapply, combine
            at = (item, top[item] + rest // W, left[item] + rest % W)

            def members(want):
                return _distinct_cells(*every, (H, W), top, left, want)

            mark_clash(union, clean, members_census(members, b), at, members)
    return union


def _distinct_cells(key, colour, shape, top, left, want):
    """(sample, i, j, colour) host int64 [N]: the distinct cells of the samples in want (host
    bool [B]) among members at canvas keys `key` ((sample * H + r) * W + c, sorted) of colour
    `colour`, on canvases at (top, left); sorted by sample, location, then colour."""
    H, W = shape
    key, colour = _host(key), _host(colour).astype(np.int64)
    sample = key // (H * W)
    sel = np.asarray(want, dtype=bool)[sample]
    key, colour, sample = key[sel], colour[sel], sample[sel]
    order = np.lexsort((colour, key))
    key, colour, sample = key[order], colour[order], sample[order]
    first = np.ones(key.shape[0], dtype=bool)
    first[1:] = (key[1:] != key[:-1]) | (colour[1:] != colour[:-1])
    key, colour, sample = key[first], colour[first], sample[first]
    rest = key % (H * W)
    top, left = _host(top), _host(left)
    return sample, top[sample] + rest // W, left[sample] + rest % W, colour


def _combined_members(xp, a: Patches, c: Patches) -> Patches:
    """combine of two patches of one kind kept as members: their union on the smallest canvas
    that holds both bounding boxes (`align`'s), each location once; two colours at one
    location, or boxes too far apart, fall back (fb)."""
    b = a.size
    oi, oj, tall, wide, far = _aligned_box(xp, a, c)
    H = int(xp.where(far, 1, tall).max()) if b else 1
    W = int(xp.where(far, 1, wide).max()) if b else 1
    item_a, ia, ja, colour_a = patch_members(xp, a)
    item_c, ic, jc, colour_c = patch_members(xp, c)
    sample = xp.concatenate([item_a, item_c])
    ri = xp.concatenate([ia, ic]) - oi[sample]
    rj = xp.concatenate([ja, jc]) - oj[sample]
    colour = None if colour_a is None else xp.concatenate([colour_a, colour_c])
    inside = ~far[sample]
    return union_of_cells(
        xp, b, far, oi, oj, (H, W), sample[inside], ri[inside], rj[inside], colour, inside
    )


def _kept_members(xp, inside: bool, a: Patches, c: Patches) -> Patches:
    """intersection (inside) or difference of two patches of one kind, a kept as members: a's
    members that are (or are not) members of c, on a's canvas. Cells of c are read on a's
    canvas; those beyond it meet no member of a."""
    H, W = canvas_shape(a)
    cl = sparse_members(a)
    item, i, j, colour = patch_members(xp, c)
    r, col = i - a.oi[item], j - a.oj[item]
    on = (r >= 0) & (r < H) & (col >= 0) & (col < W)
    key_c = ((item * H + r) * W + col)[on]
    key_a = (cl.item * H + cl.r) * W + cl.c
    if cl.colour is not None:  # a cell is its colour and location
        key_c = key_c * 2**16 + colour[on] + 2**15
        key_a = key_a * 2**16 + cl.colour.astype(np.int64) + 2**15
    keep = xp.isin(key_a, key_c) == inside
    colours = None if cl.colour is None else cl.colour[keep]
    cells = cell_list(xp, cl.item[keep], cl.r[keep], cl.c[keep], colours, a.size)
    zeros = xp.zeros(a.size, dtype=bool)
    return CellPatches(zeros, zeros.copy(), oi=a.oi, oj=a.oj, cells=cells, shape=(H, W))


def extend_container_rules() -> None:
    """Give intersection/difference/combine their patch branch (called by `load_rules` once
    `containers.py` has registered the container rules these fall back to)."""
    _set_op("intersection", lambda a, c: a & c)
    _set_op("difference", lambda a, c: a & ~c)
    _set_op("combine", lambda a, c: a | c)


# -- rectangles, neighbours, matching ------------------------------------------------------------
def _rectangle(xp, ai, aj, bi, bj, err, fb) -> Patches:
    """The perimeter of rows ai..bi x columns aj..bj (either order), per sample."""
    si, ei = xp.minimum(ai, bi), xp.maximum(ai, bi)
    sj, ej = xp.minimum(aj, bj), xp.maximum(aj, bj)
    tall, wide = ei - si + 1, ej - sj + 1
    far = (tall > ALIGN_LIMIT) | (wide > ALIGN_LIMIT)
    dead = far | err | fb
    H = int(xp.where(dead, 1, tall).max()) if ai.shape[0] else 1
    W = int(xp.where(dead, 1, wide).max()) if ai.shape[0] else 1
    i = xp.arange(H)[None, :, None]
    j = xp.arange(W)[None, None, :]
    t, w = tall[:, None, None], wide[:, None, None]
    inside = (i < t) & (j < w)
    edge = (i == 0) | (i == t - 1) | (j == 0) | (j == w - 1)
    out = Patches(err, fb | far, inside & edge, si, sj)
    return with_order(xp, out, lambda q, want: rectangle_order(xp, q, want))


def _around(grow: int):
    """inbox (grow -1) and outbox (grow +1): the perimeter of the bbox moved by `grow`."""

    @_patch_arg
    def apply(xp, args, b):
        p = args[0]
        r0, r1, c0, c1, empty = bounds(xp, p)
        zeros = xp.zeros(b, dtype=bool)
        a_i, a_j = p.oi + r0 - grow, p.oj + c0 - grow
        b_i, b_j = p.oi + r1 + grow, p.oj + c1 + grow
        return _rectangle(xp, a_i, a_j, b_i, b_j, empty, zeros)  # empty: ValueError

    return apply


rule("inbox")(_around(-1))
rule("outbox")(_around(1))


@rule("corners")
@_patch_arg
def _corners(xp, args, b):
    p = args[0]
    r0, r1, c0, c1, empty = bounds(xp, p)
    H, W = canvas_shape(p)
    i = xp.arange(H)[None, :, None]
    j = xp.arange(W)[None, None, :]
    rows = (i == r0[:, None, None]) | (i == r1[:, None, None])
    cols = (j == c0[:, None, None]) | (j == c1[:, None, None])
    # An empty patch has the corners {()}: no mask form, but noted for the calls that raise on it.
    out = Patches(p.err, p.fb | empty, rows & cols & ~empty[:, None, None], p.oi, p.oj)
    return mark_empty_tuple(out, empty & ~(p.err | p.fb), SET_OF_EMPTY_TUPLE)


_NEIGHBOURS = {
    "dneighbors": ((0, 1), (1, 0), (1, 2), (2, 1)),
    "ineighbors": ((0, 0), (0, 2), (2, 0), (2, 2)),
}
_NEIGHBOURS["neighbors"] = _NEIGHBOURS["dneighbors"] + _NEIGHBOURS["ineighbors"]


def _neighbours(name: str):
    stencil = np.zeros((3, 3), dtype=bool)
    for r, c in _NEIGHBOURS[name]:
        stencil[r, c] = True

    def apply(xp, args, b):
        loc = as_vecs(xp, args[0])
        if loc is None:
            return None
        mask = xp.broadcast_to(xp.asarray(stencil)[None], (b, 3, 3)).copy()
        return _patch_at(xp, mask, loc.v[:, 0] - 1, loc.v[:, 1] - 1)

    return apply


for _name in _NEIGHBOURS:
    rule(_name)(_neighbours(_name))


def _matching(axis: int):
    """hmatching (axis 2: rows in common) / vmatching (axis 1: columns in common)."""

    def apply(xp, args, b):
        a, c = as_patches(xp, args[0]), as_patches(xp, args[1])
        if a is None or c is None:
            return None
        ma, mc, _, _, far = align(xp, a, c)
        common = (ma.any(axis=axis) & mc.any(axis=axis)).any(axis=1)
        zeros = xp.zeros(b, dtype=bool)
        return Ints(zeros, far, common.astype(np.int64), True)

    return apply


rule("hmatching")(_matching(2))
rule("vmatching")(_matching(1))


# -- distances -----------------------------------------------------------------------------------
_FAR = 2**14
"""Beyond any distance on an aligned canvas (sides <= ALIGN_LIMIT)."""


def l1_distance_to(xp, mask):
    """int16 [B, H, W]: the L1 distance from each cell to the nearest set cell of mask (_FAR when
    there is none): a forward and backward scan along rows, then along the columns (exact for
    L1); each scan runs over whole contiguous rows. (Doubling steps or numpy's running minima
    were measured slower: they touch the canvas more often or stride through it.)"""
    d = xp.where(mask, 0, _FAR).astype(np.int16)
    d = _scan(xp, d)  # down the rows
    d = xp.ascontiguousarray(xp.swapaxes(d, 1, 2))
    d = _scan(xp, d)  # along the columns
    return xp.swapaxes(d, 1, 2)


def _scan(xp, d):
    one = np.int16(1)
    for i in range(1, d.shape[1]):
        xp.minimum(d[:, i, :], d[:, i - 1, :] + one, out=d[:, i, :])
    for i in range(d.shape[1] - 2, -1, -1):
        xp.minimum(d[:, i, :], d[:, i + 1, :] + one, out=d[:, i, :])
    return d


PAIRWISE_BUDGET = 2**21
"""Most member pairs (summed over the batch) that manhattan/adjacent compare one by one; beyond
it they align both patches on canvases and read a distance transform."""


def _pairwise_l1(xp, a: Patches, c: Patches):
    """int64 [B]: the least L1 distance between a member of a and one of c, by comparing every
    pair of members (_FAR where either is empty); None beyond PAIRWISE_BUDGET pairs."""
    b = a.size
    item_a, ia, ja, _ = patch_members(xp, a)
    item_c, ic, jc, _ = patch_members(xp, c)
    count_c = xp.bincount(item_c, minlength=b)
    reps = count_c[item_a]  # each member of a meets every member of c of its patch
    ends = xp.cumsum(reps)
    total = int(ends[-1]) if reps.shape[0] else 0
    if total > PAIRWISE_BUDGET:
        return None
    if total == 0:
        return xp.full(b, _FAR, dtype=np.int64)
    slot = xp.arange(total, dtype=np.int64)
    x = xp.searchsorted(ends, slot, side="right")
    y = (xp.cumsum(count_c) - count_c)[item_a[x]] + (slot - (ends - reps)[x])
    d = xp.abs(ia[x] - ic[y]) + xp.abs(ja[x] - jc[y])
    owner = item_a[x]  # non-decreasing: members of a come patch by patch
    counts = xp.bincount(owner, minlength=b)
    low, _ = segment_extremes(xp, d, owner, xp.cumsum(counts) - counts, counts)
    return xp.where(counts > 0, low, _FAR)


def _manhattan_of(xp, args, b):
    """(distance int64 [B], err, fb) of manhattan(a, b), or None if not patches."""
    a, c = as_patches(xp, args[0]), as_patches(xp, args[1])
    if a is None or c is None:
        return None
    if sparse_members(a) is not None or sparse_members(c) is not None:
        d = _pairwise_l1(xp, a, c)
        if d is not None:
            empty = patch_empty(xp, a) | patch_empty(xp, c)  # min() of nothing: ValueError
            zeros = xp.zeros(b, dtype=bool)
            return xp.where(empty, 0, d), empty, zeros
    ma, mc, _, _, far = align(xp, a, c)
    d = xp.where(ma, l1_distance_to(xp, mc), _FAR).min(axis=(1, 2)).astype(np.int64)
    empty = ~ma.any(axis=(1, 2)) | ~mc.any(axis=(1, 2))  # min() of nothing: ValueError
    return d, empty & ~far, far


def dilate4(xp, mask):
    """mask grown by its 4-neighbours (on the same canvas)."""
    near = mask.copy()
    near[:, 1:, :] |= mask[:, :-1, :]
    near[:, :-1, :] |= mask[:, 1:, :]
    near[:, :, 1:] |= mask[:, :, :-1]
    near[:, :, :-1] |= mask[:, :, 1:]
    return near


@rule("manhattan")
def _manhattan(xp, args, b):
    out = _manhattan_of(xp, args, b)
    if out is None:
        return None
    d, err, fb = out
    return ints(xp, xp.where(err | fb, 0, d), err, fb)


@rule("adjacent")
def _adjacent(xp, args, b):
    a, c = as_patches(xp, args[0]), as_patches(xp, args[1])
    if a is None or c is None:
        return None
    if sparse_members(a) is not None or sparse_members(c) is not None:
        d = _pairwise_l1(xp, a, c)
        if d is not None:
            empty = patch_empty(xp, a) | patch_empty(xp, c)  # min() of nothing: ValueError
            zeros = xp.zeros(b, dtype=bool)
            return Ints(empty, zeros, ((d == 1) & ~empty).astype(np.int64), True)
    ma, mc, _, _, far = align(xp, a, c)
    # manhattan == 1: no shared location, and a location of a next to one of c
    overlap = (ma & mc).any(axis=(1, 2))
    touch = (ma & dilate4(xp, mc)).any(axis=(1, 2))
    empty = ~ma.any(axis=(1, 2)) | ~mc.any(axis=(1, 2))  # min() of nothing: ValueError
    err, fb = empty & ~far, far
    return Ints(err, fb, (touch & ~overlap & ~err & ~fb).astype(np.int64), True)


@rule("bordering")
def _bordering(xp, args, b):
    p, g = as_patches(xp, args[0]), args[1]
    if p is None or not isinstance(g, Grids):
        return None
    r0, r1, c0, c1, empty = bounds(xp, p)
    top, left = p.oi + r0, p.oj + c0
    bottom, right = p.oi + r1, p.oj + c1
    # `or` stops at the first true test; len(grid[0]) is read last (IndexError on ()).
    early = (top == 0) | (left == 0) | (bottom == g.h - 1)
    late = right == g.w - 1
    err = empty | (~early & (g.h == 0))
    return Ints(err, xp.zeros(b, dtype=bool), (early | late).astype(np.int64), True)


@rule("position")
def _position(xp, args, b):
    a, c = as_patches(xp, args[0]), as_patches(xp, args[1])
    if a is None or c is None:
        return None
    ia, ja, empty_a = _centres(xp, a)
    ib, jb, empty_c = _centres(xp, c)
    down = xp.where(ia < ib, 1, -1)
    right = xp.where(ja < jb, 1, -1)
    i = xp.where(ia == ib, 0, down)
    j = xp.where((ja == jb) & (ia != ib), 0, right)
    zeros = xp.zeros(b, dtype=bool)
    return vecs(xp, xp.stack([i, j], axis=1), empty_a | empty_c, zeros)  # center(): ValueError
