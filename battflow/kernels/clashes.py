"""Unions of objects where two colours meet at one location ("clashing" unions).

`merge` of a frozenset of objects (and `mapply`, which merges) can hold two cells at one
location, say (1, (0, 0)) and (2, (0, 0)). A Patches value has one colour per location, so such a
sample falls back. Some readers do not need the colours, though:

- Readers of locations only (`fill`, `width`, `ulcorner`, `backdrop`, `manhattan`, ...; the
  table `LOCATION_READERS`) give the same result for an object and for its set of locations.
  Where a clash is the only reason a sample falls back, the union's mask is exactly that set.
- `size` counts the union's distinct cells (`union_sizes`).

- `paint` and `underpaint` write in-grid cells only: a sample whose clashing locations all lie
  off the grid reads no clashing cell.

A clashing union carries a note (`mark_clash`) under its flags; `rescue` hands those readers the
argument with the note's samples decided, `settle` decides `size`. Everything else still falls
back there, `paint` on a clash inside the grid among them: the colour it leaves at a clashing
location is the one met last in the set's iteration order. (Replaying that order was tried:
the host work cost the batched pass more than the reference spends on those pairs.)
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .bigcanvas import big_note
from .seqs import valid_slots
from .values import BValue, Grids, Ints, Seq, held_note, mark_note, patch_members, to_numpy

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
}
"""Primitive -> argument positions it reads only as a set of locations: for every object the
reference gives the same result as for `toindices` of it (checked in the tests)."""


def mark_clash(value: BValue, where, sizes, at=None) -> BValue:
    """value (an Object union, fb where two colours meet at one location), noting that where
    (bool [B], within value.fb) that clash is the only reason it falls back: its mask is exact
    there. sizes(want) gives the number of distinct cells (host int64 [B]) of the samples in
    want (host bool [B]); `at`, when known, the clashing locations (item, i, j int64 [N]). The
    note holds only under these very flags (`merge_flags` carries it where the inputs add
    none)."""
    return mark_note(value, "_clash", (where, sizes, at))


def clash_note(value: BValue):
    """(where, sizes, at) of value's note if it still holds (made under the current flags)."""
    return held_note(value, "_clash")


def union_sizes(xp, seq: Seq, want) -> np.ndarray:
    """int64 [B]: the number of distinct cells of merge(seq) (a frozenset of objects) for the
    samples in want (host bool [B]; 0 elsewhere)."""
    b, k = seq.size, seq.k
    live = valid_slots(xp, seq.n, k) & xp.asarray(want)[:, None]
    item, i, j, colour = (to_numpy(a) for a in patch_members(xp, seq.items, live.reshape(-1)))
    cells = np.unique(np.stack([item // k, i, j, colour], axis=1), axis=0)
    return np.bincount(cells[:, 0], minlength=b)


def rescue(xp, name: str, args: list[BValue]) -> list[BValue]:
    """args, where `name` reads an argument as a set of locations only: a clashing union there
    with the note's samples unflagged. The rescued argument carries no member order (its readers
    fall back as for any patch whose order is not tracked). `paint` and `underpaint` get the
    samples whose clashing locations all lie outside the grid (never written, so the colour
    left there does not matter)."""
    if name in ("paint", "underpaint") and len(args) == 2:
        return _off_grid(xp, args)
    out = None
    for at in LOCATION_READERS.get(name, ()):
        note = clash_note(args[at]) if at < len(args) else None
        if note is None:
            continue
        p = args[at]
        out = list(args) if out is None else out
        out[at] = replace(p, fb=p.fb & ~note[0])  # a new value: no order, memo or note
    return args if out is None else out


def _off_grid(xp, args: list[BValue]) -> list[BValue]:
    g, p = args
    note = clash_note(p)
    if note is None or note[2] is None or not isinstance(g, Grids) or g.ragged is not None:
        return args
    where, _, (item, i, j) = note
    h, w = g.h, g.w
    big = big_note(g)
    if big is not None:  # a grid past the canvas: its own shape, not the canvas's
        h, w = xp.where(big.where, big.h, h), xp.where(big.where, big.w, w)
    inside = (i >= 0) & (i < h[item]) & (j >= 0) & (j < w[item])
    written = xp.zeros(p.size, dtype=bool)
    written[item[inside]] = True
    decided = where & ~written
    if not bool(decided.any()):
        return args
    return [g, replace(p, fb=p.fb & ~decided)]


def settle(xp, name: str, args: list[BValue], result: BValue) -> BValue:
    """result of `size` of a clashing union, decided where the only fallback is the clash: the
    number of its distinct cells. Other calls: result unchanged."""
    if name != "size" or len(args) != 1 or not isinstance(result, Ints):
        return result
    note = clash_note(args[0])
    if note is None:
        return result
    where, sizes, _ = note
    where_h = to_numpy(where) & to_numpy(result.fb)
    if not where_h.any():
        return result
    decided = xp.asarray(where_h)
    value = xp.asarray(sizes(where_h))
    return Ints(result.err & ~decided, result.fb & ~decided, xp.where(decided, value, result.v))
