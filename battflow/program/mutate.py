"""Type-directed mutation of existing programs (solver files), read as source and never executed.

A parent is a function in Hodel's solver format whose body is plain `x = call(args)` / `x = y`
assignments and a final `return`. A mutant changes one or more sites of it:

- `constant`: a DSL constant becomes another of its type and range (a colour 0-9 another colour,
  another integer constant, a boolean, a direction or other vector constant);
- `primitive`: a primitive, called or passed as a function value, becomes another with the very
  same registry signature (parameter types and result type: `rot90` <-> `rot270`,
  `uppermost` <-> `lowermost`, `box` <-> `inbox`, ...);
- `argument`: a variable argument becomes an earlier variable of the same registry type (the
  result type of the primitive that made it, where the registry names one; `Grid` for `I`).

Statements are kept (in Python every line runs), so a mutant shares its parent's unchanged prefix,
which the merged DAG evaluates once for both.
"""

from __future__ import annotations

import ast
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from battflow.dsl.constants import CONSTANTS as DSL_CONSTANTS
from battflow.dsl.registry import PRIMITIVES

from .kinds import CONSTANTS
from .parse import python_files

MUTATION_KINDS = ("constant", "primitive", "argument")
_WIDE_TYPES = {None, "Any", "Callable", "Container", "ContainerContainer", "Element", "Piece",
               "Patch", "FrozenSet", "Tuple"}  # fmt: skip
"""Registry types too wide to tell whether two values are interchangeable."""


@dataclass(frozen=True)
class Statement:
    """`target = callee(args)` (callee None: `target = args[0]`), parts as source text."""

    target: str
    callee: str | None
    args: tuple[str, ...]

    @property
    def expr(self) -> str:
        """The right-hand side as source."""
        if self.callee is None:
            return self.args[0]
        return f"{self.callee}({', '.join(self.args)})"


@dataclass(frozen=True)
class Parent:
    """A program that can be mutated: its name, where it came from, its statements and output."""

    name: str
    file: str
    statements: tuple[Statement, ...]
    output: str


def _statement(stmt: ast.stmt) -> Statement | None:
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
        return None
    target = stmt.targets[0]
    if not isinstance(target, ast.Name):
        return None
    value = stmt.value
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and not value.keywords:
        args = value.args
        if all(isinstance(a, ast.Name | ast.Constant | ast.Tuple) for a in args):
            return Statement(target.id, value.func.id, tuple(ast.unparse(a) for a in args))
        return None
    if isinstance(value, ast.Name):
        return Statement(target.id, None, (value.id,))
    return None


def parse_sources(paths: list[str]) -> list[tuple[str, ast.Module]]:
    """(path, syntax tree) of every readable .py file under `paths`, in `python_files` order;
    files that do not read or parse are left out (the program loader reports them)."""
    out = []
    for path in python_files(paths):
        try:
            out.append((str(path), ast.parse(Path(path).read_text(), str(path))))
        except (SyntaxError, OSError, UnicodeDecodeError):
            continue
    return out


def read_parents(sources: list[tuple[str, ast.Module]]) -> list[Parent]:
    """The mutable programs of parsed solver files (`parse_sources`), in file and definition
    order. Functions in other forms (batt `try` blocks, nested calls, keywords) are skipped."""
    parents = []
    for path, tree in sources:
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef) or [a.arg for a in fn.args.args] != ["I"]:
                continue
            body = [
                s
                for s in fn.body
                if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
            ]
            if not body or not isinstance(body[-1], ast.Return):
                continue
            ret = body[-1].value
            statements = [_statement(s) for s in body[:-1]]
            if not statements or None in statements or not isinstance(ret, ast.Name):
                continue
            parents.append(Parent(fn.name, path, tuple(statements), ret.id))  # type: ignore[arg-type]
    return parents


