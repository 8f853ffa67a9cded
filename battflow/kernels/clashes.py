"""Unions of objects where two colours meet at one location ("clashing" unions).

`merge` of a frozenset of objects (and `mapply`, which merges) can hold two cells at one
location, say (1, (0, 0)) and (2, (0, 0)). A Patches value has one colour per location, so such a
sample falls back. Some readers do not need the colours at those locations, though:

- Readers of locations only (`fill`, `width`, `ulcorner`, `backdrop`, `manhattan`, ...; the
  table `LOCATION_READERS`) give the same result for an object and for its set of locations.
  Where a clash is the only reason a sample falls back, the union's mask is exactly that set.
- `size` counts the union's distinct cells; `palette` and `numcolors` read the set of its
  colours (`members_census`). palette's iteration order is that of a small-int set, decided from
  its members alone where the spec's small-int rule allows (`objects.order_free_rank`).
- The maps of `CLASH_MAPS` (mirrors, `shift`, `normalize`) move every cell by one bijection of
  locations: the image is again a clashing union with the same census, and its mask is exact.
- `paint` and `underpaint` write in-grid cells only: a sample whose clashing locations all lie
  off the grid reads no clashing cell. Inside the grid, paint leaves the member iterated last
  (underpaint: the first not of the background colour), decided where the members' hashes
  alone fix it (`last_members`, `setslots.slot_bounds`).
- A clashing union equals no member of a container of Patches (`NEVER_EQUAL`: `remove`,
  `other`, `contained`).

A clashing union carries a note (`mark_clash`) under its flags; `rescue` hands those readers the
argument with the note's samples decided, `settle` decides `size`, `palette`, `numcolors`, the
comparisons of NEVER_EQUAL, and re-notes the images of the maps (`clash_read` lets a closure's
result keep the note). Everything else still falls back there (`color` among them: it reads
the first member in the set's iteration order, which the hashes alone do not fix).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from battflow.dsl.registry import PRIMITIVES

from .bigcanvas import big_note
from .setorder import member_hashes
from .setslots import model_holds, slot_bounds
from .values import (
    COLOURS,
    BValue,
    CellList,
    CellPatches,
    Grids,
    Ints,
    Patches,
    Seq,
    as_vecs,
    canvas_shape,
    held_note,
    mark_note,
    sparse_members,
    to_numpy,
)

LOCATION_READERS: dict[str, tuple[int, ...]] = {
    "fill": (2,),
    "underfill": (2,),
    "cover": (1,),
    "toindices": (0,),
    "recolor": (1,),
    "toobject": (0,),
    "subgrid": (0,),
    "height": (0,),
    "width": (0,),
    "shape": (0,),
    "portrait": (0,),
    "uppermost": (0,),
    "lowermost": (0,),
    "leftmost": (0,),
    "rightmost": (0,),
    "ulcorner": (0,),
    "urcorner": (0,),
    "llcorner": (0,),
    "lrcorner": (0,),
    "center": (0,),
    "corners": (0,),
    "backdrop": (0,),
    "delta": (0,),
    "box": (0,),
    "inbox": (0,),
    "outbox": (0,),
    "bordering": (0,),
    "hmatching": (0, 1),
    "vmatching": (0, 1),
    "manhattan": (0, 1),
    "adjacent": (0, 1),
    "position": (0, 1),
    "gravitate": (0, 1),
}
"""Primitive -> argument positions it reads only as a set of locations: for every object the
reference gives the same result as for `toindices` of it (checked in the tests)."""


CLASH_MAPS = frozenset({"dmirror", "cmirror", "hmirror", "vmirror", "normalize", "shift"})
"""Primitives whose first argument, an Object, is mapped cell by cell through one bijection of
locations (fixed per sample): a clashing union's image clashes alike, with the same census."""


