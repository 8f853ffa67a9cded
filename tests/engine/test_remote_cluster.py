"""`cluster: tcp://...` against a real `dask scheduler` and `dask worker` processes on loopback:
the same outcomes, pair for pair, as the built-in LocalCluster (`cluster: cpu`).

This is the single-machine proof of the multi-host recipe in docs/scaling.md: the scheduler and
workers are separate processes started with the `dask` command line, in another working
directory, and reach the run only through the scheduler's address.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from distributed import Client

from battflow.cli import main
from battflow.engine.results import ResultsStore
from battflow.execute.outcome import PATH_BATCHED, PATH_REFERENCE

ROOT = Path(__file__).resolve().parents[2]
N_WORKERS = 2
STARTUP_S = 60
STOP_S = 10

# Beside the conftest programs: connected components (`objects`), an (S, I, C) program (always
# on the reference path) and a division by zero (an error on every pair).
EXTRA_PROGRAMS = """from dsl import *

def solve_objects(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = subgrid(x2, I)
    return O

def solve_context(S, I, C):
    x1 = first(S)
    O = last(x1)
    return O

def solve_zero(I):
    x1 = height(I)
    x2 = divide(x1, ZERO)
    O = canvas(x2, UNITY)
    return O
"""


def _dask_command() -> list[str]:
    """The `dask` command line of this interpreter's environment."""
    script = Path(sys.executable).with_name("dask")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dask"]


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the process group started with `proc` (the nanny, its worker and their sandbox
    children), wait up to STOP_S, then SIGKILL whatever of the group is left."""
    _signal_group(proc, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=STOP_S)
    _signal_group(proc, signal.SIGKILL)
    proc.wait(timeout=STOP_S)


@pytest.fixture
def dask_scheduler(tmp_path):
    """A `dask scheduler` on 127.0.0.1 (a free port it picks) and N_WORKERS single-threaded
    `dask worker` processes joined to it, all listening on 127.0.0.1 only; yields the scheduler
    address. Every process is stopped on teardown, also when the test fails."""
    logs = tmp_path / "dask-logs"
    logs.mkdir()
    elsewhere = tmp_path / "worker-cwd"  # not the run's folder: workers get absolute paths
    elsewhere.mkdir()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env["CUDA_VISIBLE_DEVICES"] = ""
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    started: list[tuple[str, subprocess.Popen]] = []
    handles = []

    def start(name: str, *args: str) -> subprocess.Popen:
        log = (logs / f"{name}.log").open("wb")
        handles.append(log)
        proc = subprocess.Popen(
            [*_dask_command(), *args],
            cwd=elsewhere,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped as a whole
        )
        started.append((name, proc))
        return proc

    def failure(what: str) -> str:
        parts = [what]
        for name, proc in started:
            parts.append(f"--- {name} (exit {proc.poll()}) ---\n{_tail(logs / f'{name}.log')}")
        return "\n".join(parts)

    try:
        scheduler_file = tmp_path / "scheduler.json"
        scheduler = start(
            "scheduler",
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",  # the HTTP server (health, metrics) still starts: on loopback
            "--dashboard-address",
            "127.0.0.1:0",
            "--scheduler-file",
            str(scheduler_file),
        )
        deadline = time.monotonic() + STARTUP_S
        address = None
        while address is None:
            if scheduler.poll() is not None:
                pytest.fail(failure("dask scheduler exited during startup"))
            if time.monotonic() > deadline:
                pytest.fail(failure("dask scheduler wrote no scheduler file"))
            try:
                address = json.loads(scheduler_file.read_text())["address"]
            except (OSError, ValueError, KeyError):
                time.sleep(0.1)
        assert address.startswith("tcp://127.0.0.1:"), address
        for i in range(N_WORKERS):
            start(
                f"worker-{i}",
                "worker",
                address,
                "--nthreads",
                "1",
                "--nworkers",
                "1",
                "--no-dashboard",
                "--dashboard-address",
                "127.0.0.1:0",
                "--host",
                "127.0.0.1",
                "--name",
                f"remote-{i}",
                "--local-directory",
                str(tmp_path / "dask-scratch"),
            )
        try:
            with Client(address, timeout=STARTUP_S) as client:
                client.wait_for_workers(N_WORKERS, timeout=STARTUP_S)
        except Exception as exc:
            pytest.fail(failure(f"workers did not join {address}: {exc!r}"))
        yield address
    finally:
        for _, proc in reversed(started):  # workers first, while their scheduler is there
            _stop(proc)
        for log in handles:
            log.close()
    assert all(proc.poll() is not None for _, proc in started)


def _run(pipeline: Path, *overrides: str) -> dict:
    result = CliRunner().invoke(main, ["run", str(pipeline), *overrides], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = next(o for o in overrides if o.startswith("output.dir="))
    return json.loads((Path(out.partition("=")[2]) / "summary.json").read_text())


def test_remote_scheduler_matches_local_cluster(project, dask_scheduler, tmp_path):
    (tmp_path / "progs" / "extra.py").write_text(EXTRA_PROGRAMS)
    pipeline = project(verify="all", batch="{samples_per_chunk: 4}")
    local = _run(pipeline, "cluster=cpu", "workers=2", "output.dir=out-local")
    remote = _run(pipeline, f"cluster={dask_scheduler}", "output.dir=out-remote")

    assert local["cluster"]["kind"] == "cpu"
    assert remote["cluster"]["kind"] == "remote"
    assert remote["cluster"]["workers"] == N_WORKERS
    assert remote["backend"] == local["backend"] == "numpy"
    for key in ("evaluations", "status_counts", "tasks_solved", "solved", "programs"):
        assert remote[key] == local[key], key
    assert local["parity"]["checked"] > 0
    assert remote["parity"]["checked"] == local["parity"]["checked"]
    assert local["parity"]["mismatches"] == remote["parity"]["mismatches"] == 0
    assert remote["failed_blocks"] == local["failed_blocks"] == []
    assert local["solved"]["rot"] == ["solve_rot"]
    assert local["status_counts"]["error"] > 0

    a = ResultsStore.open(tmp_path / "out-local" / "results.zarr")
    b = ResultsStore.open(tmp_path / "out-remote" / "results.zarr")
    assert a.attrs["programs"] == b.attrs["programs"]
    assert a.attrs["fingerprint"] == b.attrs["fingerprint"]
    for name in ("status", "digest", "path", "mask"):
        np.testing.assert_array_equal(getattr(a, name)[:], getattr(b, name)[:], err_msg=name)
    assert b.done[:].all()
    # both paths ran on the remote workers: the batched pass and the reference fallback
    paths = set(np.unique(b.path[:][b.mask[:]]).tolist())
    assert paths == {PATH_BATCHED, PATH_REFERENCE}
