"""docs/notebooks/explore.ipynb runs top to bottom in a real kernel (nbclient + ipykernel), on the
quick pipeline, writing into a temporary folder (its parameters cell is replaced, as papermill
does)."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "notebooks" / "explore.ipynb"


def _outputs(cell) -> str:
    """Everything a code cell showed, as text (HTML and plain reprs)."""
    parts = []
    for out in cell.get("outputs", []):
        data = out.get("data", {})
        parts.append(str(data.get("text/html", "")) + str(data.get("text/plain", "")))
        parts.append(str(out.get("text", "")))
    return "\n".join(parts)


def test_explore_notebook_runs(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1, "the notebook needs one cell tagged `parameters`"
    params[0].source = (
        'PIPELINE = "pipelines/quick.yaml"\n'
        f"RUNS = {str(tmp_path)!r}\n"
        f"OVERRIDES = ['output.dir={tmp_path / 'quick'}']"
    )
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()  # raises CellExecutionError naming the failing cell

    code = [c for c in nb.cells if c.cell_type == "code"]
    shown = "\n".join(_outputs(c) for c in code)
    assert "data:image/png;base64," in shown  # grids were drawn
    assert "bf-outputs" in shown and "bf-task" in shown
    assert (tmp_path / "quick" / "report.html").exists()
    assert (tmp_path / "notebook" / "summary.json").exists()
    assert (tmp_path / "3c9b0459.png").read_bytes().startswith(b"\x89PNG")