def mark_clash(value: BValue, where, census, at=None, members=None) -> BValue:
    """value (an Object union, fb where two colours meet at one location), noting that where
    (bool [B], within value.fb) that clash is the only reason it falls back: its mask is exact
    there. census(want) gives (sizes int64 [B], colours bool [B, 10], in_range bool [B]) of the
    samples in want (host bool [B]): the number of distinct cells, the colours present, and
    whether every colour is one of 0..9. `at`, when known, the clashing locations (item, i, j
    int64 [N]). `members(want)`, when known, the union's distinct cells in the samples of want
    (sample, i, j, colour host int64 [N], sorted by sample, location, colour), the union being
    a frozenset built one member at a time. The note holds only under these very flags
    (`merge_flags` carries it where the inputs add none)."""
    return mark_note(value, "_clash", (where, census, at, members))


def clash_note(value: BValue):
    """(where, census, at, members) of value's note if it still holds (made under the current
    flags)."""
    return held_note(value, "_clash")


def members_census(members, b: int):
    """census(want) (see `mark_clash`) of a union from its distinct cells (`members`)."""

    def census(want):
        sample, _, _, colour = members(want)
        sizes = np.bincount(sample, minlength=b)
        wide = (colour < 0) | (colour >= COLOURS)
        in_range = np.bincount(sample[wide], minlength=b) == 0
        colours = np.zeros((b, COLOURS), dtype=bool)
        colours[sample[~wide], colour[~wide]] = True
        return sizes, colours, in_range

    return census


def mapped_members(name: str, members, offset=None):
    """members(want) (see `mark_clash`) of the image of a union under one of CLASH_MAPS
    (`shift` by offset, host int64 [B, 2]), as the reference maps each cell: mirrors about the
    union's own bounding box, cmirror through vmirror, dmirror, vmirror."""

    def bounds(sample, i, j, b):
        big = np.iinfo(np.int64).max
        top, left = np.full(b, big), np.full(b, big)
        bottom, right = np.full(b, -big), np.full(b, -big)
        np.minimum.at(top, sample, i)
        np.minimum.at(left, sample, j)
        np.maximum.at(bottom, sample, i)
        np.maximum.at(right, sample, j)
        return top[sample], left[sample], bottom[sample], right[sample]

    def mirrored(step, sample, i, j, b):
        top, left, bottom, right = bounds(sample, i, j, b)
        if step == "hmirror":
            return top + bottom - i, j
        if step == "vmirror":
            return i, left + right - j
        if step == "dmirror":
            return j - left + top, i - top + left
        return i - top, j - left  # normalize

    def moved(want):
        sample, i, j, colour = members(want)
        if name == "shift":
            i, j = i + offset[sample, 0], j + offset[sample, 1]
        else:
            steps = ("vmirror", "dmirror", "vmirror") if name == "cmirror" else (name,)
            for step in steps:
                i, j = mirrored(step, sample, i, j, want.shape[0])
        order = np.lexsort((colour, j, i, sample))
        return sample[order], i[order], j[order], colour[order]

    return moved


def rescue(xp, name: str, args: list[BValue]) -> list[BValue]:
    """args, where `name` reads an argument as a set of locations only, or maps it cell by cell
    (CLASH_MAPS; `settle` flags the image again): a clashing union there with the note's samples
    unflagged. The rescued argument carries no member order (its readers fall back as for any
    patch whose order is not tracked). `paint` and `underpaint` get the samples whose clashing
    locations all lie outside the grid (never written, so the colour left there does not
    matter)."""
    if name in ("paint", "underpaint") and len(args) == 2:
        return _painted(xp, name, args)
    out = None
    for at in (0,) if name in CLASH_MAPS else LOCATION_READERS.get(name, ()):
        note = clash_note(args[at]) if at < len(args) else None
        if note is None:
            continue
        p = args[at]
        out = list(args) if out is None else out
        out[at] = replace(p, fb=p.fb & ~note[0])  # a new value: no order, memo or note
    return args if out is None else out


def clash_read(value: BValue) -> BValue:
    """value with its clash note's samples unflagged, for merging the flags of a closure call's
    arguments: whatever the closure read of them went through primitive calls that already
    merged those flags (or settled them), and what it did not read cannot change its result."""
    note = clash_note(value)
    return value if note is None else value.with_flags(value.err, value.fb & ~note[0])


