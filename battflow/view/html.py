"""Self-contained HTML fragments for grids, tasks, program outputs and run summaries.

Contract: every function returns a string of HTML with no external CSS, JS or files; grids are
embedded as `data:image/png;base64,...` PNGs from `battflow.view.png`. Every piece of user text
(task ids, labels, program names, details, summary values) is escaped with `html.escape`. The
fragments use `bf-*` classes styled by `STYLE`; `page()` embeds it, and `style_tag()` gives it
for fragments shown on their own (e.g. in Jupyter). Nothing here raises on odd grids or on
missing summary keys: what cannot be drawn is shown as text.

>>> "bf-grid" in grid_html(((1, 2), (3, 4)))
True
>>> page("demo", task_html("t1", [(((1,),), ((2,),))], [])).startswith("<!doctype html>")
True
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping
from typing import Any

import numpy as np

from battflow.view.grids import as_cells, grid_shape
from battflow.view.png import encode_png, grid_image

__all__ = [
    "STATUS_COLOURS",
    "STYLE",
    "diff_marks",
    "grid_html",
    "outputs_html",
    "page",
    "pair_html",
    "status_badge",
    "style_tag",
    "summary_html",
    "task_html",
]

STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "match": ("#1a7f37", "#ffffff"),
    "mismatch": ("#f0b400", "#1f2328"),
    "error": ("#cf222e", "#ffffff"),
    "not_grid": ("#cf222e", "#ffffff"),
    "timeout": ("#cf222e", "#ffffff"),
    "too_big": ("#cf222e", "#ffffff"),
    "not_evaluated": ("#6e7781", "#ffffff"),
}
"""(background, text) colour of each status badge; any other status is drawn grey."""
_OTHER_STATUS = ("#8c959f", "#ffffff")

STYLE = """
.bf-grid, .bf-pair, .bf-task, .bf-outputs, .bf-summary {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1f2328; }
figure.bf-grid { display: inline-block; margin: 4px; vertical-align: top; text-align: center; }
.bf-grid-img { display: block; margin: 0 auto; image-rendering: pixelated; }
.bf-grid figcaption { font-size: 12px; color: #57606a; margin-top: 2px; }
.bf-missing { display: inline-flex; align-items: center; justify-content: center;
  min-width: 48px; min-height: 48px; padding: 4px; border: 1px dashed #8c959f;
  color: #57606a; font-size: 12px; vertical-align: top; margin: 4px; }
.bf-row { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start;
  margin: 6px 0; }
.bf-pair { display: inline-flex; flex-direction: column; border: 1px solid #d0d7de;
  border-radius: 6px; padding: 4px 8px; }
.bf-pair-label { font-size: 13px; font-weight: 600; }
.bf-pair-grids { display: flex; align-items: center; gap: 2px; }
.bf-arrow { font-size: 20px; color: #57606a; }
.bf-task h3, .bf-outputs h3, .bf-summary h3 { margin: 8px 0 4px; font-size: 16px; }
.bf-section { font-size: 13px; color: #57606a; margin-top: 8px; }
.bf-sample { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px;
  border-top: 1px solid #eaeef2; padding: 6px 0; }
.bf-sample-head { min-width: 9em; font-size: 13px; }
.bf-detail { font-size: 12px; color: #57606a; white-space: pre-wrap; max-width: 40em; }
.bf-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
  font-weight: 600; }
table.bf-table { border-collapse: collapse; font-size: 13px; margin: 4px 0 8px; }
table.bf-table th, table.bf-table td { border: 1px solid #d0d7de; padding: 3px 8px;
  text-align: left; vertical-align: top; }
table.bf-table th { background: #f6f8fa; font-weight: 600; }
td.bf-num { text-align: right; font-variant-numeric: tabular-nums; }
.bf-bar-track { width: 160px; height: 10px; background: #eaeef2; }
.bf-bar { height: 10px; }
.bf-bad { color: #cf222e; }
.bf-summary > div, .bf-summary > ul { font-size: 13px; }
"""
"""The stylesheet for the bf-* classes (fragments only; `page` adds a body rule)."""

_PAGE_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1f2328; margin: 1.5em; line-height: 1.4; }
"""


def _e(value: Any) -> str:
    """`value` as escaped text."""
    return html.escape(str(value), quote=True)


def style_tag() -> str:
    """`<style>` with `STYLE`, to put before fragments shown outside `page` (e.g. Jupyter).

    >>> style_tag().startswith("<style>")
    True
    """
    return f"<style>{STYLE}</style>"


def _times(shape: tuple[int, int]) -> str:
    """`"h&times;w"` (HTML for h×w)."""  # noqa: RUF002
    return f"{shape[0]}&times;{shape[1]}"


def _missing(text: str) -> str:
    """A dashed box with `text` in place of a grid."""
    return f'<div class="bf-missing">{_e(text)}</div>'


def grid_html(
    grid: Any, cell: int | None = None, marks: Any = None, title: str | None = None
) -> str:
    """`<figure class="bf-grid">` with the grid as an embedded PNG and a caption.

    The `<img class="bf-grid-img">` has `alt="HxW grid"`; the `<figcaption>` holds `title` (when
    given) and the shape (`h&times;w`). A value that is not grid-like gives a `bf-missing` box
    instead; `marks` as in `png.grid_image`.

    >>> grid_html(((1, 2, 3, 4),) * 3, title="input").count('alt="3x4 grid"')
    1
    """
    shape = grid_shape(grid)
    if shape is None:
        return _missing(f"{title + ': ' if title else ''}not a grid")
    image = grid_image(grid, cell=cell, marks=marks)
    data = base64.b64encode(encode_png(image)).decode("ascii")
    caption = " · ".join(part for part in (_e(title) if title else "", _times(shape)) if part)
    return (
        f'<figure class="bf-grid"><img class="bf-grid-img" '
        f'src="data:image/png;base64,{data}" width="{image.width}" height="{image.height}" '
        f'alt="{shape[0]}x{shape[1]} grid"><figcaption>{caption}</figcaption></figure>'
    )


def pair_html(input_grid: Any, output_grid: Any, label: str, cell: int | None = None) -> str:
    """An input → output pair under a label, in a `bf-pair` box; output None shows as '?'.
    `cell`: pixels per cell (default: about 240 px on the longer side).

    >>> 'class="bf-pair"' in pair_html(((1,),), None, "test 1")
    True
    """
    right = _missing("?") if output_grid is None else grid_html(output_grid, cell, title="output")
    return (
        f'<div class="bf-pair"><div class="bf-pair-label">{_e(label)}</div>'
        f'<div class="bf-pair-grids">{grid_html(input_grid, cell, title="input")}'
        f'<span class="bf-arrow">→</span>{right}</div></div>'
    )


def task_html(
    task_id: str,
    demos: list[tuple[Any, Any]],
    tests: list[tuple[Any, Any]],
    cell: int | None = None,
    note: str | None = None,
) -> str:
    """A `bf-task` block: the task id as a heading, `note` (plain text) under it, demo pairs in
    a row, then test pairs. `tests` holds `(input, expected)` with expected None where unknown;
    `cell` as in `pair_html`.

    >>> "<h3>" in task_html("007bbfb7", [(((1,),), ((2,),))], [(((3,),), None)])
    True
    """
    demo_row = "".join(
        pair_html(i, o, f"demo {k}", cell) for k, (i, o) in enumerate(demos, start=1)
    )
    test_row = "".join(
        pair_html(i, o, f"test {k}", cell) for k, (i, o) in enumerate(tests, start=1)
    )
    lead = f"<p>{_e(note)}</p>" if note else ""
    return (
        f'<section class="bf-task"><h3>{_e(task_id)}</h3>{lead}'
        f'<div class="bf-section">demos ({len(demos)})</div><div class="bf-row">{demo_row}</div>'
        f'<div class="bf-section">tests ({len(tests)})</div><div class="bf-row">{test_row}</div>'
        "</section>"
    )


def diff_marks(output: Any, expected: Any) -> list[list[bool]] | None:
    """Per-cell `output != expected` when both are grids of one shape, else None.

    >>> diff_marks(((1, 2),), ((1, 3),))
    [[False, True]]
    >>> diff_marks(((1, 2),), ((1,),)) is None
    True
    """
    try:
        out, exp = as_cells(output), as_cells(expected)
    except (TypeError, ValueError):
        return None
    if out.shape != exp.shape:
        return None
    return np.not_equal(out, exp).tolist()


def status_badge(status: str) -> str:
    """A coloured `bf-badge` span for a status (match green, mismatch amber, others red/grey).

    >>> "match" in status_badge("match")
    True
    """
    background, text = STATUS_COLOURS.get(status, _OTHER_STATUS)
    return (
        f'<span class="bf-badge bf-status-{_e(status)}" '
        f'style="background:{background};color:{text}">{_e(status)}</span>'
    )


def _sample_html(row: Mapping[str, Any]) -> str:
    """One `bf-sample` row of `outputs_html`."""
    status = str(row.get("status", "not_evaluated"))
    expected, output = row.get("expected"), row.get("output")
    notes = []  # HTML
    exp_shape, out_shape = grid_shape(expected), grid_shape(output)
    marks = diff_marks(output, expected)
    if exp_shape and out_shape and exp_shape != out_shape:
        notes.append(f"shape {_times(out_shape)}, expected {_times(exp_shape)}")
    if marks is not None and any(any(r) for r in marks):
        count = sum(sum(r) for r in marks)
        notes.append(f"{count} cell differs" if count == 1 else f"{count} cells differ")
    if row.get("detail"):
        notes.append(_e(row["detail"]))
    expected_html = (
        _missing("expected: none") if expected is None else grid_html(expected, title="expected")
    )
    if output is None:
        output_html = _missing("no output")
    elif out_shape is None:
        output_html = _missing(f"output: {type(output).__name__}, not a grid")
    else:
        output_html = grid_html(output, marks=marks, title="output")
    note_html = "".join(f'<div class="bf-detail">{note}</div>' for note in notes)
    return (
        f'<div class="bf-sample"><div class="bf-sample-head"><div>'
        f"<b>{_e(row.get('label', ''))}</b></div>{status_badge(status)}{note_html}</div>"
        f"{grid_html(row.get('input'), title='input')}{expected_html}{output_html}</div>"
    )


def outputs_html(title: str, rows: list[Mapping[str, Any]]) -> str:
    """A `bf-outputs` block: one row per sample with input, expected and output grids.

    Each row: `label`, `input`, `expected` (or None), `output` (or None), `status` and optional
    `detail`. Differing cells of a same-shaped output are marked; a different shape is stated.

    >>> rows = [{"label": "demo 1", "input": ((1,),), "expected": ((2,),), "output": ((3,),),
    ...          "status": "mismatch"}]
    >>> "bf-outputs" in outputs_html("solve_x", rows)
    True
    """
    counts: dict[str, int] = {}
    for row in rows:
        status = str(row.get("status", "not_evaluated"))
        counts[status] = counts.get(status, 0) + 1
    tally = ", ".join(f"{n} {_e(s)}" for s, n in counts.items()) or "no samples"
    body = "".join(_sample_html(row) for row in rows)
    return (
        f'<section class="bf-outputs"><h3>{_e(title)}</h3>'
        f'<div class="bf-section">{len(rows)} samples: {tally}</div>{body}</section>'
    )


def _fmt(value: Any) -> str:
    """A number with thousands separators (floats to 3 significant digits), else str; escaped."""
    if isinstance(value, bool):
        return _e(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return _e(value)


def _join(parts: list[str]) -> str:
    """Non-empty parts joined with ' · '."""
    return " · ".join(part for part in parts if part)


def _dataset_line(dataset: Any) -> str:
    """Escaped one-line description of the summary's `dataset` entry."""
    if not isinstance(dataset, Mapping):
        return _e(dataset)
    splits = dataset.get("splits")
    split_text = ", ".join(map(str, splits)) if isinstance(splits, list | tuple) else splits
    return _join(
        [
            _e(dataset.get("source", "")),
            _e(split_text) if split_text else "",
            f"{_fmt(dataset['tasks'])} tasks" if "tasks" in dataset else "",
            f"{_fmt(dataset['samples'])} samples" if "samples" in dataset else "",
            f"{_fmt(dataset['rejected'])} rejected" if "rejected" in dataset else "",
        ]
    )


def _programs_line(programs: Any) -> str:
    """Escaped one-line description of the summary's `programs` entry."""
    if not isinstance(programs, Mapping):
        return _e(programs)
    return _join(
        [
            f"{_fmt(programs['count'])} programs" if "count" in programs else "",
            f"{_fmt(programs['rejected'])} rejected" if "rejected" in programs else "",
            f"{_fmt(programs['nodes_after_merge'])} nodes after merge"
            if "nodes_after_merge" in programs
            else "",
        ]
    )


def _table(rows: list[tuple[str, str]]) -> str:
    """A two-column bf-table from (escaped header, HTML cell) pairs."""
    body = "".join(f"<tr><th>{head}</th><td>{cell}</td></tr>" for head, cell in rows)
    return f'<table class="bf-table">{body}</table>'


def _status_table(counts: Mapping[str, Any]) -> str:
    """Status counts with a bar proportional to each count's share."""
    numbers = {str(k): v for k, v in counts.items() if isinstance(v, int | float)}
    total = sum(numbers.values())
    rows = []
    for status, count in numbers.items():
        share = count / total if total else 0.0
        colour = STATUS_COLOURS.get(status, _OTHER_STATUS)[0]
        rows.append(
            f"<tr><td>{status_badge(status)}</td><td class='bf-num'>{_fmt(count)}</td>"
            f"<td class='bf-num'>{share:.1%}</td><td><div class='bf-bar-track'>"
            f"<div class='bf-bar' style='width:{share * 100:.2f}%;background:{colour}'></div>"
            "</div></td></tr>"
        )
    head = "<tr><th>status</th><th>count</th><th>share</th><th></th></tr>"
    return f'<table class="bf-table bf-status-table">{head}{"".join(rows)}</table>'


def _solved_cell(summary: Mapping[str, Any]) -> str:
    """Tasks solved: the count, then up to 10 task ids with their programs."""
    solved = summary.get("solved")
    parts = [_fmt(summary["tasks_solved"])] if "tasks_solved" in summary else []
    if isinstance(solved, Mapping) and solved:
        items = list(solved.items())
        shown = []
        for task, names in items[:10]:
            names_text = ", ".join(map(str, names)) if isinstance(names, list | tuple) else names
            shown.append(f"{_e(task)}: {_e(names_text)}")
        more = f"<br>… and {len(items) - 10} more" if len(items) > 10 else ""
        parts.append("<br>".join(shown) + more)
    return "<br>".join(parts)


def _cluster_line(summary: Mapping[str, Any]) -> str:
    """Backend and cluster on one line."""
    cluster = summary.get("cluster")
    parts = [_e(summary["backend"])] if "backend" in summary else []
    if isinstance(cluster, Mapping):
        parts += [
            f"cluster {_e(cluster['kind'])}" if "kind" in cluster else "",
            f"{_fmt(cluster['workers'])} workers" if "workers" in cluster else "",
            f"dashboard {_e(cluster['dashboard'])}" if cluster.get("dashboard") else "",
        ]
    elif cluster is not None:
        parts.append(_e(cluster))
    return _join(parts)


def summary_html(summary: Mapping[str, Any]) -> str:
    """A `bf-summary` block of tables for a run summary dict; missing keys are left out.

    Shows name, dataset, programs, evaluations, batched fraction, tasks solved, backend, engine
    version, status counts (with bars), timings, the top 10 fallback causes, parity, and failed
    blocks (in red).

    >>> "<table" in summary_html({"name": "x"})
    True
    """
    if not isinstance(summary, Mapping):
        summary = {"name": summary}
    rows: list[tuple[str, str]] = []
    if "dataset" in summary:
        rows.append(("dataset", _dataset_line(summary["dataset"])))
    if "programs" in summary:
        rows.append(("programs", _programs_line(summary["programs"])))
    if "evaluations" in summary:
        rows.append(("evaluations", _fmt(summary["evaluations"])))
    fraction = summary.get("batched_fraction")
    if isinstance(fraction, int | float) and not isinstance(fraction, bool):
        fallback = summary.get("fallback_evaluations")
        extra = f" (fallback evaluations: {_fmt(fallback)})" if fallback is not None else ""
        rows.append(("batched", f"{fraction:.1%}{extra}"))
    if "tasks_solved" in summary or summary.get("solved"):
        rows.append(("tasks solved", _solved_cell(summary)))
    if "backend" in summary or "cluster" in summary:
        rows.append(("backend", _cluster_line(summary)))
    if "engine_version" in summary:
        rows.append(("engine", _e(summary["engine_version"])))
    parts = [f'<section class="bf-summary"><h3>run {_e(summary.get("name", "?"))}</h3>']
    parts.append(_table(rows))
    counts = summary.get("status_counts")
    if isinstance(counts, Mapping) and counts:
        parts.append('<div class="bf-section">status counts</div>' + _status_table(counts))
    wall = summary.get("wall_seconds")
    if isinstance(wall, Mapping) and wall:
        timing = [
            (_e(k), f"{v:.2f} s" if isinstance(v, int | float) else _e(v)) for k, v in wall.items()
        ]
        parts.append('<div class="bf-section">wall time</div>' + _table(timing))
    causes = summary.get("fallback_causes")
    if isinstance(causes, Mapping) and causes:
        top = sorted(
            causes.items(),
            key=lambda kv: kv[1] if isinstance(kv[1], int | float) else 0,
            reverse=True,
        )[:10]
        parts.append(
            '<div class="bf-section">fallback causes (top 10)</div>'
            + _table([(_e(k), _fmt(v)) for k, v in top])
        )
    parity = summary.get("parity")
    if isinstance(parity, Mapping) and parity:
        bad = isinstance(parity.get("mismatches"), int) and parity["mismatches"] > 0
        text = _join([f"{_e(k)} {_fmt(v)}" for k, v in parity.items()])
        cls = ' class="bf-bad"' if bad else ""
        parts.append(f'<div class="bf-section">parity</div><div{cls}>{text}</div>')
    elif parity is not None:
        parts.append(f'<div class="bf-section">parity</div><div>{_e(parity)}</div>')
    failed = summary.get("failed_blocks")
    if failed:
        items = failed if isinstance(failed, list | tuple) else [failed]
        lis = "".join(f"<li>{_e(item)}</li>" for item in items)
        parts.append(
            f'<div class="bf-section bf-bad">failed blocks ({len(items)})</div>'
            f'<ul class="bf-bad">{lis}</ul>'
        )
    parts.append("</section>")
    return "".join(parts)


def page(title: str, body: str) -> str:
    """A standalone HTML5 document with `title` (escaped) and `body` (HTML, as given).

    The embedded `<style>` styles the bf-* classes and the page; nothing external is loaded.

    >>> page("run", "<p>hi</p>").splitlines()[0]
    '<!doctype html>'
    """
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_PAGE_STYLE}{STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
