"""Batched rules for integers, pairs and logic (spec §4.1, §4.2; `size` of grids).

Binary arithmetic follows the reference dispatch: (int, int), (tuple, tuple), (int, tuple), then
(tuple, int); integer division and halving are floor operations, a zero divisor raises.
"""

from __future__ import annotations

import numpy as np

from .closures import select, truthy
from .containers import two_tuple
from .patches import patch_size
from .rules import rule
from .seqs import values_equal
from .values import (
    Consts,
    Func,
    Grids,
    Ints,
    Patches,
    Seq,
    Vecs,
    as_ints,
    as_vecs,
    ints,
    raises,
    vecs,
)

_OPS = {
    "add": np.add,
    "subtract": np.subtract,
    "multiply": np.multiply,
}


def _binary(xp, name, args, b):
    a, c = args
    ai, ci = as_ints(xp, a), as_ints(xp, c)
    av, cv = as_vecs(xp, a), as_vecs(xp, c)
    zeros = xp.zeros(b, dtype=bool)
    if ai is not None and ci is not None:
        x, y = ai.v, ci.v
        shape_vec = False
    elif av is not None and cv is not None:
        x, y = av.v, cv.v
        shape_vec = True
    elif ai is not None and cv is not None:
        x, y = ai.v[:, None], cv.v
        shape_vec = True
    elif av is not None and ci is not None:
        x, y = av.v, ci.v[:, None]
        shape_vec = True
    else:
        return None
    if name == "divide":
        zero = (y == 0) if not shape_vec else (xp.broadcast_to(y, (b, 2)) == 0).any(axis=1)
        safe = xp.where(y == 0, 1, y)
        v = xp.floor_divide(x, safe)
        err = zero
    else:
        v = _OPS[name](x, y)
        err = zeros
    overflow = zeros
    if name == "multiply":  # |x|, |y| < 2**40: a product may wrap int64; a float bound spots it
        product = xp.abs(x.astype(np.float64)) * xp.abs(y.astype(np.float64))
        overflow = xp.broadcast_to(product >= 2.0**62, v.shape)
        overflow = overflow.any(axis=1) if shape_vec else overflow
    if shape_vec:
        return vecs(xp, xp.broadcast_to(v, (b, 2)).copy(), err, overflow)
    return ints(xp, v, err, overflow)


for _name in ("add", "subtract", "multiply", "divide"):
    rule(_name)(lambda xp, args, b, _n=_name: _binary(xp, _n, args, b))


def _unary(fn, repeats_rows: bool = False):
    def apply(xp, args, b):
        (x,) = args
        zeros = xp.zeros(b, dtype=bool)
        xi = as_ints(xp, x)
        if xi is not None:
            return ints(xp, fn(xp, xi.v), zeros, zeros)
        xv = as_vecs(xp, x)
        if xv is not None:
            return vecs(xp, fn(xp, xv.v), zeros, zeros)
        if isinstance(x, Grids):  # -row / row + 1 raise TypeError, ()[0] IndexError
            if repeats_rows:  # (grid[0] * 2, grid[1] * 2) is a value from 2 rows up
                return Consts(x.h < 2, x.h >= 2, None)
            return raises(xp, b)
        if isinstance(x, Patches | Func) or (isinstance(x, Seq) and x.frozen):
            return raises(xp, b)  # x[0] of a frozenset or a function: TypeError
        return None

    return apply


rule("invert")(_unary(lambda xp, v: -v))
rule("double")(_unary(lambda xp, v: v * 2, repeats_rows=True))
rule("halve")(_unary(lambda xp, v: xp.floor_divide(v, 2)))
rule("increment")(_unary(lambda xp, v: v + 1))
rule("decrement")(_unary(lambda xp, v: v - 1))
rule("crement")(_unary(lambda xp, v: xp.where(v == 0, 0, xp.where(v > 0, v + 1, v - 1))))
rule("sign")(_unary(lambda xp, v: xp.sign(v)))


