"""`report.html`: a run's summary as one self-contained page, written beside summary.json at the
end of every run (and by `battflow show` for runs made before it existed).

The page holds the summary (status counts, batched fraction, timings, fallback causes, parity,
failed blocks), a link to Dask's performance report, per solved task its pairs with the solving
programs' output beside each input (a match equals the expected grid, so one picture serves every
solver of the task), and the near misses: for the unsolved tasks whose best program scores
highest, that program's outputs beside the expected grids, the wrong cells marked. Pictures are
PNG data URIs: the file opens anywhere, offline.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from battflow.view import outputs_html, page, summary_html, task_html

from .show import near_misses
from .stored import Run

REPORTED_TASKS = 100
"""Solved tasks shown with pictures; the rest are listed by name."""
REPORTED_NEAR_MISSES = 10
"""Unsolved tasks whose best program's outputs the report shows."""
OUTPUT_TIMEOUT_S = 1.0
"""Time cap per pair when the report recomputes a near miss's outputs."""
REPORT_CELL = 8
"""Pixels per grid cell in the report (a 30 x 30 grid is 271 px wide)."""


def report_body(run: Run, tasks: int = REPORTED_TASKS) -> str:
    """The report's HTML body for a stored run with a summary.

    >>> body = report_body(Run("storage/runs/quick"))
    """
    summary = run.summary
    parts = [f"<h1>battflow run {html.escape(run.name)}</h1>"]
    links = ['<a href="summary.json">summary.json</a>']
    if (run.path / "performance_report.html").exists():
        links.append('<a href="performance_report.html">Dask performance report</a>')
    parts.append("<p>" + " · ".join(links) + "</p>")
    parts.append(summary_html(summary))
    solved = run.solved()
    parts.append(f"<h2>Solved tasks ({len(solved)})</h2>")
    if not solved:
        parts.append("<p>No task is solved by any program of this run.</p>")
    dataset = run.dataset
    for task_id in list(solved)[:tasks]:
        demos, tests = dataset.task_pairs(task_id)
        names = solved[task_id]
        note = f"solved by {', '.join(names[:8])}"
        if len(names) > 8:
            note += f" and {len(names) - 8} more"
        note += ": their output on every pair is the one shown (a match equals the expected grid)"
        parts.append(f"<div class='bf-solved' id='task-{html.escape(task_id)}'>")
        parts.append(task_html(task_id, demos, tests, cell=REPORT_CELL, note=note))
        parts.append("</div>")
    parts.extend(near_miss_parts(run))
    rest = list(solved)[tasks:]
    if rest:
        parts.append(
            f"<p>{len(rest)} more solved tasks (no pictures): "
            + html.escape(", ".join(rest))
            + "</p>"
        )
    return "\n".join(parts)


def near_miss_parts(run: Run, limit: int = REPORTED_NEAR_MISSES) -> list[str]:
    """HTML of the unsolved tasks whose best program comes closest: a table, and that program's
    outputs beside the expected grids (recomputed with the reference, OUTPUT_TIMEOUT_S a pair).

    >>> html = "".join(near_miss_parts(Run("storage/runs/quick")))
    """
    near = near_misses(run.summary, limit)
    if not near:
        return []
    parts = [f"<h2>Near misses (the best program of {len(near)} unsolved tasks)</h2>"]
    rows = "".join(
        f"<tr><td><a href='#near-{html.escape(task)}'>{html.escape(task)}</a></td>"
        f"<td>{html.escape(best['program'])}</td>"
        f"<td>{best['demo_matched']}/{best['demos']}</td><td>{best['mean_score']:.1f}</td>"
        f"<td>{best['min_score']}</td></tr>"
        for task, best in near
    )
    parts.append(
        "<table class='bf-table'><tr><th>task</th><th>program</th><th>demo matched</th>"
        f"<th>mean score</th><th>min score</th></tr>{rows}</table>"
    )
    for task, best in near:
        parts.append(f"<div class='bf-near' id='near-{html.escape(task)}'>")
        try:
            view = run.program(best["program"]).outputs(task, timeout_s=OUTPUT_TIMEOUT_S)
            parts.append(outputs_html(view.title, view.rows))
        except (OSError, KeyError, SyntaxError) as exc:
            parts.append(f"<p>{html.escape(task)}: outputs not shown ({html.escape(str(exc))})</p>")
        parts.append("</div>")
    return parts


def write_report(run_dir: Path | str, tasks: int = REPORTED_TASKS) -> Path:
    """Write `report.html` for the run in `run_dir` (which has its summary.json); returns its
    path. The file is replaced atomically.

    >>> write_report("storage/runs/quick")
    PosixPath('storage/runs/quick/report.html')
    """
    run = Run(run_dir)
    if not run.summary:
        raise FileNotFoundError(f"{run_dir}: no summary.json (not a finished battflow run)")
    path = Path(run_dir) / "report.html"
    tmp = path.with_suffix(".html.tmp")
    tmp.write_text(page(f"battflow: {run.name}", report_body(run, tasks)))
    tmp.replace(path)
    return path


def try_write_report(run_dir: Path | str, console: Any) -> Path | None:
    """write_report, with a failure printed as a warning: a report never sinks a run.

    >>> try_write_report("storage/runs/quick", rich.console.Console())
    """
    try:
        return write_report(run_dir)
    except Exception as exc:  # the run's results are stored already; say why and go on
        console.print(f"[yellow]report.html not written:[/] {exc!r}")
        return None
