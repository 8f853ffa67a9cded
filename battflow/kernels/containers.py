"""Batched rules for container utilities (spec §4.3, `contained` of §4.2) and the container
results of grids (`hsplit`, `vsplit`, `palette`, `index`).

Containers are `Seq` values (seqs.py); a grid is iterated as the tuple of its rows and a pair as
its two ints. Type-preserving rules build tuples with `tuple_of` and frozensets with
`frozenset_of`; anything that reads a frozenset's order (first, last, totuple, merge into a
tuple, ...) is decided only where `ordered` says the order is known, else flagged `fb`.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .closures import merge_flags, select
from .grids import _crop_parts, cells_inside
from .rules import rule
from .seqs import (
    MAX_ITEMS,
    as_seq,
    clean,
    compact,
    concat_values,
    element_at,
    flatten,
    frozenset_of,
    materialize,
    pair_equal,
    repeat_value,
    set_permutation,
    slot_index,
    take_value,
    tuple_of,
    valid_slots,
    values_equal,
)
from .setorder import MAX_SET, set_ranks, value_hashes
from .values import (
    BValue,
    Cells,
    Consts,
    Func,
    FuncTuple,
    Grids,
    Ints,
    Patches,
    Seq,
    Vecs,
    as_ints,
    as_vecs,
    canvas_shape,
    empty_tuple_at,
    ints,
    is_object,
    patch_counts,
    raises,
    union_flags,
)


def _zeros(xp, b):
    return xp.zeros(b, dtype=bool)


def not_iterable(xp, value: BValue) -> bool:
    """Iterating `value` raises TypeError for every sample (an int, a bool, a function)."""
    return as_ints(xp, value) is not None or isinstance(value, Func)


def container_arg(xp, value: BValue, b: int):
    """(Seq, None) for a container (a grid by its rows, a pair by its ints); (None, result)
    otherwise: raises for an int or a function (not iterable), None (not handled) else."""
    if not_iterable(xp, value):
        return None, raises(xp, b)
    return as_seq(xp, value), None


def _unordered(seq: Seq):
    """bool [B]: a frozenset whose iteration order is not known (never for tuples)."""
    if not seq.frozen:
        return seq.n < 0
    return ~seq.ordered


def _same_type(
    xp, seq: Seq, items, n, k, err, fb, insertion_known=None, distinct: bool = False
) -> BValue:
    """A result of the container's own type (tuple or frozenset) from items in order;
    `distinct`: they are a selection of seq's elements (distinct when seq is a frozenset)."""
    if seq.frozen:
        known = seq.ordered if insertion_known is None else insertion_known
        return frozenset_of(xp, items, n, k, err, fb, known, distinct=distinct)
    return tuple_of(xp, items, n, k, err, fb)


def kept(xp, seq: Seq, keep, err, fb) -> BValue:
    """The elements of `seq` where keep [B, K], in order, as the container's type."""
    items, n, k = compact(xp, seq.items, seq.k, keep & valid_slots(xp, seq.n, seq.k))
    return _same_type(xp, seq, items, n, k, err, fb, distinct=True)


# -- first, last, size, totuple ------------------------------------------------------------------
def _end(last: bool):
    def apply(xp, args, b):
        (c,) = args
        if isinstance(c, Cells):  # a cell (colour, (i, j)): its colour, or its location
            zeros = _zeros(xp, b)
            return Vecs(zeros, zeros.copy(), c.loc) if last else ints(xp, c.colour, zeros, zeros)
        seq, early = container_arg(xp, c, b)
        if seq is None:
            return early
        pos = seq.n - 1 if last else xp.zeros(b, dtype=np.int32)
        item = element_at(xp, seq, pos)
        fb = _unordered(seq) & (seq.n > 1)
        return item.with_flags((seq.n == 0) & ~fb, fb)

    return apply


rule("first")(_end(False))
rule("last")(_end(True))


@rule("totuple")
def _totuple(xp, args, b):
    (c,) = args
    seq, early = container_arg(xp, c, b)
    if seq is None:
        return early
    if not seq.frozen:
        return c  # tuple(t) == t, and a grid's rows make the grid again
    fb = _unordered(seq) & (seq.n > 1)
    return tuple_of(xp, seq.items, seq.n, seq.k, _zeros(xp, b), fb)


