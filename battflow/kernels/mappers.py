"""Batched rules for the higher-order primitives that map a function over a container (spec §4.3,
§4.4): apply, mapply, papply, mpapply, prapply, sfilter, mfilter, extract, argmax, argmin,
valmax, valmin, order.

The function is called once for all elements of all samples: the container's items (size B*K)
are the batch, and the function's bound leaves are repeated K times (`repeat_value`). Element
failures become sample failures (`element_flags`). Where a result depends on a frozenset's
iteration order (a tie in argmax/order, several matches in extract, zip over a set) and that order
is not known, the sample is flagged `fb`.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from battflow.dsl.registry import PRIMITIVES

from .closures import call, merge_flags, select, truthy
from .containers import _unordered, container_arg, kept, not_iterable, two_tuple
from .linesets import func_name, mark_runs, pair_runs
from .rules import rule
from .seqs import (
    MAX_ITEMS,
    as_seq,
    compact,
    element_at,
    element_flags,
    frozenset_of,
    repeat_value,
    slot_index,
    take_value,
    tuple_of,
    valid_slots,
    widen,
)
from .values import (
    CELL_MAX,
    CELL_MIN,
    BValue,
    CellPatches,
    Cells,
    Consts,
    Func,
    FuncTuple,
    Grids,
    Ints,
    Patches,
    Seq,
    Vecs,
    cell_list,
    is_object,
    patch_members,
    raises,
)


def map_over(xp, func: BValue, seqs: list[Seq], idx: list, k: int) -> BValue:
    """func called on element idx[i] [B, k] of seqs[i], for every sample: a value of size B*k.
    An idx of None stands for every slot in order (the items as they are, nothing copied)."""
    b = seqs[0].size
    base = xp.arange(b)[:, None]
    args = []
    for s, j in zip(seqs, idx, strict=True):
        if j is None:
            j = slot_index(xp, b, s.k)
            arg = s.items
        else:
            arg = take_value(xp, s.items, (base * s.k + xp.clip(j, 0, s.k - 1)).reshape(-1))
        # Slots past a container's end hold neutral filler (a grid's padding rows, ...): flagged,
        # they never make a rule refuse the batch, and their results are never read.
        beyond = (j >= s.n[:, None]).reshape(-1)
        args.append(arg.with_flags(arg.err, arg.fb | beyond))
    return call(xp, repeat_value(xp, func, k), args, b * k)


def _over(xp, func: BValue, seq: Seq) -> BValue:
    """func called on every slot of seq (a value of size B*K). Where most slots are padding
    (K is the group's largest container), func is called on the elements only (and one padding
    slot, which stands for all of them) and the results are laid out on the slots again."""
    b, k = seq.size, seq.k
    if k <= 1 or b * k < COMPACT_MIN_SLOTS:
        return map_over(xp, func, [seq], [None], k)
    valid = valid_slots(xp, seq.n, k).reshape(-1)
    slots = xp.nonzero(valid)[0]
    m = int(slots.shape[0])
    if COMPACT_FILL * b * k <= m:
        return map_over(xp, func, [seq], [None], k)
    filler = int(xp.argmin(valid))  # a padding slot (there is one: m < b * k)
    pick = xp.concatenate([slots, xp.asarray([filler], dtype=slots.dtype)])
    try:
        items = take_value(xp, seq.items, pick)
        funcs = take_value(xp, func, pick // k)
    except TypeError:  # no element form: every slot as it is
        return map_over(xp, func, [seq], [None], k)
    beyond = xp.zeros(m + 1, dtype=bool)
    beyond[m] = True
    out = call(xp, funcs, [items.with_flags(items.err, items.fb | beyond)], m + 1)
    back = xp.full(b * k, m, dtype=np.int64)
    back[slots] = xp.arange(m)
    try:
        return take_value(xp, out, back)
    except TypeError:
        return map_over(xp, func, [seq], [None], k)


COMPACT_MIN_SLOTS = 64
COMPACT_FILL = 0.5


@rule("apply")
def _apply(xp, args, b):
    func, c = args
    seq, early = container_arg(xp, c, b)
    if seq is None:
        return early
    out, err, fb = _mapped(xp, func, seq)
    if seq.frozen:
        return frozenset_of(xp, out, seq.n, seq.k, err, fb, seq.ordered)
    return tuple_of(xp, out, seq.n, seq.k, err, fb)


def _then_merge(rule_fn):
    """mapply, mfilter, mpapply: the rule's container, then merge."""

    def apply(xp, args, b):
        inner = rule_fn(xp, args, b)
        if not isinstance(inner, Seq | Grids | Vecs | Patches):
            return inner  # None, or decided without a container (raises, falls back)
        merged = PRIMITIVES["merge"].batched(xp, [inner], b)  # the rule of every family
        if merged is None:
            return None
        return merge_flags(xp, merged, inner)

    return apply


