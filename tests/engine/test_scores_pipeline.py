"""Scores end to end: stored for every pair on both paths, equal under verify, summarised per
task, listed as near misses."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import battflow
from battflow.cli import main
from battflow.execute.scores import grid_counts, scores_from_counts

# A canvas past 240 a side falls back: its pairs are scored by the reference.
FALLBACK = """
def big_then_crop(I):
    x1 = canvas(ZERO, (250, 250))
    x2 = shape(I)
    O = crop(x1, ORIGIN, x2)
    return O
"""


def test_scores_are_stored_summarised_and_shown(project, tmp_path):
    (tmp_path / "progs" / "fallback.py").write_text(FALLBACK)
    result = CliRunner().invoke(main, ["run", str(project(verify="all"))])
    assert result.exit_code == 0, result.output
    run = battflow.open_run("storage/runs/t")
    assert run.summary["parity"]["mismatches"] == 0  # counts compared too

    score = run.scores()
    assert (score.loc["solve_rot", "rot"] == 1000).all()
    path = np.asarray(run.store.path[:])
    fallback_row = run.programs.index("big_then_crop")
    assert (path[fallback_row] == 2).all()  # every pair of it decided by the reference
    ds = run.dataset
    for s in range(ds.n):  # an all-zero grid of the input's shape, against the expected
        zeros = tuple(tuple(0 for _ in row) for row in ds.input_grid(s))
        want = scores_from_counts(np.array([grid_counts(zeros, ds.output_grid(s))]))
        assert score.iloc[fallback_row, s] == want["score"][0]
    nan = np.isnan(run.scores("cell_accuracy").loc["solve_hard"]).all()
    assert nan  # solve_hard never returns a grid
    assert (run.scores("shape_agreement").loc["solve_hard"] == -1).all()

    best = json.loads(Path("storage/runs/t/summary.json").read_text())["best_by_task"]
    assert best["rot"]["program"] == "solve_rot" and best["rot"]["mean_score"] == 1000.0
    assert best["hard"]["demo_matched"] == 0 and best["hard"]["demos"] == 1
    near = run.near_misses()
    assert list(near.index) == ["hard"]
    shown = CliRunner().invoke(main, ["show", "storage/runs/t"])
    assert "near misses" in shown.output and "hard" in shown.output
    ranked = run.for_task("rot").best(2)
    assert list(ranked.columns[:2]) == ["matched", "mean score"]
    assert ranked.index[0] == "solve_rot"


def test_differs_are_stored_for_every_pair(project, tmp_path):
    root = Path(__file__).resolve().parents[2]
    path = project(verify="all", scorers=f"[{root / 'programs' / 'differs'}]")
    result = CliRunner().invoke(main, ["run", str(path)])
    assert result.exit_code == 0, result.output
    run = battflow.open_run("storage/runs/t")
    assert run.summary["parity"]["mismatches"] == 0  # differ values compared too
    palette = run.scores("differ_palette_difference")
    assert (palette.loc["solve_rot", "rot"] == 0).all()  # the rotation is right there
    cells = run.scores("differ_cells_differing")
    assert (cells.loc["solve_rot", "rot"] == 0).all()
    no_value = np.iinfo(np.int64).min
    assert (cells.loc["solve_hard"] == no_value).all()  # never a grid: no value
    with pytest.raises(KeyError, match="differ_palette_difference"):
        run.scores("differ_nothing")
