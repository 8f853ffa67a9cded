"""User-written differs (a pipeline's `scorers:`; docs/scores.md): DSL functions `(O, C)` or
`(O, C, I)` of a program's output grid O, the expected grid C and the input grid I that return an
integer, evaluated on every (program, sample) pair whose output is a grid.

A differ's value is `int(result)` where the function returns an int (a bool counts as 0 or 1)
within int64, and NO_VALUE where the pair has no grid output or the differ raises, runs out of
its caps or returns anything else. The batched path evaluates every differ over all of a chunk's
grid outputs at once, with the rules, flags and first-failing-statement semantics of programs;
a differ that cannot be decided there sends its whole (program, sample) pair to the reference,
which evaluates the program and then the differs on its output (`reference_values`).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from typing import Any

import numpy as np

from battflow.kernels.seqs import take_value
from battflow.kernels.values import BValue, Consts, Grids, Ints, grids, pad_to, to_numpy
from battflow.program.ir import CALL, INPUT, Program
from battflow.program.parse import ProgramSet

from .reference import SampleEvaluator
from .scores import NO_VALUE

INT64 = (int(np.iinfo(np.int64).min) + 1, int(np.iinfo(np.int64).max))
"""The values a differ may return (NO_VALUE itself is the int64 minimum)."""


def reference_values(
    scorers: ProgramSet, output: Any, expected: Any, grid: Any, timeout_s: float | None = None
) -> tuple[int, ...]:
    """Every differ's value on one output grid, in Python (each under `timeout_s`).

    >>> differs = load_programs(["programs/differs"], scorer=True)
    >>> reference_values(differs, ((1,),), ((2,),), ((1,),))
    """
    # One evaluator for all differs, as for a sample's programs: calls they share run once.
    evaluator = SampleEvaluator(scorers.graph, {"O": output, "C": expected, "I": grid})
    return tuple(_integer(evaluator.value(scorer, timeout_s)) for scorer in scorers.programs)


def _integer(result: Any) -> int:
    """A differ's result as stored: an int within int64, else NO_VALUE (a Failure included)."""
    if isinstance(result, int) and INT64[0] <= result <= INT64[1]:
        return int(result)
    return NO_VALUE


def _stack(xp: Any, parts: list[Grids]) -> Grids:
    """Grids values concatenated along the batch (on the largest canvas)."""
    height = max(g.canvas[0] for g in parts)
    width = max(g.canvas[1] for g in parts)
    padded = [pad_to(xp, g, height, width) for g in parts]
    cells = xp.concatenate([g.cells[:, :height, :width] for g in padded])
    h = xp.concatenate([g.h for g in parts])
    w = xp.concatenate([g.w for g in parts])
    zeros = xp.zeros(int(h.shape[0]), dtype=bool)
    return grids(xp, cells, h, w, zeros, zeros.copy())


def run_differs(
    xp: Any,
    scorers: ProgramSet,
    programs: list[Program],
    memo: dict,
    decided: np.ndarray,
    inputs: Grids,
    expected: Grids,
) -> tuple[np.ndarray, np.ndarray]:
    """(values int64 [S, P, B], refer bool [S, P, B]) of the S differs on the grid outputs the
    batched path decided (`decided` bool [P, B]; memo holds each program's output value):
    NO_VALUE where there is none, `refer` where the reference must evaluate the pair."""
    from .batched import CPU_GROUP

    n_scorers = len(scorers.programs)
    n_programs, b = decided.shape
    values = np.full((n_scorers, n_programs, b), NO_VALUE, np.int64)
    refer = np.zeros((n_scorers, n_programs, b), bool)
    items = [(p, np.nonzero(decided[p])[0]) for p in range(n_programs) if decided[p].any()]
    if not items:
        return values, refer
    outputs = [take_value(xp, memo[programs[p].output], xp.asarray(idx)) for p, idx in items]
    program_of = np.concatenate([np.full(len(idx), p) for p, idx in items])
    sample_of = np.concatenate([idx for _, idx in items])
    at = xp.asarray(sample_of)
    named = {
        "O": _stack(xp, outputs),
        "C": take_value(xp, expected, at),
        "I": take_value(xp, inputs, at),
    }
    per_sample = _per_sample(xp, scorers, {"C": expected, "I": inputs})
    # Items of similar size together, in groups: padding to a group's largest canvas and
    # container grows faster with the group than each node's fixed cost (as for samples).
    area = to_numpy(named["O"].h).astype(np.int64) * to_numpy(named["O"].w)
    order = np.argsort(area, kind="stable")
    group = CPU_GROUP if xp is np else len(order)
    for start in range(0, len(order), group):
        part = order[start : start + group]
        at = xp.asarray(part)
        chosen = {name: take_value(xp, value, at) for name, value in named.items()}
        given = {}
        for n, value in per_sample.items():
            with contextlib.suppress(TypeError):  # no element form: computed for the items
                given[n] = take_value(xp, value, xp.asarray(sample_of[part]))
        got, fallback = _evaluate(xp, scorers, chosen, given)
        values[:, program_of[part], sample_of[part]] = got
        refer[:, program_of[part], sample_of[part]] = fallback
    return values, refer


def _per_sample(xp: Any, scorers: ProgramSet, named: dict) -> dict[int, BValue]:
    """The differs' calls that do not depend on O (what they compute of the expected grid and
    the input), once per sample: every (program, sample) item of a sample shares them."""
    from .batched import ChunkEvaluator

    graph = scorers.graph
    roots = [s for p in scorers.programs for s in p.statements]
    needed = graph.ancestors(roots + [p.output for p in scorers.programs])
    of_output: set[int] = set()
    memo: dict[int, BValue] = {}
    evaluator = ChunkEvaluator(graph, [], xp, named=named)
    for n in needed:
        node = graph.nodes[n]
        if (node.kind == INPUT and node.payload == "O") or any(a in of_output for a in node.args):
            of_output.add(n)
            continue
        memo[n] = evaluator.node_value(n, memo)
    return {n: value for n, value in memo.items() if graph.nodes[n].kind == CALL}


def _evaluate(
    xp: Any, scorers: ProgramSet, named: dict, given: dict
) -> tuple[np.ndarray, np.ndarray]:
    """(values int64 [S, M], fallback bool [S, M]) of every differ on M items, with the values
    of some nodes `given`."""
    from .batched import ChunkEvaluator, evaluate_dag, first_failures

    evaluator = ChunkEvaluator(scorers.graph, [], xp, named=named)
    memo, flags = evaluate_dag(evaluator, scorers.programs, given)
    m = evaluator.b
    values = np.full((len(scorers.programs), m), NO_VALUE, np.int64)
    refer = np.zeros((len(scorers.programs), m), bool)
    everything = np.ones(m, bool)
    for k, scorer in enumerate(scorers.programs):
        error, fallback, undecided = first_failures(
            scorers.graph, scorer, flags, everything, Counter()
        )
        out = memo[scorer.output]
        out_fb = to_numpy(out.fb)
        fallback |= undecided & out_fb
        ok = undecided & ~out_fb & ~to_numpy(out.err)  # an output that raised: no value
        if isinstance(out, Ints):
            values[k, ok] = to_numpy(out.v)[ok].astype(np.int64)
        elif isinstance(out, Consts):
            value = out.value
            if isinstance(value, int) and INT64[0] <= value <= INT64[1]:
                values[k, ok] = int(value)
        # every other representation (grids, containers, sets, pairs, functions) is never an
        # int: no value
        values[k, error] = NO_VALUE
        refer[k] = fallback
    return values, refer
