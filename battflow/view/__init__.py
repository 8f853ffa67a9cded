"""Draw ARC grids, tasks, program outputs and run summaries for Jupyter and reports.

Modules, one job each: `palette` (colours), `grids` (grid-like values to checked arrays),
`png` (PIL images / PNG bytes and simple layout), `html` (self-contained HTML fragments and
pages), `objects` (Jupyter display objects). Importing this package loads numpy but not PIL;
PIL is imported when something is drawn. Never imports cupy.

>>> from battflow.view import GridView, page, grid_html
>>> GridView(((0, 1), (2, 3)))
GridView(2x2)
>>> html_doc = page("grid", grid_html(((0, 1), (2, 3))))
"""

from battflow.view.html import (
    diff_marks,
    grid_html,
    outputs_html,
    page,
    pair_html,
    summary_html,
    task_html,
)
from battflow.view.objects import GridView, OutputsView, SummaryView, TaskView
from battflow.view.palette import ARC_COLOURS, rgb
from battflow.view.png import compose_column, compose_row, grid_image, grid_png, save_png

__all__ = [
    "ARC_COLOURS",
    "GridView",
    "OutputsView",
    "SummaryView",
    "TaskView",
    "compose_column",
    "compose_row",
    "diff_marks",
    "grid_html",
    "grid_image",
    "grid_png",
    "outputs_html",
    "page",
    "pair_html",
    "rgb",
    "save_png",
    "summary_html",
    "task_html",
]
