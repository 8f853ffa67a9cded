"""A run killed with SIGKILL (client, scheduler and workers at once), twice, then rerun, ends with
the results and summary of an uninterrupted run; a changed pipeline does not reuse the blocks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import zarr

from battflow.engine.results import ResultsStore

ROOT = Path(__file__).resolve().parents[2]

# The slow programs make canvases past the batched path's 240 a side, so every sample falls back
# to the reference, at some 50 ms each: the run lasts long enough to be killed mid-way, and every
# outcome is far from the time cap (identical on every run).
PROGRAMS = """
def solve_turn(I):
    O = rot90(I)
    return O

def slow_a(I):
    x1 = canvas(ZERO, (300, 300))
    x2 = power(rot90, 40)
    x3 = x2(x1)
    O = crop(x3, ORIGIN, (2, 2))
    return O

def slow_b(I):
    x1 = canvas(ONE, (300, 300))
    x2 = power(rot90, 40)
    x3 = x2(x1)
    O = crop(x3, ORIGIN, (3, 3))
    return O

def slow_c(I):
    x1 = canvas(TWO, (260, 260))
    x2 = power(dmirror, 40)
    x3 = x2(x1)
    O = crop(x3, ORIGIN, (1, 1))
    return O

def solve_swap(I):
    O = switch(I, ONE, TWO)
    return O
"""


def _task(seed: int) -> dict:
    rng = np.random.default_rng(seed)

    def pair():
        grid = rng.integers(0, 4, size=(3, 3)).tolist()
        return {"input": grid, "output": np.rot90(np.array(grid), -1).tolist()}

    return {"train": [pair(), pair()], "test": [pair()]}


@pytest.fixture
def killable(tmp_path):
    data = tmp_path / "tasks"
    data.mkdir()
    for k in range(16):
        (data / f"t{k:02d}.json").write_text(json.dumps(_task(k)))
    (tmp_path / "progs.py").write_text(PROGRAMS)

    def pipeline(name: str, **extra) -> Path:
        lines = [
            f"name: {name}",
            f"dataset: {{source: {data}, root: {tmp_path / 'datasets'}}}",
            f"programs: [{{path: {tmp_path / 'progs.py'}}}]",
            "cluster: cpu",
            "workers: 2",
            "verify: 0.5",
            "batch: {samples_per_chunk: 4, programs_per_group: 3}",
            "fallback: {timeout_s: 20, memory_mb: 1024}",
            f"output: {{dir: {tmp_path / 'runs' / name}}}",
        ]
        lines += [f"{k}: {v}" for k, v in extra.items()]
        path = tmp_path / f"{name}.yaml"
        path.write_text("\n".join(lines) + "\n")
        return path

    return pipeline


def _start(pipeline: Path, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "battflow.cli", "run", str(pipeline)],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: the kill takes the workers too
        env=env,
    )


def _done(store: Path) -> int:
    try:
        return int(np.asarray(zarr.open_group(str(store), mode="r")["done"][:]).sum())
    except Exception:  # not created yet, or a chunk being written
        return -1


def _kill_when(proc: subprocess.Popen, store: Path, at_least: int, timeout_s: float = 120) -> int:
    """SIGKILL the run's process group once `at_least` blocks are stored; the count then."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and proc.poll() is None:
        if _done(store) >= at_least:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(30)
            return _done(store)
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    raise AssertionError(f"the run ended or stalled before {at_least} blocks were stored")


def _finish(pipeline: Path, log: Path) -> str:
    proc = _start(pipeline, log)
    assert proc.wait(240) == 0, log.read_text()
    return log.read_text()


def _arrays(run_dir: Path) -> dict[str, np.ndarray]:
    store = ResultsStore.open(run_dir / "results.zarr")
    return {name: np.asarray(getattr(store, name)[:]) for name in ("status", "digest", "path")}


def _comparable(run_dir: Path) -> dict:
    summary = json.loads((run_dir / "summary.json").read_text())
    for varying in ("wall_seconds", "cluster", "name"):
        summary.pop(varying)
    return summary


def test_killed_twice_then_resumed_equals_an_undisturbed_run(killable, tmp_path):
    whole = tmp_path / "runs" / "whole"
    _finish(killable("whole"), tmp_path / "whole.log")
    total = _done(whole / "results.zarr")
    assert total == 2 * 12  # 2 program groups x 12 chunks of 4 samples

    pipeline = killable("killed")
    store = tmp_path / "runs" / "killed" / "results.zarr"
    first = _kill_when(_start(pipeline, tmp_path / "k1.log"), store, at_least=1)
    assert 1 <= first < total
    second_log = tmp_path / "k2.log"
    second = _kill_when(_start(pipeline, second_log), store, at_least=first + 4)
    assert first + 4 <= second < total
    assert f"resuming: {first} blocks already stored" in second_log.read_text()
    out = _finish(pipeline, tmp_path / "k3.log")
    assert f"resuming: {second} blocks already stored" in out

    killed = tmp_path / "runs" / "killed"
    for name, array in _arrays(whole).items():
        np.testing.assert_array_equal(_arrays(killed)[name], array, err_msg=name)
    assert _comparable(killed) == _comparable(whole)
    summary = json.loads((killed / "summary.json").read_text())
    assert summary["parity"]["mismatches"] == 0 and summary["parity"]["checked"] > 0
    assert summary["fallback_evaluations"] >= 3 * 48  # the slow programs on every sample


def test_a_changed_pipeline_says_why_it_does_not_reuse_stored_blocks(killable, tmp_path):
    from click.testing import CliRunner

    from battflow.cli import main

    fast = PROGRAMS[: PROGRAMS.index("def slow_a")]
    (tmp_path / "progs.py").write_text(fast)
    pipeline = killable("changing")
    first = CliRunner().invoke(main, ["run", str(pipeline)], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    (tmp_path / "progs.py").write_text(fast.replace("rot90(I)", "rot270(I)"))
    out = CliRunner().invoke(main, ["run", str(pipeline)], catch_exceptions=False).output
    assert "not reusing the stored results" in out
    assert "programs changed since its 12 stored blocks were made" in out
    assert "resuming" not in out


@pytest.mark.parametrize("changed", ["engine version", "dataset", "programs"])
def test_any_changed_part_of_the_fingerprint_discards_the_blocks(tmp_path, changed):
    parts = {"engine version": "0.2.0", "dataset": "d1", "programs": "p1", "pairing": "all"}

    def attrs(parts):
        return {"fingerprint": json.dumps(parts, sort_keys=True), "fingerprint_parts": parts}

    path = tmp_path / "results.zarr"
    store, resumed = ResultsStore.open_or_create(path, (2, 4), (2, 2), attrs(parts), False, True)
    assert not resumed and store.stale_reason is None
    store.done[0, 0] = True
    _, resumed = ResultsStore.open_or_create(path, (2, 4), (2, 2), attrs(parts), False, True)
    assert resumed
    other = {**parts, changed: "new"}
    fresh, resumed = ResultsStore.open_or_create(path, (2, 4), (2, 2), attrs(other), False, True)
    assert not resumed
    assert fresh.stale_reason == f"{changed} changed since its 1 stored blocks were made"
    assert not np.asarray(fresh.done[:]).any()