# -- building tuples -----------------------------------------------------------------------------
@rule("interval")
def _interval(xp, args, b):
    start, stop, step = (as_ints(xp, a) for a in args)
    if start is None or stop is None or step is None:
        if any(isinstance(a, Grids | Vecs | Seq) for a in args):
            return raises(xp, b)  # range() of a tuple: TypeError
        return None
    s = xp.where(step.v == 0, 1, step.v)
    up = xp.maximum(0, -((start.v - stop.v) // s))  # ceil((stop - start) / step), for step > 0
    down = xp.maximum(0, -((stop.v - start.v) // -s))
    n = xp.where(step.v > 0, up, down)
    n = xp.where(step.v == 0, 0, n)
    too_long = n > MAX_ITEMS
    n = xp.where(too_long, 0, n).astype(np.int32)
    k = max(1, int(n.max())) if b else 1
    v = start.v[:, None] + xp.arange(k)[None, :] * step.v[:, None]
    v = xp.where(valid_slots(xp, n, k), v, 0)
    zeros = xp.zeros(b * k, dtype=bool)
    items = ints(xp, v.reshape(-1), zeros, zeros.copy())
    err = step.v == 0
    return tuple_of(xp, items, n, k, err, too_long | ((items.fb.reshape(b, k)).any(axis=1)))


@rule("repeat")
def _repeat(xp, args, b):
    item, num = args[0], as_ints(xp, args[1])
    if num is None:
        if isinstance(args[1], Grids | Vecs | Seq):
            return raises(xp, b)  # range(tuple): TypeError
        return None
    too_long = num.v > MAX_ITEMS
    n = xp.where(too_long, 0, xp.maximum(num.v, 0)).astype(np.int32)
    k = max(1, int(n.max())) if b else 1
    return tuple_of(xp, repeat_value(xp, item, k), n, k, _zeros(xp, b), too_long)


def two_tuple(xp, a: BValue, c: BValue) -> BValue | None:
    """(a, c) for values other than two ints: a tuple Seq where both have one items form, a
    FuncTuple of two functions."""
    b = a.size
    if isinstance(a, Func) and isinstance(c, Func):
        return FuncTuple(*union_flags(xp, a, c), (a, c))
    a, c = materialize(xp, a), materialize(xp, c)
    if a is None or c is None or isinstance(a, Func | FuncTuple) or isinstance(c, Func | FuncTuple):
        return None
    both = concat_values(xp, clean(xp, a), clean(xp, c))
    if both is None:
        return None
    idx = xp.stack([xp.arange(b), b + xp.arange(b)], axis=1).reshape(-1)
    zeros = _zeros(xp, b)
    return tuple_of(xp, take_value(xp, both, idx), xp.full(b, 2, dtype=np.int32), 2, zeros, zeros)


@rule("pair")
def _pair(xp, args, b):
    if any(not_iterable(xp, a) for a in args):
        return raises(xp, b)
    a, c = (as_seq(xp, x) for x in args)
    if a is None or c is None or not (isinstance(a.items, Ints) and isinstance(c.items, Ints)):
        return None
    k = min(a.k, c.k)
    n = xp.minimum(a.n, c.n)
    base = xp.arange(b)[:, None]
    slot = xp.arange(k)[None, :]
    x = a.items.v[(base * a.k + slot).reshape(-1)]
    y = c.items.v[(base * c.k + slot).reshape(-1)]
    zeros = xp.zeros(b * k, dtype=bool)
    items = Vecs(zeros, zeros.copy(), xp.stack([x, y], axis=1))
    fb = (_unordered(a) & (a.n > 1)) | (_unordered(c) & (c.n > 1))
    return tuple_of(xp, items, n, k, _zeros(xp, b), fb)


# -- filtering by equality -----------------------------------------------------------------------
def _first_occurrences(xp, seq: Seq):
    """bool [B, K]: the valid slots holding a value not seen at an earlier slot (None: the
    items' kind has no equality here)."""
    eq = pair_equal(xp, seq.items, seq.k, seq.items, seq.k)
    if eq is None:
        return None
    valid = valid_slots(xp, seq.n, seq.k)
    earlier = xp.arange(seq.k)[None, :, None] > xp.arange(seq.k)[None, None, :]
    return valid & ~(eq & earlier & valid[:, None, :]).any(axis=2)


@rule("dedupe")
def _dedupe(xp, args, b):
    (c,) = args
    seq, early = container_arg(xp, c, b)
    if seq is None:
        return early
    if seq.frozen:  # frozenset has no .index, called once there is an element
        none = xp.zeros(b, dtype=np.int32)
        return tuple_of(xp, seq.items, none, seq.k, seq.n > 0, _zeros(xp, b))
    first = _first_occurrences(xp, seq)
    if first is None:
        return None
    return kept(xp, seq, first, _zeros(xp, b), _zeros(xp, b))


def _membership(xp, seq: Seq, value: BValue):
    """bool [B, K]: element k equals `value` (None: not decidable here). Patches of one kind
    are compared member by member only where the member counts agree (a set of another size is
    never equal), so `value` is not copied to every slot."""
    b, k = seq.size, seq.k
    items = seq.items
    patches = isinstance(value, Patches) and isinstance(items, Patches)
    if patches and is_object(value) == is_object(items):
        sizes = patch_counts(xp, items).reshape(b, k)
        cand = xp.nonzero((sizes == patch_counts(xp, value)[:, None]).reshape(-1))[0]
        eq = xp.zeros(b * k, dtype=bool)
        if cand.shape[0]:
            same = values_equal(xp, take_value(xp, items, cand), take_value(xp, value, cand // k))
            if same is None:
                return None
            eq[cand] = same
        return eq.reshape(b, k)
    rep = repeat_value(xp, value, seq.k)
    eq = values_equal(xp, seq.items, rep)
    return None if eq is None else eq.reshape(seq.size, seq.k)


@rule("remove")
def _remove(xp, args, b):
    value, c = args
    seq, early = container_arg(xp, c, b)
    if seq is None and isinstance(c, Patches):  # more members than a container's slots hold
        return _remove_from_patch(xp, value, c, b)
    if seq is None:
        return early
    eq = _membership(xp, seq, value)
    if eq is None:
        return None
    return kept(xp, seq, ~eq, _zeros(xp, b), _zeros(xp, b))


def _remove_from_patch(xp, value: BValue, p: Patches, b: int) -> Patches | None:
    """remove(value, p) on its mask: a location is cleared from Indices; an int or a grid
    equals no member of any patch, nor a location a member of an Object (a cell), so p comes
    back whole. The result is a new set: its member order is not tracked. None for values that
    could be a member otherwise (cells, tuples and sets of unknown shape, functions)."""
    zeros = _zeros(xp, b)
    loc = as_vecs(xp, value)
    if loc is None or is_object(p):  # nothing removed, where the value is never a member
        if loc is None and not isinstance(value, Ints | Grids):
            return None
        return Patches(zeros, zeros.copy(), p.mask, p.oi, p.oj, p.colors)
    H, W = canvas_shape(p)
    r, c = loc.v[:, 0] - p.oi, loc.v[:, 1] - p.oj
    rows = xp.nonzero((r >= 0) & (r < H) & (c >= 0) & (c < W))[0]
    mask = p.mask.copy()
    mask[rows, r[rows], c[rows]] = False
    return Patches(zeros, zeros.copy(), mask, p.oi, p.oj)


@rule("other")
def _other(xp, args, b):
    c, value = args
    rest = _remove(xp, [value, c], b)
    if not isinstance(rest, Seq | Grids | Vecs):
        return rest
    return merge_flags(xp, _end(False)(xp, [rest], b), rest)


@rule("contained")
def _contained(xp, args, b):
    value, c = args
    if isinstance(c, Patches):
        found = _in_patch(xp, value, c, b)
        empty = empty_tuple_at(value, None)  # () or {()}: never a location or a cell
        if empty is not None and isinstance(found, Ints):
            found = replace(found, v=xp.where(empty, 0, found.v))
        return found
    seq, early = container_arg(xp, c, b)
    if seq is None:
        return early
    eq = _membership(xp, seq, value)
    if eq is None:
        return None
    found = (eq & valid_slots(xp, seq.n, seq.k)).any(axis=1)
    return Ints(_zeros(xp, b), _zeros(xp, b), found.astype(np.int64), True)


def _in_patch(xp, value: BValue, p: Patches, b: int):
    """contained(value, patch): a location of Indices is looked up in the mask; an Object's
    elements are cells, which no batched value equals; ints and other values equal no element."""
    zeros = _zeros(xp, b)
    loc = as_vecs(xp, value)
    if loc is None or p.colors is not None:
        if isinstance(value, Seq | Patches | Func):
            return None  # a tuple Seq could be a cell: the reference decides
        return Ints(zeros, zeros.copy(), xp.zeros(b, dtype=np.int64), True)
    H, W = canvas_shape(p)
    r = loc.v[:, 0] - p.oi
    c = loc.v[:, 1] - p.oj
    inside = (r >= 0) & (r < H) & (c >= 0) & (c < W)
    hit = p.mask[xp.arange(b), xp.clip(r, 0, H - 1), xp.clip(c, 0, W - 1)] & inside
    return Ints(zeros, zeros.copy(), hit.astype(np.int64), True)


def _in_other(xp, a: Seq, c: Seq):
    """bool [B, Ka]: a's element is in c (None: not decidable)."""
    eq = pair_equal(xp, a.items, a.k, c.items, c.k)
    if eq is None:
        return None
    return (eq & valid_slots(xp, c.n, c.k)[:, None, :]).any(axis=2)


@rule("difference")
def _difference(xp, args, b):
    if not_iterable(xp, args[0]):
        return raises(xp, b)
    a = as_seq(xp, args[0])
    if not_iterable(xp, args[1]):  # `e not in 5` raises once a has an element
        if a is None:
            return None
        return kept(xp, a, xp.zeros((b, a.k), dtype=bool), a.n > 0, _zeros(xp, b))
    c = as_seq(xp, args[1])
    if a is None or c is None:
        return None
    inside = _in_other(xp, a, c)
    if inside is None:
        return None
    return kept(xp, a, ~inside, _zeros(xp, b), _zeros(xp, b))


@rule("intersection")
def _intersection(xp, args, b):
    ai, ci = as_ints(xp, args[0]), as_ints(xp, args[1])
    if ai is not None and ci is not None:  # `&` of two ints is their bitwise and
        zeros = _zeros(xp, b)
        return Ints(zeros, zeros.copy(), ai.v & ci.v, ai.boolean and ci.boolean)
    a, c = (as_seq(xp, x) for x in args)
    if any(not_iterable(xp, x) for x in args) or (a is not None and not a.frozen):
        return raises(xp, b)  # & of tuples, ints: TypeError
    if a is None or c is None:
        return None
    if not c.frozen:
        return raises(xp, b)  # frozenset & tuple: TypeError
    inside = _in_other(xp, a, c)
    if inside is None:
        return None
    keep = inside & valid_slots(xp, a.n, a.k)
    items, n, k = compact(xp, a.items, a.k, keep)
    # The reference inserts while iterating the smaller set, but `a & a` (one object twice)
    # copies the table: order known only where set_order can tell it without the insertion
    # sequence, and the set is not promised fresh.
    zeros = _zeros(xp, b)
    return frozenset_of(xp, items, n, k, zeros, zeros.copy(), zeros.copy(), replay=False)


# -- building sets -------------------------------------------------------------------------------
@rule("initset")
def _initset(xp, args, b):
    (value,) = args
    if isinstance(value, Func):
        return None
    ones = xp.ones(b, dtype=np.int32)
    zeros = _zeros(xp, b)
    return frozenset_of(xp, value, ones, 1, zeros, zeros.copy(), ~zeros)


@rule("insert")
def _insert(xp, args, b):
    value, c = args
    seq, early = container_arg(xp, c, b)
    if seq is None:
        return early
    if not seq.frozen:
        return raises(xp, b)  # a tuple has no .union
    one = _initset(xp, [value], b)
    if not isinstance(one, Seq):
        return None
    joined = _join(xp, seq, one)
    if joined is None:
        return None
    items, n, k = joined
    # union() copies the table and may resize it: only order-free layouts are known (the set
    # is not filled member by member into a fresh table).
    zeros = _zeros(xp, b)
    return frozenset_of(xp, items, n, k, zeros, zeros.copy(), zeros.copy(), replay=False)


def _join(xp, a: Seq, c: Seq):
    """(items, n, K) of a's elements followed by c's, or None if their items differ in kind."""
    b = a.size
    both = concat_values(xp, a.items, c.items)
    if both is None:
        return None
    k = a.k + c.k
    slot = xp.arange(k)[None, :]
    base = xp.arange(b)[:, None]
    from_a = slot < a.n[:, None]
    idx = xp.where(from_a, base * a.k + slot, a.size * a.k + base * c.k + (slot - a.n[:, None]))
    idx = xp.clip(idx, 0, both.size - 1)
    return take_value(xp, both, idx.reshape(-1)), (a.n + c.n).astype(np.int32), k


@rule("combine")
def _combine(xp, args, b):
    if any(not_iterable(xp, x) for x in args):
        return raises(xp, b)
    a, c = (as_seq(xp, x) for x in args)
    if a is None or c is None:
        return None
    joined = _join(xp, a, c)
    if joined is None:
        return None
    items, n, k = joined
    zeros = _zeros(xp, b)
    if a.frozen:
        known = a.ordered & ~_unordered(c)
        return frozenset_of(xp, items, n, k, zeros, zeros.copy(), known)
    fb = _unordered(c) & (c.n > 1)  # a frozenset appended to a tuple in its order
    return tuple_of(xp, items, n, k, zeros, fb)


@rule("merge")
def _merge(xp, args, b):
    (c,) = args
    outer, early = container_arg(xp, c, b)
    if outer is None:
        return early
    zeros = _zeros(xp, b)
    if isinstance(outer.items, Ints):  # iterating an int element raises TypeError
        return outer.with_flags(outer.n > 0, zeros)
    flat = flatten(xp, outer)
    if flat is None:
        return None
    inner, keep, k = flat
    items, n, k = compact(xp, inner.items, k, keep)
    inner_unordered = (_unordered(inner) & (inner.n > 1)).reshape(b, outer.k)
    inner_unordered = (inner_unordered & valid_slots(xp, outer.n, outer.k)).any(axis=1)
    if outer.frozen:
        known = outer.ordered & ~inner_unordered
        return frozenset_of(xp, items, n, k, zeros, zeros.copy(), known)
    return tuple_of(xp, items, n, k, zeros, inner_unordered)


@rule("product")
def _product(xp, args, b):
    if not_iterable(xp, args[1]):
        return raises(xp, b)
    c = as_seq(xp, args[1])
    if c is not None and not_iterable(xp, args[0]):  # a is iterated once b has an element
        none = xp.zeros((b, c.k), dtype=bool)
        items, n, k = compact(xp, c.items, c.k, none)
        return frozenset_of(xp, items, n, k, c.n > 0, _zeros(xp, b), ~_zeros(xp, b))
    a = as_seq(xp, args[0])
    if a is None or c is None or not (isinstance(a.items, Ints) and isinstance(c.items, Ints)):
        return None
    ka, kc = a.k, c.k
    base = xp.arange(b)[:, None, None]
    i = xp.arange(ka)[None, None, :]
    j = xp.arange(kc)[None, :, None]  # the reference loops over b outside, a inside
    x = a.items.v[xp.broadcast_to(base * ka + i, (b, kc, ka)).reshape(-1)]
    y = c.items.v[xp.broadcast_to(base * kc + j, (b, kc, ka)).reshape(-1)]
    valid = valid_slots(xp, c.n, kc)[:, :, None] & valid_slots(xp, a.n, ka)[:, None, :]
    zeros = xp.zeros(b * kc * ka, dtype=bool)
    pairs = Vecs(zeros, zeros.copy(), xp.stack([x, y], axis=1))
    items, n, k = compact(xp, pairs, kc * ka, valid.reshape(b, kc * ka))
    z = _zeros(xp, b)
    return frozenset_of(xp, items, n, k, z, z.copy(), z.copy())


@rule("sizefilter")
def _sizefilter(xp, args, b):
    c, size = args[0], as_ints(xp, args[1])
    if not_iterable(xp, c):
        return raises(xp, b)
    seq = as_seq(xp, c)
    if seq is None or size is None:
        return None
    zeros = _zeros(xp, b)
    valid = valid_slots(xp, seq.n, seq.k)
    items = seq.items
    if isinstance(items, Ints):  # len(int): TypeError on the first element
        none = xp.zeros((b, seq.k), dtype=bool)
        picked, n, k = compact(xp, items, seq.k, none)
        return frozenset_of(xp, picked, n, k, seq.n > 0, zeros, ~zeros)
    if isinstance(items, Grids):
        lengths = items.h
    elif isinstance(items, Seq):
        lengths = items.n
    elif isinstance(items, Vecs):
        lengths = xp.full(items.size, 2)
    elif isinstance(items, Patches):
        lengths = patch_counts(xp, items)
    else:
        return None
    keep = valid & (lengths.reshape(b, seq.k) == size.v[:, None])
    picked, n, k = compact(xp, items, seq.k, keep)
    known = ~_unordered(seq)
    return frozenset_of(xp, picked, n, k, zeros, zeros.copy(), known, distinct=seq.frozen)


# -- extremes and counts -------------------------------------------------------------------------
def _extreme(largest: bool):
    def apply(xp, args, b):
        (c,) = args
        seq, early = container_arg(xp, c, b)
        if seq is None:
            return early
        zeros = _zeros(xp, b)
        if isinstance(seq.items, Ints):
            v = seq.items.v.reshape(b, seq.k)
            valid = valid_slots(xp, seq.n, seq.k)
            fill = -(2**62) if largest else 2**62
            m = xp.where(valid, v, fill)
            best = m.max(axis=1) if largest else m.min(axis=1)
            return ints(xp, xp.where(seq.n > 0, best, 0), zeros, zeros.copy())
        # Other elements compare as tuples: decided for 0 (default) or 1 element only.
        item = element_at(xp, seq, xp.zeros(b, dtype=np.int32))
        zero = Ints(zeros, zeros.copy(), xp.zeros(b, dtype=np.int64))
        chosen = select(xp, _mask(xp, seq.n == 0), zero, replace(item, err=zeros, fb=zeros), b)
        if chosen is None:
            return None
        return chosen.with_flags(zeros, seq.n > 1)

    return apply


def _mask(xp, m) -> Ints:
    zeros = xp.zeros(m.shape[0], dtype=bool)
    return Ints(zeros, zeros.copy(), m.astype(np.int64), True)


rule("maximum")(_extreme(True))
rule("minimum")(_extreme(False))


def _common(most: bool):
    def apply(xp, args, b):
        (c,) = args
        seq, early = container_arg(xp, c, b)
        if seq is None:
            return early
        if seq.frozen:
            return raises(xp, b)  # frozenset has no .count
        first = _first_occurrences(xp, seq)
        if first is None:
            return None
        distinct, nd, kd = compact(xp, seq.items, seq.k, first)
        eq = pair_equal(xp, distinct, kd, seq.items, seq.k)
        counts = (eq & valid_slots(xp, seq.n, seq.k)[:, None, :]).sum(axis=2)
        # set(container) is filled in first-appearance order; max/min scan it in set order,
        # which setorder.py reproduces from the hashes where they are known.
        hashes = value_hashes(xp, distinct)
        if hashes is not None:
            slots = set_ranks(xp, hashes.reshape(b, kd), nd)
            valid_d = valid_slots(xp, nd, kd)
            perm = xp.argsort(xp.where(valid_d, slots, 2**40), axis=1, kind="stable")
            ordered = nd <= MAX_SET
        else:
            perm, ordered = set_permutation(xp, distinct, nd, kd, xp.ones(b, dtype=bool))
            if perm is None:
                perm = slot_index(xp, b, kd)
        key = xp.take_along_axis(counts, perm, axis=1)
        valid = valid_slots(xp, nd, kd)
        key = xp.where(valid, key, -1 if most else 2**30)
        pos = xp.argmax(key, axis=1) if most else xp.argmin(key, axis=1)
        best = key.max(axis=1) if most else key.min(axis=1)
        tie = (key == best[:, None]).sum(axis=1) > 1
        slot = xp.take_along_axis(perm, pos[:, None], axis=1)[:, 0]
        item = take_value(xp, distinct, xp.arange(b) * kd + slot)
        fb = tie & ~ordered
        return item.with_flags((seq.n == 0) & ~fb, fb)

    return apply


rule("mostcommon")(_common(True))
rule("leastcommon")(_common(False))


# -- grids into containers -----------------------------------------------------------------------
def _split(horizontal: bool):
    """hsplit/vsplit: n pieces of len // n cells, skipping one line between pieces when len % n
    is not 0 (pieces past the end are cut short by slicing)."""

    def apply(xp, args, b):
        g, n = args[0], as_ints(xp, args[1])
        if as_ints(xp, g) is not None or isinstance(g, Func):
            return raises(xp, b)  # len() of an int or a function: TypeError
        if not isinstance(g, Grids) or n is None:
            return None
        length = g.w if horizontal else g.h
        count = n.v
        zero = count == 0
        safe = xp.where(zero, 1, count)
        piece = length // safe
        offset = (length % safe != 0).astype(np.int64)
        too_many = count > MAX_ITEMS
        pieces = xp.where(zero | too_many, 0, xp.maximum(count, 0)).astype(np.int32)
        k = max(1, int(pieces.max())) if b else 1
        rep = lambda a: xp.repeat(a, k)  # noqa: E731
        slot = xp.tile(xp.arange(k), b)
        start = rep(piece) * slot + slot * rep(offset)
        src = repeat_value(xp, g, k)
        # Piece k is crop(grid, start, (piece, len)): Python slicing, row by row if ragged.
        origin = xp.zeros_like(start)
        if horizontal:
            items = _crop_parts(xp, src, origin, src.h, start, rep(piece))
        else:
            items = _crop_parts(xp, src, start, rep(piece), origin, src.w)
        empty = g.h == 0  # len(grid[0]) raises IndexError
        err = (zero | empty) & ~too_many
        return tuple_of(xp, items, pieces, k, err, too_many)

    return apply


rule("hsplit")(_split(True))
rule("vsplit")(_split(False))


@rule("palette")
def _palette(xp, args, b):
    (g,) = args
    if not isinstance(g, Grids):
        return None
    H, W = g.canvas
    flat = g.cells.reshape(b, H * W).astype(np.int64)
    inside = cells_inside(xp, g).reshape(b, H * W)
    # Distinct values in order of first appearance (row-major): a stable sort groups equal
    # values with their first position leading.
    key = xp.where(inside, flat, 2**40)
    order = xp.argsort(key, axis=1, kind="stable")
    ordered_vals = xp.take_along_axis(key, order, axis=1)
    new = xp.ones_like(ordered_vals, dtype=bool)
    new[:, 1:] = ordered_vals[:, 1:] != ordered_vals[:, :-1]
    new &= ordered_vals < 2**40
    first_pos = xp.where(new, order, 10**9)
    by_appearance = xp.argsort(first_pos, axis=1, kind="stable")
    n = new.sum(axis=1).astype(np.int32)
    k = max(1, int(n.max())) if b else 1
    vals = xp.take_along_axis(ordered_vals, by_appearance[:, :k], axis=1)
    vals = xp.where(valid_slots(xp, n, k), vals, 0)
    zeros = xp.zeros(b * k, dtype=bool)
    items = Ints(zeros, zeros.copy(), vals.reshape(-1))
    z = _zeros(xp, b)
    # frozenset(a set comprehension): a copy of the set's table, not a fresh insertion.
    return frozenset_of(xp, items, n, k, z, z.copy(), ~z, replay=False)


@rule("index")
def _index(xp, args, b):
    g, loc = args[0], as_vecs(xp, args[1])
    if not isinstance(g, Grids) or loc is None:
        return None
    i, j = loc.v[:, 0], loc.v[:, 1]
    H, W = g.canvas
    inside = (i >= 0) & (i < g.h) & (j >= 0) & (j < g.w)
    ii = xp.clip(i, 0, H - 1)
    jj = xp.clip(j, 0, W - 1)
    cell = g.cells[xp.arange(b), ii, jj].astype(np.int64)
    empty = g.h == 0  # len(grid[0]) raises IndexError
    if not bool((inside & ~empty).any()):  # None wherever it is decided (a constant offset)
        return Consts(empty, xp.zeros(b, dtype=bool), None)
    # Outside the grid the reference returns None: the fallback decides those samples.
    return ints(xp, cell, empty, ~inside & ~empty)
