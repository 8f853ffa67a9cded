"""Function values on the batched path: primitives and combinator closures as trees.

`rbind`, `lbind`, `compose`, `chain`, `fork`, `matcher` and `power` (with a constant n) build
`Func` trees at run time of the DAG (one tree for the whole chunk, leaves batched); `branch` between
two functions builds a per-sample selection. Calling a tree applies the batched rules of its leaves.
Arity follows the reference exactly: rbind/lbind read the declared parameter count of what they
bind (a primitive's, or 1 for compose/chain/fork/matcher/power closures).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from battflow.dsl.registry import PRIMITIVES

from .bigcanvas import big_note, big_where, carry_big, input_failures
from .clashes import clash_note, clash_read, mark_clash, rescue, settle
from .folding import fold_constants
from .linesets import carry_runs, runs_note, runs_read, runs_where
from .nones import mark_not_grid, none_at, not_grid_at, raises_on_none, unequal_to_rows_of_none
from .patches import (
    align,
    as_patches,
    empty_tuples_as_no_locations,
    place_colors,
    place_values,
)
from .seqs import as_seq, clean, concat_values, empty_like, repeat_value, take_value, widen
from .values import (
    EMPTY_TUPLE,
    PAD,
    SET_OF_EMPTY_TUPLE,
    BValue,
    CellTuple,
    Consts,
    Func,
    Grids,
    Ints,
    Patches,
    Seq,
    Vecs,
    as_ints,
    as_vecs,
    canvas_shape,
    cell_order,
    empty_tuple_at,
    is_object,
    mark_empty_tuple,
    noted_kind,
    pad_to,
    patch_empty,
    raises,
    row_widths,
    sparse_members,
    to_numpy,
    union_flags,
    unsupported,
    with_order,
)


def declared_arity(func: Func) -> int | None:
    """`__code__.co_argcount` of the reference function the tree stands for."""
    kind = func.tree[0]
    if kind == "prim":
        return PRIMITIVES[func.tree[1]].arity
    if kind in ("compose", "chain", "fork", "matcher", "power"):
        return 1
    if kind in ("rbind", "lbind"):
        n = declared_arity(func.tree[1])
        if n is None:
            return None
        return {2: 1, 3: 2}.get(n, 3)
    return None  # a per-sample selection: arity may differ by sample


def merge_flags(
    xp, result: BValue, *inputs: BValue, routes: bool = False, raised=None, cleared=None
) -> BValue:
    """`result` with the flags of its inputs: a sample whose input failed (err) is decided by that
    failure, so the result's own fallback flag there is dropped; an input's fb is kept. A ragged
    input cannot be consumed (fb), unless the primitive `routes` it (see RAGGED_AWARE).
    `raised` (bool [B]): samples where the call raises whatever its inputs hold (an error, even
    where an input falls back). `cleared`: samples where the only fallback is a () input that
    the call never reads (the result is exact there)."""
    up_err, up_fb = union_flags(xp, *inputs) if inputs else (result.err, result.fb)
    poison = None
    if not routes:
        for value in inputs:
            if isinstance(value, Grids) and value.ragged is not None:
                poison = value.ragged if poison is None else poison | value.ragged
    if poison is not None:
        up_fb = up_fb | poison
    err = up_err | result.err
    fb = up_fb | (result.fb & ~up_err)
    if raised is not None:
        err, fb = err | raised, fb & ~raised
    if cleared is not None:
        fb = fb & ~cleared
    out = result.with_flags(err, fb)
    clash = clash_note(result)
    if clash is not None:  # still a clash alone where the inputs add nothing
        mark_clash(out, clash[0] & ~up_fb & ~up_err & fb, *clash[1:])
    not_grid = not_grid_at(result)
    if not_grid is not None:  # rows of None, where the inputs add nothing but rows of None
        known = up_fb
        for value in inputs:
            held = not_grid_at(value)
            if held is not None:  # an input that is rows of None is known there, not failing
                known = known & ~held
        mark_not_grid(out, not_grid & ~known & ~up_err & fb)
    if big_note(result) is not None:  # a grid past the canvas, where the inputs add nothing
        carry_big(out, result, err, fb, input_failures(xp, list(inputs)))
    if runs_note(result) is not None:  # a set of runs, where the inputs add nothing
        carry_runs(xp, out, result, err, fb, list(inputs))
    empty = empty_tuple_at(result, None)
    if empty is not None:  # still () or {()} where the inputs add nothing
        mark_empty_tuple(out, empty & ~up_fb & ~up_err, noted_kind(result))
    elif isinstance(result, Func):  # a function that only binds a known ()
        bound = _bound_empty(result, inputs, poison)
        if bound is not None:
            mark_empty_tuple(out, bound & ~err)
    return out


def _noted_empty(values, kind: str | None = EMPTY_TUPLE):
    """bool [B]: where any of values is a noted () (`empty_tuple_at`; {()} with kind
    SET_OF_EMPTY_TUPLE, either with None), or None where none is."""
    noted = None
    for value in values:
        empty = empty_tuple_at(value, kind)
        if empty is not None:
            noted = empty if noted is None else noted | empty
    return noted


def _bound_empty(func: Func, inputs, poison):
    """bool [B]: where func falls back only because an input bound into it is a known (); None
    where no input is one. Calling it still falls back there, unless the () raises. (A function
    value's own flags are its parts' flags, so only the inputs are read.)"""
    noted = _noted_empty(inputs)
    if noted is None:
        return None
    other = func.fb & False if poison is None else poison
    for value in inputs:
        empty = empty_tuple_at(value)
        other = other | (value.fb if empty is None else value.fb & ~empty)
    return noted & ~other


RAGGED_AWARE = frozenset(
    {"identity", "branch", "height", "width", "shape", "size", "portrait", "square"}
    | {"vmirror", "hmirror", "rot180", "rot90", "rot270", "dmirror", "cmirror", "vupscale"}
    | {"vconcat", "palette", "replace", "switch", "crop", "hsplit", "vsplit", "hupscale"}
    | {"upscale", "lefthalf", "righthalf", "tophalf", "bottomhalf", "hconcat"}
    | {"first", "last", "totuple", "dedupe", "remove", "other", "contained", "difference"}
    | {"combine", "merge", "sizefilter", "maximum", "minimum", "mostcommon", "leastcommon"}
    | {"repeat", "initset", "insert", "pair", "product", "apply", "mapply", "sfilter"}
    | {"mfilter", "extract", "argmax", "argmin", "valmax", "valmin", "order", "papply"}
    | {"mpapply", "prapply", "asobject", "ofcolor", "subgrid", "fill", "paint", "underfill"}
    | {"underpaint", "mostcolor", "leastcolor", "toobject", "equality", "asindices", "cellwise"}
)
"""Primitives exact on a ragged value: they route it, read only len(value) and len(value[0])
(which a ragged Grids keeps), handle row widths (grids.py), or iterate it as its rows (seqs.py)."""


def call(xp, func: BValue, args: list[BValue], b: int) -> BValue:
    """The batched result of calling `func` on `args` (flags of func and args merged in)."""
    if isinstance(func, Func):
        given = args
        if func.tree[0] == "prim":  # readers of locations: clashing unions, () as no locations
            args = rescue(xp, func.tree[1], args)
            args = empty_tuples_as_no_locations(xp, func.tree[1], args)
        result = _call_tree(xp, func, args, b)
        if func.tree[0] == "prim":  # apply_rule has merged the arguments' flags
            settled = settle(xp, func.tree[1], given, merge_flags(xp, result, func))
            return unequal_to_rows_of_none(xp, func.tree[1], given, settled)
    elif isinstance(func, Consts) and callable(func.value):
        result = unsupported(xp, b)
    else:
        result = raises(xp, b)  # calling a non-function raises TypeError
    # A known () or {()} that a call inside raised on (an error there, with no fallback) is
    # consumed.
    raised = _noted_empty([func, *args], None)
    if raised is not None:
        raised = raised & result.err & ~result.fb
    if isinstance(func, Func):  # a closure: its calls inside merged what they read of args
        args = [clash_read(a) for a in args]
    return merge_flags(xp, result, func, *args, routes=True, raised=raised)


def _call_tree(xp, func: Func, args: list[BValue], b: int) -> BValue:
    tree = func.tree
    kind = tree[0]
    if kind == "prim":
        return apply_rule(xp, tree[1], args, b)
    arity = declared_arity(func)
    if kind != "select" and arity != len(args):
        return raises(xp, b)  # TypeError: wrong number of arguments
    if kind == "rbind":  # arity checks happen when the bound function is called
        return call(xp, tree[1], [*args, tree[2]], b)
    if kind == "lbind":
        return call(xp, tree[1], [tree[2], *args], b)
    if kind == "compose":
        return call(xp, tree[1], [call(xp, tree[2], args, b)], b)
    if kind == "chain":
        inner = call(xp, tree[3], args, b)
        return call(xp, tree[1], [call(xp, tree[2], [inner], b)], b)
    if kind == "fork":
        left = call(xp, tree[2], args, b)
        right = call(xp, tree[3], args, b)
        return call(xp, tree[1], [left, right], b)
    if kind == "matcher":
        return apply_rule(xp, "equality", [call(xp, tree[1], args, b), tree[2]], b)
    if kind == "power":
        value = args[0]
        for _ in range(tree[2]):
            value = call(xp, tree[1], [value], b)
        return value
    if kind == "select":
        cond, yes, no = tree[1], tree[2], tree[3]
        chosen = select(xp, cond, call(xp, yes, args, b), call(xp, no, args, b), b)
        return unsupported(xp, b) if chosen is None else chosen
    raise ValueError(f"unknown closure kind {kind!r}")


RAISE_ON_EMPTY_TUPLE = {
    "canvas": (1,),
    "shoot": (0, 1),
    "connect": (0, 1),
    "crop": (1, 2),
    "index": (0, 1),
    "add": (0, 1),
    "subtract": (0, 1),
    "multiply": (0, 1),
    "divide": (0, 1),
    "position": (0, 1),
    "manhattan": (0, 1),
    "adjacent": (0, 1),
    "gravitate": (0, 1),
    "toobject": (1,),
}
_LOCATION_OR_NUMBER = {"dneighbors", "ineighbors", "neighbors", "vfrontier", "hfrontier"}
_LOCATION_OR_NUMBER |= {"increment", "decrement", "double", "halve", "crement", "invert", "sign"}
_LOCATION_OR_NUMBER |= {"positive", "even", "center", "uppermost", "lowermost", "leftmost"}
_LOCATION_OR_NUMBER |= {"rightmost", "inbox", "outbox", "bordering", "square", "first", "last"}
_LOCATION_OR_NUMBER |= {"color"}
RAISE_ON_EMPTY_TUPLE |= {name: (0,) for name in _LOCATION_OR_NUMBER}
"""Argument positions where the reference raises on `()` whatever the other arguments are: it
indexes or unpacks that argument before, or instead of, anything that could return (dsl-spec;
`loc[0]`, `i, j = loc`, `a[0] + b`, `start[0] + 42 * direction[0]`, `min()` of nothing), or
does arithmetic on it. Checked against the reference in the tests."""


_ANY_PATCH = {"toindices", "normalize", "shift", "toobject", "corners", "box", "inbox", "outbox"}
_ANY_PATCH |= {"backdrop", "delta", "center", "centerofmass", "ulcorner", "urcorner", "llcorner"}
_ANY_PATCH |= {"lrcorner", "uppermost", "lowermost", "leftmost", "rightmost", "height", "width"}
_ANY_PATCH |= {"shape", "portrait", "square", "hline", "vline", "bordering", "hmirror", "vmirror"}
_ANY_PATCH |= {"dmirror", "cmirror", "upscale", "color", "palette", "mostcolor", "leastcolor"}
_ANY_PATCH |= {"numcolors", "colorcount", "hperiod", "vperiod", "colorfilter", "dneighbors"}
_ANY_PATCH |= {"ineighbors", "neighbors", "vfrontier", "hfrontier"}
RAISE_ON_SET_OF_EMPTY_TUPLE = {name: (0,) for name in _ANY_PATCH}
RAISE_ON_SET_OF_EMPTY_TUPLE |= {
    "recolor": (1,),
    "fill": (0, 2),
    "underfill": (0, 2),
    "paint": (0, 1),
    "underpaint": (0, 1),
    "cover": (0, 1),
    "move": (0, 1),
    "subgrid": (0, 1),
    "hmatching": (0, 1),
    "vmatching": (0, 1),
    "manhattan": (0, 1),
    "adjacent": (0, 1),
    "position": (0, 1),
    "gravitate": (0, 1),
    "occurrences": (0, 1),
    "shoot": (0, 1),
    "connect": (0, 1),
    "index": (0, 1),
}
"""Argument positions where the reference raises on `{()}` (the corners of an empty patch)
whatever the other arguments are: the patch functions read it with `toindices`, whose Object
test indexes its member `()` (IndexError), or unpack its member as a cell or a location; the
rest index it as a grid or a location. Checked against the reference in the tests."""


RAISE_UNLESS_EMPTY = {"shift": (1, 0), "move": (2, 1)}
"""(offset position, patch position): `di, dj = directions` raises on () unless the patch is
empty, which shift returns as it is (and move then paints nothing)."""


def apply_rule(xp, name: str, args: list[BValue], b: int) -> BValue:
    """A primitive's batched rule on `args`, flags merged; fallback where there is no rule."""
    rule_fn = PRIMITIVES[name].batched
    if len(args) != PRIMITIVES[name].arity:
        return raises(xp, b)
    if name == "equality" and args[0] is args[1]:
        return _equal_to_itself(xp, args[0])
    result = rule_fn(xp, args, b) if rule_fn is not None else None
    if result is None:
        result = fold_constants(xp, name, args, b) or unsupported(xp, b)
    # () reaching a place where it raises: an error, not a fallback
    raising = _noted_empty([args[k] for k in RAISE_ON_EMPTY_TUPLE.get(name, ())])
    set_args = [args[k] for k in RAISE_ON_SET_OF_EMPTY_TUPLE.get(name, ())]
    on_set = _noted_empty(set_args, SET_OF_EMPTY_TUPLE)
    if on_set is not None:
        raising = on_set if raising is None else raising | on_set
    on_none = raises_on_none(xp, name, args)  # len(None), None + 1, iterating None, ...
    if on_none is not None:
        raising = on_none if raising is None else raising | on_none
    cleared = None
    if name in RAISE_UNLESS_EMPTY:
        raising, cleared = _offset_of_empty(xp, name, args, result, raising)
    elif name == "contained" and isinstance(args[1], Patches):
        cleared = _empty_never_a_member(args, result)
    read = runs_read(result)  # samples decided from an input's runs (`linesets`)
    if read is not None:
        cleared = read if cleared is None else cleared | read
    routes = name in RAGGED_AWARE
    return merge_flags(xp, result, *args, routes=routes, raised=raising, cleared=cleared)


