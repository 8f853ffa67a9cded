"""Check that a finished run stored every pair's outcome and scores, and print what it holds.

    python benchmarks/check_run.py storage/runs/full

Prints: blocks stored, pairs evaluated, status counts, the score distribution over evaluated
pairs, the batched fraction, parity (when the run verified) and how many tasks `best_by_task`
names. Exits 1 when a block is missing or an evaluated pair has no status.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from battflow.engine.results import ResultsStore
from battflow.execute.outcome import NOT_EVALUATED, STATUS_NAMES


def main(run_dir: str) -> int:
    path = Path(run_dir)
    store = ResultsStore.open(path / "results.zarr")
    done = np.asarray(store.done[:])
    mask = np.asarray(store.group["mask"][:])
    status = np.asarray(store.group["status"][:])
    score = np.asarray(store.group["score"][:])
    summary = json.loads((path / "summary.json").read_text())
    evaluated = mask & (status != NOT_EVALUATED)
    print(f"blocks stored: {int(done.sum())} of {done.size}")
    print(f"pairs: {int(mask.sum()):,} in the cross product, {int(evaluated.sum()):,} evaluated")
    codes, counts = np.unique(status[mask], return_counts=True)
    print("statuses:", {STATUS_NAMES[c]: int(n) for c, n in zip(codes, counts, strict=True)})
    s = score[evaluated]
    q = np.percentile(s, [50, 90, 99]).tolist() if s.size else []
    print(
        f"scores: {s.size:,} pairs, {float((s == 0).mean()):.1%} score 0, "
        f"median/p90/p99 {q}, max {int(s.max()) if s.size else None}"
    )
    print(f"batched fraction: {summary.get('batched_fraction')}")
    print(f"parity: {summary.get('parity')}")
    print(f"best_by_task: {len(summary.get('best_by_task', {}))} tasks")
    print(f"tasks solved: {summary.get('tasks_solved')}")
    print(f"wall seconds: {summary.get('wall_seconds')}")
    gen = summary.get("generated", {})
    print(f"generated: { {k: v for k, v in gen.items() if not isinstance(v, (list, dict))} }")
    complete = bool(done.all()) and int(evaluated.sum()) == int(mask.sum())
    print("complete" if complete else "INCOMPLETE")
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
