"""Executors: the reference executor (per sample, real DSL values) and its capped sandbox."""

from .outcome import (
    ERROR,
    MATCH,
    MISMATCH,
    NOT_EVALUATED,
    NOT_GRID,
    PATH_BATCHED,
    PATH_NAMES,
    PATH_NONE,
    PATH_REFERENCE,
    STATUS_NAMES,
    TIMEOUT,
    TOO_BIG,
    Outcome,
)

__all__ = [
    "ERROR",
    "MATCH",
    "MISMATCH",
    "NOT_EVALUATED",
    "NOT_GRID",
    "PATH_BATCHED",
    "PATH_NAMES",
    "PATH_NONE",
    "PATH_REFERENCE",
    "STATUS_NAMES",
    "TIMEOUT",
    "TOO_BIG",
    "Outcome",
]
