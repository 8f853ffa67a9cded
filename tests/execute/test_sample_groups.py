"""How a chunk's samples are grouped for the batched pass."""

import numpy as np

from battflow.execute.batched import CPU_GROUP, sample_groups


def grid(h: int, w: int):
    return tuple(tuple(0 for _ in range(w)) for _ in range(h))


def test_numpy_groups_cover_every_sample_once_in_shape_order():
    rng = np.random.default_rng(0)
    inputs = [grid(int(h), int(w)) for h, w in rng.integers(1, 31, (200, 2))]
    groups = sample_groups(inputs, np)
    assert all(len(g) <= CPU_GROUP for g in groups)
    flat = np.concatenate(groups)
    assert sorted(flat.tolist()) == list(range(200))
    sides = [max(len(inputs[i]), len(inputs[i][0])) for i in flat]
    assert sides == sorted(sides)


def test_other_backends_take_buckets_by_side():
    inputs = [grid(5, 5)] * 40 + [grid(30, 2)] * 40
    groups = sample_groups(inputs, xp=object())  # anything but numpy: one bucket per side range
    assert [len(g) for g in groups] == [40, 40]


def test_no_samples_no_groups():
    assert sample_groups([], np) == []