def _empty_never_a_member(args: list[BValue], result: BValue):
    """contained(x, patch) where x is a noted `()` or `{()}`: False, since a patch's members are
    locations or cells (the rule reads it so); the samples where that is the only fallback
    (None where there are none)."""
    empty = empty_tuple_at(args[0], None)
    if empty is None:
        return None
    return empty & ~(args[1].err | args[1].fb | result.fb)


def noted_fallbacks(value: BValue) -> list:
    """The bool [B] masks of value's fb samples that a note explains: values that exist, only
    not held in a batched form (a known `()` or `{()}`, a union whose only fallback is a clash,
    a grid past the canvas, rows of None, None, a set of straight runs)."""
    clash = clash_note(value)
    noted = [
        empty_tuple_at(value, None),
        None if clash is None else clash[0],
        big_where(value),
        runs_where(value),
        not_grid_at(value),
        none_at(value),
    ]
    return [where for where in noted if where is not None]


def _equal_to_itself(xp, value: BValue) -> Ints:
    """equality(x, x) for one value (one node of the DAG): True wherever x exists, since every
    DSL value equals itself. That includes the fb samples a note describes
    (`noted_fallbacks`); other fb samples may not exist (x may raise there), so they still fall
    back."""
    fb = value.fb
    for noted in noted_fallbacks(value):
        fb = fb & ~noted
    return Ints(value.err & ~fb, fb, xp.ones(value.size, dtype=np.int64), True)