def _constant_class(name: str) -> tuple[str, ...]:
    value = DSL_CONSTANTS[name]
    if isinstance(value, bool):
        return CONSTANTS["B"]
    if isinstance(value, tuple):
        return CONSTANTS["V"]
    return CONSTANTS["C"] if 0 <= value <= 9 else CONSTANTS["I"]


def _signature_groups() -> dict[str, list[str]]:
    """primitive -> the other primitives with the same registry signature."""
    by_sig: dict[tuple, list[str]] = defaultdict(list)
    for p in PRIMITIVES.values():
        by_sig[(tuple(q.type for q in p.params), p.returns)].append(p.name)
    return {name: [o for o in group if o != name] for group in by_sig.values() for name in group}


_SAME_SIGNATURE = _signature_groups()


def _types(parent: Parent) -> dict[str, str]:
    """variable -> its registry type where the registry names a specific one."""
    types = {"I": "Grid"}
    for s in parent.statements:
        if s.callee in PRIMITIVES:
            t = PRIMITIVES[s.callee].returns
            if t not in _WIDE_TYPES:
                types[s.target] = t
        elif s.callee is None and s.args[0] in types:
            types[s.target] = types[s.args[0]]
    return types


def _sites(parent: Parent, kind: str) -> list[tuple[int, int]]:
    """(statement, position) pairs a mutation of `kind` can change; position -1 is the callee."""
    out = []
    types = _types(parent)
    defined = {"I"}
    for i, s in enumerate(parent.statements):
        if kind == "primitive" and s.callee in _SAME_SIGNATURE and _SAME_SIGNATURE[s.callee]:
            out.append((i, -1))
        for j, a in enumerate(s.args):
            constant = kind == "constant" and a in DSL_CONSTANTS
            primitive = kind == "primitive" and bool(_SAME_SIGNATURE.get(a))
            argument = (
                kind == "argument"
                and a in types
                and a in defined
                and any(v != a and types.get(v) == types[a] for v in defined)
            )
            if constant or primitive or argument:
                out.append((i, j))
        defined.add(s.target)
    return out


def _replacement(parent: Parent, kind: str, i: int, j: int, rng: random.Random) -> str:
    s = parent.statements[i]
    current = s.callee if j < 0 else s.args[j]
    assert current is not None
    if kind == "constant":
        options = [c for c in _constant_class(current) if c != current]
    elif kind == "primitive":
        options = _SAME_SIGNATURE[current]
    else:
        types = _types(parent)
        earlier = ["I"] + [t.target for t in parent.statements[:i]]
        options = [v for v in earlier if v != current and types.get(v) == types[current]]
    return rng.choice(options)


def mutate(
    parent: Parent, rng: random.Random, rate: float, kinds: dict[str, float]
) -> tuple[Parent, list[str]] | None:
    """A mutant of `parent` and a note per change (`kind@line: old -> new`); one change, then
    another with probability `rate` each (at most 5); None if no site of any allowed kind."""
    statements = list(parent.statements)
    notes: list[str] = []
    count = 1
    while count < 5 and rng.random() < rate:
        count += 1
    names = [k for k in MUTATION_KINDS if kinds.get(k, 0) > 0]
    for _ in range(count):
        current = Parent(parent.name, parent.file, tuple(statements), parent.output)
        available = [(k, _sites(current, k)) for k in names]
        available = [(k, s) for k, s in available if s]
        if not available:
            break
        kind, sites = rng.choices(available, [kinds[k] for k, _ in available])[0]
        i, j = rng.choice(sites)
        new = _replacement(current, kind, i, j, rng)
        s = statements[i]
        if j < 0:
            notes.append(f"{kind}@{s.target}: {s.callee} -> {new}")
            statements[i] = Statement(s.target, new, s.args)
        else:
            notes.append(f"{kind}@{s.target}: {s.args[j]} -> {new}")
            statements[i] = Statement(s.target, s.callee, (*s.args[:j], new, *s.args[j + 1 :]))
    if not notes:
        return None
    return Parent(parent.name, parent.file, tuple(statements), parent.output), notes
