"""Grids larger than the batched canvas, kept as a background colour and the cells painted on it.

`canvas(value, (h, w))` with a side past MAX_CANVAS has no [B, H, W] form: the Grids value
falls back (fb) there. Programs such as ARC's "a square five times the colour count" build one
and only paint on it, so the grid is a background plus a few thousand cells: a `BigCanvas` note
under the flags of the Grids value holds exactly that for the samples it covers (`where`), and

- `canvas` makes it; `paint`, `underpaint`, `fill` and `underfill` on such a grid keep it (the
  painted cells replace earlier ones at their locations; the `under` forms only where the
  background is the strict majority, so it is `mostcolor`);
- a statement whose value is a noted grid does not end its program's batched run there (like a
  clashing union: later statements decide whether it matters; every other rule sees fb);
- as a program's output it is scored from the note (`score_big`): its digest from the
  background's sum and the painted cells (`digest.digest_painted`), its palette from both; its
  shape is never the expected one (expected grids fit the canvas).

The note holds only under the flags it was made with (`big_note` checks their identity), and
`closures.merge_flags` carries it where the other inputs add no failure. Grids past
BIG_CELLS cells are left to the reference (whose size cap makes them `too_big`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from battflow.digest import digest_painted
from battflow.dsl.registry import PRIMITIVES

from .grids import MAX_CANVAS
from .values import (
    BValue,
    Grids,
    as_ints,
    as_vecs,
    held_note,
    mark_note,
    patch_members,
    to_numpy,
)

BIG_CELLS = 2**22
"""Largest noted grid (h * w): the reference executor's size cap (`execute/size_cap.py`)."""
BIG_MEMBERS = 2**22
"""Most painted cells a batch of noted grids may hold; samples past it fall back."""
_POS_BITS = 23  # a location's key is item << _POS_BITS | (i * w + j): i * w + j < BIG_CELLS


@dataclass
class BigCanvas:
    """Samples `where` (bool [B]) of a Grids value, each an h x w grid (int64 [B], h, w >= 1,
    h * w <= BIG_CELLS) of colour `bg` (int64 [B]) except for the painted cells: `item`, `pos`
    (i * w + j), `colour`, int64 [N] each, sorted by (item, pos), one per location. Arrays of
    the value's namespace; fields of samples outside `where` mean nothing."""

    where: Any
    bg: Any
    h: Any
    w: Any
    item: Any
    pos: Any
    colour: Any


def mark_big(value: BValue, note: BigCanvas) -> BValue:
    """value, noting that note.where (within value.fb) is described exactly by `note`."""
    return mark_note(value, "_big", note)


def big_note(value: BValue) -> BigCanvas | None:
    """value's note if it still holds (made under the current flags)."""
    return held_note(value, "_big")


def big_where(value: BValue):
    """bool [B] (value's namespace): the samples a note describes, or None."""
    note = big_note(value)
    return None if note is None else note.where


def carry_big(out: BValue, result: BValue, err, fb, blame) -> None:
    """Carry result's note to out (result with merged flags err/fb) where `blame` (bool [B]:
    failures of the other inputs) adds nothing."""
    note = big_note(result)
    if note is not None:
        mark_big(out, replace(note, where=note.where & ~blame & ~err & fb))


def cells_within(xp, rows, cols):
    """bool [B]: a rows x cols grid (sides >= 1) has at most BIG_CELLS cells, the reference's
    size cap (computed without int64 overflow)."""
    cap = BIG_CELLS
    return (rows <= cap) & (cols <= cap) & (rows * xp.minimum(cols, cap) <= cap)


def input_failures(xp, inputs: list[BValue], noted=big_where):
    """bool [B]: where any input fails for a reason other than a note it carries (`noted`:
    value -> the samples its note describes, or None)."""
    blame = None
    for value in inputs:
        dead = value.err | value.fb
        where = noted(value)
        if where is not None:
            dead = value.err | (value.fb & ~where)
        blame = dead if blame is None else blame | dead
    return blame


# -- making and painting -------------------------------------------------------------------------
def _canvas(base):
    def apply(xp, args, b):
        out = base(xp, args, b)
        value, dims = as_ints(xp, args[0]), as_vecs(xp, args[1])
        if out is None or value is None or dims is None or not bool(out.fb.any()):
            return out
        rows, cols = dims.v[:, 0], dims.v[:, 1]
        big = (rows > MAX_CANVAS) | (cols > MAX_CANVAS)
        fits = (rows >= 1) & (cols >= 1) & cells_within(xp, rows, cols)
        where = out.fb & ~out.err & big & fits & ~(value.err | value.fb | dims.err | dims.fb)
        if not bool(where.any()):
            return out
        none = xp.zeros(0, dtype=np.int64)
        note = BigCanvas(where, value.v.astype(np.int64), rows, cols, none, none, none)
        return mark_big(out, note)

    return apply


def _painter(base, name: str):
    """paint / underpaint (obj at 1) and fill / underfill (colour at 1, patch at 2) on a noted
    grid: the note with the cells written."""
    under = name.startswith("under")

    def apply(xp, args, b):
        out = base(xp, args, b)
        note = big_note(args[0])
        if out is None or note is None:
            return out
        members = _members(xp, name, args, note.where, b)
        if members is None:
            return out
        live, item, i, j, colour = members
        where = note.where & live
        inside = (i >= 0) & (i < note.h[item]) & (j >= 0) & (j < note.w[item])
        item, colour = item[inside], colour[inside]
        pos = i[inside] * note.w[item] + j[inside]
        if under:
            where = where & _bg_is_most(xp, note, b)
        keep = where[item]
        if under:
            keep = keep & (_colour_at(xp, note, item, pos) == note.bg[item])
        item, pos, colour = item[keep], pos[keep], colour[keep]
        painted = _overwritten(xp, note, where, item, pos, colour)
        if painted is None:
            return out
        return mark_big(out, painted)

    return apply


