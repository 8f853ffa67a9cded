"""Sets of straight runs past a container's slots: `prapply(connect, a, c)` and
`prapply(shoot, a, c)` over sets of locations, kept as their distinct runs.

`prapply(connect, a, c)` is the frozenset {connect(i, j) for j in c for i in a}. With a and c
of hundreds of locations that is a hundred thousand pairs, far more than a container's
MAX_ITEMS slots, yet few of the results are distinct: every unaligned pair gives the same empty
run, and an aligned pair gives the same run either way round. `connect_runs` lists each
sample's distinct runs (at most eight directions by the longest side per location of a) without
visiting the unaligned pairs. `shoot_runs` does the same for shoot(p, d), whose runs (43 times
d long) are also too long for a patch's canvas (`patches.MAX_LINE`): a run is kept as its start,
direction and length, and nothing lays it out unless a reader asks (`RunLine`).

The container rule keeps its own result for the samples it can hold and flags the others
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

from .bigcanvas import input_failures
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
    member_bounds,
    ragged_slots,
    to_numpy,
)

MAX_RUNS = 1 << 22
"""Most runs a batch's note holds; a batch with more keeps the container rule's flags."""
MAX_LOOKUP_CELLS = 1 << 24
"""Most cells of the [B, H, W] membership canvases `connect_runs` builds."""
COORD_LIMIT = 1 << 20
"""Samples with a location this far out get no runs (their ends stay far inside int64)."""
RUN_CELLS = 1 << 22
"""Most cells a reader may list from a note's runs at once (`RunLine.cells`)."""
CALL_CELLS = 1 << 25
"""Most runs x canvas cells a reader may lay out as masks (`RunLine.mask`)."""
UNION_CELLS = 1 << 25
"""Most cells of the [B, H, W] canvas of a union of runs (`union_of_runs`)."""

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


def carry_runs(xp, out: BValue, result: BValue, err, fb, inputs: list[BValue]) -> None:
    """Carry result's note to out (result with merged flags err/fb) where no input fails for a
    reason other than a Runs note of its own."""
    runs = runs_note(result)
    if runs is None:
        return
    blame = input_failures(xp, inputs, runs_where)
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


# -- the runs of prapply(connect | shoot, a, c) ---------------------------------------------------
class CanvasTooLarge(Exception):
    """A rule asked runs for more cells or canvas than a note's readers may build."""


class RunLine(Line):
    """The runs of a note: a Line whose cells (or masks) are built only within RUN_CELLS (or
    CALL_CELLS) cells; past that the reader gets CanvasTooLarge, and the note is not used."""

    def cells(self):
        if int(self.n.sum()) > RUN_CELLS:
            raise CanvasTooLarge
        return super().cells()

    def mask(self):
        if self.n.shape[0] * self.shape[0] * self.shape[1] > CALL_CELLS:
            raise CanvasTooLarge
        return super().mask()


def func_name(func: BValue) -> str | None:
    """The primitive's name where func is a primitive itself, else None."""
    if isinstance(func, Func) and func.tree[0] == "prim":
        return func.tree[1]
    return None


def _locations(xp, seq: Seq):
    """(sample, i, j) int64 [N] of every element of a Seq of locations."""
    b, k = seq.size, seq.k
    v = seq.items.v.reshape(b, k, 2)
    sample, slot = xp.nonzero(xp.arange(k)[None, :] < seq.n[:, None])
    return sample.astype(np.int64), v[sample, slot, 0], v[sample, slot, 1]


def _near(xp, sample, i, j, b: int):
    """bool [B]: no location of the sample is as far out as COORD_LIMIT."""
    far = (xp.abs(i) >= COORD_LIMIT) | (xp.abs(j) >= COORD_LIMIT)
    return xp.bincount(sample[far], minlength=b) == 0


