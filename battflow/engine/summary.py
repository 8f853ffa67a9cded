"""`summary.json`: what a run computed, from its results store (schema: DESIGN.md §8, extended)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from battflow.data import Dataset
from battflow.execute.outcome import MATCH, PATH_BATCHED, PATH_REFERENCE, STATUS_NAMES

from .results import ResultsStore


def solved_by(status: np.ndarray, mask: np.ndarray, dataset: Dataset) -> dict[int, list[int]]:
    """task index -> indices of the programs that match every demo and test pair of the task
    (all of which the pairing selected for that program)."""
    out: dict[int, list[int]] = {}
    matched = (status == MATCH) & mask
    bounds = np.searchsorted(dataset.task, np.arange(len(dataset.task_ids) + 1))
    for t in range(len(dataset.task_ids)):
        lo, hi = bounds[t], bounds[t + 1]
        if hi <= lo:
            continue
        programs = np.nonzero(matched[:, lo:hi].all(axis=1))[0]
        if len(programs):
            out[t] = [int(p) for p in programs]
    return out


def build_summary(
    store: ResultsStore,
    dataset: Dataset,
    *,
    name: str,
    programs: dict[str, Any],
    cluster: dict[str, Any],
    seconds: dict[str, float],
    engine_version: str,
    rejected_tasks: list[str],
) -> dict[str, Any]:
    status = np.asarray(store.status[:])
    mask = np.asarray(store.mask[:])
    path = np.asarray(store.path[:])
    names = store.attrs["programs"]
    evaluated = mask & (status > 0)
    counts = np.bincount(status[evaluated].ravel(), minlength=len(STATUS_NAMES))
    evaluations = int(evaluated.sum())
    batched = int((path[evaluated] == PATH_BATCHED).sum())
    solved = solved_by(status, mask, dataset)
    return {
        "name": name,
        "dataset": {
            "source": dataset.source,
            "splits": dataset.splits,
            "store": str(dataset.path),
            "tasks": len(dataset.task_ids),
            "samples": dataset.n,
            "hash": dataset.hash,
            "rejected": len(rejected_tasks),
            "rejects": rejected_tasks,
        },
        "programs": programs,
        "pairs_selected": int(mask.sum()),
        "evaluations": evaluations,
        "status_counts": {STATUS_NAMES[k]: int(counts[k]) for k in range(1, len(STATUS_NAMES))},
        "batched_fraction": batched / evaluations if evaluations else 0.0,
        "fallback_evaluations": int((path[evaluated] == PATH_REFERENCE).sum()),
        "tasks_solved": len(solved),
        "solved": {dataset.task_ids[t]: [names[p] for p in ps] for t, ps in sorted(solved.items())},
        "backend": "python",
        "cluster": cluster,
        "wall_seconds": {k: round(v, 3) for k, v in seconds.items()},
        "engine_version": engine_version,
    }


def write_summary(summary: dict[str, Any], run_dir: Path) -> Path:
    path = run_dir / "summary.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(summary, indent=2) + "\n")
    tmp.replace(path)
    return path
