"""`battflow show RUN_DIR`: a run's summary and, per task, the programs that solve it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from battflow.data import open_dataset
from battflow.execute.outcome import MATCH

from .results import ResultsStore


def show_run(run_dir: Path | str, console: Console, all_tasks: bool = False) -> None:
    """Print the summary of a run and a per-task table (solved tasks; every task with
    `all_tasks`), with demo/test pairs matched by the best program."""
    run_dir = Path(run_dir)
    summary_path = run_dir / "summary.json"
    if not summary_path.exists():
        raise FileNotFoundError(f"{run_dir}: no summary.json (not a finished battflow run)")
    summary = json.loads(summary_path.read_text())
    ds = summary["dataset"]
    counts = ", ".join(f"{k} {v:,}" for k, v in summary["status_counts"].items() if v)
    console.print(f"[bold]{summary['name']}[/]  engine {summary['engine_version']}")
    console.print(
        f"dataset   {ds['source']} {ds.get('splits')}: {ds['tasks']} tasks, "
        f"{ds['samples']:,} samples ({ds['rejected']} tasks rejected)"
    )
    progs = summary["programs"]
    console.print(
        f"programs  {progs['count']} ({progs['rejected']} rejected), "
        f"{progs['nodes_after_merge']:,} nodes after merge"
    )
    console.print(f"pairs     {summary['evaluations']:,} evaluated: {counts}")
    console.print(f"solved    {summary['tasks_solved']} tasks")
    if "behaviours" in summary:
        console.print(behaviours_line(summary["behaviours"]))
    if summary.get("generated"):
        for line in generated_lines(summary["generated"]):
            console.print(line)
    wall = summary["wall_seconds"]
    console.print("seconds   " + ", ".join(f"{k} {v:.1f}" for k, v in wall.items()))
    for reject in progs.get("rejects", []):
        console.print(f"[yellow]rejected program[/] {reject}")
    if summary.get("failed_blocks"):
        for failure in summary["failed_blocks"]:
            console.print(f"[red]failed[/] {failure}")

    store = ResultsStore.open(run_dir / "results.zarr")
    dataset = open_dataset(ds["store"])
    status = np.asarray(store.status[:])
    mask = np.asarray(store.mask[:])
    names = store.attrs["programs"]
    matched = (status == MATCH) & mask
    solved = summary["solved"]
    table = Table(title="tasks" if all_tasks else "solved tasks")
    for column in ("task", "split", "demo", "test", "programs that solve it"):
        table.add_column(column)
    bounds = np.searchsorted(dataset.task, np.arange(len(dataset.task_ids) + 1))
    for t, task_id in enumerate(dataset.task_ids):
        if not all_tasks and task_id not in solved:
            continue
        lo, hi = bounds[t], bounds[t + 1]
        demo = dataset.role[lo:hi] == 0
        per_program = matched[:, lo:hi]
        best = int(np.argmax(per_program.sum(axis=1))) if len(names) else 0
        row = per_program[best] if len(names) else np.zeros(hi - lo, bool)
        table.add_row(
            task_id,
            dataset.task_splits[t],
            f"{int(row[demo].sum())}/{int(demo.sum())}",
            f"{int(row[~demo].sum())}/{int((~demo).sum())}",
            ", ".join(solved.get(task_id, [])) or f"(best: {names[best]})" if len(names) else "",
        )
    console.print(table)
    near = near_misses(summary, None if all_tasks else NEAR_MISSES)
    if near:
        misses = Table(title="near misses: the best program of each unsolved task (demo pairs)")
        for column in ("task", "program", "demo matched", "mean score", "min score"):
            misses.add_column(column)
        for task_id, best in near:
            misses.add_row(
                task_id,
                escape(best["program"]),
                f"{best['demo_matched']}/{best['demos']}",
                f"{best['mean_score']:.1f}",
                str(best["min_score"]),
            )
        console.print(misses)


NEAR_MISSES = 15
"""Unsolved tasks listed by `battflow show` (all with --all)."""


def near_misses(summary: dict[str, Any], limit: int | None = None) -> list[tuple[str, dict]]:
    """(task, best program entry of `best_by_task`) of the unsolved tasks, best first: most demo
    pairs matched, then the highest mean score (the summary's scores; empty without them)."""
    best = summary.get("best_by_task") or {}
    solved = summary.get("solved") or {}
    rows = [(task, entry) for task, entry in best.items() if task not in solved]
    rows.sort(key=lambda row: (-row[1]["demo_matched"] / row[1]["demos"], -row[1]["mean_score"]))
    return rows if limit is None else rows[:limit]


def _names(names: list[str], total: int) -> str:
    more = f", +{total - len(names)}" if total > len(names) else ""
    return escape(", ".join(names) + more)


def behaviours_line(behaviours: dict[str, Any], groups: int = 3) -> str:
    """One line: programs, distinct behaviours and the largest groups of look-alikes."""
    line = f"behaviours {behaviours['programs']} programs, {behaviours['distinct']} distinct"
    duplicates = behaviours.get("duplicate_groups", [])
    if duplicates:
        shown = "; ".join(
            f"{g['programs']}x ({_names(g['examples'], g['programs'])})"
            for g in duplicates[:groups]
        )
        line += f"; alike: {shown}"
    return line


def generated_lines(generated: dict[str, Any], tasks: int = 10) -> list[str]:
    """The generated candidates: counts, share that ran without error, tasks gained."""
    lines = [
        f"generated {generated['programs']} candidates, "
        f"{generated['distinct_behaviours']} distinct behaviours "
        f"({generated['new_behaviours']} new), "
        f"{generated['run_without_error_somewhere']} "
        f"({generated['share_run_without_error']:.1%}) ran without error somewhere, "
        f"solve {generated['tasks_solved']} tasks, gain {len(generated['tasks_gained'])}"
    ]
    solvers = generated.get("solvers_by_task", {})
    for task in generated["tasks_gained"][:tasks]:
        names = solvers.get(task, [])
        lines.append(f"  gained  {escape(task)}: {_names(names[:3], len(names))}")
    if len(generated["tasks_gained"]) > tasks:
        lines.append(f"  ... and {len(generated['tasks_gained']) - tasks} more gained tasks")
    return lines