def pair_runs(xp, name: str, a: Seq, c: Seq, where) -> Runs | None:
    """The note of `prapply(name, a, c)` (connect or shoot) for frozensets of locations a and c
    (size B): every sample listed, the samples `where` described; None where the batch is past
    the caps (locations too far apart for connect's lookup canvases, too many runs)."""
    b = a.size
    sa, ia, ja = _locations(xp, a)
    sc, ic, jc = _locations(xp, c)
    exact = ~(a.err | a.fb | c.err | c.fb) & _near(xp, sa, ia, ja, b) & _near(xp, sc, ic, jc, b)
    keep_a, keep_c = exact[sa], exact[sc]
    sa, ia, ja, sc, ic, jc = sa[keep_a], ia[keep_a], ja[keep_a], sc[keep_c], ic[keep_c], jc[keep_c]
    listed = connect_runs if name == "connect" else shoot_runs
    runs = listed(xp, b, (sa, ia, ja), (sc, ic, jc), a.n * exact, c.n * exact)
    if runs is None:
        return None
    owner, si, sj, di, dj, n = runs
    if owner.shape[0] > MAX_RUNS:
        return None
    order = xp.argsort(owner, kind="stable")
    owner, si, sj, di, dj, n = (v[order] for v in (owner, si, sj, di, dj, n))
    last = xp.maximum(n - 1, 0)
    ei, ej = si + last * di, sj + last * dj
    oi, oj = xp.minimum(si, ei), xp.minimum(sj, ej)
    tall = wide = 1
    if owner.shape[0]:
        spans = to_numpy(xp.stack([xp.abs(ei - si).max(), xp.abs(ej - sj).max()]))
        tall, wide = int(spans[0]) + 1, int(spans[1]) + 1
    line = RunLine(xp, si - oi, sj - oj, di, dj, n, (tall, wide))
    zeros = xp.zeros(owner.shape[0], dtype=bool)
    runs_line = LinePatches(zeros, zeros.copy(), None, oi, oj, line=line)
    count = xp.bincount(owner, minlength=b).astype(np.int64)
    return Runs(where & exact, exact, owner, runs_line, count)


def connect_runs(xp, b: int, a, c, na, nc):
    """(owner, start i, start j, di, dj, n) int64 [R] of the distinct members of
    connect(p, q) for p in a, q in c ((sample, i, j) flat locations of B sets of na and nc
    elements): the run between each aligned pair once (from its first location in a forward
    direction, `_FORWARD`), {p} where p == q, and the empty run (n = 0) where fewer pairs are
    aligned than na * nc. None where the lookup canvases would pass MAX_LOOKUP_CELLS."""
    sa, ia, ja = a
    sc, ic, jc = c
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
    one = xp.ones(int(a_in_c.sum()), dtype=np.int64)
    parts = [(sa[a_in_c], ia[a_in_c], ja[a_in_c], one * 0, one, one)]
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
            n = steps[0, col] + 1
            if sign > 0:
                start_i, start_j = ia[row], ja[row]
            else:  # listed from its other end, in the forward direction
                start_i, start_j = pi[row, col], pj[row, col]
            ones = xp.ones(row.shape[0], dtype=np.int64)
            parts.append((sa[row], start_i, start_j, ones * forward[0], ones * forward[1], n))
    pairs = na.astype(np.int64) * nc.astype(np.int64)
    empty = xp.nonzero(pairs > aligned)[0].astype(np.int64)  # an unaligned pair: the empty run
    none = xp.zeros(empty.shape[0], dtype=np.int64)
    parts.append((empty, none, none, none, none + 1, none))
    owner, si, sj, di, dj, n = (xp.concatenate([part[k] for part in parts]) for k in range(6))
    return owner, si + int(lo[0]), sj + int(lo[1]), di, dj, n


SHOOT_REACH = 42
"""shoot(start, direction) is connect(start, start + 42 * direction)."""


