"""Display objects for Jupyter: each renders itself as HTML (`_repr_html_`) and as a PNG.

Contract: the objects only hold what they were given; drawing happens on each call. Their
`_repr_html_()` is a self-contained fragment (with its own `<style>`), `to_png(path=None)`
returns PNG bytes and also writes them to `path` when one is given. Neither raises on odd
grids: what cannot be drawn is shown as a placeholder or text.

>>> view = TaskView("t1", demos=[(((1, 2),), ((2, 1),))], tests=[(((3,),), None)])
>>> view
TaskView('t1', demos=1, tests=1)
>>> view.to_png()[:4]
b'\\x89PNG'
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from battflow.view.grids import grid_shape, shape_text
from battflow.view.html import (
    diff_marks,
    grid_html,
    outputs_html,
    style_tag,
    summary_html,
    task_html,
)
from battflow.view.png import (
    compose_column,
    compose_row,
    encode_png,
    grid_image,
    text_image,
)

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["GridView", "OutputsView", "SummaryView", "TaskView"]


def _finish(image: Image, path: str | Path | None) -> bytes:
    """PNG bytes of `image`, also written to `path` when given."""
    data = encode_png(image)
    if path is not None:
        Path(path).write_bytes(data)
    return data


def _picture(grid: Any, missing: str, marks: Any = None) -> Image:
    """The grid's image, or a text image saying `missing` (None) / 'not a grid'."""
    if grid is None:
        return text_image(missing)
    if grid_shape(grid) is None:
        return text_image(f"not a grid ({type(grid).__name__})")
    return grid_image(grid, marks=marks)


def _pairs_row(pairs: list[tuple[Any, Any]], kind: str) -> Image:
    """One row of input/output pairs, each pair labelled '<kind> k'."""
    images = []
    for k, (inp, out) in enumerate(pairs, start=1):
        images.append(
            compose_row(
                [_picture(inp, "none"), _picture(out, "?")],
                gap=6,
                margin=0,
                labels=[f"{kind} {k} in {shape_text(inp)}", f"out {shape_text(out)}"]
                if out is not None
                else [f"{kind} {k} in {shape_text(inp)}", "out ?"],
            )
        )
    if not images:
        return text_image(f"no {kind}s")
    return compose_row(images, gap=24, margin=0)


class GridView:
    """One grid, optionally titled and with marked cells.

    >>> GridView(((1, 2), (3, 4)), title="x")
    GridView(2x2, title='x')
    >>> GridView(((1, 2),))._repr_html_().count('class="bf-grid-img"')
    1
    """

    def __init__(self, grid: Any, title: str | None = None, marks: Any = None) -> None:
        self.grid = grid
        self.title = title
        self.marks = marks

    def __repr__(self) -> str:
        title = f", title={self.title!r}" if self.title is not None else ""
        marked = ", marked" if self.marks is not None else ""
        return f"GridView({shape_text(self.grid)}{title}{marked})"

    def _repr_html_(self) -> str:
        """HTML fragment for Jupyter."""
        return style_tag() + grid_html(self.grid, marks=self.marks, title=self.title)

    def to_png(self, path: str | Path | None = None) -> bytes:
        """PNG bytes of the grid (with the title above when given); written to `path` too.

        >>> GridView(((1,),)).to_png()[:4]
        b'\\x89PNG'
        """
        image = _picture(self.grid, "none", marks=self.marks)
        if self.title:
            image = compose_column([image], labels=[self.title], margin=4)
        return _finish(image, path)


class TaskView:
    """An ARC task: demo pairs and test pairs (test expected outputs may be None).

    >>> TaskView("007bbfb7", [(((1,),), ((2,),))], [(((3,),), None)])
    TaskView('007bbfb7', demos=1, tests=1)
    """

    def __init__(
        self, task_id: str, demos: list[tuple[Any, Any]], tests: list[tuple[Any, Any]]
    ) -> None:
        self.task_id = task_id
        self.demos = list(demos)
        self.tests = list(tests)

    def __repr__(self) -> str:
        return f"TaskView({self.task_id!r}, demos={len(self.demos)}, tests={len(self.tests)})"

    def _repr_html_(self) -> str:
        """HTML fragment for Jupyter."""
        return style_tag() + task_html(self.task_id, self.demos, self.tests)

    def to_png(self, path: str | Path | None = None) -> bytes:
        """PNG: the task id, a row of demo pairs, then a row of test pairs; written to `path` too.

        >>> TaskView("t", [(((1,),), ((2,),))], []).to_png()[:4]
        b'\\x89PNG'
        """
        image = compose_column(
            [_pairs_row(self.demos, "demo"), _pairs_row(self.tests, "test")],
            gap=16,
            labels=[f"task {self.task_id}: demos", "tests"],
        )
        return _finish(image, path)


