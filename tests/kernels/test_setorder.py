"""setorder.py against CPython itself: hash() of ints, pairs, rows and grids, and the iteration
order of sets built by insertion (resizes and probe collisions included)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from battflow.kernels.seqs import batch_of
from battflow.kernels.setorder import MAX_SET, set_slots, value_hashes

small_ints = st.integers(-(2**40) + 1, 2**40 - 1) | st.integers(-3, 40)
rows = st.tuples(*[st.integers(-1, 9)] * 3) | st.lists(st.integers(0, 9), max_size=6).map(tuple)
grids = st.integers(1, 4).flatmap(
    lambda w: st.lists(st.tuples(*[st.integers(0, 9)] * w), min_size=1, max_size=4).map(tuple)
)


def order_of(values: list) -> list:
    hashes = value_hashes(np, batch_of(np, values))
    assert hashes is not None
    slots = set_slots(np, hashes.reshape(1, len(values)), np.array([len(values)]))
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
    st.lists(small_ints, min_size=1, max_size=MAX_SET, unique=True)
    | st.lists(st.integers(-8, 300), min_size=1, max_size=MAX_SET, unique=True)
    | st.lists(rows, min_size=1, max_size=40, unique=True)
)
def test_set_order_is_cpythons(values):
    assert order_of(values) == list(set(values))
