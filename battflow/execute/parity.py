"""Differential check of the batched path against the reference executor: the same pairs both
ways, every decided status, digest and score count (`scores.COUNTS`) compared. Used by the
generator's fuzz test and by `benchmarks/fuzz_generated.py`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from battflow.program.ir import Graph, Program

from .batched import run_batched
from .outcome import ERROR, TIMEOUT, TOO_BIG
from .reference import evaluate, sample_inputs
from .scores import NO_GRID


@dataclass
class ParityReport:
    """`pairs` compared; `fallback`: pairs the batched path flagged (the reference decides them
    in a run); `unjudged`: decided pairs the reference could not finish (timeout, too_big: limits,
    not outcomes); `mismatches`: (program, sample, batched (status, digest, counts), reference
    (status, digest, counts)) of every decided pair that differs; `ran`: bool [P], the reference
    ended without error on at least one sample."""

    pairs: int = 0
    fallback: int = 0
    unjudged: int = 0
    mismatches: list[tuple[str, int, tuple, tuple]] = field(default_factory=list)
    ran: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))

    @property
    def batched_fraction(self) -> float:
        return 1 - self.fallback / self.pairs if self.pairs else 0.0


def compare_paths(
    graph: Graph,
    programs: list[Program],
    inputs: list,
    expected: list,
    timeout_s: float = 1.0,
    xp: Any = np,
) -> ParityReport:
    """Run every program on every sample both ways and compare what the batched path decided."""
    result = run_batched(
        graph, programs, inputs, expected, np.ones((len(programs), len(inputs)), bool), xp
    )
    report = ParityReport(
        pairs=len(programs) * len(inputs),
        fallback=int(result.fallback.sum()),
        ran=np.zeros(len(programs), bool),
    )
    for s, grid in enumerate(inputs):
        outcomes = evaluate(graph, programs, sample_inputs(grid, (), ()), expected[s], timeout_s)
        for p, outcome in enumerate(outcomes):
            report.ran[p] |= outcome.status != ERROR
            if result.fallback[p, s]:
                continue
            if outcome.status in (TIMEOUT, TOO_BIG):
                report.unjudged += 1
                continue
            got = (
                int(result.status[p, s]),
                int(result.digest[p, s]),
                tuple(int(c) for c in result.counts[p, s]),
            )
            want = (int(outcome.status), int(outcome.digest), outcome.counts or NO_GRID)
            if got != want:
                report.mismatches.append((programs[p].name, s, got, want))
    return report
