"""`report.html`: a run's summary as one self-contained page, written beside summary.json at the
end of every run (and by `battflow show` for runs made before it existed).

The page holds the summary (status counts, batched fraction, timings, fallback causes, parity,
failed blocks), a link to Dask's performance report, and per solved task its pairs with the
solving programs' output beside each input (a match equals the expected grid, so one picture
serves every solver of the task). Pictures are PNG data URIs: the file opens anywhere, offline.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from battflow.view import page, summary_html, task_html

from .stored import Run, task_grids

REPORTED_TASKS = 100
"""Solved tasks shown with pictures; the rest are listed by name."""
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
        demos, tests, _ = task_grids(dataset, task_id)
        names = solved[task_id]
        note = f"solved by {', '.join(names[:8])}"
        if len(names) > 8:
            note += f" and {len(names) - 8} more"
        note += ": their output on every pair is the one shown (a match equals the expected grid)"
        parts.append(f"<div class='bf-solved' id='task-{html.escape(task_id)}'>")
        parts.append(task_html(task_id, demos, tests, cell=REPORT_CELL, note=note))
        parts.append("</div>")
    rest = list(solved)[tasks:]
    if rest:
        parts.append(
            f"<p>{len(rest)} more solved tasks (no pictures): "
            + html.escape(", ".join(rest))
            + "</p>"
        )
    return "\n".join(parts)


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
