"""Sets of straight runs past a container's slots: `prapply(connect, a, c)` over large sets of
locations, kept as its distinct runs.

`prapply(connect, a, c)` is the frozenset {connect(i, j) for j in c for i in a}. With a and c
of hundreds of locations that is a hundred thousand pairs, far more than a container's
MAX_ITEMS slots, yet few of the results are distinct: every unaligned pair gives the same empty
run, and an aligned pair gives the same run either way round. `connect_runs` lists each
sample's distinct runs (at most eight directions by the longest side per location of a) without
visiting the unaligned pairs.

The container rule keeps its own result for the samples whose pairs fit and flags the others
fb; a `Runs` note on that value (`mark_runs`) describes those fb samples exactly, by their
runs. The rules that read runs without a canvas decide them from the note:

- `sfilter(x, f)`: f called on every run (lazy `LinePatches`); the kept runs, as a new note;
- `mfilter(x, f)`, `merge(x)`: the union of the (kept) runs, an Indices patch;
- `size(x)`: the number of distinct runs.

Every other rule sees fb samples, which fall back. The note lasts while the value's flags are
the ones it was made under, and `closures.merge_flags` carries it where the inputs add no
failure; a reader that decides the noted samples says so with `mark_read`, and `apply_rule`
clears their fb. The set's iteration order is never known: these readers are order-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from battflow.dsl.registry import PRIMITIVES

from .values import (
    BValue,
    Func,
    Ints,
    Line,
    LinePatches,
    Patches,
    Seq,
    held_note,
    mark_note,
    to_numpy,
)

MAX_RUNS = 1 << 22
"""Most runs a batch's note holds; a batch with more keeps the container rule's flags."""
MAX_LOOKUP_CELLS = 1 << 24
"""Most cells of the [B, H, W] membership canvases `connect_runs` builds."""
CALL_CELLS = 1 << 25
"""Most runs x canvas cells per predicate call (a rule that builds the runs' masks stays
within this many cells)."""

_FORWARD = ((0, 1), (1, -1), (1, 0), (1, 1))
"""Directions in which a run is listed from its first location; a pair found in the opposite
direction is left to its twin unless the twin does not exist."""


@dataclass(frozen=True)
class Runs:
    """The members of B frozensets of straight runs, flat. `owner` int64 [N]: the sample of each
    run (non-decreasing); `line` LinePatches of size N (lazy, flags clear): the runs, each set
    once per sample; `n` int64 [B]: runs per sample; `exact` bool [B]: samples whose runs are
    the set's members (the others' are not to be read); `where` bool [B]: the fb samples of
    the value carrying the note that it describes (within `exact`)."""

    where: Any
    exact: Any
    owner: Any
    line: LinePatches
    n: Any


def mark_runs(value: BValue, runs: Runs) -> BValue:
    """value, noting that runs.where (within value.fb, once its flags are merged) is `runs`."""
    return mark_note(value, "_runs", runs)


def runs_note(value: BValue) -> Runs | None:
    """value's Runs note, if it was made under value's current flags."""
    return held_note(value, "_runs")


def runs_where(value: BValue):
    """bool [B]: the samples value's Runs note describes, or None."""
    runs = runs_note(value)
    return None if runs is None else runs.where


def carry_runs(out: BValue, result: BValue, err, fb, inputs: list[BValue]) -> None:
    """Carry result's note to out (result with merged flags err/fb) where no input fails for a
    reason other than a Runs note of its own."""
    runs = runs_note(result)
    if runs is None:
        return
    blame = None
    for value in inputs:
        where = runs_where(value)
        dead = value.err | (value.fb if where is None else value.fb & ~where)
        blame = dead if blame is None else blame | dead
    where = runs.where & ~err & fb
    if blame is not None:
        where = where & ~blame
    mark_runs(out, Runs(where, runs.exact, runs.owner, runs.line, runs.n))


def mark_read(value: BValue, decided) -> BValue:
    """value, saying that the samples `decided` (bool [B]) were read from an input's Runs note
    and are exact: their fb from that input is to be cleared (`runs_read`)."""
    return mark_note(value, "_runs_read", decided)


def runs_read(value: BValue):
    """bool [B]: the samples `mark_read` names, if value's flags are still those; or None."""
    return held_note(value, "_runs_read")


# -- the runs of prapply(connect, a, c) -----------------------------------------------------------
def is_connect(func: BValue) -> bool:
    """func is the primitive connect itself."""
    return isinstance(func, Func) and func.tree == ("prim", "connect")


def _locations(xp, seq: Seq):
    """(sample, i, j) int64 [N] of every element of a Seq of locations."""
    b, k = seq.size, seq.k
    v = seq.items.v.reshape(b, k, 2)
    sample, slot = xp.nonzero(xp.arange(k)[None, :] < seq.n[:, None])
    return sample.astype(np.int64), v[sample, slot, 0], v[sample, slot, 1]


