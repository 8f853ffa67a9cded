"""The DSL's type aliases (spec §2).

They are documentation for signatures and the registry; nothing checks them at run time.
"""

from typing import Any, Callable, Container, FrozenSet, Tuple, Union  # noqa: UP035

Boolean = bool
Integer = int
IntegerTuple = Tuple[Integer, Integer]  # noqa: UP006
Numerical = Union[Integer, IntegerTuple]  # noqa: UP007
IntegerSet = FrozenSet[Integer]  # noqa: UP006
Grid = Tuple[Tuple[Integer]]  # noqa: UP006
Cell = Tuple[Integer, IntegerTuple]  # noqa: UP006
Object = FrozenSet[Cell]  # noqa: UP006
Objects = FrozenSet[Object]  # noqa: UP006
Indices = FrozenSet[IntegerTuple]  # noqa: UP006
IndicesSet = FrozenSet[Indices]  # noqa: UP006
Patch = Union[Object, Indices]  # noqa: UP007
Element = Union[Object, Grid]  # noqa: UP007
Piece = Union[Grid, Patch]  # noqa: UP007
TupleTuple = Tuple[Tuple]  # noqa: UP006
ContainerContainer = Container[Container]

__all__ = [
    "Any",
    "Boolean",
    "Callable",
    "Cell",
    "Container",
    "ContainerContainer",
    "Element",
    "FrozenSet",
    "Grid",
    "Indices",
    "IndicesSet",
    "Integer",
    "IntegerSet",
    "IntegerTuple",
    "Numerical",
    "Object",
    "Objects",
    "Patch",
    "Piece",
    "Tuple",
    "TupleTuple",
]