def _truth(xp, out: BValue):
    """(out, truthiness bool [N]) of condition results; where the truthiness is not decidable
    here, out's samples that do not raise are flagged fb."""
    t = truthy(xp, out)
    if t is None:
        return out.with_flags(out.err, out.fb | ~out.err), xp.zeros(out.size, dtype=bool)
    return out, t


@rule("sfilter")
def _sfilter(xp, args, b):
    c, cond = args
    if isinstance(c, Patches) and is_object(c):
        kept_cells = _sfilter_cells(xp, c, cond, b)
        if kept_cells is not None:
            return kept_cells
    seq, early = container_arg(xp, c, b)
    if seq is None:
        return early
    out, t = _truth(xp, _over(xp, cond, seq))
    err, fb = element_flags(xp, out, valid_slots(xp, seq.n, seq.k))
    return kept(xp, seq, t.reshape(b, seq.k), err, fb)


def _over_members(xp, func: BValue, p: Patches):
    """(item, i, j, colour, out): func called once on the flat list of every live sample's
    members of p (`patch_members`: no slots, so no padding to the largest patch), member n of
    sample item[n] being location (i[n], j[n]) of Indices or cell (colour[n], (i[n], j[n])) of
    an Object; out is of size N. None where no live sample has a member."""
    item, i, j, colour = patch_members(xp, p, ~(p.err | p.fb))
    n = item.shape[0]
    if n == 0:
        return None
    zeros = xp.zeros(n, dtype=bool)
    loc = xp.stack([i, j], axis=1)
    if colour is None:
        elements = Vecs(zeros, zeros.copy(), loc)
    else:
        elements = Cells(zeros, zeros.copy(), colour, loc)
    return item, i, j, colour, call(xp, take_value(xp, func, item), [elements], n)


def _member_flags(xp, out: BValue, item, b: int):
    """(err [B], fb [B]) of per-member results (`_over_members`), as `element_flags` for slots:
    a sample falls back if any of its members does, else raises if any raises."""
    fb = xp.bincount(item[out.fb], minlength=b) > 0
    return (xp.bincount(item[out.err], minlength=b) > 0) & ~fb, fb


def _sfilter_cells(xp, p: Patches, cond: BValue, b: int) -> Patches | None:
    """sfilter(p, cond) of an Object, cell by cell (`_over_members`): the kept cells make a
    new Object, as `seqs.object_of_cells` makes it from slots: at the kept cells' top-left
    corner (`objects.placed_members`), fb where they span more than ALIGN_LIMIT or a colour
    leaves int16; no member order. None where no live sample has a cell (the slot path decides
    those)."""
    from .objects import placed_members

    mapped = _over_members(xp, cond, p)
    if mapped is None:
        return None
    item, i, j, colour, out = mapped
    out, t = _truth(xp, out)
    err, fb = _member_flags(xp, out, item, b)
    keep = t & ~(err | fb)[item]
    item, i, j, colour = item[keep], i[keep], j[keep], colour[keep]
    wide = xp.bincount(item[(colour < CELL_MIN) | (colour > CELL_MAX)], minlength=b) > 0
    far, top, left, shape, inside, item, ri, rj = placed_members(xp, item, i, j, b)
    ok = ~wide[item]
    colour = colour[inside][ok].astype(np.int16)
    kept_cells = cell_list(xp, item[ok], ri[ok], rj[ok], colour, b)
    return CellPatches(err, fb | far | wide, oi=top, oj=left, cells=kept_cells, shape=shape)


