import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Three small tasks: a 90-degree rotation, a colour swap, and one nobody solves.
TASKS = {
    "rot": {
        "train": [
            {"input": [[1, 2], [3, 4]], "output": [[3, 1], [4, 2]]},
            {"input": [[5, 0], [0, 0]], "output": [[0, 5], [0, 0]]},
        ],
        "test": [{"input": [[1, 1], [2, 2]], "output": [[2, 1], [2, 1]]}],
    },
    "swap": {
        "train": [
            {"input": [[1, 2]], "output": [[2, 1]]},
            {"input": [[2, 2, 1]], "output": [[1, 1, 2]]},
        ],
        "test": [{"input": [[1]], "output": [[2]]}],
    },
    "hard": {
        "train": [{"input": [[7]], "output": [[8, 8], [8, 8]]}],
        "test": [{"input": [[6]], "output": [[5]]}],
    },
}

PROGRAMS = {
    "rot.py": "from dsl import *\n\ndef solve_rot(I):\n    O = rot90(I)\n    return O\n",
    "swap.py": (
        "from dsl import *\n\ndef solve_swap(I):\n    O = switch(I, ONE, TWO)\n    return O\n"
    ),
    "other.py": (
        "from dsl import *\n\n"
        "def solve_hard(I):\n    x1 = first(I)\n    O = last(x1)\n    return O\n\n"
        "def broken(I):\n    O = rot90(I, I)\n    return O\n"
    ),
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with a 3-task JSON dataset, a few programs and a pipeline writer."""
    data = tmp_path / "tasks"
    data.mkdir()
    for task_id, task in TASKS.items():
        (data / f"{task_id}.json").write_text(json.dumps(task))
    progs = tmp_path / "progs"
    progs.mkdir()
    for name, text in PROGRAMS.items():
        (progs / name).write_text(text)
    monkeypatch.chdir(tmp_path)

    def pipeline(**extra) -> Path:
        lines = [
            "name: t",
            f"dataset: {{source: {data}, root: {tmp_path / 'datasets'}}}",
            f"programs: [{{path: {progs}}}]",
            "cluster: cpu",
            "workers: 1",
            "fallback: {timeout_s: 2, memory_mb: 512}",
        ]
        lines += [f"{k}: {v}" for k, v in extra.items()]
        path = tmp_path / "pipeline.yaml"
        path.write_text("\n".join(lines) + "\n")
        return path

    return pipeline
