"""Observational dedup (behaviour keys and groups), the summary's `behaviours` / `generated`
sections, and how `battflow show` prints them."""

import numpy as np
import pytest
import zarr
from rich.console import Console

from battflow.data import ingest, open_dataset
from battflow.engine import behaviours as behaviours_module
from battflow.engine.behaviours import behaviour_groups, behaviour_keys
from battflow.engine.results import ResultsStore
from battflow.engine.show import show_run
from battflow.engine.summary import build_summary, write_summary
from battflow.execute import ERROR, MATCH, MISMATCH


def rows(n_programs=4, n_samples=6):
    status = np.full((n_programs, n_samples), MISMATCH, np.int8)
    digest = np.arange(n_samples, dtype=np.uint64)[None, :].repeat(n_programs, axis=0) + 100
    mask = np.ones((n_programs, n_samples), bool)
    return status, digest, mask


def test_equal_rows_give_equal_keys_and_any_difference_a_new_key():
    status, digest, mask = rows(6)
    status[1, 2] = ERROR  # another status
    digest[2, 3] = 7  # another output
    mask[3, 5] = False  # another mask, same values
    mask[4, 5] = False  # ... and outside the mask another status and digest: same as row 3
    status[4, 5] = MATCH
    digest[4, 5] = 12345
    keys = behaviour_keys(status, digest, mask)
    assert keys.dtype == np.uint64 and keys.shape == (6,)
    assert keys[0] == keys[5]
    assert keys[3] == keys[4]
    assert len({int(k) for k in keys[:4]}) == 4


def test_keys_do_not_depend_on_the_block_size_or_the_array_kind(tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    status = rng.integers(0, 4, (9, 5)).astype(np.int8)
    digest = rng.integers(0, 3, (9, 5)).astype(np.uint64)
    mask = rng.random((9, 5)) < 0.8
    status[4], digest[4], mask[4] = status[1], digest[1], mask[1]
    expected = behaviour_keys(status, digest, mask)
    assert expected[4] == expected[1]
    group = zarr.open_group(str(tmp_path / "r.zarr"), mode="w")
    arrays = []
    for name, value in (("status", status), ("digest", digest), ("mask", mask)):
        array = group.create_array(name, shape=value.shape, chunks=(2, 5), dtype=value.dtype)
        array[:] = value
        arrays.append(array)
    monkeypatch.setattr(behaviours_module, "_ROW_BYTES_PER_BLOCK", 20)  # two rows a block
    np.testing.assert_array_equal(behaviour_keys(*arrays), expected)
    assert behaviour_keys(*(a[:0] for a in (status, digest, mask))).shape == (0,)
    with pytest.raises(ValueError, match="shape"):
        behaviour_keys(status, digest[:, :2], mask)


def test_groups_largest_first_then_by_first_program():
    groups = behaviour_groups(np.array([5, 3, 5, 3, 7, 3], np.uint64))
    assert [g.tolist() for g in groups] == [[1, 3, 5], [0, 2], [4]]
    groups = behaviour_groups(np.array([9, 1, 1, 9, 4], np.uint64))
    assert [g.tolist() for g in groups] == [[0, 3], [1, 2], [4]]
    assert behaviour_groups(np.array([], np.uint64)) == []


NAMES = ["solve_rot", "solve_swap", "gen_rot", "gen_hard", "gen_err", "gen_err2", "gen_hard2"]
GENERATED = ["gen_rot", "gen_hard", "gen_err", "gen_err2", "gen_hard2", "not_in_the_store"]


@pytest.fixture
def stored_run(project, tmp_path):
    """A run folder with a hand-made results store over the 3 conftest tasks: solve_rot and
    gen_rot alike (solve rot), solve_swap solves swap, gen_hard and gen_hard2 solve hard (and
    differ elsewhere), gen_err and gen_err2 fail everywhere."""
    project()
    report = ingest(tmp_path / "tasks", name="tasks", root=tmp_path / "datasets")
    dataset = open_dataset(report.path)
    task = {t: dataset.task == k for k, t in enumerate(dataset.task_ids)}
    n = dataset.n
    status = np.full((len(NAMES), n), MISMATCH, np.int8)
    digest = np.full((len(NAMES), n), 11, np.uint64)
    mask = np.ones((len(NAMES), n), bool)
    outputs = {"rot": 1001, "swap": 1002, "hard": 1003}  # the digests of the expected outputs
    for p, solves in ((0, "rot"), (1, "swap"), (2, "rot"), (3, "hard"), (6, "hard")):
        status[p, task[solves]] = MATCH
        digest[p, task[solves]] = outputs[solves]
    digest[6, task["rot"]] = 99  # gen_hard2: another wrong output than gen_hard's on rot
    status[4:6] = ERROR
    digest[4:6] = 0
    run_dir = tmp_path / "storage" / "runs" / "fake"
    run_dir.mkdir(parents=True)
    store, _ = ResultsStore.open_or_create(
        run_dir / "results.zarr",
        shape=(len(NAMES), n),
        block=(len(NAMES), n),
        attrs={"programs": NAMES, "fingerprint": "fake"},
        keep_outputs=False,
        resume=False,
    )
    store.status[:] = status
    store.digest[:] = digest
    store.mask[:] = mask
    store.path[:] = np.where(mask, 2, 0).astype(np.int8)

    def summarize(generated=GENERATED):
        summary = build_summary(
            store,
            dataset,
            name="fake",
            programs={"count": len(NAMES), "rejected": 0, "rejects": [], "nodes_after_merge": 9},
            cluster={},
            seconds={"total": 1.0},
            engine_version="test",
            rejected_tasks=[],
            generated=generated,
        )
        write_summary(summary, run_dir)
        return summary

    return run_dir, summarize


def test_summary_behaviours_and_generated(stored_run):
    _, summarize = stored_run
    summary = summarize()
    assert summary["tasks_solved"] == 3
    assert summary["solved"]["hard"] == ["gen_hard", "gen_hard2"]
    assert summary["behaviours"] == {
        "programs": 7,
        "distinct": 5,
        "duplicate_groups": [
            {"programs": 2, "examples": ["solve_rot", "gen_rot"], "matched_pairs": 3},
            {"programs": 2, "examples": ["gen_err", "gen_err2"], "matched_pairs": 0},
        ],
    }
    assert summary["generated"] == {
        "programs": 5,
        "distinct_behaviours": 4,
        "new_behaviours": 3,
        "run_without_error_somewhere": 3,
        "share_run_without_error": 0.6,
        "tasks_solved": 2,
        "tasks_gained": ["hard"],
        "solvers_by_task": {"hard": ["gen_hard", "gen_hard2"]},
    }
    plain = summarize(generated=None)
    assert "generated" not in plain and plain["behaviours"] == summary["behaviours"]
    assert "generated" not in summarize(generated=[])


def test_show_prints_behaviours_and_generated_candidates(stored_run):
    run_dir, summarize = stored_run
    summarize()
    console = Console(record=True, width=200)
    show_run(run_dir, console)
    text = console.export_text()
    assert "behaviours 7 programs, 5 distinct" in text
    assert "2x (solve_rot, gen_rot)" in text and "2x (gen_err, gen_err2)" in text
    assert "generated 5 candidates, 4 distinct behaviours (3 new)" in text
    assert "3 (60.0%) ran without error somewhere" in text
    assert "gained  hard: gen_hard, gen_hard2" in text

    summarize(generated=None)
    console = Console(record=True, width=200)
    show_run(run_dir, console)
    text = console.export_text()
    assert "behaviours 7 programs" in text and "candidates" not in text
