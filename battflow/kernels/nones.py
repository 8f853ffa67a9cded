"""`None` as an argument: what `index` gives outside the grid, or a batt default.

A batched `None` is the constant `Consts(None)`. Most primitives have no rule for it, so a call
on it would fall back; but for most of them the reference raises whatever the other arguments
are (`len(None)`, `None - 1`, iterating `None`, ...), and for a few it simply matches nothing:

- `RAISE_ON_NONE`: primitive -> the argument positions where `None` makes the call raise,
  whatever the other arguments hold (`closures.apply_rule` decides those calls as errors; a test
  checks every entry against the reference on a pool of values of every kind);
- `ofcolor`, `replace` and `colorcount` with the colour `None` compare every cell with it and
  find none equal: they run their rule with a colour no cell can have;
- `canvas(None, (h, w))` with h, w > 0 is rows of None cells: no grid. Its value is fb there with
  a note (`not_grid_at`, kept under the flags like the clash note): a statement holding it is not
  a failing line, and as a program's output it is `not_grid`; every rule that reads it falls
  back. (With h or w <= 0 it is a grid of no cells, decided as any canvas.)
- `fill` and `underfill` with the colour `None` give the grid itself where they write no cell,
  and rows holding a None cell, noted the same way, where they write one; so do `replace` with
  the replacer `None`, and `switch` with one colour `None` (it swaps the other colour's cells
  for None; with both None it changes nothing); `replace` and `switch` of rows of None with int
  colours are rows of None again, and `equality` of rows of None with a value free of None is
  False.
"""

from __future__ import annotations

import numpy as np

from battflow.dsl.registry import PRIMITIVES

from .bigcanvas import cells_within
from .values import BValue, Consts, Grids, Ints, Patches, Vecs, as_vecs, held_note, mark_note

RAISE_ON_NONE: dict[str, tuple[int, ...]] = {
    "add": (0, 1), "adjacent": (0, 1), "apply": (1,), "argmax": (0,), "argmin": (0,),
    "asindices": (0,), "asobject": (0,), "backdrop": (0,), "bordering": (0,),
    "bottomhalf": (0,), "box": (0,), "canvas": (1,), "cellwise": (0,), "center": (0,),
    "centerofmass": (0,), "cmirror": (0,), "color": (0,), "colorcount": (0,),
    "colorfilter": (0,), "combine": (0, 1), "compress": (0,), "connect": (0, 1),
    "contained": (1,), "corners": (0,), "cover": (0, 1), "crement": (0,), "crop": (0, 1, 2),
    "decrement": (0,), "dedupe": (0,), "delta": (0,), "difference": (0,), "divide": (0, 1),
    "dmirror": (0,), "dneighbors": (0,), "double": (0,), "downscale": (0, 1), "even": (0,),
    "extract": (0, 1), "fgpartition": (0,), "fill": (0, 2), "first": (0,), "frontiers": (0,),
    "gravitate": (0, 1), "greater": (0, 1), "halve": (0,), "hconcat": (0, 1), "height": (0,),
    "hfrontier": (0,), "hline": (0,), "hmatching": (0, 1), "hmirror": (0,), "hperiod": (0,),
    "hsplit": (0, 1), "hupscale": (0,), "inbox": (0,), "increment": (0,), "index": (0, 1),
    "ineighbors": (0,), "insert": (1,), "intersection": (0, 1), "interval": (0, 1, 2),
    "invert": (0,), "last": (0,), "leastcolor": (0,), "leastcommon": (0,), "lefthalf": (0,),
    "leftmost": (0,), "llcorner": (0,), "lowermost": (0,), "lrcorner": (0,),
    "manhattan": (0, 1), "mapply": (1,), "maximum": (0,), "merge": (0,), "mfilter": (0,),
    "minimum": (0,), "mostcolor": (0,), "mostcommon": (0,), "move": (0, 1), "mpapply": (1, 2),
    "multiply": (0, 1), "neighbors": (0,), "normalize": (0,), "numcolors": (0,),
    "objects": (0,), "occurrences": (0, 1), "ofcolor": (0,), "order": (0,), "other": (0,),
    "outbox": (0,), "paint": (0, 1), "pair": (0, 1), "palette": (0,), "papply": (1, 2),
    "partition": (0,), "portrait": (0,), "position": (0, 1), "positive": (0,),
    "prapply": (2,), "product": (1,), "recolor": (1,), "remove": (1,), "repeat": (1,),
    "replace": (0,), "righthalf": (0,), "rightmost": (0,), "rot180": (0,), "rot270": (0,),
    "rot90": (0,), "sfilter": (0,), "shape": (0,), "shift": (0,), "shoot": (0, 1),
    "sign": (0,), "size": (0,), "sizefilter": (0,), "square": (0,), "subgrid": (0, 1),
    "subtract": (0, 1), "switch": (0,), "toindices": (0,), "toobject": (0, 1),
    "tophalf": (0,), "totuple": (0,), "trim": (0,), "ulcorner": (0,), "underfill": (0, 2),
    "underpaint": (0, 1), "uppermost": (0,), "upscale": (0,), "urcorner": (0,),
    "valmax": (0, 1), "valmin": (0, 1), "vconcat": (0, 1), "vfrontier": (0,), "vline": (0,),
    "vmatching": (0, 1), "vmirror": (0,), "vperiod": (0,), "vsplit": (0, 1),
    "vupscale": (0,), "width": (0,),
}  # fmt: skip
"""Primitive -> argument positions where `None` makes the reference raise, whatever the other
arguments are. (The closure builders are left out: battflow builds their functions itself.)"""

