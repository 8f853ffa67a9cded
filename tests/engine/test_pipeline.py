"""`battflow run` end to end on a LocalCluster: results, summary, rejects, reruns, dry-run, show."""

import json
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from battflow.cli import main
from battflow.engine.results import ResultsStore
from battflow.execute import ERROR, MATCH, NOT_EVALUATED, NOT_GRID


def run_cli(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_run_all_pairs_then_rerun_identically(project):
    path = project()
    result = run_cli("run", str(path), "verify=all")
    assert result.exit_code == 0, result.output
    assert "rejected program" in result.output and "broken" in result.output
    summary = json.loads(Path("storage/runs/t/summary.json").read_text())
    # 3 programs x 8 samples (2+1, 2+1, 1+1 pairs)
    assert summary["evaluations"] == 24
    assert summary["programs"]["count"] == 3 and summary["programs"]["rejected"] == 1
    assert summary["tasks_solved"] == 2
    assert summary["solved"] == {"rot": ["solve_rot"], "swap": ["solve_swap"]}
    assert summary["status_counts"]["match"] == 6
    assert summary["engine"] == "batched" and summary["backend"] == "numpy"
    assert summary["batched_fraction"] > 0.5
    assert summary["parity"]["mismatches"] == 0 and summary["parity"]["checked"] > 0
    assert summary["cluster"]["kind"] == "cpu" and summary["cluster"]["dashboard"]
    first = ResultsStore.open("storage/runs/t/results.zarr")
    status = first.status[:].copy()
    digest = first.digest[:].copy()
    assert (status != NOT_EVALUATED).all()
    assert set(np.unique(first.path[:]).tolist()) <= {1, 2}

    # The reference engine from scratch gives the same outcomes, pair for pair.
    again = run_cli("run", str(path), "resume=false", "engine=reference")
    assert again.exit_code == 0, again.output
    second = ResultsStore.open("storage/runs/t/results.zarr")
    np.testing.assert_array_equal(second.status[:], status)
    np.testing.assert_array_equal(second.digest[:], digest)
    assert (second.path[:] == 2).all()
    reference_summary = json.loads(Path("storage/runs/t/summary.json").read_text())
    assert reference_summary["batched_fraction"] == 0.0
    assert reference_summary["fallback_evaluations"] == 24

    resumed = run_cli("run", str(path), "engine=reference")
    assert "blocks already stored" in resumed.output
    np.testing.assert_array_equal(
        ResultsStore.open("storage/runs/t/results.zarr").status[:], status
    )
    assert Path("storage/runs/t/performance_report.html").read_text().strip()

    shown = run_cli("show", "storage/runs/t")
    assert shown.exit_code == 0
    assert "solve_rot" in shown.output and "2 tasks" in shown.output


def test_by_name_pairing_runs_each_solver_on_its_own_task(project):
    result = run_cli("run", str(project(pairing="by-name")))
    assert result.exit_code == 0, result.output
    summary = json.loads(Path("storage/runs/t/summary.json").read_text())
    assert summary["evaluations"] == 3 + 3 + 2
    store = ResultsStore.open("storage/runs/t/results.zarr")
    names = store.attrs["programs"]
    status = store.status[:]
    mask = store.mask[:]
    assert mask.sum() == 8
    hard = names.index("solve_hard")
    assert set(status[hard][mask[hard]].tolist()) == {NOT_GRID}  # last(first(I)) is a colour
    rot = names.index("solve_rot")
    assert set(status[rot][mask[rot]].tolist()) == {MATCH}
    assert (status[~mask] == NOT_EVALUATED).all()


def test_batt_semantics_turns_errors_into_defaults(project):
    run_cli("run", str(project(semantics="batt")))
    store = ResultsStore.open("storage/runs/t/results.zarr")
    assert ERROR not in store.status[:]


def test_dry_run_prints_config_and_plan_and_runs_nothing(project):
    result = run_cli("run", str(project()), "--dry-run", "batch.samples_per_chunk=4")
    assert result.exit_code == 0, result.output
    assert "resolved config" in result.output and "samples_per_chunk: 4" in result.output
    assert "evaluations: 24" in result.output and "chunks: 2" in result.output
    assert "nodes_after_merge" in result.output
    assert not Path("storage/runs/t").exists()


def test_bad_pipeline_is_a_clear_cli_error(project):
    result = run_cli("run", str(project()), "pairing=sometimes")
    assert result.exit_code != 0
    assert "pairing" in result.output
