"""Samples of a chunk are evaluated in buckets by input size; small buckets merge."""

import numpy as np

from battflow.execute.batched import MIN_BUCKET, bucket_of


def sizes(sides: list[int]) -> list[int]:
    _, counts = np.unique(bucket_of(np.array(sides)), return_counts=True)
    return sorted(counts.tolist())


def test_large_buckets_stay_apart():
    assert sizes([5] * 100 + [12] * 60 + [20] * 50 + [30] * 60) == [50, 60, 60, 100]


def test_a_small_bucket_joins_the_next_larger():
    assert sizes([5] * 10 + [12] * 60 + [30] * 60) == [60, 70]


def test_the_largest_bucket_joins_the_one_below_when_small():
    assert sizes([5] * 100 + [30] * 3) == [103]


def test_every_bucket_is_large_enough_or_alone():
    rng = np.random.default_rng(0)
    for _ in range(50):
        sides = rng.integers(1, 31, int(rng.integers(1, 400))).tolist()
        counts = sizes(sides)
        assert sum(counts) == len(sides)
        assert len(counts) == 1 or min(counts) >= MIN_BUCKET