def connect_runs(xp, a: Seq, c: Seq, where) -> Runs | None:
    """The note of `prapply(connect, a, c)` for frozensets of locations a and c (size B), every
    sample listed and the samples `where` described; None where the batch is past the caps
    (its locations too far apart, or too many runs).

    Per sample the members are: connect(p, q) for every aligned p in a, q in c (a row, column
    or diagonal run between them, {p} where p == q), each once; and the empty run where some
    pair is not aligned (fewer aligned pairs than len(a) * len(c))."""
    b = a.size
    sa, ia, ja = _locations(xp, a)
    sc, ic, jc = _locations(xp, c)
    if not ia.shape[0] or not ic.shape[0]:
        lo, H, W = np.zeros(2, dtype=np.int64), 1, 1
    else:
        i, j = xp.concatenate([ia, ic]), xp.concatenate([ja, jc])
        ends = to_numpy(xp.stack([i.min(), j.min(), i.max(), j.max()]))
        lo = ends[:2]
        H, W = int(ends[2] - lo[0] + 1), int(ends[3] - lo[1] + 1)
    if b * H * W > MAX_LOOKUP_CELLS:
        return None
    ia, ja, ic, jc = ia - int(lo[0]), ja - int(lo[1]), ic - int(lo[0]), jc - int(lo[1])
    in_a = xp.zeros((b, H, W), dtype=bool)
    in_a[sa, ia, ja] = True
    in_c = xp.zeros((b, H, W), dtype=bool)
    in_c[sc, ic, jc] = True

    a_in_c = in_c[sa, ia, ja]  # the pair (p, p): the run {p}
    aligned = xp.bincount(sa[a_in_c], minlength=b)
    parts = [(sa[a_in_c], ia[a_in_c], ja[a_in_c], ia[a_in_c], ja[a_in_c])]
    steps = xp.arange(1, max(H, W), dtype=np.int64)[None, :]
    for forward in _FORWARD:
        for sign in (1, -1):
            di, dj = forward[0] * sign, forward[1] * sign
            pi, pj = ia[:, None] + steps * di, ja[:, None] + steps * dj
            inside = (pi >= 0) & (pi < H) & (pj >= 0) & (pj < W)
            qi, qj = xp.clip(pi, 0, H - 1), xp.clip(pj, 0, W - 1)
            owner = xp.broadcast_to(sa[:, None], pi.shape)
            hit = inside & in_c[owner, qi, qj]
            aligned = aligned + xp.bincount(owner[hit], minlength=b)
            if sign < 0:  # its twin (q, p), listed forward, exists where q in a and p in c
                hit = hit & ~(in_a[owner, qi, qj] & a_in_c[:, None])
            row, col = xp.nonzero(hit)
            parts.append((sa[row], ia[row], ja[row], pi[row, col], pj[row, col]))
    pairs = a.n.astype(np.int64) * c.n.astype(np.int64)
    empty = xp.nonzero(pairs > aligned)[0].astype(np.int64)  # an unaligned pair: the empty run
    none = xp.zeros(empty.shape[0], dtype=np.int64)
    parts.append((empty, none, none, none + 1, none + 2))
    owner, pi, pj, qi, qj = (xp.concatenate([part[k] for part in parts]) for k in range(5))
    if owner.shape[0] > MAX_RUNS:
        return None
    order = xp.argsort(owner, kind="stable")
    owner = owner[order]
    from .patches import segment_between

    line = segment_between(
        xp,
        pi[order] + int(lo[0]),
        pj[order] + int(lo[1]),
        qi[order] + int(lo[0]),
        qj[order] + int(lo[1]),
    )
    bad = xp.bincount(owner[line.fb], minlength=b) > 0  # a run too long or too far out
    zeros = xp.zeros(owner.shape[0], dtype=bool)
    line = line.with_flags(zeros, zeros.copy())
    n = xp.bincount(owner, minlength=b).astype(np.int64)
    exact = ~(bad | a.err | a.fb | c.err | c.fb)
    return Runs(where & exact, exact, owner, line, n)


# -- readers -------------------------------------------------------------------------------------
def take_runs(xp, line: LinePatches, idx) -> LinePatches:
    """The runs idx (int [M]) of lazy runs `line`, still lazy."""
    run = line.line
    zeros = xp.zeros(idx.shape[0], dtype=bool)
    taken = Line(xp, run.r[idx], run.c[idx], run.di[idx], run.dj[idx], run.n[idx], run.shape)
    return LinePatches(zeros, zeros.copy(), None, line.oi[idx], line.oj[idx], line=taken)