def _painted(xp, name: str, args: list[BValue]) -> list[BValue]:
    """args of paint/underpaint with the clashing union decided where its clashes are never
    written (all off the grid), and where the cell each in-grid clashing location ends with is
    known (`last_members`): the union recoloured with that cell there."""
    g, p = args
    note = clash_note(p)
    if note is None or not isinstance(g, Grids) or g.ragged is not None:
        return args
    where, _, at, members = note
    if at is None and members is None:
        return args
    item, i, j = (xp.asarray(a) for a in (at or clashing_locations(members, to_numpy(where))))
    h, w = g.h, g.w
    big = big_note(g)
    if big is not None:  # a grid past the canvas: its own shape, not the canvas's
        h, w = xp.where(big.where, big.h, h), xp.where(big.where, big.w, w)
    inside = (i >= 0) & (i < h[item]) & (j >= 0) & (j < w[item])
    written = xp.zeros(p.size, dtype=bool)
    written[item[inside]] = True
    decided = where & ~written
    todo = to_numpy(where & written)
    under = None
    if name == "underpaint" and members is not None and todo.any():
        todo, under = _background(xp, g, big, todo)
    if members is not None and todo.any() and (name == "paint" or under is not None):
        known, cells = last_members(members, todo, to_numpy(h), to_numpy(w), under)
        recoloured = _recoloured(xp, p, cells) if known.any() else None
        if recoloured is not None:  # a new value: no order, memo or note
            decided = decided | xp.asarray(known)
            return [g, recoloured.with_flags(p.err, p.fb & ~decided)]
    if not bool(decided.any()):
        return args
    return [g, replace(p, fb=p.fb & ~decided)]


def _background(xp, g: Grids, big, todo: np.ndarray):
    """(todo, (bg int64 [B], cell_at)) for underpaint: the samples of todo whose mostcolor is
    known, that colour, and cell_at(sample, i, j) (host int64 [N] each, in-grid locations) the
    grid's cells. A grid past the canvas (`big`) reads its note, where the background holds more
    than half of the cells (as the big-canvas underpaint requires)."""
    from .bigcanvas import _bg_is_most, _colour_at
    from .grids import _extreme_colour  # grids.py imports this module

    bg = _extreme_colour(True)(xp, [g], g.size)
    ok = ~to_numpy(bg.err | bg.fb | g.err | g.fb)
    colours = to_numpy(bg.v)
    H, W = g.canvas

    def own(s, i, j):  # the cells asked for, gathered where they are (not the whole canvas)
        at = (xp.asarray(s), xp.asarray(np.clip(i, 0, H - 1)), xp.asarray(np.clip(j, 0, W - 1)))
        return to_numpy(g.cells[at]).astype(np.int64)

    if big is None:
        return todo & ok, (colours, own)
    noted = to_numpy(big.where)
    ok = np.where(noted, to_numpy(_bg_is_most(xp, big, g.size)), ok)
    colours = np.where(noted, to_numpy(big.bg), colours)
    width = to_numpy(big.w)

    def cell_at(s, i, j):
        at = xp.asarray(i * width[s] + j)
        painted = to_numpy(_colour_at(xp, big, xp.asarray(s), at))
        return np.where(noted[s], painted, own(s, i, j))

    return todo & ok, (colours, cell_at)


def clashing_locations(members, want: np.ndarray):
    """(sample, i, j) host int64 [N]: the locations of two or more members, in the samples of
    want, from the union's distinct cells."""
    sample, i, j, _ = members(want)
    same = (sample[1:] == sample[:-1]) & (i[1:] == i[:-1]) & (j[1:] == j[:-1])
    at = np.nonzero(same)[0]
    return sample[at], i[at], j[at]


