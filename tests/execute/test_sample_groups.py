"""How a chunk's samples are grouped for the batched pass."""

import numpy as np

from battflow.execute.batched import CPU_GROUP, sample_groups


def grid(h: int, w: int):
    return tuple(tuple(0 for _ in range(w)) for _ in range(h))


def test_numpy_groups_cover_every_sample_once_in_shape_order():
    rng = np.random.default_rng(0)
    inputs = [grid(int(h), int(w)) for h, w in rng.integers(1, 31, (200, 2))]
    groups = sample_groups(inputs, CPU_GROUP)
    assert all(len(g) <= CPU_GROUP for g in groups)
    flat = np.concatenate(groups)
    assert sorted(flat.tolist()) == list(range(200))
    sides = [max(len(inputs[i]), len(inputs[i][0])) for i in flat]
    assert sides == sorted(sides)


def test_whole_buckets_by_side():
    inputs = [grid(5, 5)] * 40 + [grid(30, 2)] * 40
    assert [len(g) for g in sample_groups(inputs, 0)] == [40, 40]


def test_no_samples_no_groups():
    assert sample_groups([], CPU_GROUP) == []


def test_grouping_never_changes_an_outcome():
    """Groups of 24 and whole buckets decide the same pairs the same way (only which pairs fall
    back may differ, where a limit is per batch)."""
    from pathlib import Path

    from battflow.execute.batched import run_batched
    from battflow.program import load_programs

    root = Path(__file__).resolve().parents[2]
    programs = load_programs([root / "programs" / "library"])
    rng = np.random.default_rng(1)
    inputs = []
    for _ in range(60):
        h, w = (int(x) for x in rng.integers(1, 31, 2))
        cells = rng.integers(0, int(rng.integers(1, 10)) + 1, (h, w))
        inputs.append(tuple(tuple(int(v) for v in row) for row in cells))
    mask = np.ones((len(programs.programs), len(inputs)), bool)
    grouped = run_batched(programs.graph, programs.programs, inputs, inputs, mask, np)
    whole = run_batched(programs.graph, programs.programs, inputs, inputs, mask, np, group=0)
    both = ~grouped.fallback & ~whole.fallback
    assert both.mean() > 0.5
    assert (grouped.status[both] == whole.status[both]).all()
    assert (grouped.digest[both] == whole.digest[both]).all()
