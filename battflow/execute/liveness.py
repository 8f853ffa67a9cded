"""Which nodes of a group's DAG can still change an outcome.

A program's outcome for a sample is decided by its first statement (in source order) that fails
there (`batched.first_failures`). Once every sample a program is asked about is decided, nothing
after that statement matters to it; a node that only such programs need is not evaluated.
Generated candidates often raise at their first statements on every sample of a group, and what
follows would otherwise be computed on garbage. Which nodes are skipped depends on the group's
samples, never the outcomes: a skipped node's value is read by no scored or flagged pair.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from battflow.program.ir import Graph, Program


@dataclass(frozen=True)
class ProgramNeeds:
    """What each program needs of a graph, computed once for all groups of a chunk.

    needs[p]: the nodes program p reads (its statements, its output and their ancestors);
    users[n]: how many programs need node n; at[s]: (program, index) of each statement s."""

    needs: tuple[tuple[int, ...], ...]
    users: dict[int, int]
    at: dict[int, tuple[tuple[int, int], ...]]

    @classmethod
    def of(cls, graph: Graph, programs: list[Program]) -> ProgramNeeds:
        needs = []
        users: dict[int, int] = {}
        at: dict[int, list[tuple[int, int]]] = {}
        for p, program in enumerate(programs):
            nodes = tuple(graph.ancestors([*program.statements, program.output]))
            needs.append(nodes)
            for n in nodes:
                users[n] = users.get(n, 0) + 1
            for i, s in enumerate(program.statements):
                at.setdefault(s, []).append((p, i))
        return cls(tuple(needs), users, {s: tuple(v) for s, v in at.items()})


class Liveness:
    """The live programs of one group while its DAG is evaluated in topological order.

    `todo`: host bool [P, B], the pairs asked for. Call `settled(s, flags)` once statement s has
    host (err, fb) flags (`flags` maps every settled statement to them); `wanted(n)` is False
    once every program that needs n is decided on all its samples."""

    def __init__(self, needs: ProgramNeeds, programs: list[Program], todo: np.ndarray):
        self._needs = needs
        self._programs = programs
        self._live_users = dict(needs.users)
        self._undecided = todo.copy()
        self._next = [0] * len(programs)
        self._dead = [False] * len(programs)
        for p in range(len(programs)):
            if not self._undecided[p].any():
                self._die(p)

    def wanted(self, n: int) -> bool:
        return self._live_users.get(n, 0) > 0

    def settled(self, s: int, flags: dict[int, tuple[np.ndarray, np.ndarray]]) -> None:
        for p, i in self._needs.at.get(s, ()):
            if self._dead[p] or i != self._next[p]:
                continue
            statements = self._programs[p].statements
            k = i
            while k < len(statements) and statements[k] in flags:
                err, fb = flags[statements[k]]
                self._undecided[p] &= ~(err | fb)
                k += 1
            self._next[p] = k
            if not self._undecided[p].any():
                self._die(p)

    def _die(self, p: int) -> None:
        self._dead[p] = True
        live = self._live_users
        for n in self._needs.needs[p]:
            live[n] -= 1
