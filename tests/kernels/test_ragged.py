"""Ragged values (vconcat of grids of different widths) through the rules that accept them,
against the reference on the very same tuples."""

import numpy as np
import pytest

import battflow.dsl as dsl
from battflow.dsl.registry import PRIMITIVES
from battflow.kernels.closures import RAGGED_AWARE, apply_rule
from battflow.kernels.rules import load_rules
from battflow.kernels.values import Consts, Grids, grids_from_reference, reference_at

load_rules()


def random_grid(rng, max_side=7):
    h, w = rng.integers(0, max_side + 1, size=2)
    if h == 0:
        return ()
    return tuple(tuple(int(v) for v in rng.integers(0, 10, size=w)) for _ in range(h))


def batch(n=64, seed=0):
    rng = np.random.default_rng(seed)
    tops = [random_grid(rng) for _ in range(n)]
    bottoms = [random_grid(rng) for _ in range(n)]
    a, c = grids_from_reference(np, tops), grids_from_reference(np, bottoms)
    joined = apply_rule(np, "vconcat", [a, c], n)
    return joined, [dsl.vconcat(x, y) for x, y in zip(tops, bottoms, strict=True)]


def decided(value, k):
    return not (bool(value.err[k]) or bool(value.fb[k]))


def test_vconcat_keeps_every_row_length():
    joined, reference = batch()
    assert isinstance(joined, Grids) and joined.ragged is not None and joined.ragged.any()
    for k, want in enumerate(reference):
        assert decided(joined, k)
        assert reference_at(joined, k) == want


UNARY = sorted(n for n in RAGGED_AWARE - {"identity", "vupscale"} if PRIMITIVES[n].arity == 1)
"""Ragged-aware rules of one argument (the others meet ragged values in the differential test)."""


@pytest.mark.parametrize("name", UNARY)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_ragged_aware_rule_matches_reference(name, seed):
    joined, reference = batch(seed=seed)
    out = apply_rule(np, name, [joined], len(reference))
    fn = getattr(dsl, name)
    checked = 0
    for k, value in enumerate(reference):
        try:
            want = fn(value)
        except Exception:
            assert out.err[k] or out.fb[k], (name, value)
            continue
        if not decided(out, k):
            continue
        assert reference_at(out, k) == want, (name, value)
        checked += 1
    if name not in TIES_UNDECIDED:
        assert checked > len(reference) // 2


TIES_UNDECIDED = {"mostcommon", "leastcommon", "maximum", "minimum"}
"""Rows are tuples: their set order (count ties) and tuple comparison are left to the fallback."""


def test_ofcolor_of_ragged_reads_every_row():
    joined, reference = batch(seed=5)
    n = len(reference)
    for colour in (0, 3, 9):
        value = Consts(np.zeros(n, bool), np.zeros(n, bool), colour)
        out = apply_rule(np, "ofcolor", [joined, value], n)
        for k, grid in enumerate(reference):
            assert decided(out, k)
            assert reference_at(out, k) == dsl.ofcolor(grid, colour)


@pytest.mark.parametrize("seed", [0, 1])
def test_subgrid_of_ragged_crops_row_by_row(seed):
    from battflow.kernels.patches import patches_from_reference

    joined, reference = batch(seed=seed)
    rng = np.random.default_rng(seed + 10)
    sizes = rng.integers(0, 4, size=len(reference))
    patches = [
        frozenset((int(i), int(j)) for i, j in rng.integers(-1, 9, size=(int(n), 2))) for n in sizes
    ]
    out = apply_rule(np, "subgrid", [patches_from_reference(np, patches), joined], len(reference))
    for k, (grid, patch) in enumerate(zip(reference, patches, strict=True)):
        try:
            want = dsl.subgrid(patch, grid)
        except Exception:
            assert out.err[k] or out.fb[k]
            continue
        assert decided(out, k), (patch, grid)
        assert reference_at(out, k) == want


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_painting_ragged_values_raises_past_a_short_row(seed):
    """Locations are bounded by len(grid) and len(grid[0]); one inside those bounds but past the
    end of a shorter row raises IndexError, and a longer row's tail is never written (nor read,
    by toobject)."""
    from battflow.kernels.patches import objects_from_reference, patches_from_reference

    joined, reference = batch(seed=seed)
    n = len(reference)
    rng = np.random.default_rng(seed + 20)
    sizes = rng.integers(0, 5, size=n)
    spots = [rng.integers(-1, 10, size=(int(k), 2)) for k in sizes]
    patches = [frozenset((int(i), int(j)) for i, j in s) for s in spots]
    objs = [frozenset((int(rng.integers(0, 10)), (int(i), int(j))) for i, j in s) for s in spots]
    colour = Consts(np.zeros(n, bool), np.zeros(n, bool), 7)
    cases = [
        ("fill", [joined, colour, patches_from_reference(np, patches)], patches),
        ("underfill", [joined, colour, patches_from_reference(np, patches)], patches),
        ("paint", [joined, objects_from_reference(np, objs)], objs),
        ("underpaint", [joined, objects_from_reference(np, objs)], objs),
        ("toobject", [patches_from_reference(np, patches), joined], patches),
    ]
    for name, args, values in cases:
        out = apply_rule(np, name, args, n)
        fn = getattr(dsl, name)
        raised = 0
        for k, (grid, value) in enumerate(zip(reference, values, strict=True)):
            try:
                if name == "toobject":
                    want = fn(value, grid)
                else:
                    want = fn(grid, 7, value) if name.endswith("fill") else fn(grid, value)
            except Exception:
                raised += 1
                assert out.err[k] and not out.fb[k], (name, grid, value)
                continue
            assert decided(out, k), (name, grid, value)
            assert reference_at(out, k) == want
        assert raised > 0