def last_members(members, want: np.ndarray, h: np.ndarray, w: np.ndarray, under=None):
    """(known bool [B], (sample, i, j, colour) int64 [N]): for the samples in want (host bool
    [B]) of a clashing union (`members`, see `mark_clash`), the cell `paint` leaves at each
    clashing location inside an h x w grid (host int64 [B]): the member iterated last, in the
    samples where it is certain for every such location (`setslots.slot_bounds`).

    With `under` = (bg int64 [B], cell_at(sample, i, j)), what `underpaint` leaves instead: at a
    location whose cell is bg, the first member of another colour than bg (members of colour
    bg leave the cell as it is, so later ones still write); other locations are not written
    and get no cell."""
    b = want.shape[0]
    none = np.zeros(0, dtype=np.int64)
    if not model_holds():
        return np.zeros(b, dtype=bool), (none, none, none, none)
    sample, i, j, colour = members(want)
    lo, hi, known = slot_bounds(sample, to_numpy(member_hashes(np, i, j, colour)), b)
    known &= want
    head = np.ones(sample.shape[0], dtype=bool)
    head[1:] = (sample[1:] != sample[:-1]) | (i[1:] != i[:-1]) | (j[1:] != j[:-1])
    group = np.cumsum(head) - 1
    sizes = np.bincount(group)
    inside = (i >= 0) & (i < h[sample]) & (j >= 0) & (j < w[sample])
    chosen = (sizes[group] > 1) & inside & known[sample]
    if under is not None:
        bg, cell_at = under
        at = np.nonzero(chosen)[0]
        written = np.zeros(sample.shape[0], dtype=bool)
        written[at] = cell_at(sample[at], i[at], j[at]) == bg[sample[at]]
        chosen &= written & (colour != bg[sample])
        # the first of them in iteration order is the last of the slots negated
        lo, hi = -hi, -lo
    at = np.nonzero(chosen)[0]
    at = at[np.lexsort((lo[at], group[at]))]  # each location's members, by their lowest slot
    g = group[at]
    last = np.ones(at.shape[0], dtype=bool)
    last[:-1] = g[1:] != g[:-1]
    first = np.ones(at.shape[0], dtype=bool)
    first[1:] = last[:-1]
    rest_hi = np.where(last, np.iinfo(np.int64).min, hi[at])
    others = np.maximum.reduceat(rest_hi, np.nonzero(first)[0]) if at.shape[0] else none
    winner = at[last]
    certain = lo[winner] > others  # every slot it may take lies past every other's
    known[sample[winner[~certain]]] = False
    winner = winner[known[sample[winner]]]
    return known, (sample[winner], i[winner], j[winner], colour[winner])


def _recoloured(xp, p: Patches, cells) -> Patches | None:
    """p with colour `colour` at each of the locations (sample, i, j) of `cells` (one of p's
    locations each); None if one is not among p's locations."""
    sample, i, j, colour = cells
    oi, oj = to_numpy(p.oi), to_numpy(p.oj)
    H, W = canvas_shape(p)
    r, c = i - oi[sample], j - oj[sample]
    if ((r < 0) | (r >= H) | (c < 0) | (c >= W)).any():
        return None
    cl = sparse_members(p)
    if cl is None:
        mask, colors = to_numpy(p.mask), to_numpy(p.colors).copy()
        if not mask[sample, r, c].all():
            return None
        colors[sample, r, c] = colour
        return replace(p, colors=xp.asarray(colors))
    keys = (to_numpy(cl.item) * H + to_numpy(cl.r)) * W + to_numpy(cl.c)  # sorted
    want = (sample * H + r) * W + c
    pos = np.clip(np.searchsorted(keys, want), 0, max(0, keys.shape[0] - 1))
    if keys.shape[0] == 0 or (keys[pos] != want).any():
        return None
    painted = to_numpy(cl.colour).copy()
    painted[pos] = colour
    cells = CellList(cl.item, cl.r, cl.c, xp.asarray(painted), cl.start, cl.count)
    return CellPatches(p.err, p.fb, oi=p.oi, oj=p.oj, cells=cells, shape=(H, W))