@rule("mapply")
def _mapply(xp, args, b):
    """merge(apply(f, c)). Over a frozenset whose images are patches, the union is taken
    directly: collapsing equal images first changes nothing in a union, so large containers
    (an Indices' locations, an Object's cells) need no pairwise comparison."""
    func, c = args
    seq = as_seq(xp, c) if not not_iterable(xp, c) else None
    if seq is not None and seq.frozen:
        out, err, fb = _mapped(xp, func, seq)
        if isinstance(out, Seq) and out.frozen and isinstance(out.items, Vecs):
            from .patches import as_patches

            # images that are sets of locations as element lists (`remove`, `insert`, ...): as
            # masks their union needs no pairwise comparison of the images
            out = as_patches(xp, out) or out
        if isinstance(out, Patches):
            from .objects import merge_patches

            images = Seq(err, fb, out, seq.n, seq.k, True, seq.n <= 1)

            def image_set():  # in CPython's order (equal images collapsed, the set replayed)
                return frozenset_of(xp, out, seq.n, seq.k, err, fb, seq.ordered)

            merged = merge_patches(xp, images, b, as_set=image_set)
            return merge_flags(xp, merged, images)
    if seq is None and isinstance(c, Patches):  # more members than a container's slots hold
        return _mapply_members(xp, func, c, b)
    return _then_merge(_apply)(xp, args, b)


def _mapply_members(xp, func: BValue, p: Patches, b: int) -> BValue | None:
    """mapply(func, p) member by member (`_over_members`), for patches of any size: the
    images, patches, are united per sample (`objects.union_of_images`). A sample falls back if
    an image does, else raises if one does. The union's member order is not tracked. None where
    the images are not patches."""
    from .objects import union_of_images
    from .patches import as_patches

    mapped = _over_members(xp, func, p)
    if mapped is None:
        return None
    item, _, _, _, images = mapped
    if isinstance(images, Seq) and images.frozen and isinstance(images.items, Vecs):
        images = as_patches(xp, images) or images
    if not isinstance(images, Patches):
        return None
    err, fb = _member_flags(xp, images, item, b)
    return merge_flags(xp, union_of_images(xp, images, item, b), Consts(err, fb, None))


rule("mfilter")(_then_merge(_sfilter))


@rule("extract")
def _extract(xp, args, b):
    c, cond = args
    seq, early = container_arg(xp, c, b)
    if seq is None:
        return early
    out, t = _truth(xp, _over(xp, cond, seq))
    valid = valid_slots(xp, seq.n, seq.k)
    e_err = out.err.reshape(b, seq.k) & valid
    e_fb = out.fb.reshape(b, seq.k) & valid
    hit = t.reshape(b, seq.k) & valid & ~e_err & ~e_fb
    # In iteration order the first element that raises, falls back or matches decides.
    stop = e_err | e_fb | hit
    pos = xp.argmax(stop, axis=1)
    any_stop = stop.any(axis=1)
    rows = xp.arange(b)
    fb = any_stop & e_fb[rows, pos]
    err = ~any_stop | (any_stop & e_err[rows, pos])
    # On a set of unknown order: decided only when no order could change the outcome.
    n_hit = hit.sum(axis=1)
    order_free = ~e_fb.any(axis=1) & ((n_hit == 0) | ((n_hit == 1) & ~e_err.any(axis=1)))
    fb = fb | (_unordered(seq) & (seq.n > 1) & ~order_free)
    item = element_at(xp, seq, xp.where(n_hit > 0, xp.argmax(hit, axis=1), pos))
    return item.with_flags(err & ~fb, fb)


def _mapped(xp, func: BValue, seq: Seq):
    """(results, err [B], fb [B]) of func over every element (the reference calls it on all)."""
    out = _over(xp, func, seq)
    err, fb = element_flags(xp, out, valid_slots(xp, seq.n, seq.k))
    return out, err, fb


def _lex(xp, keys: BValue, b: int, k: int):
    """Comparable key columns [B, K] (most significant first) for Ints or Vecs keys."""
    if isinstance(keys, Ints):
        return [keys.v.reshape(b, k)]
    if isinstance(keys, Vecs):
        v = keys.v.reshape(b, k, 2)
        return [v[:, :, 0], v[:, :, 1]]
    return None