def _members(xp, name: str, args, where, b):
    """(live bool [B], item, i, j, colour int64 [N]): the cells written by paint-like `name`
    in the samples of `where` whose other arguments hold exactly; None if it has no such
    form here."""
    from .objects import as_object
    from .patches import fill_target
    from .values import CellTuple

    if name.endswith("paint"):
        if name == "underpaint" and isinstance(args[1], CellTuple):
            return None  # over a tuple of cells the first cell wins: not handled here
        p, not_object = as_object(xp, args[1])
        if p is None:
            return None
        live = where & ~(args[1].err | args[1].fb | p.err | p.fb | not_object)
        item, i, j, colour = patch_members(xp, p, live)
        if colour is None:
            return None
        return live, item, i, j, colour.astype(np.int64)
    colour, (p, bad) = as_ints(xp, args[1]), fill_target(xp, args[2])
    if colour is None or p is None:
        return None
    dead = args[1].err | args[1].fb | args[2].err | args[2].fb | p.err | p.fb | bad
    live = where & ~(dead | colour.err | colour.fb)
    item, i, j, _ = patch_members(xp, p, live)
    return live, item, i, j, colour.v[item]


def _keys(item, pos):
    return (item << _POS_BITS) | pos


def _colour_at(xp, note: BigCanvas, item, pos):
    """int64 [N]: the colour of the noted grids at (item, pos)."""
    keys = _keys(note.item, note.pos)
    if keys.shape[0] == 0:
        return note.bg[item]
    want = _keys(item, pos)
    at = xp.clip(xp.searchsorted(keys, want), 0, keys.shape[0] - 1)
    found = keys[at] == want
    return xp.where(found, note.colour[at], note.bg[item])


def _bg_is_most(xp, note: BigCanvas, b: int):
    """bool [B]: the background holds more than half of the grid's cells (so it is mostcolor,
    with no tie)."""
    other = note.colour != note.bg[note.item]
    changed = xp.bincount(note.item[other], minlength=b)[:b]
    area = note.h * note.w
    return 2 * (area - changed) > area


def _overwritten(xp, note: BigCanvas, where, item, pos, colour) -> BigCanvas | None:
    """The note over `where`, with (item, pos, colour) written over its cells (new cells win;
    the new cells are one per location)."""
    keep = where[note.item]
    all_item = xp.concatenate([note.item[keep], item])
    all_pos = xp.concatenate([note.pos[keep], pos])
    all_colour = xp.concatenate([note.colour[keep], colour])
    if all_item.shape[0] > BIG_MEMBERS:
        return None
    keys = _keys(all_item, all_pos)
    order = xp.argsort(keys, kind="stable")  # at a location the old cell comes first
    keys = keys[order]
    last = xp.ones(keys.shape[0], dtype=bool)
    last[:-1] = keys[1:] != keys[:-1]
    order = order[last]
    return BigCanvas(
        where, note.bg, note.h, note.w, all_item[order], all_pos[order], all_colour[order]
    )


# -- scoring -------------------------------------------------------------------------------------
def score_big(note: BigCanvas, todo, expected: Grids, e_present, e_odd):
    """(decided, digest, counts) for the samples of `todo` (host bool [B]) that note describes:
    decided bool [B], digest uint64 [B], counts int32 [B, 5] (`execute.scores.COUNTS`), host
    arrays. e_present/e_odd: `palette_bits` of the expected grids (host). A pair whose
    expected grid has the output's shape or a colour outside 0..9 is left undecided."""
    where = to_numpy(note.where) & todo & ~np.asarray(e_odd)
    bg, h, w = (to_numpy(a) for a in (note.bg, note.h, note.w))
    e_h, e_w = to_numpy(expected.h).astype(np.int64), to_numpy(expected.w).astype(np.int64)
    where &= ~((h == e_h) & (w == e_w))
    b = where.shape[0]
    digest = np.zeros(b, np.uint64)
    counts = np.zeros((b, 5), np.int32)
    item, pos, colour = (to_numpy(a) for a in (note.item, note.pos, note.colour))
    start = np.searchsorted(item, np.arange(b + 1))
    for s in np.nonzero(where)[0]:
        cells = slice(start[s], start[s + 1])
        painted = colour[cells]
        digest[s] = digest_painted(int(h[s]), int(w[s]), int(bg[s]), pos[cells], painted)
        colours = set(np.unique(painted).tolist())
        if int(np.count_nonzero(painted != bg[s])) < int(h[s]) * int(w[s]):
            colours.add(int(bg[s]))
        wanted = set(np.nonzero(np.asarray(e_present[s]))[0].tolist())
        common = len(colours & wanted)
        counts[s] = (0, -1, int(e_h[s] * e_w[s]), common, len(colours | wanted))
    return where, digest, counts


def extend_rules() -> None:
    """Wrap canvas and the four paint-like rules (called by `load_rules` once registered)."""
    PRIMITIVES["canvas"].batched = _canvas(PRIMITIVES["canvas"].batched)
    for name in ("paint", "underpaint", "fill", "underfill"):
        PRIMITIVES[name].batched = _painter(PRIMITIVES[name].batched, name)
