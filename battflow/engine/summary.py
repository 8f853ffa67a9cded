"""`summary.json`: what a run computed, from its results store (schema: DESIGN.md §8, extended)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from battflow.data import Dataset
from battflow.execute.outcome import (
    ERROR,
    MATCH,
    NOT_EVALUATED,
    PATH_BATCHED,
    PATH_REFERENCE,
    STATUS_NAMES,
)

from .behaviours import behaviour_groups, behaviour_keys
from .results import ResultsStore

DUPLICATE_GROUPS = 20
"""How many groups of programs that behave alike summary.json lists."""
EXAMPLES = 5
"""Names listed per duplicate group."""
SOLVERS_PER_TASK = 10
"""Generated solvers listed per gained task."""


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
    generated: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The summary of a stored run. `generated`: names of the programs that came from the
    built-in generator (a `generated` section is added when there are any); names not in the
    store are ignored."""
    status = np.asarray(store.status[:])
    mask = np.asarray(store.mask[:])
    path = np.asarray(store.path[:])
    names = store.attrs["programs"]
    evaluated = mask & (status > 0)
    counts = np.bincount(status[evaluated].ravel(), minlength=len(STATUS_NAMES))
    evaluations = int(evaluated.sum())
    batched = int((path[evaluated] == PATH_BATCHED).sum())
    solved = solved_by(status, mask, dataset)
    keys = behaviour_keys(status, store.digest, mask)
    summary = {
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
        "behaviours": behaviours_section(keys, status, mask, names),
    }
    if store.keeps_scores:
        score = np.asarray(store.group["score"][:])
        summary["best_by_task"] = best_by_task(score, status, mask, dataset, names)
    if generated:
        summary["generated"] = generated_section(
            keys, status, mask, names, set(generated), solved, dataset.task_ids
        )
    return summary


def behaviours_section(
    keys: np.ndarray, status: np.ndarray, mask: np.ndarray, names: Sequence[str]
) -> dict[str, Any]:
    """Programs, distinct behaviours, and the largest groups of programs that behave alike
    (`matched_pairs`: the pairs each member of the group matches)."""
    groups = behaviour_groups(keys)
    matched = ((status == MATCH) & mask).sum(axis=1)
    return {
        "programs": len(keys),
        "distinct": len(groups),
        "duplicate_groups": [
            {
                "programs": len(group),
                "examples": [names[p] for p in group[:EXAMPLES]],
                "matched_pairs": int(matched[group[0]]),
            }
            for group in groups[:DUPLICATE_GROUPS]
            if len(group) > 1
        ],
    }


def generated_section(
    keys: np.ndarray,
    status: np.ndarray,
    mask: np.ndarray,
    names: Sequence[str],
    generated: set[str],
    solved: dict[int, list[int]],
    task_ids: Sequence[str],
) -> dict[str, Any]:
    """What the generated programs add: their distinct behaviours (and those no other program
    has), how many ran without error on at least one pair, and the tasks they solve (gained:
    solved by no other program)."""
    is_generated = np.array([n in generated for n in names], bool)
    count = int(is_generated.sum())
    own = set(keys[is_generated].tolist())
    others = set(keys[~is_generated].tolist())
    ran = mask & (status != NOT_EVALUATED) & (status != ERROR)
    ran_somewhere = int(ran[is_generated].any(axis=1).sum()) if count else 0
    tasks_solved = 0
    gained: dict[str, list[str]] = {}
    for t, programs in solved.items():
        solvers = [p for p in programs if is_generated[p]]
        if solvers:
            tasks_solved += 1
            if len(solvers) == len(programs):
                gained[task_ids[t]] = [names[p] for p in solvers[:SOLVERS_PER_TASK]]
    return {
        "programs": count,
        "distinct_behaviours": len(own),
        "new_behaviours": len(own - others),
        "run_without_error_somewhere": ran_somewhere,
        "share_run_without_error": round(ran_somewhere / count, 4) if count else 0.0,
        "tasks_solved": tasks_solved,
        "tasks_gained": sorted(gained),
        "solvers_by_task": {task: gained[task] for task in sorted(gained)},
    }


def write_summary(summary: dict[str, Any], run_dir: Path) -> Path:
    path = run_dir / "summary.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(summary, indent=2) + "\n")
    tmp.replace(path)
    return path


def best_by_task(
    score: np.ndarray,
    status: np.ndarray,
    mask: np.ndarray,
    dataset: Dataset,
    names: Sequence[str],
) -> dict[str, dict[str, Any]]:
    """task id -> the program that scores best on the task's demo pairs, among the programs
    evaluated on all of them: most demo pairs matched, then the highest mean score over the demo
    pairs, then the highest minimum, then the first in store order. With its demo pairs matched
    (of `demos`), mean and min demo score, and test pairs matched (of `tests`)."""
    out: dict[str, dict[str, Any]] = {}
    matched = (status == MATCH) & mask
    bounds = np.searchsorted(dataset.task, np.arange(len(dataset.task_ids) + 1))
    for t, task_id in enumerate(dataset.task_ids):
        lo, hi = bounds[t], bounds[t + 1]
        demo = np.nonzero(dataset.role[lo:hi] == 0)[0] + lo
        test = np.nonzero(dataset.role[lo:hi] != 0)[0] + lo
        if not len(demo):
            continue
        candidates = np.nonzero(mask[:, demo].all(axis=1) & (status[:, demo] > 0).all(axis=1))[0]
        if not len(candidates):
            continue
        demo_scores = score[np.ix_(candidates, demo)].astype(np.int64)
        hits = matched[np.ix_(candidates, demo)].sum(axis=1)
        mean = demo_scores.sum(axis=1) / len(demo)
        low = demo_scores.min(axis=1)
        order = np.lexsort((candidates, -low, -mean, -hits))
        k = order[0]
        p = int(candidates[k])
        out[task_id] = {
            "program": names[p],
            "demo_matched": int(hits[k]),
            "demos": len(demo),
            "mean_score": round(float(mean[k]), 1),
            "min_score": int(low[k]),
            "test_matched": int(matched[p, test].sum()),
            "tests": len(test),
        }
    return out