def _offset_of_empty(xp, name: str, args: list[BValue], result: BValue, raising):
    """(raised, cleared) for shift/move given a known () offset: `di, dj = ()` raises where the
    patch has cells; an empty patch is returned (moved) without reading the offset, so the rule's
    result is exact there when nothing else falls back."""
    k, pk = RAISE_UNLESS_EMPTY[name]
    empty = empty_tuple_at(args[k])
    value = args[pk]
    patch = value.painted if isinstance(value, CellTuple) else as_patches(xp, value)
    if empty is None or patch is None:
        return raising, None
    live = ~(value.err | value.fb)
    cells = ~patch_empty(xp, patch)
    hit = empty & live & cells
    raising = hit if raising is None else raising | hit
    others = result.fb | (args[k].fb & ~empty)
    for j, arg in enumerate(args):
        if j != k:
            others = others | arg.fb | arg.err
    return raising, empty & live & ~cells & ~others


def truthy(xp, value: BValue):
    """Per-sample Python truthiness of `value` (None where it is not decidable here)."""
    ints = as_ints(xp, value)
    if ints is not None:
        return ints.v != 0
    if isinstance(value, Grids):
        return value.h > 0
    if isinstance(value, Seq):
        return value.n > 0
    if isinstance(value, Patches):
        return ~patch_empty(xp, value)
    if isinstance(value, Vecs):
        return xp.ones(value.size, dtype=bool)
    if isinstance(value, Func):
        return xp.ones(value.size, dtype=bool)
    if isinstance(value, Consts) and value.value is not None and not callable(value.value):
        return xp.full(value.size, bool(value.value))
    return None