NEVER_EQUAL: dict[str, tuple[int, int]] = {"remove": (0, 1), "other": (1, 0), "contained": (0, 1)}
"""Primitive -> (value, container) positions of the calls that compare a value with the members
of a container: a clashing union equals no member of a container of Patches (each holds one
colour per location)."""


def _never_equal(xp, name: str, args: list[BValue], result: BValue) -> BValue:
    """result of remove/other/contained whose value is a clashing union, decided on the note's
    samples where the container's members are Patches: the call as for a value equal to none
    of them (an int)."""
    at, box = NEVER_EQUAL[name]
    note, container = clash_note(args[at]), args[box]
    if note is None or not (isinstance(container, Seq) and isinstance(container.items, Patches)):
        return result
    want = note[0] & result.fb & ~(container.err | container.fb)
    if not bool(want.any()):
        return result
    from .closures import apply_rule, select  # closures.py imports this module

    zeros = xp.zeros(result.size, dtype=bool)
    nothing = Ints(zeros, zeros.copy(), xp.zeros(result.size, dtype=np.int64))
    alt = apply_rule(xp, name, [nothing if k == at else a for k, a in enumerate(args)], result.size)
    cond = Ints(zeros, zeros.copy(), want.astype(np.int64), True)
    chosen = select(xp, cond, alt, result, result.size)
    return result if chosen is None else chosen


def settle(xp, name: str, args: list[BValue], result: BValue) -> BValue:
    """result of `size`, `numcolors` or `palette` of a clashing union (args: as the call got
    them, before `rescue`), decided where the only fallback is the clash; the image of one of
    CLASH_MAPS flagged again on the note's samples, with the note where the map itself added no
    failure; remove/other/contained of one (`NEVER_EQUAL`). Other calls: result unchanged."""
    if name in NEVER_EQUAL and len(args) == 2:
        return _never_equal(xp, name, args, result)
    note = clash_note(args[0]) if args else None
    if note is None or len(args) != PRIMITIVES[name].arity:
        return result
    where, census, _, _ = note
    if name in CLASH_MAPS:
        clean = where & ~(result.err | result.fb)
        out = result.with_flags(result.err, result.fb | (where & ~result.err))
        offset = as_vecs(xp, args[1]) if name == "shift" else None
        members = note[3]
        if name == "shift" and offset is None:
            members = None  # the image's cells are not known without the offset
        elif members is not None:
            offset = None if offset is None else to_numpy(offset.v)
            members = mapped_members(name, members, offset)
        return mark_clash(out, clean, census, None, members)
    if name not in ("size", "numcolors", "palette") or not isinstance(result, Ints | Seq):
        return result
    want = to_numpy(where) & to_numpy(result.fb)
    if not want.any():
        return result
    sizes, colours, in_range = census(want)
    want &= in_range | (name == "size")  # a colour past 0..9: the reference decides
    decided = xp.asarray(want)
    if name == "size":
        value = xp.where(decided, xp.asarray(sizes), result.v)
        return Ints(result.err & ~decided, result.fb & ~decided, value)
    present = xp.asarray(colours)
    if name == "numcolors":
        value = xp.where(decided, present.sum(axis=1), result.v)
        return Ints(result.err & ~decided, result.fb & ~decided, value)
    if not (isinstance(result.items, Ints) and result.k == COLOURS and result.frozen):
        return result
    from .objects import colour_set, order_free_rank  # objects.py imports this module

    fresh = colour_set(xp, present, *order_free_rank(xp, present))
    b = result.size
    items = xp.where(
        decided[:, None], fresh.items.v.reshape(b, COLOURS), result.items.v.reshape(b, COLOURS)
    )
    ordered = fresh.ordered if result.ordered is None else result.ordered
    return Seq(
        result.err & ~decided,
        result.fb & ~decided,
        replace(result.items, v=items.reshape(-1)),
        xp.where(decided, fresh.n, result.n),
        COLOURS,
        True,
        xp.where(decided, fresh.ordered, ordered),
    )