def shoot_runs(xp, b: int, a, c, na, nc):
    """(owner, start i, start j, di, dj, n) int64 [R] of the distinct members of shoot(p, d)
    for p in a, d in c (as `connect_runs`): {p} where d = (0, 0); the run of 42 * max(|d|) + 1
    locations from p where d is a row, column or diagonal direction; the empty run where some
    d is neither and a has an element. A run is listed from its first location in a forward
    direction; equal runs (from p along d and from the far end back) are kept once."""
    sa, ia, ja = a
    sc, di, dj = c
    straight = (di == 0) | (dj == 0) | (xp.abs(di) == xp.abs(dj))
    sc, di, dj = sc[straight], di[straight], dj[straight]
    count = xp.bincount(sc, minlength=b).astype(np.int64)  # straight directions per sample
    item, offset, _ = ragged_slots(xp, count[sa])  # location item of a, with each direction
    d = (xp.cumsum(count) - count)[sa[item]] + offset
    owner, pi, pj, ui, uj = sa[item], ia[item], ja[item], di[d], dj[d]
    n = SHOOT_REACH * xp.maximum(xp.abs(ui), xp.abs(uj)) + 1
    si, sj = xp.sign(ui), xp.sign(uj)
    back = (si < 0) | ((si == 0) & (sj < 0))
    sign = xp.where(back, -1, 1)
    start_i = xp.where(back, pi + (n - 1) * si, pi)
    start_j = xp.where(back, pj + (n - 1) * sj, pj)
    dot = n == 1  # d = (0, 0): {p}, listed as a run along the row
    di, dj = xp.where(dot, 0, si * sign), xp.where(dot, 1, sj * sign)
    keys = xp.stack([n, dj, di, start_j, start_i, owner])
    order = xp.lexsort(keys)
    first = xp.ones(order.shape[0], dtype=bool)
    first[1:] = _changes(keys[:, order])
    kept = order[first]
    parts = [tuple(v[kept] for v in (owner, start_i, start_j, di, dj, n))]
    empty = xp.nonzero((na > 0) & (nc > count))[0].astype(np.int64)  # a d neither way
    none = xp.zeros(empty.shape[0], dtype=np.int64)
    parts.append((empty, none, none, none, none + 1, none))
    return tuple(xp.concatenate([part[k] for part in parts]) for k in range(6))


def _changes(keys):
    """bool [N - 1]: where column k + 1 of keys ([K, N], columns sorted) differs from column k."""
    return (keys[:, 1:] != keys[:, :-1]).any(axis=0)


# -- readers -------------------------------------------------------------------------------------
def take_runs(xp, line: LinePatches, idx) -> LinePatches:
    """The runs idx (int [M]) of lazy runs `line`, still lazy."""
    run = line.line
    zeros = xp.zeros(idx.shape[0], dtype=bool)
    taken = Line(xp, run.r[idx], run.c[idx], run.di[idx], run.dj[idx], run.n[idx], run.shape)
    return LinePatches(zeros, zeros.copy(), None, line.oi[idx], line.oj[idx], line=taken)


