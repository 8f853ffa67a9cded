"""setorder.py against CPython itself: hash() of ints, pairs, rows and grids, and the iteration
order of sets built by insertion (resizes and probe collisions included)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from battflow.kernels.seqs import batch_of
from battflow.kernels.setorder import set_ranks, value_hashes

small_ints = st.integers(-(2**40) + 1, 2**40 - 1) | st.integers(-3, 40)
rows = st.tuples(*[st.integers(-1, 9)] * 3) | st.lists(st.integers(0, 9), max_size=6).map(tuple)
grids = st.integers(1, 4).flatmap(
    lambda w: st.lists(st.tuples(*[st.integers(0, 9)] * w), min_size=1, max_size=4).map(tuple)
)


def order_of(values: list) -> list:
    hashes = value_hashes(np, batch_of(np, values))
    assert hashes is not None
    slots = set_ranks(np, hashes.reshape(1, len(values)), np.array([len(values)]))
    return [values[i] for i in np.argsort(slots[0], kind="stable")]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(small_ints, min_size=1, max_size=30) | st.lists(rows, min_size=1, max_size=30))
def test_hashes_are_cpythons(values):
    hashes = value_hashes(np, batch_of(np, values))
    assert [int(h) for h in hashes] == [hash(v) % 2**64 for v in values]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(grids, min_size=1, max_size=8))
def test_grid_hashes_are_cpythons(values):
    hashes = value_hashes(np, batch_of(np, values))
    assert [int(h) for h in hashes] == [hash(v) % 2**64 for v in values]


@settings(max_examples=120, deadline=None, derandomize=True)
@given(
    st.lists(small_ints, min_size=1, max_size=200, unique=True)
    | st.lists(st.integers(-8, 300), min_size=1, max_size=200, unique=True)
    | st.lists(rows, min_size=1, max_size=40, unique=True)
)
def test_set_order_is_cpythons(values):
    assert order_of(values) == list(set(values))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.integers(0, 31), min_size=2, max_size=4, unique=True), st.randoms())
def test_small_sets_in_their_own_slots_need_no_insertion_order(values, rnd):
    """Up to 4 small ints with distinct v mod 8: the order set_permutation claims without the
    insertion order is CPython's for any insertion order."""
    from battflow.kernels.seqs import set_permutation
    from battflow.kernels.values import Ints

    rnd.shuffle(values)
    k = len(values)
    zeros = np.zeros(k, dtype=bool)
    items = Ints(zeros, zeros.copy(), np.array(values, dtype=np.int64))
    n = np.array([k], dtype=np.int32)
    perm, ordered = set_permutation(np, items, n, k, np.zeros(1, dtype=bool))
    if ordered[0]:
        assert [values[i] for i in perm[0]] == list(frozenset(values))
    assert ordered[0] == (len({v % 8 for v in values}) == k)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.lists(st.integers(-8, 3000), min_size=1, max_size=300, unique=True))
def test_frozen_copy_order_is_cpythons(values):
    """frozenset(s) of a set s filled one by one: CPython merges the table, which can reorder."""
    hashes = value_hashes(np, batch_of(np, values))
    ranks = set_ranks(np, hashes.reshape(1, -1), np.array([len(values)]), copied=True)
    filled = set()
    for v in values:
        filled.add(v)
    assert [values[i] for i in np.argsort(ranks[0], kind="stable")] == list(frozenset(filled))


def test_patch_hashes_follow_the_flags_they_were_computed_under():
    """A dead sample hashes as an empty set; once a copy clears its flags, it gets its own hash."""
    from battflow.kernels.setorder import patch_hashes
    from battflow.kernels.values import Patches

    mask = np.zeros((2, 2, 2), dtype=bool)
    mask[:, 0, 0] = mask[:, 1, 1] = True
    origin = np.zeros(2, dtype=np.int64)
    dead = Patches(np.array([False, True]), np.zeros(2, bool), mask, origin, origin)
    assert int(patch_hashes(np, dead)[1]) == hash(frozenset()) % 2**64
    alive = dead.with_flags(np.zeros(2, bool), np.zeros(2, bool))
    assert int(patch_hashes(np, alive)[1]) == hash(frozenset({(0, 0), (1, 1)})) % 2**64


def test_set_ranks_are_kept_and_the_cache_stays_bounded(monkeypatch):
    from battflow.kernels import setorder

    rng = np.random.default_rng(3)
    hashes = rng.integers(0, 2**63, (40, 50), dtype=np.int64).view(np.uint64)
    hashes[20:] = hashes[:20]  # the same sequences again
    n = rng.integers(0, 51, 40)
    n[20:] = n[:20]
    for copied in (False, True):
        first = set_ranks(np, hashes, n, copied)
        again = set_ranks(np, hashes, n, copied)
        monkeypatch.setattr(setorder, "RANK_CACHE_BYTES", 2_000)  # starts afresh all the time
        small = set_ranks(np, hashes, n, copied)
        monkeypatch.undo()
        for row in range(40):
            m = int(n[row])
            if m <= 1:
                continue
            keys = [
                setorder.StandIn(int(h), i) for i, h in enumerate(hashes[row, :m].view(np.int64))
            ]
            table = frozenset(set(keys)) if copied else set(keys)
            want = np.empty(m, dtype=np.int64)
            for position, key in enumerate(table):
                want[key.i] = position
            for got in (first, again, small):
                assert got[row, :m].tolist() == want.tolist()
    assert setorder._RANKS_BYTES[0] <= setorder.RANK_CACHE_BYTES