def select(xp, cond: BValue, yes: BValue, no: BValue, b: int) -> BValue | None:
    """Per sample: `yes` where cond is truthy else `no`; None when the two have no common
    batched form (or cond's truthiness is not decidable)."""
    t = truthy(xp, cond)
    if t is None:
        return None
    err = cond.err | xp.where(t, yes.err, no.err)
    fb = cond.fb | xp.where(t, yes.fb, no.fb)
    yes_i, no_i = as_ints(xp, yes), as_ints(xp, no)
    if yes_i is not None and no_i is not None:
        return Ints(err, fb, xp.where(t, yes_i.v, no_i.v), yes_i.boolean and no_i.boolean)
    if isinstance(yes, Vecs) or isinstance(no, Vecs):  # a pair beside a constant pair too
        yes_v, no_v = as_vecs(xp, yes), as_vecs(xp, no)
        if yes_v is not None and no_v is not None:
            return Vecs(err, fb, xp.where(t[:, None], yes_v.v, no_v.v))
    if isinstance(yes, Grids) and isinstance(no, Grids):
        H = max(yes.canvas[0], no.canvas[0])
        W = max(yes.canvas[1], no.canvas[1])
        a, c = pad_to(xp, yes, H, W), pad_to(xp, no, H, W)
        ragged = row_w = None
        if a.ragged is not None or c.ragged is not None:
            zeros = xp.zeros(b, dtype=bool)
            ra = zeros if a.ragged is None else a.ragged
            rc = zeros if c.ragged is None else c.ragged
            ragged = xp.where(t, ra, rc)
            row_w = xp.where(t[:, None], row_widths(xp, a), row_widths(xp, c))
        return Grids(
            err,
            fb,
            xp.where(t[:, None, None], a.cells, c.cells),
            xp.where(t, a.h, c.h),
            xp.where(t, a.w, c.w),
            ragged,
            row_w,
        )
    if (
        isinstance(yes, Consts)
        and isinstance(no, Consts)
        and yes.value == no.value
        and type(yes.value) is type(no.value)
    ):
        return Consts(err, fb, yes.value)
    if isinstance(yes, Func) and isinstance(no, Func):
        return Func(err, fb, ("select", cond, yes, no))
    if isinstance(yes, Patches) or isinstance(no, Patches):
        a, c = as_patches(xp, yes), as_patches(xp, no)
        if a is None or c is None:
            return None
        sparse = sparse_members(a) is not None and sparse_members(c) is not None
        if sparse and is_object(a) == is_object(c):
            return _select_members(xp, t, a, c, err, fb)
        ma, mc, oi, oj, far = align(xp, a, c)
        pick = t[:, None, None]
        mask = xp.where(pick, ma, mc)
        colors = None
        if a.colors is not None or c.colors is not None:
            # one kind per value: a chosen non-empty Indices beside an Object falls back
            H, W = mask.shape[1], mask.shape[2]
            ca = None if a.colors is None else place_colors(xp, a, oi, oj, H, W)
            cc = None if c.colors is None else place_colors(xp, c, oi, oj, H, W)
            indices = ((t & (a.colors is None)) | (~t & (c.colors is None))) & mask.any(axis=(1, 2))
            fb = fb | indices
            colors = xp.where(pick, PAD if ca is None else ca, PAD if cc is None else cc)
            colors = colors.astype(np.int16)
        out = Patches(err, fb | far, mask, oi, oj, colors)
        if "_order" in a.__dict__ and "_order" in c.__dict__:
            with_order(xp, out, lambda q, want: _selected_order(xp, t, a, c, q, want))
        return out
    if isinstance(yes, Seq) or isinstance(no, Seq):
        return _select_seqs(xp, t, yes, no, err, fb)
    return None