MATCHES_NOTHING = {"ofcolor": 1, "replace": 1, "colorcount": 1}
"""Primitive -> the colour argument that, as `None`, equals no cell."""
NO_COLOUR = 2**20
"""A colour no cell of a batched grid or object has (cells are int16)."""


def is_none(value: BValue) -> bool:
    """A constant None (where its samples hold: `unsupported` is a None that falls back)."""
    return isinstance(value, Consts) and value.value is None


def raises_on_none(xp, name: str, args: list[BValue]):
    """bool [B]: where `name` raises on these arguments whatever else they hold (a `None` at a
    position of RAISE_ON_NONE, in the samples where that None holds: a constant None, or a
    value noted None there by `mark_none`), or None."""
    raising = None
    for at in RAISE_ON_NONE.get(name, ()):
        if at >= len(args):
            continue
        holds = ~args[at].fb if is_none(args[at]) else none_at(args[at])
        if holds is not None:
            raising = holds if raising is None else raising | holds
    return raising


def mark_none(value: BValue, where) -> BValue:
    """value, noting that where (bool [B], within value.fb) it is None: a batt default None
    caught beside values of another form (`batched.ChunkEvaluator`), which no batched value
    holds sample by sample. Read by `raises_on_none`; a statement holding it is not a failing
    line, and as a program's output it is `not_grid`. Every other reader falls back there."""
    return mark_note(value, "_none", where)


def none_at(value: BValue):
    """bool [B] of value's None note if it still holds (made under the current flags), or
    None."""
    return held_note(value, "_none")


def _as_colour(xp, none: Consts, b: int, colour: int) -> Ints:
    """The colour `colour` in every sample, with the flags of the None it stands in for."""
    return Ints(none.err, none.fb, xp.full(b, colour, dtype=np.int64))


def mark_not_grid(value: BValue, where) -> BValue:
    """value, noting that where (bool [B], within value.fb) it is a tuple of equal rows with a
    None cell (no grid)."""
    return mark_note(value, "_not_grid", where)


def not_grid_at(value: BValue):
    """bool [B] of value's note if it still holds (made under the current flags), or None."""
    return held_note(value, "_not_grid")


def _free_of_none(xp, value: BValue):
    """bool [B]: value holds (no err, no fb) and is of a kind that never holds None (a grid,
    an int, a pair, a patch, or the constant None or an int itself)."""
    plain = isinstance(value, Grids | Ints | Vecs | Patches) or (
        isinstance(value, Consts) and (value.value is None or type(value.value) in (int, bool))
    )
    if not plain:
        return xp.zeros(value.size, dtype=bool)
    return ~(value.err | value.fb)


def unequal_to_rows_of_none(xp, name: str, args: list[BValue], result: BValue) -> BValue:
    """`equality` (its result after the flags are merged) where one argument is rows of None
    (`not_grid_at`) and the other a value free of None: False, whatever the rows hold."""
    if name != "equality" or len(args) != 2 or not isinstance(result, Ints):
        return result
    a, c = args
    na, nc = not_grid_at(a), not_grid_at(c)
    if na is None and nc is None:
        return result
    zeros = xp.zeros(result.size, dtype=bool)
    na, nc = zeros if na is None else na, zeros if nc is None else nc
    unequal = (na & _free_of_none(xp, c)) | (nc & _free_of_none(xp, a))
    if not bool(unequal.any()):
        return result
    v = xp.where(unequal, 0, result.v)
    return Ints(result.err & ~unequal, result.fb & ~unequal, v, result.boolean)