def _best(xp, cols, valid, largest: bool):
    """(first position of the best key [B], ties bool [B]) over valid slots."""
    cand = valid
    for col in cols:
        fill = -(2**62) if largest else 2**62
        masked = xp.where(cand, col, fill)
        top = masked.max(axis=1) if largest else masked.min(axis=1)
        cand = cand & (col == top[:, None])
    return xp.argmax(cand, axis=1), cand.sum(axis=1) > 1


def _arg(largest: bool):
    def apply(xp, args, b):
        c, func = args
        seq, early = container_arg(xp, c, b)
        if seq is None:
            return early
        keys, err, fb = _mapped(xp, func, seq)
        valid = valid_slots(xp, seq.n, seq.k)
        cols = _lex(xp, keys, b, seq.k)
        # The reference computes every key before it can return, so a key that raises makes
        # the call raise whatever the order: ties and incomparable keys matter only elsewhere.
        if cols is None:  # keys that do not compare here: decided for one element only
            pos, tie = xp.zeros(b, dtype=np.int64), seq.n > 1
            fb = fb | ((seq.n > 1) & ~err)
        else:
            pos, tie = _best(xp, cols, valid, largest)
            fb = fb | (tie & _unordered(seq) & ~err)
        item = element_at(xp, seq, pos)
        err = (err | (seq.n == 0)) & ~fb
        return item.with_flags(err, fb)

    return apply


rule("argmax")(_arg(True))
rule("argmin")(_arg(False))


def _val(largest: bool):
    def apply(xp, args, b):
        c, func = args
        seq, early = container_arg(xp, c, b)
        if seq is None:
            return early
        keys, err, fb = _mapped(xp, func, seq)
        cols = _lex(xp, keys, b, seq.k)
        if cols is None:  # keys that do not compare here: the reference decides
            best = Consts(err, fb | (~err & (seq.n > 0)), None)
        else:
            pos, _ = _best(xp, cols, valid_slots(xp, seq.n, seq.k), largest)
            best = take_value(xp, keys, xp.arange(b) * seq.k + pos)
            best = best.with_flags(err, fb)
        zeros = xp.zeros(b, dtype=bool)
        at_zero = call(xp, func, [Ints(zeros, zeros.copy(), xp.zeros(b, dtype=np.int64))], b)
        empty = seq.n == 0
        if not bool(empty.any()):
            return best
        is_empty = Ints(zeros, zeros.copy(), empty.astype(np.int64), True)
        chosen = select(xp, is_empty, at_zero, best, b)
        if chosen is not None:
            return chosen
        # compfunc(0) has another form than the keys: decided only where it raises.
        return replace(best, err=xp.where(empty, at_zero.err, best.err),
                       fb=xp.where(empty, at_zero.fb | ~at_zero.err, best.fb))  # fmt: skip

    return apply


rule("valmax")(_val(True))
rule("valmin")(_val(False))


@rule("order")
def _order(xp, args, b):
    c, func = args
    seq, early = container_arg(xp, c, b)
    if seq is None:
        return early
    keys, err, fb = _mapped(xp, func, seq)
    valid = valid_slots(xp, seq.n, seq.k)
    cols = _lex(xp, keys, b, seq.k)
    perm = slot_index(xp, b, seq.k)
    if cols is None:  # as in argmax, a key that raises makes the call raise in any order
        fb = fb | ((seq.n > 1) & ~err)
    else:
        for col in reversed(cols):  # stable sorts, least significant first
            col = xp.where(valid, col, 2**62)
            col = xp.take_along_axis(col, perm, axis=1)
            perm = xp.take_along_axis(perm, xp.argsort(col, axis=1, kind="stable"), axis=1)
        sorted_cols = [xp.take_along_axis(col, perm, axis=1) for col in cols]
        same = valid[:, 1:].copy()
        for col in sorted_cols:
            same &= col[:, 1:] == col[:, :-1]
        tie = same.any(axis=1) & (seq.n > 1)
        fb = fb | (tie & _unordered(seq) & ~err)
    items = take_value(xp, seq.items, (xp.arange(b)[:, None] * seq.k + perm).reshape(-1))
    return tuple_of(xp, items, seq.n, seq.k, err & ~fb, fb)


def _zip_slots(xp, a: Seq, c: Seq):
    k = min(a.k, c.k)
    slot = slot_index(xp, a.size, k)
    return k, slot, xp.minimum(a.n, c.n).astype(np.int32)


