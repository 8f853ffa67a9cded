"""Status and path codes shared by the executors and the results store (DESIGN.md §1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NOT_EVALUATED, MATCH, MISMATCH, ERROR, NOT_GRID, TIMEOUT, TOO_BIG = range(7)
STATUS_NAMES = ("not_evaluated", "match", "mismatch", "error", "not_grid", "timeout", "too_big")
"""Index = status code (int8 in results.zarr)."""

PATH_NONE, PATH_BATCHED, PATH_REFERENCE = range(3)
PATH_NAMES = ("none", "batched", "reference")
"""Index = path code: which executor decided the pair (the reference is the fallback path)."""


@dataclass(frozen=True)
class Outcome:
    """The outcome of one (program, sample) evaluation. `digest` is 0 where there is no grid."""

    status: int
    digest: int = 0
    output: Any = None
    counts: tuple[int, int, int, int, int] | None = None
    """The score counts of a grid output (`scores.COUNTS`); None without one."""

    @property
    def status_name(self) -> str:
        return STATUS_NAMES[self.status]