def _canvas_of_none(base):
    def apply(xp, args, b):
        none, dims = args[0], as_vecs(xp, args[1])
        if not is_none(none) or dims is None:
            return base(xp, args, b)
        out = base(xp, [_as_colour(xp, none, b, 0), args[1]], b)  # the shape, as for any colour
        if out is None:
            return None
        rows, cols = dims.v[:, 0], dims.v[:, 1]
        cells = (rows > 0) & (cols > 0)
        small = cells & cells_within(xp, rows, cols)  # past the size cap: the reference decides
        holds = ~(none.err | none.fb | dims.err | dims.fb | out.err)
        return mark_not_grid(out.with_flags(out.err, out.fb | cells), small & holds)

    return apply


def _fill_of_none(base):
    """fill/underfill with the colour None: a grid where no cell is written (the grid itself), a
    tuple of rows holding a None cell where one is (fb, noted `not_grid`)."""

    def apply(xp, args, b):
        if len(args) != 3 or not is_none(args[1]):
            return base(xp, args, b)
        return _none_written(xp, lambda c: base(xp, [args[0], c, args[2]], b), args[1], b)

    return apply


def _none_written(xp, write, none: Consts, b: int):
    """A grid rule writing the colour None: `write(colour)` (the rule with that colour in
    None's place) run with two colours; where they differ a cell became None (rows holding a
    None cell: fb, noted `not_grid`), elsewhere the result is the grid as written."""
    outs = [write(_as_colour(xp, none, b, c)) for c in (0, 1)]
    if outs[0] is None or outs[1] is None or not isinstance(outs[0], Grids):
        return None
    out, other = outs
    cells = (out.cells != other.cells).any(axis=(1, 2))  # a cell that becomes None
    holds = ~(out.err | out.fb | other.fb)
    return mark_not_grid(out.with_flags(out.err, out.fb | cells), cells & holds)


def _replace_by_none(base):
    def apply(xp, args, b):
        if len(args) != 3 or not is_none(args[2]):
            return _rows_of_none_stay(base(xp, args, b), args)
        return _none_written(xp, lambda c: base(xp, [args[0], args[1], c], b), args[2], b)

    return apply


def _rows_of_none_stay(out, args):
    """replace/switch with int colours on a grid noted as rows of None: a None cell equals no
    int, so it stays None and the result is rows of None there too (noted the same way)."""
    held = not_grid_at(args[0])
    if out is None or held is None or not isinstance(out, Grids):
        return out
    return mark_not_grid(out.with_flags(out.err, out.fb | held), held & ~out.err)


def _switch_of_none(base, replace):
    """switch(g, a, b) with a or b None: `{a: b, b: a}[v]` turns the cells equal to the other
    colour into None (replace(g, other, None)); no cell equals None, so with both None every
    cell stays."""

    def apply(xp, args, b):
        if len(args) != 3 or not (is_none(args[1]) or is_none(args[2])):
            return _rows_of_none_stay(base(xp, args, b), args)
        if is_none(args[1]) and is_none(args[2]):
            stays = [args[0], _as_colour(xp, args[1], b, NO_COLOUR), _as_colour(xp, args[2], b, 0)]
            return replace(xp, stays, b)
        none, other = (args[1], args[2]) if is_none(args[1]) else (args[2], args[1])
        return _none_written(xp, lambda c: replace(xp, [args[0], other, c], b), none, b)

    return apply


def _matching_nothing(base, at: int):
    def apply(xp, args, b):
        if at < len(args) and is_none(args[at]):
            args = [*args[:at], _as_colour(xp, args[at], b, NO_COLOUR), *args[at + 1 :]]
        return base(xp, args, b)

    return apply


def extend_rules() -> None:
    """Give ofcolor, replace, colorcount, canvas, fill, underfill and switch their `None` colour
    (called by `load_rules`)."""
    for name, at in MATCHES_NOTHING.items():
        PRIMITIVES[name].batched = _matching_nothing(PRIMITIVES[name].batched, at)
    PRIMITIVES["canvas"].batched = _canvas_of_none(PRIMITIVES["canvas"].batched)
    for name in ("fill", "underfill"):
        PRIMITIVES[name].batched = _fill_of_none(PRIMITIVES[name].batched)
    replace = PRIMITIVES["replace"].batched
    PRIMITIVES["replace"].batched = _replace_by_none(replace)
    PRIMITIVES["switch"].batched = _switch_of_none(PRIMITIVES["switch"].batched, replace)