def _select_members(xp, t, a: Patches, c: Patches, err, fb) -> Patches:
    """select() of two patches kept as members: the chosen one's members and origin."""
    b = t.shape[0]
    both = concat_values(xp, a, c)
    out = take_value(xp, both, xp.where(t, xp.arange(b), b + xp.arange(b))).with_flags(err, fb)
    if "_order" in a.__dict__ and "_order" in c.__dict__:
        with_order(xp, out, lambda q, want: _selected_order(xp, t, a, c, q, want))
    return out


def _selected_order(xp, t, a: Patches, c: Patches, out: Patches, want):
    """The member order of select(t, a, c) (`out`, on the aligned canvas): the chosen one's."""
    H, W = canvas_shape(out)
    chosen = to_numpy(t).astype(bool)
    ra, ka = cell_order(a, want & chosen)
    rc, kc = cell_order(c, want & ~chosen)
    pa = place_values(xp, ra, a, out.oi, out.oj, H, W, -1)
    pc = place_values(xp, rc, c, out.oi, out.oj, H, W, -1)
    return xp.where(t[:, None, None], pa, pc), xp.where(t, ka, kc)


def _select_seqs(xp, t, yes: BValue, no: BValue, err, fb) -> BValue | None:
    """select() of two containers (an empty constant container adopts the other's items)."""
    yes, no = _container(xp, yes, no), _container(xp, no, yes)
    if not (isinstance(yes, Seq) and isinstance(no, Seq)) or yes.frozen != no.frozen:
        return None
    k = max(yes.k, no.k)
    yes, no = widen(xp, yes, k), widen(xp, no, k)
    cond = Ints(xp.zeros(t.shape[0], dtype=bool), xp.zeros(t.shape[0], dtype=bool),
                t.astype(np.int64), True)  # fmt: skip
    items = select(xp, repeat_value(xp, cond, k), yes.items, no.items, t.shape[0] * k)
    if items is None or not isinstance(items, Ints | Vecs | Grids | Seq | Patches):
        return None
    if isinstance(items, Patches):  # an element the two kinds or canvases cannot share
        n = xp.where(t, yes.n, no.n)
        fb = fb | (items.fb.reshape(-1, k) & (xp.arange(k)[None, :] < n[:, None])).any(axis=1)
    ordered = None
    if yes.frozen:
        ordered = xp.where(t, yes.ordered, no.ordered)
    return Seq(err, fb, clean(xp, items), xp.where(t, yes.n, no.n), k, yes.frozen, ordered)


