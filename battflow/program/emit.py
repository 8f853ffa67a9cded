"""Writing generated programs as source: solver files (Hodel's format) and batt files (every op
wrapped in `try/except` with its typed default). Both load in battflow and, unchanged, in a plain
Python beside an arc-dsl-compatible `dsl.py` and `constants.py`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from battflow.dsl.registry import PRIMITIVES

from .infer import default_for

HEADER = "from dsl import *\nfrom constants import *\n"
_KIND_DEFAULTS = {
    "G": "()",
    "GT": "()",
    "I": "0",
    "C": "0",
    "N": "0",
    "B": "False",
    "V": "(0, 0)",
    "O": "frozenset()",
    "X": "frozenset()",
    "OS": "frozenset()",
    "XS": "frozenset()",
    "IS": "frozenset()",
}


@dataclass(frozen=True)
class Line:
    """One statement: `target = expr`, with the source of its typed default."""

    target: str
    expr: str
    default: str


@dataclass(frozen=True)
class Candidate:
    """A generated program: its function name, statements (the last makes `output`), and a
    one-line note of where it came from (written as its docstring)."""

    name: str
    lines: tuple[Line, ...]
    output: str
    note: str


def default_of_kind(kind: str) -> str:
    """The typed default of a generator kind (`kinds.py`): function values default to identity."""
    return _KIND_DEFAULTS.get(kind, "identity")


def default_of_callee(callee: str | None) -> str:
    """The typed default of a call by its callee (registry result type); None for a call of a
    closure variable, whose result type the source does not say."""
    if callee not in PRIMITIVES:
        return "None"
    value = default_for(PRIMITIVES[callee].returns)
    if callable(value):  # closures (compose, fork, rbind, ...) default to identity
        return "identity"
    if isinstance(value, frozenset):
        return "frozenset()"
    return repr(value)


def solver_function(c: Candidate) -> str:
    body = [f'    """{c.note}"""'] + [f"    {ln.target} = {ln.expr}" for ln in c.lines]
    return f"def {c.name}(I):\n" + "\n".join(body) + f"\n    return {c.output}\n"


def batt_function(c: Candidate) -> str:
    body = [f'    """{c.note}"""']
    for ln in c.lines:
        body += [
            "    try:",
            f"        {ln.target} = {ln.expr}",
            "    except Exception:",
            f"        {ln.target} = {ln.default}",
        ]
    return f"def {c.name}(I):\n" + "\n".join(body) + f"\n    return {c.output}\n"


def render(candidates: Iterable[Candidate], form: str) -> str:
    """A whole file of `candidates` as solver functions (`form="solver"`) or batt functions
    (`form="batt"`)."""
    write = {"solver": solver_function, "batt": batt_function}[form]
    return HEADER + "".join("\n\n" + write(c) for c in candidates)
