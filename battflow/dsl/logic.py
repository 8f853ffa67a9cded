"""Logic, identity and branching (spec §4.2, 7 primitives). Truthiness, not strict booleans."""

from __future__ import annotations

from typing import Any

from .types import Boolean, Container


def identity(x: Any) -> Any:
    """x itself."""
    return x


def flip(b: Boolean) -> Boolean:
    """Logical not of truthiness; always a real bool."""
    return not b


def equality(a: Any, b: Any) -> Boolean:
    """Python ==."""
    return a == b


def both(a: Boolean, b: Boolean) -> Boolean:
    """Python `a and b`: returns an operand."""
    return a and b


def either(a: Boolean, b: Boolean) -> Boolean:
    """Python `a or b`: returns an operand."""
    return a or b


def branch(condition: Boolean, a: Any, b: Any) -> Any:
    """a if condition is truthy, else b (both already evaluated)."""
    return a if condition else b


def contained(value: Any, container: Container) -> Boolean:
    """Python membership test."""
    return value in container