class OutputsView:
    """A program's outputs on samples; rows as in `html.outputs_html`.

    >>> row = {"label": "demo 1", "input": ((1,),), "expected": ((2,),), "output": ((2,),),
    ...        "status": "match"}
    >>> OutputsView("solve_x", [row])
    OutputsView('solve_x', rows=1, match=1)
    """

    def __init__(self, title: str, rows: list[Mapping[str, Any]]) -> None:
        self.title = title
        self.rows = list(rows)

    def __repr__(self) -> str:
        counts: dict[str, int] = {}
        for row in self.rows:
            status = str(row.get("status", "not_evaluated"))
            counts[status] = counts.get(status, 0) + 1
        tally = "".join(f", {status}={n}" for status, n in counts.items())
        return f"OutputsView({self.title!r}, rows={len(self.rows)}{tally})"

    def _repr_html_(self) -> str:
        """HTML fragment for Jupyter."""
        return style_tag() + outputs_html(self.title, self.rows)

    def _row_image(self, row: Mapping[str, Any]) -> Image:
        """One sample: input, expected, output (differing cells marked), labelled."""
        inp, expected, output = row.get("input"), row.get("expected"), row.get("output")
        status = str(row.get("status", "not_evaluated"))
        out_label = f"output {shape_text(output)} [{status}]" if output is not None else status
        shapes = grid_shape(output), grid_shape(expected)
        if None not in shapes and shapes[0] != shapes[1]:
            out_label += f", expected {shape_text(expected)}"
        detail = str(row.get("detail") or "")
        if detail:
            out_label += f": {detail[:60]}"
        return compose_row(
            [
                _picture(inp, "none"),
                _picture(expected, "none"),
                _picture(output, "none", marks=diff_marks(output, expected)),
            ],
            gap=12,
            margin=0,
            labels=[
                f"{row.get('label', '')}: input {shape_text(inp)}",
                f"expected {shape_text(expected)}" if expected is not None else "expected",
                out_label,
            ],
        )

    def to_png(self, path: str | Path | None = None) -> bytes:
        """PNG: the title, then one row per sample; written to `path` too.

        >>> OutputsView("p", []).to_png()[:4]
        b'\\x89PNG'
        """
        images = [text_image(str(self.title), pad=0)]
        images += [self._row_image(row) for row in self.rows]
        return _finish(compose_column(images, gap=14), path)


class SummaryView:
    """A run summary dict, shown as HTML tables (no PNG form).

    >>> SummaryView({"name": "quick", "evaluations": 10})
    SummaryView('quick', evaluations=10)
    """

    def __init__(self, summary: Mapping[str, Any]) -> None:
        self.summary = summary

    def __repr__(self) -> str:
        if not isinstance(self.summary, Mapping):
            return f"SummaryView({self.summary!r})"
        extra = (
            f", evaluations={self.summary['evaluations']}" if "evaluations" in self.summary else ""
        )
        return f"SummaryView({self.summary.get('name', '?')!r}{extra})"

    def _repr_html_(self) -> str:
        """HTML fragment for Jupyter."""
        return style_tag() + summary_html(self.summary)

    def to_png(self, path: str | Path | None = None) -> bytes:
        """Not supported: a summary is tables of text; use `_repr_html_` or `html.page`.

        >>> SummaryView({}).to_png()
        Traceback (most recent call last):
        NotImplementedError: SummaryView has no PNG form; use summary_html() / page() instead
        """
        raise NotImplementedError(
            "SummaryView has no PNG form; use summary_html() / page() instead"
        )