def _predicate(xp, runs: Runs, cond: BValue):
    """(truth, err, fb) bool [N] of cond called on every run (each with its sample's cond); None
    where cond's truth is not decidable here, or where it would lay the runs out past
    RUN_CELLS cells or CALL_CELLS of masks (the runs stay lazy for size, bounds, lines)."""
    from .closures import call, truthy
    from .seqs import take_value

    total = runs.owner.shape[0]
    try:
        out = call(xp, take_value(xp, cond, runs.owner), [runs.line], total)
    except CanvasTooLarge:
        return None
    truth = truthy(xp, out)
    if truth is None:
        return None
    return truth, out.err, out.fb


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
    """merge of the runs per sample: the Indices of every location of every run, on a canvas
    per sample at its box (fb where the runs are not exact, or where the batch's canvas would
    pass UNION_CELLS). Runs of any length: their locations are written RUN_CELLS at a time."""
    line, oi, oj = runs.line.line, runs.line.oi, runs.line.oj
    live = line.n > 0
    last = xp.maximum(line.n - 1, 0)[live]
    r, c = line.r[live] + oi[live], line.c[live] + oj[live]
    ends_i = xp.stack([r, r + last * line.di[live]], axis=1).reshape(-1)  # both ends, run by run
    ends_j = xp.stack([c, c + last * line.dj[live]], axis=1).reshape(-1)
    owner = xp.repeat(runs.owner[live], 2)
    count, top, left, bottom, right = member_bounds(xp, owner, ends_i, ends_j, b)
    some = count > 0
    H = int(xp.where(some, bottom - top + 1, 1).max()) if b else 1
    W = int(xp.where(some, right - left + 1, 1).max()) if b else 1
    zeros = xp.zeros(b, dtype=bool)
    if b * H * W > UNION_CELLS:
        return Patches(zeros, ~zeros, xp.zeros((b, 1, 1), dtype=bool), top, left)
    # Of the runs from one location in one direction only the longest adds cells (shoot's
    # runs along (0, 1), (0, 2), ... nest): the others are dropped before any cell is listed.
    sample, si, sj = runs.owner, oi + line.r, oj + line.c
    keys = xp.stack([line.n, line.dj, line.di, sj, si, sample])
    order = xp.lexsort(keys)  # by sample, start, direction, then length
    longest = xp.ones(order.shape[0], dtype=bool)
    longest[:-1] = _changes(keys[1:, order])
    order = order[longest]
    sample, si, sj = sample[order], si[order], sj[order]
    n, di, dj = line.n[order].astype(np.int64), line.di[order], line.dj[order]
    # run k's cell t is at flat position base[k] + t * step[k] of the [B, H, W] canvas
    base = (sample * H + si - top[sample]) * W + sj - left[sample]
    step = di * W + dj
    flat = xp.zeros(b * H * W, dtype=bool)
    total = n.shape[0]
    ends = to_numpy(xp.cumsum(n))  # cells up to and including each run
    begin = 0
    while begin < total:  # RUN_CELLS cells at a time
        done = int(ends[begin - 1]) if begin else 0
        stop = min(total, max(begin + 1, int(np.searchsorted(ends, done + RUN_CELLS, "right"))))
        item, t, _ = ragged_slots(xp, n[begin:stop], int(ends[stop - 1]) - done)
        item = item + begin
        flat[base[item] + t * step[item]] = True
        begin = stop
    return Patches(zeros, ~runs.exact, flat.reshape(b, H, W), top, left)


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


def _mfilter(xp, runs: Runs, args, b: int):
    filtered = filter_runs(xp, runs, args[1], b)
    if filtered is None:
        return None
    kept, err, fb = filtered
    union = union_of_runs(xp, kept, b)
    out = union.with_flags(err, union.fb & ~err | fb)
    return _decided(out, runs, args[1])


def _merge(xp, runs: Runs, args, b: int):
    return _decided(union_of_runs(xp, runs, b), runs)


def _size(xp, runs: Runs, args, b: int):
    zeros = xp.zeros(b, dtype=bool)
    return _decided(Ints(zeros, ~runs.exact, runs.n), runs)


def _reading(read):
    """Wrap a rule: where its first argument carries a Runs note, `read(xp, runs, args, b)`
    gives the value (None: the rule itself does)."""

    def wrap(previous):
        def apply(xp, args, b):
            runs = runs_note(args[0])
            out = None if runs is None else read(xp, runs, args, b)
            return previous(xp, args, b) if out is None else out

        return apply

    return wrap


def extend_rules() -> None:
    """Give sfilter, mfilter, merge and size their branch for a Runs-noted container (called by
    `load_rules` once every family's rule is registered)."""
    PRIMITIVES["sfilter"].batched = _sfilter(PRIMITIVES["sfilter"].batched)
    for name, read in (("mfilter", _mfilter), ("merge", _merge), ("size", _size)):
        PRIMITIVES[name].batched = _reading(read)(PRIMITIVES[name].batched)
