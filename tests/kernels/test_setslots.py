"""Bounds on where the members of a set sit in CPython's table (`kernels/setslots.py`), against
real sets of this interpreter filled in random orders."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from battflow.kernels import setslots


def test_table_slots_match_the_interpreter():
    """A set filled one member at a time has the table size `table_slots` says, at every count
    around its resizes."""
    grown: set = set()
    base = sys.getsizeof(set())
    for n in range(0, 70_000):
        if n in (0, 1, 4, 5, 6, 18, 19, 20, 77, 1000, 3000, 49_999, 50_000, 50_001, 69_999):
            slots = max(8, (sys.getsizeof(grown) - base) // 16)
            assert setslots.table_slots(n) == slots, n
        grown.add(n)


@pytest.mark.parametrize("seed", range(4))
def test_bounds_hold_whatever_the_insertion_order(seed):
    """A member whose slot range lies wholly before another's is iterated first, in every
    insertion order tried: sets of 3 to 5,000 members with random hashes, a crowd of them on a
    few home slots (their windows fill, so they jump)."""
    rng = np.random.default_rng(seed)
    assert setslots.check_bounds(rng, sizes=(3, 5, 9, 12, 20, 40, 100, 300, 700, 5000), orders=4)


def test_crowded_members_jump_and_stay_bounded():
    """The crowd of `check_bounds` does leave its home windows (the bounds cover jumps), and
    the bounds decide most pairs of members of an ordinary set."""
    rng = np.random.default_rng(7)
    n = 400
    hashes = rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64)
    hashes[:30] = (hashes[:30] << np.uint64(24)) | rng.integers(0, 12, 30).astype(np.uint64)
    lo, hi, known = setslots.slot_bounds(np.zeros(n, dtype=np.int64), hashes, 1)
    assert known[0]
    assert (hi[:30] - lo[:30] > setslots.LINEAR_PROBES).any()
    a, b = rng.integers(0, n, 2000), rng.integers(0, n, 2000)
    apart = (hi[a] < lo[b]) | (hi[b] < lo[a])
    assert apart[a != b].mean() > 0.8


def test_sets_are_bounded_apart():
    """Members of two sets bounded in one call get the bounds each set gets alone."""
    rng = np.random.default_rng(3)
    one = rng.integers(0, 2**64 - 1, size=300, dtype=np.uint64)
    two = rng.integers(0, 2**64 - 1, size=40, dtype=np.uint64)
    sample = np.repeat(np.arange(2), [300, 40])
    lo, hi, known = setslots.slot_bounds(sample, np.concatenate([one, two]), 2)
    for k, hashes in enumerate((one, two)):
        alone = setslots.slot_bounds(np.zeros(hashes.shape[0], dtype=np.int64), hashes, 1)
        sel = sample == k
        assert (lo[sel] == alone[0]).all() and (hi[sel] == alone[1]).all()
        assert known[k] == alone[2][0]


def test_a_wrong_probe_sequence_is_caught(monkeypatch):
    """The check is sharp enough to reject a model whose jumps differ from CPython's."""
    monkeypatch.setattr(setslots, "PERTURB_SHIFT", 4)
    assert not setslots.check_bounds(np.random.default_rng(0), sizes=(40, 700, 5000))


def test_the_model_holds_here():
    assert setslots.model_holds()