def _int_predicate(fn):
    def apply(xp, args, b):
        (x,) = args
        zeros = xp.zeros(b, dtype=bool)
        xi = as_ints(xp, x)
        if xi is not None:
            return Ints(zeros, zeros.copy(), fn(xp, xi.v).astype(np.int64), True)
        if isinstance(x, Vecs | Grids):  # tuple % 2, tuple > 0: TypeError
            return raises(xp, b)
        return None

    return apply


rule("even")(_int_predicate(lambda xp, v: v % 2 == 0))
rule("positive")(_int_predicate(lambda xp, v: v > 0))


def _vector(first: bool):
    def apply(xp, args, b):
        xi = as_ints(xp, args[0])
        if xi is None:
            return None
        zeros = xp.zeros(b, dtype=bool)
        other = xp.zeros(b, dtype=np.int64)
        pair = xp.stack([xi.v, other] if first else [other, xi.v], axis=1)
        return vecs(xp, pair, zeros, zeros)

    return apply


rule("toivec")(_vector(True))
rule("tojvec")(_vector(False))


@rule("astuple")
def _astuple(xp, args, b):
    a, c = as_ints(xp, args[0]), as_ints(xp, args[1])
    if a is None or c is None:
        return two_tuple(xp, args[0], args[1])
    zeros = xp.zeros(b, dtype=bool)
    return vecs(xp, xp.stack([a.v, c.v], axis=1), zeros, zeros)


@rule("greater")
def _greater(xp, args, b):
    zeros = xp.zeros(b, dtype=bool)
    a, c = as_ints(xp, args[0]), as_ints(xp, args[1])
    if a is not None and c is not None:
        return Ints(zeros, zeros.copy(), (a.v > c.v).astype(np.int64), True)
    av, cv = as_vecs(xp, args[0]), as_vecs(xp, args[1])
    if av is not None and cv is not None:
        x, y = av.v, cv.v
        gt = (x[:, 0] > y[:, 0]) | ((x[:, 0] == y[:, 0]) & (x[:, 1] > y[:, 1]))
        return Ints(zeros, zeros.copy(), gt.astype(np.int64), True)
    if (a is not None and cv is not None) or (av is not None and c is not None):
        return raises(xp, b)  # int > tuple: TypeError
    return None


@rule("equality")
def _equality(xp, args, b):
    eq = values_equal(xp, args[0], args[1])
    if eq is None:
        return None
    zeros = xp.zeros(b, dtype=bool)
    return Ints(zeros, zeros.copy(), eq.astype(np.int64), True)


@rule("flip")
def _flip(xp, args, b):
    t = truthy(xp, args[0])
    if t is None:
        return None
    zeros = xp.zeros(b, dtype=bool)
    return Ints(zeros, zeros.copy(), (~t).astype(np.int64), True)


def _and_or(returns_first_when_truthy: bool):
    """Python `a and b` (returns b when a is truthy) or `a or b` (returns a when a is truthy)."""

    def apply(xp, args, b):
        a, c = args
        t = truthy(xp, a)
        if t is None:
            return None
        cond = Ints(a.err, a.fb, t.astype(np.int64), True)
        return select(xp, cond, a, c, b) if returns_first_when_truthy else select(xp, cond, c, a, b)

    return apply


rule("both")(_and_or(False))
rule("either")(_and_or(True))


@rule("identity")
def _identity(xp, args, b):
    return args[0]


@rule("size")
def _size(xp, args, b):
    (x,) = args
    zeros = xp.zeros(b, dtype=bool)
    if isinstance(x, Grids):
        return ints(xp, x.h.astype(np.int64), zeros, zeros)
    if isinstance(x, Vecs):
        return ints(xp, xp.full(b, 2, dtype=np.int64), zeros, zeros)
    if isinstance(x, Seq):
        return ints(xp, x.n.astype(np.int64), zeros, zeros)
    if isinstance(x, Patches):
        return patch_size(xp, x)
    if as_ints(xp, x) is not None or isinstance(x, Func):
        return raises(xp, b)  # len(int): TypeError
    return None
