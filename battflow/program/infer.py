"""Forward type inference over the IR, and the typed defaults of `semantics: batt`.

Types are the spec's alias names (`Grid`, `Objects`, `Integer`, ...). A function value is written
`Callable[T]` with T its result type when known; `Any` is unknown. Types are informational (the
reference executor never checks them); they choose the typed default of an op under batt semantics.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from battflow.dsl import identity
from battflow.dsl.registry import PRIMITIVES

# The value an erroring op takes under `semantics: batt`, by the op's declared result type.
# A `try/except` written in the program's source always wins over this table.
TYPED_DEFAULTS: dict[str, Any] = {
    "Integer": 0,
    "Numerical": 0,
    "Boolean": False,
    "IntegerTuple": (0, 0),
    "Grid": (),
    "Tuple": (),
    "TupleTuple": (),
    "Container": (),
    "ContainerContainer": (),
    "FrozenSet": frozenset(),
    "IntegerSet": frozenset(),
    "Indices": frozenset(),
    "IndicesSet": frozenset(),
    "Object": frozenset(),
    "Objects": frozenset(),
    "Patch": frozenset(),
    "Piece": frozenset(),
    "Element": frozenset(),
    "Callable": identity,
    "Any": None,
}


def callable_of(result: str) -> str:
    return f"Callable[{result}]"


def result_of(function_type: str) -> str:
    """T for `Callable[T]`; Any otherwise."""
    if function_type.startswith("Callable[") and function_type.endswith("]"):
        return function_type[len("Callable[") : -1]
    return "Any"


def prim_type(name: str) -> str:
    """The type of a primitive used as a value."""
    return callable_of(PRIMITIVES[name].returns)


def call_type(callee: str | None, callee_type: str, arg_types: Sequence[str]) -> str:
    """The result type of a call; `callee` is the primitive's name when the callee is one."""
    if callee is None:
        return result_of(callee_type)
    if callee in ("compose", "fork", "rbind", "lbind", "chain", "power"):
        # compose(outer, .), fork(outer, ., .), rbind/lbind(function, .), chain(h, ., .),
        # power(function, .): the result of the first argument.
        return callable_of(result_of(arg_types[0]) if arg_types else "Any")
    if callee == "matcher":
        return callable_of("Boolean")
    if callee == "branch" and len(arg_types) == 3:
        return arg_types[1] if arg_types[1] == arg_types[2] else "Any"
    return PRIMITIVES[callee].returns


def default_for(type_name: str) -> Any:
    """The batt default of a value of this type."""
    if type_name.startswith("Callable"):
        return TYPED_DEFAULTS["Callable"]
    return TYPED_DEFAULTS.get(type_name)