def _container(xp, value: BValue, other: BValue) -> BValue:
    """`value` as a Seq where it is a container constant (`()` or `frozenset()` taking the
    items of `other`)."""
    if isinstance(value, Consts) and value.value in ((), frozenset()) and isinstance(other, Seq):
        frozen = isinstance(value.value, frozenset)
        return replace(empty_like(xp, other, frozen), err=value.err, fb=value.fb)
    if isinstance(value, Consts | Vecs) or (isinstance(value, Grids) and isinstance(other, Seq)):
        seq = as_seq(xp, value)
        return value if seq is None else seq
    return value


# -- the combinators themselves --------------------------------------------------------------
def _as_func(value: BValue) -> Func | None:
    return value if isinstance(value, Func) else None


def _make_bind(kind: str):
    def bind(xp, args, b):
        f = _as_func(args[0])
        if f is None:
            return None
        if declared_arity(f) is None:
            return None
        return Func(*union_flags(xp, *args), (kind, f, args[1]))

    return bind


def _make_closure(kind: str, n_funcs: int):
    def build(xp, args, b):
        funcs = [_as_func(a) for a in args[:n_funcs]]
        if any(f is None for f in funcs):
            return None
        return Func(*union_flags(xp, *args), (kind, *args))

    return build


def _matcher(xp, args, b):
    f = _as_func(args[0])
    if f is None:
        return None
    return Func(*union_flags(xp, *args), ("matcher", f, args[1]))


def _power(xp, args, b):
    f = _as_func(args[0])
    n = args[1]
    if f is None or not isinstance(n, Consts) or type(n.value) not in (int, bool):
        return None
    if n.value <= 0:
        return raises(xp, b)  # RecursionError when built
    if n.value == 1:
        return f
    if n.value > 64:
        return None
    return Func(*union_flags(xp, *args), ("power", f, int(n.value)))


def _branch(xp, args, b):
    return select(xp, args[0], args[1], args[2], b)


def _register() -> None:
    PRIMITIVES["rbind"].batched = _make_bind("rbind")
    PRIMITIVES["lbind"].batched = _make_bind("lbind")
    PRIMITIVES["compose"].batched = _make_closure("compose", 2)
    PRIMITIVES["chain"].batched = _make_closure("chain", 3)
    PRIMITIVES["fork"].batched = _make_closure("fork", 3)
    PRIMITIVES["matcher"].batched = _matcher
    PRIMITIVES["power"].batched = _power
    PRIMITIVES["branch"].batched = _branch


_register()
