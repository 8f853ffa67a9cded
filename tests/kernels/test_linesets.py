"""`prapply(connect, a, c)` past a container's slots, kept as its distinct runs
(`kernels.linesets`): the runs are the reference's members, and sfilter, mfilter, merge and size
read them exactly; any other reader falls back on those samples. Checked against the reference,
sample by sample, in both program forms."""

from __future__ import annotations

import numpy as np
import pytest
from test_rules_differential import compare_programs

from battflow.dsl.patches import connect, shoot
from battflow.kernels.linesets import pair_runs
from battflow.kernels.patches import patches_from_reference
from battflow.kernels.rules import load_rules
from battflow.kernels.seqs import as_seq


def _locations(rng, count: int, low: int = 0, high: int = 20) -> frozenset:
    cells = rng.integers(low, high, size=(count, 2))
    return frozenset((int(i), int(j)) for i, j in cells)


def _members(runs, s: int) -> set:
    """The runs of sample s as frozensets of locations."""
    line = runs.line
    item, r, c = line.line.cells()
    item, r, c = (np.asarray(v) for v in (item, r, c))
    owner = np.asarray(runs.owner)
    out = []
    for run in np.nonzero(owner == s)[0]:
        at = item == run
        oi, oj = int(line.oi[run]), int(line.oj[run])
        out.append(frozenset(zip((oi + r[at]).tolist(), (oj + c[at]).tolist(), strict=True)))
    assert len(out) == len(set(out)), "a run listed twice"
    return set(out)


@pytest.mark.parametrize("name", ["connect", "shoot"])
@pytest.mark.parametrize("seed", range(6))
def test_runs_are_the_distinct_members(name, seed):
    """pair_runs lists each sample's frozenset {f(p, q) for q in c for p in a} (f connect or
    shoot) once each: a and c equal or not, overlapping or not, negative locations, empty
    sets, every pair aligned."""
    load_rules()
    rng = np.random.default_rng(seed)
    pairs = []
    for _ in range(8):
        kind = rng.integers(4)
        a = _locations(rng, int(rng.integers(0, 60)), -5 if kind == 1 else 0)
        c = a if kind == 0 else _locations(rng, int(rng.integers(0, 40)), -5, 25)
        if kind == 3:  # every pair aligned: no empty run
            a = frozenset((3, j) for j in range(int(rng.integers(1, 12))))
            c = frozenset((3, j) for j in range(5, 9))
        pairs.append((a, c))
    a = as_seq(np, patches_from_reference(np, [p[0] for p in pairs]))
    c = as_seq(np, patches_from_reference(np, [p[1] for p in pairs]))
    runs = pair_runs(np, name, a, c, np.ones(len(pairs), dtype=bool))
    assert runs is not None and bool(runs.exact.all())
    function = connect if name == "connect" else shoot
    for s, (sa, sc) in enumerate(pairs):
        want = {function(p, q) for q in sc for p in sa}
        assert _members(runs, s) == want
        assert int(runs.n[s]) == len(want)


RUNS = """
def joined(I):
    x1 = ofcolor(I, ZERO)
    x2 = prapply(connect, x1, x1)
    x3 = compose(positive, size)
    x4 = sfilter(x2, x3)
    x5 = fork(either, vline, hline)
    x6 = mfilter(x4, x5)
    O = fill(I, EIGHT, x6)
    return O

def across(I):
    x1 = ofcolor(I, ZERO)
    x2 = ofcolor(I, ONE)
    x3 = shift(x2, NEG_UNITY)
    x4 = prapply(connect, x1, x3)
    x5 = merge(x4)
    x6 = size(x4)
    x7 = fill(I, TWO, x5)
    x8 = even(x6)
    O = branch(x8, x7, I)
    return O

def counted(I):
    x1 = ofcolor(I, ZERO)
    x2 = prapply(connect, x1, x1)
    x3 = sfilter(x2, hline)
    x4 = size(x3)
    x5 = size(x2)
    O = canvas(x4, astuple(ONE, x5))
    return O

def raising(I):
    x1 = ofcolor(I, ZERO)
    x2 = prapply(connect, x1, x1)
    x3 = lbind(divide, TEN)
    x4 = compose(x3, size)
    x5 = mfilter(x2, x4)
    O = fill(I, ONE, x5)
    return O

def shot(I):
    x1 = ofcolor(I, ZERO)
    x2 = prapply(shoot, x1, x1)
    x3 = compose(positive, size)
    x4 = sfilter(x2, x3)
    x5 = fork(either, vline, hline)
    x6 = mfilter(x4, x5)
    O = fill(I, EIGHT, x6)
    return O

def shot_back(I):
    x1 = ofcolor(I, ZERO)
    x2 = shift(x1, NEG_UNITY)
    x3 = prapply(shoot, x2, x2)
    x4 = merge(x3)
    x5 = size(x3)
    x6 = fill(I, FIVE, x4)
    x7 = even(x5)
    O = branch(x7, x6, I)
    return O

def unaware(I):
    x1 = ofcolor(I, ZERO)
    x2 = prapply(connect, x1, x1)
    x3 = apply(size, x2)
    x4 = maximum(x3)
    O = canvas(x4, UNITY)
    return O
"""


def _grids(rng, count: int) -> list:
    """Grids from 3 x 3 to 16 x 16, mostly background: most have more than 32 locations of
    colour 0 (past MAX_ITEMS pairs), some fewer; one has no 0 at all."""
    grids = []
    for _ in range(count):
        h, w = (int(v) for v in rng.integers(3, 17, size=2))
        cells = rng.choice([0, 0, 0, 1, 5], size=(h, w))
        grids.append(tuple(tuple(int(v) for v in row) for row in cells))
    grids.append(((1, 5), (5, 1)))
    return grids


@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_readers_of_runs_match_the_reference(semantics):
    rng = np.random.default_rng(11)
    inputs = _grids(rng, 14)
    counts = compare_programs(RUNS, semantics, inputs, inputs)
    b = len(inputs)
    for name in ("joined", "across", "counted", "shot", "shot_back"):
        assert counts[f"{name}:decided"] == b, name
    # divide(10, size(()))  raises wherever the empty run is a member: decided as an error
    assert counts["raising:decided"] == b
    # apply over the set has no reader of runs: the samples past the slots fall back
    many = sum(1 for g in inputs if sum(row.count(0) for row in g) ** 2 > 1024)
    assert many >= 5 and counts["unaware:fb"] == many


def test_runs_laid_out_past_the_caps_fall_back(monkeypatch):
    """A predicate that lays the runs out as masks past CALL_CELLS (delta) leaves the note unused:
    those samples fall back, the others are decided as before."""
    import battflow.kernels.linesets as linesets

    monkeypatch.setattr(linesets, "CALL_CELLS", 64)
    source = """
def boxed(I):
    x1 = ofcolor(I, ZERO)
    x2 = prapply(connect, x1, x1)
    x3 = compose(size, delta)
    x4 = compose(positive, x3)
    x5 = mfilter(x2, x4)
    O = fill(I, EIGHT, x5)
    return O
"""
    inputs = _grids(np.random.default_rng(3), 10)
    counts = compare_programs(source, "batt", inputs, inputs)
    many = sum(1 for g in inputs if sum(row.count(0) for row in g) ** 2 > 1024)
    assert many >= 3 and counts["boxed:fb"] == many
