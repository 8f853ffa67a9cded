"""A pipeline run under faults, against the same pipeline undisturbed: worker processes killed at
random while it runs, the whole run killed with SIGKILL once and resumed; then every stored
outcome (status, digest, path) and the summary compared.

    python benchmarks/chaos.py pipelines/quick.yaml --every 4 --kill-run-at 0.5

Both runs go to `storage/runs/chaos-calm` and `storage/runs/chaos-stormy` (a previous calm run
with the same settings is reused). Prints a table for docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import psutil
import zarr

ROOT = Path(__file__).resolve().parents[1]


def start(pipeline: str, name: str, extra: list[str], log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "battflow.cli", "run", pipeline, f"name={name}", *extra]
    return subprocess.Popen(
        command,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def workers(run: subprocess.Popen) -> list[psutil.Process]:
    """The Dask worker processes of a run (children of its client, not the resource tracker)."""
    found = []
    for child in psutil.Process(run.pid).children():
        try:
            line = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if "spawn_main" in line or "forkserver" in line:
            found.append(child)
    return found


def stored_blocks(store: Path) -> tuple[int, int]:
    try:
        done = np.asarray(zarr.open_group(str(store), mode="r")["done"][:])
        return int(done.sum()), int(done.size)
    except Exception:
        return 0, 0


def stormy_run(args, extra: list[str], log: Path) -> dict:
    """The pipeline under faults; returns counts of what was done to it."""
    store = ROOT / "storage" / "runs" / "chaos-stormy" / "results.zarr"
    rng = random.Random(args.seed)
    counts = {"worker_kills": 0, "run_kills": 0, "runs": 0, "failed_runs": 0}
    run_killed = args.kill_run_at is None
    while True:
        counts["runs"] += 1
        run = start(args.pipeline, "chaos-stormy", extra, log)
        next_kill = time.monotonic() + args.every
        while run.poll() is None:
            time.sleep(0.1)
            done, total = stored_blocks(store)
            if not run_killed and total and done >= args.kill_run_at * total:
                os.killpg(run.pid, signal.SIGKILL)
                run.wait()
                counts["run_kills"] += 1
                run_killed = True
                break
            if time.monotonic() >= next_kill:
                victims = workers(run)
                if victims:
                    rng.choice(victims).send_signal(signal.SIGKILL)
                    counts["worker_kills"] += 1
                next_kill = time.monotonic() + args.every
        else:
            if run.returncode == 0:
                return counts
            # a task that lost its worker more often than the retries allow fails its block;
            # the rerun computes just those blocks
            counts["failed_runs"] = counts.get("failed_runs", 0) + 1
            if counts["runs"] > 10:
                raise SystemExit(f"the stormy run keeps failing; see {log}")


def arrays(name: str) -> dict[str, np.ndarray]:
    group = zarr.open_group(str(ROOT / "storage" / "runs" / name / "results.zarr"), mode="r")
    return {k: np.asarray(group[k][:]) for k in ("status", "digest", "path", "mask")}


def summary(name: str) -> dict:
    data = json.loads((ROOT / "storage" / "runs" / name / "summary.json").read_text())
    for varying in ("wall_seconds", "cluster", "name"):
        data.pop(varying, None)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pipeline")
    parser.add_argument("overrides", nargs="*", help="key=value overrides for both runs")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between worker kills")
    parser.add_argument("--kill-run-at", type=float, default=0.5, help="share of blocks stored")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    log = ROOT / "storage" / "runs" / "chaos.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    extra = [*args.overrides, "resume=true"]

    started = time.monotonic()
    calm = start(args.pipeline, "chaos-calm", extra, log)
    if calm.wait() != 0:
        raise SystemExit(f"the calm run failed; see {log}")
    calm_seconds = time.monotonic() - started
    stormy = ROOT / "storage" / "runs" / "chaos-stormy"
    if stormy.exists():
        import shutil

        shutil.rmtree(stormy)
    started = time.monotonic()
    counts = stormy_run(args, extra, log)
    stormy_seconds = time.monotonic() - started

    a, b = arrays("chaos-calm"), arrays("chaos-stormy")
    differing = {k: int((a[k] != b[k]).sum()) for k in a}
    same_summary = summary("chaos-calm") == summary("chaos-stormy")
    pairs = int(a["mask"].sum())
    print(
        "| pipeline | pairs | worker kills | run kills | runs (with failed blocks) | calm "
        "| stormy | differing pairs | summary |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {args.pipeline} {' '.join(args.overrides)} | {pairs:,} | {counts['worker_kills']} | "
        f"{counts['run_kills']} | {counts['runs']} ({counts['failed_runs']}) | "
        f"{calm_seconds:.0f} s | {stormy_seconds:.0f} s | {sum(differing.values())} "
        f"({differing}) | {'identical' if same_summary else 'DIFFERS'} |"
    )
    if sum(differing.values()) or not same_summary:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
