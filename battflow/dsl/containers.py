"""Container utilities (spec §4.3, 30 primitives).

Type-preserving primitives rebuild their result with `type(container)(generator)`, so tuples stay
tuples (order and duplicates kept) and frozensets stay frozensets. Per-element calls run inside
generator expressions, which is what turns a StopIteration raised there into RuntimeError (§1.5).
Set results are built by inserting in the argument's iteration order, which fixes their own
CPython iteration order (§1.6).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .types import Container, ContainerContainer, FrozenSet, Integer, IntegerSet, Tuple, TupleTuple


def combine(a: Container, b: Container) -> Container:
    """Everything in a, then everything in b, as the type of a."""
    return type(a)((*a, *b))


def intersection(a: FrozenSet, b: FrozenSet) -> FrozenSet:
    """Set intersection (tuples raise TypeError)."""
    return a & b


def difference(a: FrozenSet, b: FrozenSet) -> FrozenSet:
    """Elements of a not in b, as the type of a (tuples keep order and multiplicity)."""
    return type(a)(e for e in a if e not in b)


def dedupe(tup: Tuple) -> Tuple:
    """First occurrence of each value, in order (a frozenset raises AttributeError)."""
    return tuple(e for i, e in enumerate(tup) if tup.index(e) == i)


def order(container: Container, compfunc: Callable) -> Tuple:
    """A tuple sorted ascending by compfunc; stable, so ties keep iteration order."""
    return tuple(sorted(container, key=compfunc))


def repeat(item: Any, num: Integer) -> Tuple:
    """item, num times (num <= 0 gives ())."""
    return tuple(item for _ in range(num))


def size(container: Container) -> Integer:
    """len(container)."""
    return len(container)


def merge(containers: ContainerContainer) -> Container:
    """Flatten one level, as the type of the outer container."""
    return type(containers)(e for c in containers for e in c)


def maximum(container: IntegerSet) -> Integer:
    """The largest element, 0 if empty."""
    return max(container, default=0)


def minimum(container: IntegerSet) -> Integer:
    """The smallest element, 0 if empty."""
    return min(container, default=0)


def valmax(container: Container, compfunc: Callable) -> Integer:
    """max of compfunc over the elements; compfunc(0) if empty."""
    return compfunc(max(container, key=compfunc, default=0))


def valmin(container: Container, compfunc: Callable) -> Integer:
    """min of compfunc over the elements; compfunc(0) if empty."""
    return compfunc(min(container, key=compfunc, default=0))


def argmax(container: Container, compfunc: Callable) -> Any:
    """The element with the largest key; ties go to the first in iteration order."""
    return max(container, key=compfunc)


def argmin(container: Container, compfunc: Callable) -> Any:
    """The element with the smallest key; ties go to the first in iteration order."""
    return min(container, key=compfunc)


def mostcommon(container: Container) -> Any:
    """The most frequent element; ties by the CPython set order of the distinct values."""
    return max(set(container), key=container.count)


def leastcommon(container: Container) -> Any:
    """The least frequent element; ties by the CPython set order of the distinct values."""
    return min(set(container), key=container.count)


def initset(value: Any) -> FrozenSet:
    """frozenset({value})."""
    return frozenset({value})


def sfilter(container: Container, condition: Callable) -> Container:
    """Elements where condition is truthy, as the type of the container."""
    return type(container)(e for e in container if condition(e))


def mfilter(container: Container, function: Callable) -> FrozenSet:
    """sfilter with `function` as the predicate, then merge."""
    return merge(sfilter(container, function))


def extract(container: Container, condition: Callable) -> Any:
    """The first element satisfying condition; StopIteration if none."""
    return next(e for e in container if condition(e))


def totuple(container: FrozenSet) -> Tuple:
    """A tuple in iteration order."""
    return tuple(container)


def first(container: Container) -> Any:
    """The first element in iteration order; StopIteration if empty."""
    return next(iter(container))


def last(container: Container) -> Any:
    """The last element in iteration order; ValueError if empty."""
    return max(enumerate(container))[1]


def insert(value: Any, container: FrozenSet) -> FrozenSet:
    """The container with value added (a tuple raises AttributeError)."""
    return container.union(frozenset({value}))


def remove(value: Any, container: Container) -> Container:
    """Every element not equal to value, as the type of the container."""
    return type(container)(e for e in container if e != value)


def other(container: Container, value: Any) -> Any:
    """The first element of `remove(value, container)`; StopIteration if none remains."""
    return first(remove(value, container))


def interval(start: Integer, stop: Integer, step: Integer) -> Tuple:
    """tuple(range(start, stop, step)); step 0 raises ValueError."""
    return tuple(range(start, stop, step))


def product(a: Container, b: Container) -> FrozenSet:
    """All pairs (x, y), x from a and y from b."""
    return frozenset((i, j) for j in b for i in a)


def pair(a: Tuple, b: Tuple) -> TupleTuple:
    """Pairs (a[k], b[k]), truncated to the shorter input."""
    return tuple(zip(a, b, strict=False))


def sizefilter(container: Container, n: Integer) -> FrozenSet:
    """A frozenset of the elements of length n."""
    return frozenset(item for item in container if len(item) == n)
