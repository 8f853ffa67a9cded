"""report.html: what it holds, and (where Debian's chromium is installed) what a browser shows."""

from __future__ import annotations

import pytest

import battflow
from battflow.view.screenshot import find_browser, palette_pixels, screenshot


def test_report_holds_the_summary_and_solved_tasks(project, tmp_path):
    run = battflow.run(project(verify="all"), quiet=True)
    text = run.report_path.read_text()
    assert text.startswith("<!doctype html>")
    for part in ("battflow run t", "status counts", "batched", "wall time", "parity"):
        assert part in text
    assert 'id="task-rot"' in text or "id='task-rot'" in text
    assert "solved by solve_rot" in text
    solved_part = text[: text.index("Near misses")]
    assert solved_part.count('class="bf-grid-img"') == 2 * (3 + 3)  # rot, swap: input, output
    assert "task-hard" not in text  # nobody solves it: it is a near miss instead
    assert "near-hard" in text and "score " in text[text.index("Near misses") :]


@pytest.mark.skipif(find_browser() is None, reason="needs Debian's chromium (apt-get install)")
def test_report_shows_grid_pictures_in_chromium(project, tmp_path):
    run = battflow.run(project(), quiet=True)
    png = screenshot(run.report_path, tmp_path / "report.png", width=1200, height=1600)
    pixels = palette_pixels(png)
    # the solved tasks' grids hold colours 1 to 5 (rot) and 1, 2 (swap)
    assert all(pixels[c] > 50 for c in (1, 2, 3, 4, 5)), pixels
