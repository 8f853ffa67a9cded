"""The reference executor: evaluates programs of a merged DAG on one sample with real DSL values.

Semantics follow a plain CPython run of each program's source: statements in source order, a
call's callee then arguments evaluated left to right (a failing argument stops the call), a
`guard` (try/except) yielding its default when the call raised one of the caught classes. A node is
computed once per sample and shared by every program that needs it; only the nodes the evaluated
programs need are computed.

Time and memory caps (`limits.py`) apply when the evaluator runs in a process's main thread, as in
the sandbox: a program whose own evaluation runs past `timeout_s` gets `timeout`, one whose
evaluation hits the memory cap gets `too_big`. The size cap (`size_cap.py`) applies everywhere: a
grid of more than `MAX_CELLS` cells asked of `canvas`, `upscale`, ... gets `too_big` at once.
"""

from __future__ import annotations

import builtins
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from battflow.digest import digest_of_cells, grid_cells
from battflow.dsl.registry import PRIMITIVES
from battflow.program.ir import CALL, CONST, GUARD, INPUT, PRIM, Graph, Program

from .limits import Cap, EvaluationTimeout, time_cap
from .outcome import ERROR, MATCH, MISMATCH, NOT_GRID, TIMEOUT, TOO_BIG, Outcome
from .scores import grid_counts
from .size_cap import CAPPED


@dataclass(frozen=True)
class Failure:
    """A node that produced no value: status ERROR (with the exception), TIMEOUT or TOO_BIG."""

    status: int
    exception: BaseException | None = None


def _caught(classes: tuple[str, ...] | None, exc: BaseException | None) -> bool:
    if exc is None:
        return False
    if classes is None:
        return True
    return isinstance(exc, tuple(getattr(builtins, name) for name in classes))


class SampleEvaluator:
    """Evaluates nodes of `graph` for one sample; values are memoised for the sample's lifetime."""

    def __init__(self, graph: Graph, inputs: dict[str, Any]):
        self.graph = graph
        self.inputs = inputs
        self.memo: dict[int, Any] = {}
        self.computing: int | None = None
        self.computing_since = 0.0
        self.cap = Cap()
        """The time cap of the evaluation under way (set by whoever caps it, as `run` does)."""

    def force(self, root: int) -> Any:
        """The value (or Failure) of node `root`, computing what it needs (iteratively, so deep
        programs do not consume the Python stack that DSL recursion such as `power` relies on)."""
        memo, nodes, cap = self.memo, self.graph.nodes, self.cap
        stack = [root]
        while stack:
            if cap.expired:  # the cap's own exception may have been dropped (limits.time_cap)
                raise EvaluationTimeout
            n = stack[-1]
            if n in memo:
                stack.pop()
                continue
            node = nodes[n]
            if node.kind == CALL:
                pending = self._first_pending(node.args)
                if pending is not None:
                    stack.append(pending)
                    continue
                memo[n] = self._call(n, node.args, node.payload)
            elif node.kind == GUARD:
                call, default = node.args
                if call not in memo:
                    stack.append(call)
                    continue
                value = memo[call]
                caught = isinstance(value, Failure) and value.status == ERROR
                if caught and _caught(node.payload, value.exception):
                    if default not in memo:
                        stack.append(default)
                        continue
                    value = memo[default]
                memo[n] = value
            elif node.kind == INPUT:
                memo[n] = self.inputs[node.payload]
            elif node.kind == CONST:
                memo[n] = node.payload
            elif node.kind == PRIM:
                memo[n] = CAPPED.get(node.payload) or PRIMITIVES[node.payload].impl
            else:  # pragma: no cover - the IR has no other kinds
                raise ValueError(f"unknown node kind {node.kind!r}")
            stack.pop()
        return memo[root]

    def _first_pending(self, args: tuple[int, ...]) -> int | None:
        """The first argument not yet computed, unless an earlier one already failed."""
        for a in args:
            if a not in self.memo:
                return a
            if isinstance(self.memo[a], Failure):
                return None
        return None

    def _call(self, n: int, args: tuple[int, ...], kwnames: tuple[str, ...]) -> Any:
        values = []
        for a in args:
            v = self.memo[a]
            if isinstance(v, Failure):
                return v
            values.append(v)
        callee, *positional = values
        keywords = {}
        if kwnames:
            keywords = dict(zip(kwnames, positional[-len(kwnames) :], strict=True))
            positional = positional[: -len(kwnames)]
        self.computing, self.computing_since = n, time.perf_counter()
        try:
            return callee(*positional, **keywords)
        except MemoryError:
            return Failure(TOO_BIG)
        except Exception as exc:
            return Failure(ERROR, exc)
        finally:
            self.computing = None

    def run(self, program: Program, expected: Any, timeout_s: float | None = None) -> Outcome:
        """The outcome of `program` on this sample. `timeout_s` caps the time this call spends
        (nodes computed earlier for other programs are free)."""
        outcome = self._capped(lambda: score(self._output(program), expected), timeout_s)
        return score(outcome, expected) if isinstance(outcome, Failure) else outcome

    def value(self, program: Program, timeout_s: float | None = None) -> Any:
        """The value `program` returns on this sample, or the Failure that ends it (its first
        failing statement's, or TIMEOUT / TOO_BIG where the caps stop it); capped as `run`."""
        return self._capped(lambda: self._output(program), timeout_s)

    def _output(self, program: Program) -> Any:
        for statement in program.statements:
            value = self.force(statement)
            if isinstance(value, Failure):
                return value
        return self.force(program.output)

    def _capped(self, compute: Callable[[], Any], timeout_s: float | None) -> Any:
        """compute() under the time cap, or Failure(TIMEOUT) / Failure(TOO_BIG)."""
        try:
            with time_cap(timeout_s) as self.cap:
                return compute()
        except EvaluationTimeout:
            n = self.computing
            # A node that alone ran for the whole cap would time out for any program: remember it.
            if n is not None and time.perf_counter() - self.computing_since >= 0.99 * timeout_s:
                self.memo[n] = Failure(TIMEOUT)
            self.computing = None
            return Failure(TIMEOUT)
        except MemoryError:
            self.computing = None
            return Failure(TOO_BIG)


def score(output: Any, expected: Any) -> Outcome:
    """Status and digest of a program's output against the expected grid."""
    if isinstance(output, Failure):
        return Outcome(output.status)
    cells = grid_cells(output)
    if cells is None:
        return Outcome(NOT_GRID)
    status = MATCH if output == expected else MISMATCH
    counts = grid_counts(output, expected) if expected is not None else None
    return Outcome(status, digest_of_cells(cells), output, counts)


def sample_inputs(
    grid: Any, demos: Sequence[tuple[Any, Any]], tests: Sequence[Any]
) -> dict[str, Any]:
    """The input variables of a program for one sample: I, and for (S, I, C) programs S (the
    task's demo pairs as a tuple of (input, output) grids) and C (the task's test inputs)."""
    return {"I": grid, "S": tuple(demos), "C": tuple(tests)}


def evaluate(
    graph: Graph,
    programs: Sequence[Program],
    inputs: dict[str, Any],
    expected: Any,
    timeout_s: float | None = None,
) -> list[Outcome]:
    """Every program's outcome on one sample (no memory cap: the sandbox adds that)."""
    evaluator = SampleEvaluator(graph, inputs)
    return [evaluator.run(p, expected, timeout_s) for p in programs]
