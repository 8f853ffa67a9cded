"""Validate one raw ARC task (as parsed from JSON) into a `Task`, or explain why not.

Contract of a valid task: a JSON object with a non-empty list `train` and a non-empty list `test`
of pairs; each pair an object with `input` and `output` grids (test pairs too: battflow scores
against expected outputs). A grid is a list of 1..30 rows, each a list of the same 1..30 number of
ints in 0..9 (bools and floats are not colours). Extra keys are ignored.

The first problem found rejects the whole task; the reject names the file, the task, the pair and,
for cells, the row and column (0-based).
"""

from __future__ import annotations

from typing import Any

from battflow.data.model import Grid, Pair, Task, TaskReject

MAX_SIDE = 30
"""Largest number of rows or columns in a grid."""

_COLOURS = range(10)


class _Invalid(Exception):
    """Internal: carries (pair, problem) up to `validate_task`."""

    def __init__(self, pair: str | None, problem: str) -> None:
        super().__init__(problem)
        self.pair = pair
        self.problem = problem


def reject(source_file: str, task_id: str, pair: str | None, problem: str) -> TaskReject:
    """Build a `TaskReject` whose message names file, task and (when known) pair."""
    where = f"{source_file}: task {task_id}"
    if pair is not None:
        where += f": {pair}"
    return TaskReject(source_file, task_id, pair, f"{where}: {problem}")


def _short(value: Any) -> str:
    if isinstance(value, str) and len(value) > 40:
        value = value[:40]  # do not repr megabytes only to cut them
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _type_name(value: Any) -> str:
    return {list: "list", dict: "object", str: "string", type(None): "null"}.get(
        type(value), type(value).__name__
    )


def _cell_problem(value: Any) -> str:
    if isinstance(value, bool):
        return f"{_short(value)} is a bool, not a colour (an int in 0..9)"
    if type(value) is int:
        return f"colour {_short(value)} is outside 0..9"
    return f"{_short(value)} ({_type_name(value)}) is not a colour (an int in 0..9)"


def check_grid(value: Any) -> Grid:
    """Return `value` as a DSL Grid (tuple of tuples of int), or raise ValueError saying why.

    The error text names the offending row / column (0-based) where there is one.
    """
    if not isinstance(value, list | tuple):
        raise ValueError(f"grid is not a list of lists (got {_type_name(value)})")
    if len(value) == 0:
        raise ValueError("grid has zero rows")
    for r, row in enumerate(value):
        if not isinstance(row, list | tuple):
            raise ValueError(
                f"grid is not a list of lists: row {r} is {_short(row)} ({_type_name(row)})"
            )
    width = len(value[0])
    if width == 0:
        raise ValueError("grid has zero columns (row 0 is empty)")
    for r, row in enumerate(value):
        if len(row) != width:
            raise ValueError(f"ragged rows: row {r} has {len(row)} cells, row 0 has {width}")
    if len(value) > MAX_SIDE:
        raise ValueError(f"grid has {len(value)} rows; at most {MAX_SIDE} are allowed")
    if width > MAX_SIDE:
        raise ValueError(f"grid has {width} columns; at most {MAX_SIDE} are allowed")
    for r, row in enumerate(value):
        if not all(type(v) is int and 0 <= v <= 9 for v in row):
            for c, v in enumerate(row):
                if not (type(v) is int and v in _COLOURS):
                    raise ValueError(f"row {r}, column {c}: {_cell_problem(v)}")
    return tuple(tuple(row) for row in value)


def _check_pair(value: Any, where: str) -> Pair:
    if not isinstance(value, dict):
        raise _Invalid(where, f"pair is not an object (got {_type_name(value)})")
    grids = []
    for key in ("input", "output"):
        if key not in value:
            if where.startswith("test") and key == "output":
                raise _Invalid(
                    where,
                    "missing key 'output': this test pair has no expected output "
                    "(battflow needs expected outputs for test pairs too)",
                )
            raise _Invalid(where, f"missing key {key!r}")
        try:
            grids.append(check_grid(value[key]))
        except ValueError as exc:
            raise _Invalid(f"{where}.{key}", str(exc)) from None
    return grids[0], grids[1]


def _check_pairs(raw: dict, role: str) -> tuple[Pair, ...]:
    if role not in raw:
        raise _Invalid(None, f"missing key {role!r}")
    pairs = raw[role]
    if not isinstance(pairs, list):
        raise _Invalid(None, f"{role!r} is not a list of pairs (got {_type_name(pairs)})")
    if not pairs:
        raise _Invalid(None, f"{role!r} is an empty list (a task needs at least one {role} pair)")
    return tuple(_check_pair(p, f"{role}[{i}]") for i, p in enumerate(pairs))


def validate_task(raw: Any, task_id: str, split: str, source_file: str) -> Task | TaskReject:
    """Check one raw task (parsed JSON) and return a `Task`, or a `TaskReject` for its first
    problem. Never raises for bad content."""
    if not isinstance(raw, dict):
        return reject(
            source_file, task_id, None, f"task is not a JSON object (got {_type_name(raw)})"
        )
    try:
        train = _check_pairs(raw, "train")
        test = _check_pairs(raw, "test")
    except _Invalid as exc:
        return reject(source_file, task_id, exc.pair, exc.problem)
    return Task(task_id=task_id, split=split, source_file=source_file, train=train, test=test)
