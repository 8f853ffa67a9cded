"""The dataset content hash: sha256 of a canonical serialisation of validated tasks.

It depends only on what battflow computes with: task order, task ids, splits and every grid
(demo and test, input and output). It does not depend on file bytes (whitespace, key order, extra
keys), paths, timestamps or the store layout (`format_version` covers that).

Serialisation (version tag `battflow-content-v1`): the bytes `battflow-content-v1\\n`, then for each
task in order one line holding the compact JSON (`separators=(",", ":")`, ASCII) of
`[task_id, split, [[input, output], ...demo pairs], [[input, output], ...test pairs]]`, grids as
nested lists of ints, followed by `\\n`. The hash is the lowercase sha256 hex digest of it all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from battflow.data.model import Task

CONTENT_TAG = b"battflow-content-v1\n"


def task_line(task: Task) -> bytes:
    """The canonical serialisation of one task (one line, newline-terminated)."""
    record = [
        task.task_id,
        task.split,
        [[i, o] for i, o in task.train],
        [[i, o] for i, o in task.test],
    ]
    return json.dumps(record, separators=(",", ":"), ensure_ascii=True).encode() + b"\n"


def content_hash(tasks: Iterable[Task]) -> str:
    """sha256 hex digest of the canonical serialisation of `tasks` (in the order given)."""
    h = hashlib.sha256(CONTENT_TAG)
    for task in tasks:
        h.update(task_line(task))
    return h.hexdigest()
