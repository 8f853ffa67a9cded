"""Distinct members of new frozensets found by sorting ids (`later_repeats`) instead of a
[B, K, K] table, checked against brute force; and the programs that build the largest such sets
(every pair of a colour's cells joined by a line, as solvers do, up to MAX_ITEMS pairs and past
it) against the reference, sample by sample."""

from __future__ import annotations

import numpy as np
import pytest
from test_rules_differential import compare_programs

from battflow.kernels.patches import patches_from_reference
from battflow.kernels.seqs import later_repeats
from battflow.kernels.values import Ints


def _brute_repeats(values: list, valid: np.ndarray) -> np.ndarray:
    b, k = valid.shape
    out = np.zeros((b, k), dtype=bool)
    for i in range(b):
        for t in range(k):
            out[i, t] = any(
                valid[i, u] and values[i * k + u] == values[i * k + t] for u in range(t)
            )
    return out


@pytest.mark.parametrize("seed", range(40))
def test_later_repeats_of_ints_and_patches(seed):
    rng = np.random.default_rng(seed)
    b, k = int(rng.integers(1, 6)), int(rng.integers(1, 9))
    n = rng.integers(0, k + 1, b)
    valid = np.arange(k)[None, :] < n[:, None]
    v = rng.integers(0, 4, b * k)
    z = np.zeros(b * k, bool)
    got = later_repeats(np, Ints(z, z.copy(), v), k, valid)
    assert (got[valid] == _brute_repeats(v.tolist(), valid)[valid]).all()
    # patches: a few small sets of locations, some equal, some differing in one cell
    pool = [frozenset({(0, 0)}), frozenset({(0, 0), (0, 1)}), frozenset({(0, 1), (0, 0)})]
    pool += [frozenset({(5, -3), (2, 2)}), frozenset()]
    sets = [pool[i] for i in rng.integers(0, len(pool), b * k)]
    got = later_repeats(np, patches_from_reference(np, sets), k, valid)
    assert (got[valid] == _brute_repeats(sets, valid)[valid]).all()


JOINED = """
def joined(I):
    x1 = ofcolor(I, EIGHT)
    x2 = prapply(connect, x1, x1)
    x3 = compose(positive, size)
    x4 = sfilter(x2, x3)
    x5 = fork(either, vline, hline)
    x6 = mfilter(x4, x5)
    O = fill(I, EIGHT, x6)
    return O

def rows(I):
    x1 = ofcolor(I, EIGHT)
    x2 = prapply(connect, x1, x1)
    x3 = sfilter(x2, hline)
    x4 = size(x3)
    x5 = divide(x4, TEN)
    O = canvas(ONE, astuple(ONE, x5))
    return O

def counted(I):
    x1 = ofcolor(I, EIGHT)
    x2 = prapply(connect, x1, x1)
    x3 = size(x2)
    x4 = first(x2)
    x5 = size(x4)
    O = canvas(ZERO, astuple(x3, x5))
    return O
"""


def test_many_pairs_of_cells_match_the_reference():
    """Grids with up to 32 cyan cells (at most MAX_ITEMS = 1,024 pairs) are decided in a
    container; with more, by their distinct runs (`linesets`), which sfilter, mfilter and size
    read; first() of such a set falls back."""
    rng = np.random.default_rng(7)
    inputs = []
    for count in (30, 32, 25, 31, 40, 12, 0, 64):
        h, w = int(rng.integers(10, 20)), int(rng.integers(10, 20))
        cells = np.zeros(h * w, dtype=int)
        cells[rng.choice(h * w, min(count, h * w), replace=False)] = 8
        inputs.append(tuple(tuple(int(c) for c in row) for row in cells.reshape(h, w)))
    counts = compare_programs(JOINED, "solver", inputs, inputs)
    assert counts["joined:decided"] == 8  # 40 and 64 cells too, from their runs
    assert counts["rows:decided"] == 8
    # first() of a set built from ofcolor's cells, whose order is not known here: the reference
    # decides all but the empty one
    assert counts["counted:decided"] >= 1


MIXED = """
def frontier_objects(I):
    x1 = objects(I, T, F, F)
    x2 = frontiers(I)
    x3 = intersection(x1, x2)
    O = size(x3)
    return O

def union_inserted(I):
    x1 = objects(I, T, F, T)
    x2 = merge(x1)
    x3 = insert(x2, x1)
    O = size(x3)
    return O

def other_than_mirrored(I):
    x1 = objects(I, T, F, F)
    x2 = mapply(dmirror, x1)
    x3 = other(x1, x2)
    O = fill(I, ONE, x3)
    return O

def removed_first(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = remove(x2, x1)
    O = size(x3)
    return O

def contained_box(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = box(x2)
    x4 = apply(box, x1)
    x5 = contained(x3, x4)
    O = branch(x5, I, canvas(ZERO, UNITY))
    return O
"""


@pytest.mark.parametrize("seed", range(2))
def test_patches_in_two_representations_compare_as_sets(seed):
    """Sets of patches held as member lists against sets held as masks (`pair_equal` through
    ids), a container's filler slots left out of the id groups (`later_repeats`), and membership
    of one patch decided only where the member counts agree (`remove`, `other`, `contained`):
    every decided pair equals the reference, and they are decided."""
    from test_rules_differential import arc_grids, random_grid

    rng = np.random.default_rng(seed)
    pool = arc_grids()
    inputs = [pool[int(rng.integers(len(pool)))] for _ in range(30)] if pool else []
    inputs += [random_grid(rng, "ordinary") for _ in range(30)]
    counts = compare_programs(MIXED, "solver", inputs, inputs)
    for name in ("frontier_objects", "union_inserted", "removed_first", "contained_box"):
        decided, fb = counts[f"{name}:decided"], counts[f"{name}:fb"]
        assert decided >= 0.8 * (decided + fb), (name, counts)
