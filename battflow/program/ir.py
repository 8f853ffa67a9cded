"""The IR: programs as equations over one merged, hash-consed DAG (DESIGN.md §3).

A `Graph` holds nodes; identical nodes (same kind, payload and inputs) are one node, so programs
added to the same graph share every common sub-computation (structural CSE). Node kinds:

- `input`  payload = "I" | "S" | "C": the sample's input grid, the task's demo pairs, its test
           inputs
- `const`  payload = a Python value (a DSL constant, a literal, a default)
- `prim`   payload = a primitive name, used as a function value
- `call`   args = (callee, *positional args); payload = keyword names of the trailing args
- `guard`  args = (call, default); payload = caught exception class names, or None for all: the
           call's value, or the default when the call raised one of those (a `try/except` line)

A `Program` keeps its statement nodes in source order (in Python every line runs, so a line that
raises ends the program even if the output does not depend on it) and its output node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

INPUT, CONST, PRIM, CALL, GUARD = "input", "const", "prim", "call", "guard"


@dataclass(frozen=True)
class Node:
    """One node of the merged DAG. `type` is the inferred DSL type name (informational)."""

    kind: str
    payload: Any
    args: tuple[int, ...] = ()
    type: str = "Any"


@dataclass(frozen=True)
class SourceRef:
    """Where a program came from."""

    file: str
    function: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.function}:{self.line}"


@dataclass(frozen=True)
class Program:
    """One program over a Graph: `statements` in source order, `output` the returned node."""

    name: str
    source: SourceRef
    params: tuple[str, ...]
    statements: tuple[int, ...]
    output: int


def _const_key(value: Any) -> Any:
    """A hashable key that keeps values apart which compare equal but behave differently
    (True vs 1, a tuple vs a frozenset, and so on, recursively)."""
    if isinstance(value, tuple):
        return ("tuple", tuple(_const_key(v) for v in value))
    if isinstance(value, frozenset):
        return ("frozenset", frozenset(_const_key(v) for v in value))
    return (type(value).__name__, value)


@dataclass
class Graph:
    """A hash-consed DAG. `add` returns the id of an existing identical node when there is one."""

    nodes: list[Node] = field(default_factory=list)
    _index: dict[Any, int] = field(default_factory=dict, repr=False)

    def add(self, kind: str, payload: Any, args: tuple[int, ...] = (), type: str = "Any") -> int:
        key = (kind, _const_key(payload) if kind == CONST else payload, args)
        found = self._index.get(key)
        if found is not None:
            return found
        self.nodes.append(Node(kind, payload, args, type))
        self._index[key] = len(self.nodes) - 1
        return len(self.nodes) - 1

    def __len__(self) -> int:
        return len(self.nodes)

    def ancestors(self, roots: list[int] | tuple[int, ...]) -> list[int]:
        """All nodes that `roots` depend on (roots included), in increasing id order, which is a
        topological order because a node's inputs always exist before it."""
        seen: set[int] = set()
        stack = list(roots)
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            stack.extend(self.nodes[n].args)
        return sorted(seen)

    def transplant(self, programs: list[Program], into: Graph) -> list[Program]:
        """Add the nodes `programs` need to `into` (merging with what it holds) and return the
        programs re-pointed at `into`."""
        roots = [s for p in programs for s in p.statements] + [p.output for p in programs]
        remap: dict[int, int] = {}
        for old in self.ancestors(roots):
            node = self.nodes[old]
            args = tuple(remap[a] for a in node.args)
            remap[old] = into.add(node.kind, node.payload, args, node.type)
        return [
            Program(
                p.name, p.source, p.params, tuple(remap[s] for s in p.statements), remap[p.output]
            )
            for p in programs
        ]

    def subgraph(self, programs: list[Program]) -> tuple[Graph, list[Program]]:
        """A compact graph holding only what `programs` need, with the programs re-pointed at it."""
        sub = Graph()
        return sub, self.transplant(programs, sub)
