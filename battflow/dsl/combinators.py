"""Higher-order combinators (spec §4.4, 13 primitives).

Every combinator returns a plain Python function. `rbind`/`lbind` read the declared positional
parameter count (`__code__.co_argcount`) of the function they bind, so every primitive and every
closure made here must be a real Python function with an exact parameter list: closures from
`compose`, `chain`, `fork`, `matcher` and `power` declare one parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .containers import merge
from .types import Container, ContainerContainer, FrozenSet, Integer, Tuple


def compose(outer: Callable, inner: Callable) -> Callable:
    """x -> outer(inner(x))."""
    return lambda x: outer(inner(x))


def chain(h: Callable, g: Callable, f: Callable) -> Callable:
    """x -> h(g(f(x)))."""
    return lambda x: h(g(f(x)))


def matcher(function: Callable, target: Any) -> Callable:
    """x -> function(x) == target."""
    return lambda x: function(x) == target


def rbind(function: Callable, fixed: Any) -> Callable:
    """Fix the last parameter; the closure's arity follows the declared parameter count."""
    n = function.__code__.co_argcount
    if n == 2:
        return lambda x: function(x, fixed)
    if n == 3:
        return lambda x, y: function(x, y, fixed)
    return lambda x, y, z: function(x, y, z, fixed)


def lbind(function: Callable, fixed: Any) -> Callable:
    """Fix the first parameter; the closure's arity follows the declared parameter count."""
    n = function.__code__.co_argcount
    if n == 2:
        return lambda y: function(fixed, y)
    if n == 3:
        return lambda y, z: function(fixed, y, z)
    return lambda y, z, a: function(fixed, y, z, a)


def power(function: Callable, n: Integer) -> Callable:
    """n-fold self-composition; n == 1 is `function` itself, n <= 0 raises RecursionError."""
    if n == 1:
        return function
    return compose(function, power(function, n - 1))


def fork(outer: Callable, a: Callable, b: Callable) -> Callable:
    """x -> outer(a(x), b(x))."""
    return lambda x: outer(a(x), b(x))


def apply(function: Callable, container: Container) -> Container:
    """function over the elements, as the type of the container."""
    return type(container)(function(e) for e in container)


def rapply(functions: Container, value: Any) -> Container:
    """Each function applied to value, as the type of `functions`."""
    return type(functions)(function(value) for function in functions)


def mapply(function: Callable, container: ContainerContainer) -> FrozenSet:
    """apply, then merge."""
    return merge(apply(function, container))


def papply(function: Callable, a: Tuple, b: Tuple) -> Tuple:
    """function(a[k], b[k]) for each k, truncated to the shorter input."""
    return tuple(function(i, j) for i, j in zip(a, b, strict=False))


def mpapply(function: Callable, a: Tuple, b: Tuple) -> Tuple:
    """papply, then merge: always a tuple."""
    return merge(papply(function, a, b))


def prapply(function, a: Container, b: Container) -> FrozenSet:
    """The frozenset of function(x, y) over the Cartesian product of a and b."""
    return frozenset(function(i, j) for j in b for i in a)
