"""Arithmetic and numeric predicates (spec §4.1, 17 primitives).

Binary ops dispatch on (int, int) / (tuple, tuple) / (int, tuple) / anything else, in that order;
unary ops act on an int or on components 0 and 1 of anything else. `bool` counts as int.
"""

from __future__ import annotations

from .types import Boolean, Integer, IntegerTuple, Numerical


def add(a: Numerical, b: Numerical) -> Numerical:
    """a + b, scalar or per component."""
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] + b[0], a[1] + b[1])
    if isinstance(a, int) and isinstance(b, tuple):
        return (a + b[0], a + b[1])
    return (a[0] + b, a[1] + b)


def subtract(a: Numerical, b: Numerical) -> Numerical:
    """a - b, scalar or per component."""
    if isinstance(a, int) and isinstance(b, int):
        return a - b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] - b[0], a[1] - b[1])
    if isinstance(a, int) and isinstance(b, tuple):
        return (a - b[0], a - b[1])
    return (a[0] - b, a[1] - b)


def multiply(a: Numerical, b: Numerical) -> Numerical:
    """a * b, scalar or per component."""
    if isinstance(a, int) and isinstance(b, int):
        return a * b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] * b[0], a[1] * b[1])
    if isinstance(a, int) and isinstance(b, tuple):
        return (a * b[0], a * b[1])
    return (a[0] * b, a[1] * b)


def divide(a: Numerical, b: Numerical) -> Numerical:
    """Floor division a // b, scalar or per component; a zero divisor raises ZeroDivisionError."""
    if isinstance(a, int) and isinstance(b, int):
        return a // b
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] // b[0], a[1] // b[1])
    if isinstance(a, int) and isinstance(b, tuple):
        return (a // b[0], a // b[1])
    return (a[0] // b, a[1] // b)


def invert(n: Numerical) -> Numerical:
    """Negation."""
    return -n if isinstance(n, int) else (-n[0], -n[1])


def even(n: Integer) -> Boolean:
    """n mod 2 == 0 (Python modulo)."""
    return n % 2 == 0


def double(n: Numerical) -> Numerical:
    """n * 2."""
    return n * 2 if isinstance(n, int) else (n[0] * 2, n[1] * 2)


def halve(n: Numerical) -> Numerical:
    """n // 2 (floor)."""
    return n // 2 if isinstance(n, int) else (n[0] // 2, n[1] // 2)


def increment(x: Numerical) -> Numerical:
    """x + 1."""
    return x + 1 if isinstance(x, int) else (x[0] + 1, x[1] + 1)


def decrement(x: Numerical) -> Numerical:
    """x - 1."""
    return x - 1 if isinstance(x, int) else (x[0] - 1, x[1] - 1)


def _away_from_zero(v: Integer) -> Integer:
    if v == 0:
        return 0
    return v + 1 if v > 0 else v - 1


def crement(x: Numerical) -> Numerical:
    """One step away from zero; 0 stays 0."""
    if isinstance(x, int):
        return _away_from_zero(x)
    return (_away_from_zero(x[0]), _away_from_zero(x[1]))


def _sign(v: Integer) -> Integer:
    if v == 0:
        return 0
    return 1 if v > 0 else -1


def sign(x: Numerical) -> Numerical:
    """-1, 0 or 1."""
    if isinstance(x, int):
        return _sign(x)
    return (_sign(x[0]), _sign(x[1]))


def positive(x: Integer) -> Boolean:
    """x > 0."""
    return x > 0


def toivec(i: Integer) -> IntegerTuple:
    """The vertical vector (i, 0)."""
    return (i, 0)


def tojvec(j: Integer) -> IntegerTuple:
    """The horizontal vector (0, j)."""
    return (0, j)


def astuple(a: Integer, b: Integer) -> IntegerTuple:
    """The pair (a, b)."""
    return (a, b)


def greater(a: Integer, b: Integer) -> Boolean:
    """a > b (Python ordering)."""
    return a > b