@pytest.mark.parametrize("factor", [0, 1, 2, 3])
def test_vupscale_of_ragged(factor):
    joined, reference = batch(seed=3)
    f = Consts(np.zeros(len(reference), bool), np.zeros(len(reference), bool), factor)
    out = apply_rule(np, "vupscale", [joined, f], len(reference))
    for k, value in enumerate(reference):
        assert decided(out, k)
        assert reference_at(out, k) == dsl.vupscale(value, factor)


def test_a_rule_that_does_not_know_row_lengths_falls_back():
    joined, reference = batch()
    out = apply_rule(np, "trim", [joined], len(reference))
    assert (out.fb | ~joined.ragged).all()


@pytest.mark.parametrize("seed", [0, 1])
def test_equality_with_ragged_values(seed):
    """A ragged value equals only a value with the same rows: itself, never a grid."""
    rng = np.random.default_rng(seed)
    n = 64
    tops = [random_grid(rng) for _ in range(n)]
    bottoms = [random_grid(rng) for _ in range(n)]
    # the same halves, another sample's, or a rectangular grid over no rows
    pick = [int(rng.integers(n)) if rng.random() < 0.3 else k for k in range(n)]
    tops2 = [tops[k] for k in pick]
    bottoms2 = [bottoms[k] if rng.random() < 0.8 else () for k in pick]

    def joined(a, c):
        value = [grids_from_reference(np, a), grids_from_reference(np, c)]
        reference = [dsl.vconcat(x, y) for x, y in zip(a, c, strict=True)]
        return apply_rule(np, "vconcat", value, n), reference

    (left, lref), (right, rref) = joined(tops, bottoms), joined(tops2, bottoms2)
    assert left.ragged is not None and left.ragged.any()
    for a, c, aref, cref in [(left, right, lref, rref), (right, left, rref, lref)]:
        out = apply_rule(np, "equality", [a, c], n)
        for k in range(n):
            assert decided(out, k)
            assert bool(out.v[k]) == (aref[k] == cref[k]), (aref[k], cref[k])
    assert sum(x == y for x, y in zip(lref, rref, strict=True)) > n // 4


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cellwise_with_ragged_values(seed):
    """cellwise reads a[i][j] and b[i][j] for i < len(a), j < len(a[0]): past the end of a row
    it raises; a longer row's tail is never read."""
    joined, reference = batch(seed=seed)
    n = len(reference)
    rng = np.random.default_rng(seed + 40)
    plain = [random_grid(rng, 5) for _ in range(n)]
    grids = grids_from_reference(np, plain)
    zero = Consts(np.zeros(n, bool), np.zeros(n, bool), 0)
    for left, right, lref, rref in [
        (joined, grids, reference, plain),
        (grids, joined, plain, reference),
        (joined, joined, reference, reference),
    ]:
        out = apply_rule(np, "cellwise", [left, right, zero], n)
        outcomes = {"ok": 0, "raised": 0}
        for k in range(n):
            try:
                want = dsl.cellwise(lref[k], rref[k], 0)
            except Exception:
                assert out.err[k] and not out.fb[k], (lref[k], rref[k])
                outcomes["raised"] += 1
                continue
            assert decided(out, k), (lref[k], rref[k])
            assert reference_at(out, k) == want
            outcomes["ok"] += 1
        assert outcomes["ok"] > 0 and outcomes["raised"] > 0, outcomes
