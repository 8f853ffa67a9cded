"""How a chunk's samples are grouped for the batched pass."""

import numpy as np

from battflow.execute.batched import (
    BUCKET_SIDES,
    CPU_GROUP_CELLS,
    colour_edges,
    sample_groups,
)


def grid(h: int, w: int):
    return tuple(tuple(0 for _ in range(w)) for _ in range(h))


def noisy(h: int, w: int, rng):
    return tuple(tuple(int(v) for v in row) for row in rng.integers(0, 3, (h, w)))


def bucket_of(g) -> int:
    return int(np.searchsorted(np.array(BUCKET_SIDES), max(len(g), len(g[0]))))


def test_cell_budget_groups_cover_every_sample_once_bucket_by_bucket():
    rng = np.random.default_rng(0)
    inputs = [noisy(int(h), int(w), rng) for h, w in rng.integers(1, 31, (300, 2))]
    groups = sample_groups(inputs, cells=CPU_GROUP_CELLS)
    flat = np.concatenate(groups)
    assert sorted(flat.tolist()) == list(range(300))
    buckets = [bucket_of(inputs[i]) for i in flat]
    assert buckets == sorted(buckets)
    for g in groups:
        assert len({bucket_of(inputs[i]) for i in g}) == 1
        members = [i for i in flat if bucket_of(inputs[i]) == bucket_of(inputs[g[0]])]
        area = max(len(inputs[i]) * len(inputs[i][0]) for i in members)
        assert len(g) == 1 or len(g) * area <= CPU_GROUP_CELLS
    # small grids go in larger groups than ARC's largest
    sizes = {bucket_of(inputs[g[0]]): len(g) for g in groups}
    assert sizes[0] > sizes[3]


def test_groups_hold_samples_of_alike_edge_counts():
    rng = np.random.default_rng(1)
    inputs = [grid(8, 8)] * 30 + [noisy(8, 8, rng) for _ in range(30)]
    order = rng.permutation(60)
    shuffled = [inputs[i] for i in order]
    groups = sample_groups(shuffled, group=30)
    assert [sorted(colour_edges(shuffled[i]) == 0 for i in g) for g in groups] == [
        [True] * 30,
        [False] * 30,
    ]


def test_sample_cap():
    inputs = [grid(5, 5)] * 100
    assert [len(g) for g in sample_groups(inputs, group=24)] == [20] * 5


def test_colour_edges():
    assert colour_edges(((1, 1), (1, 1))) == 0
    assert colour_edges(((1, 2), (2, 1))) == 4
    assert colour_edges(()) == 0


def test_whole_buckets_by_side():
    inputs = [grid(5, 5)] * 40 + [grid(30, 2)] * 40
    assert [len(g) for g in sample_groups(inputs, 0)] == [40, 40]


def test_no_samples_no_groups():
    assert sample_groups([], cells=CPU_GROUP_CELLS) == []


def test_grouping_never_changes_an_outcome():
    """Groups of the cell budget and whole buckets decide the same pairs the same way (only
    which pairs fall back may differ, where a limit is per batch)."""
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
