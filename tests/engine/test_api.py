"""The notebook API (battflow.api): evaluate, run, open_run, connect, and what a Run shows."""

from __future__ import annotations

import json

import pytest

import battflow
from battflow.engine.config import ConfigError

pd = pytest.importorskip("pandas")


def _flip(I):
    O = vmirror(I)  # noqa: F821 (a DSL function: its source is what runs)
    return O


@pytest.fixture
def connected():
    client = battflow.connect(workers=1)
    yield client
    battflow.disconnect()


def test_evaluate_sources_functions_and_files(project, tmp_path, connected):
    project()  # writes the dataset folder and the programs
    source = "def solve_rot(I):\n    O = rot90(I)\n    return O\n"
    run = battflow.evaluate(
        [source, _flip, tmp_path / "progs" / "swap.py"],
        dataset=str(tmp_path / "tasks"),
        name="api",
        runs_root=tmp_path / "runs",
        quiet=True,
    )
    assert battflow.connect() is connected  # reused, not a second cluster
    assert run.programs == ["solve_rot", "_flip", "solve_swap"]
    assert run.solved() == {"rot": ["solve_rot"], "swap": ["solve_swap"]}
    assert (
        (tmp_path / "runs" / "api" / "sources" / "program_1.py")
        .read_text()
        .startswith("def _flip(I):")
    )

    table = run.statuses()
    assert table.shape == (3, 8)
    assert table.index.name == "program"
    assert list(table.columns.names) == ["task", "role", "pair"]
    assert table.loc["solve_rot", ("rot", "test", 0)] == "match"
    assert set(table.loc["solve_swap", "rot"]) <= {"mismatch", "error"}

    pairs = run.pairs()
    assert len(pairs) == 24
    assert set(pairs.columns) >= {"program", "task", "role", "status", "path", "digest"}
    assert (pairs[pairs.status == "match"].groupby("program", observed=True).size() > 0).all()

    task = run.for_task("rot")
    assert task.solvers == ["solve_rot"]
    best = task.best(2)
    assert best.index[0] == "solve_rot" and best["matched"].iloc[0] == 3
    assert "bf-grid" in task._repr_html_()

    prog = run.program("solve_rot")
    assert prog.solved() == ["rot"]
    assert "rot90(I)" in prog.source_text
    view = prog.outputs("rot")
    assert [row["status"] for row in view.rows] == ["match"] * 3
    assert "data:image/png;base64," in view._repr_html_()
    png = view.to_png()
    assert png.startswith(b"\x89PNG")
    wrong = run.program("solve_swap").outputs("rot")
    assert {row["status"] for row in wrong.rows} <= {"mismatch", "error"}

    with pytest.raises(KeyError, match="did you mean solve_rot"):
        run.program("rot")
    with pytest.raises(KeyError, match="not in dataset"):
        run.for_task("nope")

    report = tmp_path / "runs" / "api" / "report.html"
    text = report.read_text()
    assert text.startswith("<!doctype html>") and "data:image/png;base64," in text
    assert "Dask performance report" in text

    again = battflow.open_run(tmp_path / "runs" / "api")
    assert again.summary == json.loads((report.parent / "summary.json").read_text())
    assert "tasks solved" in repr(again)


def test_run_a_pipeline_file(project, connected):
    path = project()
    run = battflow.run(path, "name=viaapi", quiet=True)
    assert run.name == "viaapi"
    assert "rot" in run.solved()
    assert run.report_path.exists()
    assert "<table" in run._repr_html_()


def test_bad_arguments_say_what_is_wrong(project, tmp_path):
    project()
    with pytest.raises(FileNotFoundError, match=r"no/such\.py"):
        battflow.evaluate("no/such.py", dataset=str(tmp_path / "tasks"))
    with pytest.raises(ConfigError, match="pairing"):
        battflow.evaluate(
            "def f(I):\n    return I\n", dataset=str(tmp_path / "tasks"), pairing="some"
        )
    with pytest.raises(ValueError, match="no programs"):
        battflow.evaluate([], dataset=str(tmp_path / "tasks"))
    with pytest.raises(FileNotFoundError, match="not a battflow run"):
        battflow.open_run(tmp_path)


def test_show_prints_and_writes_the_report(project, tmp_path):
    from click.testing import CliRunner

    from battflow.cli import main

    path = project()
    battflow.run(path, quiet=True)
    run_dir = tmp_path / "storage" / "runs" / "t"
    (run_dir / "report.html").unlink()  # a run from before reports existed
    result = CliRunner().invoke(main, ["show", str(run_dir)])
    assert result.exit_code == 0, result.output
    assert "report.html" in result.output
    assert (run_dir / "report.html").exists()


def test_import_battflow_stays_light():
    import subprocess
    import sys

    code = (
        "import sys, battflow; "
        "print(any(m.startswith(('distributed', 'pandas', 'PIL')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
