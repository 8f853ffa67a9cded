"""Pathological programs end as `timeout` or `too_big` within their caps (or as the
error the reference raises, as `power` a million deep does), on the batched path
(which hands them to the reference rather than build what it cannot bound) and on the reference
path (the sandbox's time and memory caps); the run stays within a bounded memory. Caps are
limits, not outcomes: where the batched path decides a program exactly without building what
the reference builds (`distinct_runs`), it gives the outcome a plain process would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from battflow.engine.results import ResultsStore
from battflow.execute import STATUS_NAMES

ROOT = Path(__file__).resolve().parents[2]

PATHOLOGICAL = """
def huge_upscale(I):
    O = upscale(I, 100000)
    return O

def deep_power(I):
    x1 = canvas(ZERO, (120, 120))
    x2 = power(rot90, 1000000)
    O = x2(x1)
    return O

def slow_power(I):
    x1 = canvas(ZERO, (700, 700))
    x2 = power(rot90, 500)
    O = x2(x1)
    return O

def exploding_product(I):
    x1 = canvas(ZERO, (30, 30))
    x2 = asindices(x1)
    x3 = product(x2, x2)
    x4 = product(x3, x3)
    O = size(x4)
    return O

def exploding_prapply(I):
    x1 = canvas(ZERO, (30, 30))
    x2 = asindices(x1)
    x3 = totuple(x2)
    x4 = prapply(connect, x3, x3)
    O = size(x4)
    return O

def distinct_runs(I):
    x1 = canvas(ZERO, (30, 30))
    x2 = asindices(x1)
    x3 = prapply(connect, x2, x2)
    O = size(x3)
    return O

def wide_interval(I):
    x1 = interval(ZERO, 1000000000, ONE)
    O = size(x1)
    return O

def solve_rot(I):
    O = rot90(I)
    return O
"""
CAPS = {"timeout_s": 0.5, "memory_mb": 512}
MEMORY_BOUND = 3 * 1024**3
"""Largest resident size any process of the run may reach: the client, 2 workers and their
sandboxes, each sandbox capped at its own size plus 512 MiB."""


def test_pathological_programs_end_within_their_caps(project, tmp_path):
    (tmp_path / "progs" / "pathological.py").write_text(PATHOLOGICAL)
    pipeline = project(
        workers=2,
        verify="all",
        batch="{samples_per_chunk: 2}",
        fallback=f"{{timeout_s: {CAPS['timeout_s']}, memory_mb: {CAPS['memory_mb']}}}",
    )
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "battflow.cli", "run", str(pipeline)],
        stdout=(tmp_path / "run.log").open("w"),
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
    )
    _, code, usage = os.wait4(proc.pid, 0)
    elapsed = time.monotonic() - started
    assert os.waitstatus_to_exitcode(code) == 0, (tmp_path / "run.log").read_text()

    run = tmp_path / "storage" / "runs" / "t"
    store = ResultsStore.open(run / "results.zarr")
    names = store.attrs["programs"]
    status = np.asarray(store.status[:])
    capped = {"timeout", "too_big"}
    for name in ("huge_upscale", "slow_power", "exploding_product", "exploding_prapply"):
        got = {STATUS_NAMES[s] for s in status[names.index(name)]}
        assert got <= capped, (name, got)
    # power builds its composition recursively: a million deep is Python's RecursionError
    assert {STATUS_NAMES[s] for s in status[names.index("deep_power")]} == {"error"}
    assert {STATUS_NAMES[s] for s in status[names.index("wide_interval")]} == {"too_big"}
    # 810,000 pairs of a frozenset of locations: the batched path counts their distinct runs
    # (kernels/linesets.py) where the reference runs past its cap; over a tuple it cannot
    assert {STATUS_NAMES[s] for s in status[names.index("distinct_runs")]} == {"not_grid"}
    summary = json.loads((run / "summary.json").read_text())
    assert summary["parity"]["mismatches"] == 0
    # 8 samples x 5 capped programs at most 0.5 s each, over 2 workers, plus start-up
    assert elapsed < 90, elapsed
    # ru_maxrss (KiB on Linux): the largest process of the tree the run made, sandboxes included
    print(f"largest process of the run: {usage.ru_maxrss / 1024:.0f} MiB, {elapsed:.1f} s")
    assert usage.ru_maxrss * 1024 < MEMORY_BOUND, usage.ru_maxrss
