"""Shared fixtures of the data-layer tests: small ARC task folders written into tmp_path."""

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def good_task() -> dict:
    """A fresh copy of fixtures/good_task.json (2 demo pairs, 1 test pair)."""
    return copy.deepcopy(json.loads((FIXTURES / "good_task.json").read_text()))


@pytest.fixture
def write_task() -> Callable[..., Path]:
    """write_task(folder, task_id, content) -> path; content: a dict (dumped) or raw text."""

    def write(folder: Path, task_id: str, content: dict | str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{task_id}.json"
        path.write_text(content if isinstance(content, str) else json.dumps(content))
        return path

    return write


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of fixtures/mini: d4 (default), training/{a1,b2}, evaluation/c3; 10 samples."""
    dest = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", dest)
    return dest