@rule("papply")
def _papply(xp, args, b):
    func, a, c = args
    if not_iterable(xp, a) or not_iterable(xp, c):
        return raises(xp, b)
    a, c = as_seq(xp, a), as_seq(xp, c)
    if a is None or c is None:
        return None
    k, slot, n = _zip_slots(xp, a, c)
    out = map_over(xp, func, [a, c], [slot, slot], k)
    err, fb = element_flags(xp, out, valid_slots(xp, n, k))
    fb = fb | (_unordered(a) & (a.n > 1) & (n > 0)) | (_unordered(c) & (c.n > 1) & (n > 0))
    return tuple_of(xp, out, n, k, err & ~fb, fb)


rule("mpapply")(_then_merge(_papply))


def _without(xp, seq: Seq, drop) -> Seq:
    """seq with the samples `drop` emptied, on the element axis the others need (the caller
    flags those samples fb)."""
    n = xp.where(drop, 0, seq.n).astype(np.int32)
    return widen(xp, replace(seq, n=n), max(1, int(n.max()) if seq.size else 1))


@rule("prapply")
def _prapply(xp, args, b):
    func, a, c = args
    if not_iterable(xp, c):
        return raises(xp, b)
    c = as_seq(xp, c)
    if c is not None and not_iterable(xp, a):  # the loop over a runs once b has an element
        return _empty_set(xp, c, c.n > 0)
    a = as_seq(xp, a)
    if a is None or c is None:
        return None
    many = a.n.astype(np.int64) * c.n > MAX_ITEMS
    whole = a, c
    if bool(many.any()):  # more pairs than a container holds: those samples fall back
        a, c = _without(xp, a, many), _without(xp, c, many)
    ka, kc = a.k, c.k
    k = ka * kc
    if k > MAX_ITEMS:
        return None
    # The reference loops over b outside and a inside: slot j * Ka + i holds (a[i], b[j]).
    i = xp.broadcast_to(xp.tile(xp.arange(ka), kc)[None, :], (b, k))
    j = xp.broadcast_to(xp.repeat(xp.arange(kc), ka)[None, :], (b, k))
    valid = (i < a.n[:, None]) & (j < c.n[:, None])
    out = map_over(xp, func, [a, c], [i, j], k)
    err, fb = element_flags(xp, out, valid)
    err, fb = err & ~many, fb | many  # (an input's own flags are merged by the caller)
    items, n, k2 = compact(xp, out, k, valid)
    known = ~_unordered(a) & ~_unordered(c)
    out = frozenset_of(xp, items, n, k2, err, fb, known)
    name = func_name(func)
    lines = name in ("connect", "shoot") and all(map(_of_locations, whole))
    if lines and bool((fb & ~err).any()):
        # past the slots, or with runs longer than a patch holds (MAX_LINE): the distinct runs
        # of the whole sets describe those samples (`linesets`)
        runs = pair_runs(xp, name, *whole, fb & ~err)
        if runs is not None:
            mark_runs(out, runs)
    return out


def _of_locations(seq: Seq) -> bool:
    """seq is a frozenset of locations (distinct elements, so len(a) * len(c) counts pairs)."""
    return seq.frozen and isinstance(seq.items, Vecs)


@rule("rapply")
def _rapply(xp, args, b):
    functions, value = args
    if isinstance(functions, FuncTuple):
        outs = [call(xp, f, [value], b) for f in functions.parts]
        err = outs[0].err | outs[1].err
        fb = outs[0].fb | outs[1].fb
        pair = two_tuple(xp, outs[0], outs[1])
        if pair is None:
            return None
        return pair.with_flags(err & ~fb | pair.err, fb | pair.fb)
    if not_iterable(xp, functions):
        return raises(xp, b)
    seq = as_seq(xp, functions)
    if seq is None or isinstance(seq.items, Func | FuncTuple):
        return None
    # Elements that are ints, tuples or sets are not callable: TypeError at the first one.
    return seq.with_flags(seq.n > 0, xp.zeros(b, dtype=bool))


def _empty_set(xp, like: Seq, err) -> Seq:
    """frozenset() per sample (items shaped like `like`), raising where `err`."""
    zeros = xp.zeros(like.size, dtype=bool)
    n = xp.zeros(like.size, dtype=np.int32)
    return Seq(err, zeros, like.items, n, like.k, True, ~zeros)