def _predicate(xp, runs: Runs, cond: BValue):
    """(truth, err, fb) bool [N] of cond called on every run (each with its sample's cond), in
    calls of at most CALL_CELLS runs x canvas cells; None where cond's truth is not decidable
    here."""
    from .closures import call, truthy
    from .seqs import take_value

    total = runs.owner.shape[0]
    H, W = runs.line.line.shape
    step = max(1, CALL_CELLS // (H * W))
    parts = []
    for start in range(0, total, step):
        idx = xp.arange(start, min(total, start + step))
        func = take_value(xp, cond, runs.owner[idx])
        out = call(xp, func, [take_runs(xp, runs.line, idx)], idx.shape[0])
        truth = truthy(xp, out)
        if truth is None:
            return None
        parts.append((truth, out.err, out.fb))
    if not parts:
        empty = xp.zeros(0, dtype=bool)
        return empty, empty.copy(), empty.copy()
    return tuple(xp.concatenate([part[k] for part in parts]) for k in range(3))


def _per_sample(xp, owner, flags, b: int):
    return xp.bincount(owner[flags], minlength=b) > 0


def filter_runs(xp, runs: Runs, cond: BValue, b: int) -> tuple[Runs, Any, Any] | None:
    """(the runs cond keeps, err [B], fb [B]) of sfilter over the runs: a sample falls back if
    cond does on any run, else raises if cond raises on any (the reference calls it on every
    member whatever the order); None where cond's truth is not decidable here."""
    judged = _predicate(xp, runs, cond)
    if judged is None:
        return None
    truth, run_err, run_fb = judged
    fb = _per_sample(xp, runs.owner, run_fb, b)
    err = _per_sample(xp, runs.owner, run_err, b) & ~fb
    keep = xp.nonzero(truth & ~run_err & ~run_fb)[0]
    owner = runs.owner[keep]
    exact = runs.exact & ~err & ~fb & ~(cond.err | cond.fb)
    n = xp.bincount(owner, minlength=b).astype(np.int64)
    kept = Runs(runs.where & exact, exact, owner, take_runs(xp, runs.line, keep), n)
    return kept, err, fb


def union_of_runs(xp, runs: Runs, b: int) -> Patches:
    """merge of the runs per sample: the Indices of every cell of every run (fb where the
    union's box is past ALIGN_LIMIT, or where the runs are not exact)."""
    from .objects import placed_members

    item, r, c = runs.line.line.cells()
    i, j = runs.line.oi[item] + r, runs.line.oj[item] + c
    far, top, left, (H, W), _, sample, ri, rj = placed_members(xp, runs.owner[item], i, j, b)
    mask = xp.zeros((b, H, W), dtype=bool)
    mask[sample, ri, rj] = True
    return Patches(xp.zeros(b, dtype=bool), far | ~runs.exact, mask, top, left)


def _decided(value: BValue, runs: Runs, *others: BValue) -> BValue:
    """value, read from `runs` where they describe the input: those samples are cleared."""
    where = runs.where & ~value.fb  # an error read from the runs is exact too
    for other in others:
        where = where & ~(other.err | other.fb)
    return mark_read(value, where)


# -- rules ----------------------------------------------------------------------------------------
def _sfilter(previous):
    def apply(xp, args, b):
        out = previous(xp, args, b)
        runs = runs_note(args[0])
        if out is None or runs is None:
            return out
        filtered = filter_runs(xp, runs, args[1], b)
        if filtered is None:
            return out
        out = out.with_flags(out.err, out.fb)  # a copy: the note is this result's alone
        return mark_runs(out, filtered[0])

    return apply


def _mfilter(previous):
    def apply(xp, args, b):
        runs = runs_note(args[0])
        if runs is None:
            return previous(xp, args, b)
        filtered = filter_runs(xp, runs, args[1], b)
        if filtered is None:
            return previous(xp, args, b)
        kept, err, fb = filtered
        union = union_of_runs(xp, kept, b)
        out = union.with_flags(err, union.fb & ~err | fb)
        return _decided(out, runs, args[1])

    return apply


def _merge(previous):
    def apply(xp, args, b):
        runs = runs_note(args[0])
        if runs is None:
            return previous(xp, args, b)
        return _decided(union_of_runs(xp, runs, b), runs)

    return apply


def _size(previous):
    def apply(xp, args, b):
        runs = runs_note(args[0])
        if runs is None:
            return previous(xp, args, b)
        zeros = xp.zeros(b, dtype=bool)
        return _decided(Ints(zeros, ~runs.exact, runs.n), runs)

    return apply


def extend_rules() -> None:
    """Give sfilter, mfilter, merge and size their branch for a Runs-noted container (called by
    `load_rules` once every family's rule is registered)."""
    for name, wrap in (("sfilter", _sfilter), ("mfilter", _mfilter)):
        PRIMITIVES[name].batched = wrap(PRIMITIVES[name].batched)
    for name, wrap in (("merge", _merge), ("size", _size)):
        PRIMITIVES[name].batched = wrap(PRIMITIVES[name].batched)
