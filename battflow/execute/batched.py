"""The batched executor: a chunk of B samples through the merged DAG at once, with `xp` (numpy or
cupy) kernels from `battflow.kernels`.

Each node is computed once for the whole chunk, in topological order, and freed after its last
use. Every value carries `err` (the reference raises) and `fb` (not decidable here) per sample;
a program's outcome for a sample is decided by its first statement (in source order) that fails
there: `fb` sends the pair to the fallback (the reference executor), `err` decides `error`.
Otherwise the output is scored against the expected grid on the device, and its digest is computed
there too (`digest_cells`, the definition of `battflow.digest`); only status, digest and flag
arrays come back to the host.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from battflow.digest import digest_cells
from battflow.dsl.registry import PRIMITIVES
from battflow.kernels.bigcanvas import big_note, mark_big, score_big
from battflow.kernels.closures import call, noted_fallbacks, select
from battflow.kernels.nones import is_none, mark_none, none_at, not_grid_at
from battflow.kernels.rules import load_rules
from battflow.kernels.values import (
    BValue,
    Consts,
    Func,
    FuncTuple,
    Grids,
    Ints,
    Patches,
    Seq,
    Vecs,
    grids_constant,
    grids_from_reference,
    raises,
    to_numpy,
    unsupported,
)
from battflow.program.ir import CALL, CONST, GUARD, INPUT, PRIM, Graph, Program
from battflow.program.parse import ProgramSet

from .liveness import Liveness, ProgramNeeds
from .outcome import ERROR, MATCH, MISMATCH, NOT_GRID
from .scores import NO_VALUE, batched_counts, empty_counts, palette_bits


@dataclass
class ChunkResult:
    """Per (program, sample) of a chunk: `status` int8 and `digest` uint64 where decided,
    `fallback` bool where the reference executor must decide, and `causes` counting, per
    primitive, the fallbacks it caused; `seconds` the compute time (set by the caller)."""

    status: np.ndarray
    digest: np.ndarray
    fallback: np.ndarray
    causes: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    counts: np.ndarray | None = None
    """int32 [P, B, 5]: the score counts of decided grid outputs (`scores.COUNTS`; NO_GRID
    elsewhere)."""
    differs: np.ndarray | None = None
    """int64 [S, P, B]: the values of the pipeline's differs (`differs.py`) on the decided grid
    outputs (NO_VALUE elsewhere); None without differs."""

    def __post_init__(self) -> None:
        if self.counts is None:
            self.counts = empty_counts(self.status.shape)


def _catches_everything(classes: tuple[str, ...] | None) -> bool:
    return classes is None or "Exception" in classes or "BaseException" in classes


class ChunkEvaluator:
    """Evaluates nodes of `graph` for a chunk of input grids."""

    def __init__(self, graph: Graph, inputs: list, xp: Any = np, named: dict | None = None):
        """`inputs`: the chunk's input grids (reference values), bound to I; or `named`: batched
        values by input name (all of one size), for differs (O, C, I)."""
        load_rules()
        self.graph = graph
        self.xp = xp
        if named is not None:
            self.inputs = dict(named)
            self.b = next(iter(named.values())).size
        else:
            self.b = len(inputs)
            self.inputs = {"I": grids_from_reference(xp, inputs)}

    def node_value(self, n: int, memo: dict[int, BValue]) -> BValue:
        node = self.graph.nodes[n]
        xp, b = self.xp, self.b
        zeros = xp.zeros(b, dtype=bool)
        if node.kind == INPUT:
            return self.inputs.get(node.payload) or unsupported(xp, b)
        if node.kind == CONST:
            return Consts(zeros, zeros.copy(), node.payload)
        if node.kind == PRIM:
            return Func(zeros, zeros.copy(), ("prim", node.payload))
        if node.kind == CALL:
            callee, *args = (memo[a] for a in node.args)
            kwnames = node.payload
            if kwnames:
                callee_node = self.graph.nodes[node.args[0]]
                if callee_node.kind != PRIM:
                    return unsupported(xp, b)
                params = PRIMITIVES[callee_node.payload].param_names
                positional = args[: len(args) - len(kwnames)]
                by_name = dict(zip(kwnames, args[len(positional) :], strict=True))
                args = positional + [by_name[p] for p in params[len(positional) :]]
            return call(xp, callee, list(args), b)
        if node.kind == GUARD:
            value, default = memo[node.args[0]], memo[node.args[1]]
            caught = value.err & ~value.fb
            if not _catches_everything(node.payload):
                # Batched rules do not say which exception a sample raises: let the reference
                # decide whether this except clause catches it.
                return value.with_flags(value.err & ~caught, value.fb | caught)
            if not bool(caught.any()):
                return value
            if isinstance(value, Grids) and isinstance(default, Consts):
                default = grids_constant(xp, default.value, b) or default
            if bool((caught | value.fb).all()):  # caught wherever the value holds
                return default.with_flags(zeros, value.fb)
            chosen = select(xp, _mask_value(xp, caught), default, value, b)
            if chosen is None:  # the default has no common form with the value: ask the reference
                out = value.with_flags(value.err & ~caught, value.fb | caught)
                if is_none(default):  # unless it reads None where it raises (`mark_none`)
                    mark_none(out, caught & ~(default.err | default.fb))
                return out
            out = chosen.with_flags(zeros, value.fb | chosen.fb)
            note = big_note(value)
            if note is not None:  # the samples it describes were not caught: value is kept
                mark_big(out, replace(note, where=note.where & ~caught))
            return out
        raise ValueError(f"unknown node kind {node.kind!r}")


def _mask_value(xp, mask) -> Ints:
    zeros = xp.zeros(mask.shape[0], dtype=bool)
    return Ints(zeros, zeros.copy(), mask.astype(np.int64), True)


def _last_uses(graph: Graph, needed: list[int]) -> dict[int, int]:
    last: dict[int, int] = {}
    for n in needed:
        for a in graph.nodes[n].args:
            last[a] = n
    return last


def _cause(graph: Graph, n: int) -> str:
    node = graph.nodes[n]
    if node.kind == GUARD:
        return _cause(graph, node.args[0])
    if node.kind == CALL:
        callee = graph.nodes[node.args[0]]
        return callee.payload if callee.kind == PRIM else "closure call"
    return node.kind


BUCKET_SIDES = (10, 16, 23)
"""Samples are evaluated in buckets by the larger side of their input grid (<= 10, <= 16, <= 23,
the rest): canvases fit each bucket tightly, so cells are not paid for ARC's largest grids. On
cupy a bucket is as large as the chunk allows (launches, not cells, are what a GPU pays for)."""
CPU_GROUP_CELLS = 10_000
"""On numpy a bucket is cut further, into equal groups of at most this many cells (samples x the
bucket's largest input grid): each node's fixed cost (Python dispatch, dozens of array calls) is
paid once per group, while padding to a group's largest canvas and container (K) grows with it.
That makes groups of up to 100 small grids (<= 10 x 10) and about 11 of ARC's largest (30 x 30):
small grids gain most from large groups, large ones lose from them. Budgets of 7,000 to 20,000
cells took alike times on full.yaml's programs; larger ones flag more pairs (per-batch limits
bind sooner). See benchmarks/README.md."""
CPU_GROUP = 24
"""Items evaluated together by the differs (`differs.py`), in order of output area."""


def colour_edges(grid: tuple) -> int:
    """How many pairs of 4-neighbour cells of `grid` differ in colour: a cheap proxy for how many
    objects and patch members the programs will hold for this sample (0 for an empty grid)."""
    cells = np.asarray(grid)
    if cells.ndim != 2 or cells.size == 0:
        return 0
    return int((cells[:, 1:] != cells[:, :-1]).sum() + (cells[1:] != cells[:-1]).sum())


def input_shapes(inputs: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(heights, widths, bucket) int64 [B] of the input grids, bucket the index into
    BUCKET_SIDES of the larger side (len(BUCKET_SIDES) for the rest)."""
    heights = np.array([len(g) for g in inputs], dtype=np.int64)
    widths = np.array([len(g[0]) if g else 0 for g in inputs], dtype=np.int64)
    bucket = np.searchsorted(np.array(BUCKET_SIDES), np.maximum(heights, widths), side="left")
    return heights, widths, bucket


def sample_groups(inputs: list, group: int = 0, cells: int = 0) -> list[np.ndarray]:
    """The index arrays of the samples evaluated together: the buckets of BUCKET_SIDES, each in
    order of `colour_edges` (then larger side, smaller side) and cut into equal groups of at most
    `group` samples and at most `cells` cells (the group's size times the bucket's largest input
    area); 0 sets no limit. Samples with alike edge counts hold alike numbers of objects, so a
    group's containers are padded less than in shape order."""
    heights, widths, bucket = input_shapes(inputs)
    large, small = np.maximum(heights, widths), np.minimum(heights, widths)
    edges = np.zeros(len(inputs), dtype=np.int64)
    if group > 0 or cells > 0:  # whole buckets: the order within one does not matter
        edges = np.array([colour_edges(g) for g in inputs], dtype=np.int64)
    order = np.lexsort((small, large, edges, bucket))
    groups = []
    for k in np.unique(bucket):
        members = order[bucket[order] == k]
        most = len(members)
        if group > 0:
            most = min(most, group)
        if cells > 0:
            area = int((heights[members] * widths[members]).max())
            most = min(most, max(1, cells // max(1, area)))
        groups += np.array_split(members, -(-len(members) // most))
    return groups


def run_batched(
    graph: Graph,
    programs: list[Program],
    inputs: list,
    expected: list,
    mask: np.ndarray,
    xp: Any = np,
    group: int | None = None,
    scorers: ProgramSet | None = None,
) -> ChunkResult:
    """Decide every masked (program, sample) pair the batched path can; flag the rest.

    inputs/expected: the chunk's reference grids (B each); mask: bool [P, B]. `group`: the most
    samples evaluated together (None: groups of CPU_GROUP_CELLS cells on numpy, a whole bucket on
    other backends; 0: a whole bucket). Outcomes never depend on it; which pairs fall back can
    (some limits are per batch).
    """
    b = len(inputs)
    cells = 0
    if group is None:
        group, cells = 0, CPU_GROUP_CELLS if xp is np else 0
    groups = sample_groups(inputs, group, cells)
    needs = ProgramNeeds.of(graph, programs)
    if len(groups) <= 1:
        return _run_chunk(graph, programs, inputs, expected, mask, xp, scorers, needs)
    n_programs = len(programs)
    result = ChunkResult(
        np.zeros((n_programs, b), np.int8),
        np.zeros((n_programs, b), np.uint64),
        np.zeros((n_programs, b), bool),
    )
    for idx in groups:
        part = _run_chunk(
            graph,
            programs,
            [inputs[i] for i in idx],
            [expected[i] for i in idx],
            mask[:, idx],
            xp,
            scorers,
            needs,
        )
        if part.differs is not None:
            if result.differs is None:
                result.differs = np.full((len(scorers.programs), n_programs, b), NO_VALUE)
            result.differs[:, :, idx] = part.differs
        result.status[:, idx] = part.status
        result.digest[:, idx] = part.digest
        result.fallback[:, idx] = part.fallback
        result.counts[:, idx] = part.counts
        result.causes.update(part.causes)
    return result


def _run_chunk(
    graph: Graph,
    programs: list[Program],
    inputs: list,
    expected: list,
    mask: np.ndarray,
    xp: Any,
    scorers: ProgramSet | None,
    needs: ProgramNeeds,
) -> ChunkResult:
    """run_batched on one group of samples (`needs`: ProgramNeeds.of(graph, programs))."""
    b = len(inputs)
    n_programs = len(programs)
    status = np.zeros((n_programs, b), np.int8)
    digests = np.zeros((n_programs, b), np.uint64)
    fallback = np.zeros((n_programs, b), bool)
    counts = empty_counts((n_programs, b))
    causes: Counter = Counter()
    if b == 0 or n_programs == 0:
        return ChunkResult(status, digests, fallback, causes, counts=counts)

    evaluator = ChunkEvaluator(graph, inputs, xp)
    expected_grids = grids_from_reference(xp, expected)
    expected_palette = palette_bits(xp, expected_grids.cells, expected_grids.h, expected_grids.w)
    memo, flags = evaluate_dag(evaluator, programs, live=Liveness(needs, programs, mask))
    grids = GridScores(xp, expected_grids, expected_palette, status, digests, fallback, counts)
    for p, program in enumerate(programs):
        error, to_fallback, undecided = first_failures(graph, program, flags, mask[p], causes)
        status[p][error] = ERROR
        fallback[p] |= to_fallback
        if not undecided.any():
            continue
        out = ScoreArrays(status[p], digests[p], fallback[p], counts[p])
        big_ok = scorers is None or not scorers.programs
        _score(
            xp,
            memo[program.output],
            expected_grids,
            expected_palette,
            undecided,
            out,
            grids.add(p),
            big_ok,
        )
        causes["output"] += int((fallback[p] & undecided).sum())
    causes["output"] += grids.finish()
    differs = None
    if scorers is not None and scorers.programs:
        from .differs import run_differs

        decided = counts[:, :, 0] >= 0  # a grid output the batched path scored
        differs, refer = run_differs(
            xp, scorers, programs, memo, decided, evaluator.inputs["I"], expected_grids
        )
        for s_index, scorer in enumerate(scorers.programs):
            causes[f"differ {scorer.name}"] += int((refer[s_index] & ~fallback).sum())
        fallback |= refer.any(axis=0)
    return ChunkResult(status, digests, fallback, causes, counts=counts, differs=differs)


def evaluate_dag(
    evaluator: ChunkEvaluator,
    programs: list[Program],
    given: dict[int, BValue] | None = None,
    live: Liveness | None = None,
) -> tuple[dict[int, BValue], dict[int, tuple[np.ndarray, np.ndarray]]]:
    """Every node the programs need, once, in topological order (each freed after its last
    use, outputs kept): (memo of the outputs, host (err, fb) of every statement). A known `()`
    or `{()}` in a statement is not flagged, nor is a union whose only fallback is a clash
    (`kernels.clashes`): later statements decide whether it matters.
    `given`: values of some nodes, computed elsewhere, used as they are. `live`: the programs
    still undecided somewhere; a node none of them needs is not evaluated (it reads as raising
    everywhere, and no outcome reads it)."""
    given = given or {}
    graph = evaluator.graph
    b = evaluator.b
    skipped = raises(evaluator.xp, b)
    skipped_flags = (np.ones(b, dtype=bool), np.zeros(b, dtype=bool))
    roots = [s for p in programs for s in p.statements] + [p.output for p in programs]
    needed = graph.ancestors(roots)
    keep = {p.output for p in programs}
    statements = {s for p in programs for s in p.statements}
    last = _last_uses(graph, needed)
    memo: dict[int, BValue] = {}
    flags: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for n in needed:
        wanted = n in given or live is None or live.wanted(n)
        if n in given:
            value = given[n]
        elif wanted:
            value = evaluator.node_value(n, memo)
        else:
            value = skipped
        memo[n] = value
        if n in statements:
            if wanted:
                fb = value.fb
                for noted in noted_fallbacks(value):  # later statements decide whether it matters
                    fb = fb & ~noted
                flags[n] = (to_numpy(value.err), to_numpy(fb))
            else:
                flags[n] = skipped_flags
            if live is not None:
                live.settled(n, flags)
        for a in graph.nodes[n].args:
            if last.get(a) == n and a not in keep:
                memo.pop(a, None)
    return memo, flags


def first_failures(
    graph: Graph, program: Program, flags: dict, todo: np.ndarray, causes: Counter
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(error, fallback, undecided), host bool [B] each, of one program over the samples in
    `todo`: decided by its first statement (in source order) that fails there, `err` an error,
    `fb` the fallback (counted in `causes` by primitive); undecided: no statement failed."""
    undecided = todo.copy()
    error = np.zeros_like(todo)
    fallback = np.zeros_like(todo)
    for s in program.statements:
        err, fb = flags[s]
        hit = undecided & (err | fb)
        if hit.any():
            to_fallback = hit & fb
            fallback |= to_fallback
            error |= hit & ~fb
            if to_fallback.any():
                causes[_cause(graph, s)] += int(to_fallback.sum())
            undecided &= ~hit
    return error, fallback, undecided


@dataclass
class ScoreArrays:
    """One program's rows of a chunk's results (host arrays over B samples), written by _score."""

    status: np.ndarray
    digest: np.ndarray
    fallback: np.ndarray
    counts: np.ndarray


class GridScores:
    """The grid outputs of a chunk's programs, scored together: `add(p)` is the callback through
    which `_score` hands over program p's grid cells, and `finish` scores them all in a few
    calls, on canvases padded to a common size (per program, the calls cost more in dispatch
    than in cells). Writes status, digest, counts and fallback ([P, B] host arrays) as `_score`
    does."""

    CELLS = 1 << 22
    """Most padded cells scored in one call."""

    def __init__(self, xp, expected: Grids, palette, status, digests, fallback, counts) -> None:
        self.xp, self.expected, self.palette = xp, expected, palette
        self.status, self.digests, self.fallback, self.counts = status, digests, fallback, counts
        self.parts: list[tuple] = []

    def add(self, p: int):
        def take(idx: np.ndarray, cells, h, w) -> None:
            self.parts.append((p, idx, cells, h, w))

        return take

    def finish(self) -> int:
        """Score every part handed over; the number of pairs sent to the reference."""
        sent, batch = 0, []
        rows = cells = top_h = top_w = 0
        for part in sorted(self.parts, key=lambda part: part[2].shape[1:]):
            n, H, W = part[2].shape
            padded = (rows + n) * max(top_h, H) * max(top_w, W)
            if batch and (padded > self.CELLS or padded > 2 * (cells + n * H * W)):
                sent += self._score_batch(batch)
                batch, rows, cells, top_h, top_w = [], 0, 0, 0, 0
            batch.append(part)
            rows, cells = rows + n, cells + n * H * W
            top_h, top_w = max(top_h, H), max(top_w, W)
        if batch:
            sent += self._score_batch(batch)
        self.parts = []
        return sent

    def _score_batch(self, batch: list[tuple]) -> int:
        xp = self.xp
        H = max(part[2].shape[1] for part in batch)
        W = max(part[2].shape[2] for part in batch)
        if len(batch) == 1:
            cells = batch[0][2]
        else:
            dtype = np.result_type(*(part[2].dtype for part in batch))
            cells = xp.zeros((sum(len(part[1]) for part in batch), H, W), dtype=dtype)
            row = 0
            for _, idx, part_cells, _, _ in batch:
                _, h, w = part_cells.shape
                cells[row : row + len(idx), :h, :w] = part_cells
                row += len(idx)
        h = xp.concatenate([part[3] for part in batch])
        w = xp.concatenate([part[4] for part in batch])
        ps = np.concatenate([np.full(len(part[1]), part[0]) for part in batch])
        idx = np.concatenate([part[1] for part in batch])
        at = xp.asarray(idx)
        expected, palette = self.expected, self.palette
        counts, odd = batched_counts(
            xp,
            cells,
            h,
            w,
            expected.cells[at],
            expected.h[at],
            expected.w[at],
            (palette[0][at], palette[1][at]),
        )
        odd = to_numpy(odd)
        self.fallback[ps[odd], idx[odd]] = True  # an expected colour outside 0..9: the reference
        keep = ~odd
        ps, idx = ps[keep], idx[keep]
        counts = to_numpy(counts)[keep]
        match = (counts[:, 0] == 1) & (counts[:, 1] == counts[:, 2])
        self.status[ps, idx] = np.where(match, MATCH, MISMATCH)
        self.counts[ps, idx] = counts
        if len(idx):
            k = xp.asarray(np.nonzero(keep)[0])
            self.digests[ps, idx] = to_numpy(digest_cells(xp, h[k], w[k], cells[k]))
        return int(odd.sum())


def _score(
    xp,
    out: BValue,
    expected: Grids,
    palette,
    todo,
    into: ScoreArrays,
    grids: Any,
    big_ok: bool = True,
) -> None:
    """Status, digest and score counts of the output for the samples in `todo` (host bool
    [B]); `palette`: `palette_bits` of the expected grids. A grid output's cells go to
    `grids` (`GridScores.add`), to be scored with other programs'. `big_ok`: grids past the
    canvas (`kernels.bigcanvas`) may be scored from their note (not where differs read the
    output's cells)."""
    status, fallback = into.status, into.fallback
    for not_grid in (not_grid_at(out), none_at(out)):
        if not_grid is not None:  # rows of None cells, or None: never a grid
            decided = to_numpy(not_grid) & todo
            status[decided] = NOT_GRID
            todo = todo & ~decided
    note = big_note(out) if big_ok else None
    if note is not None:  # grids past the canvas, as a background and painted cells
        e_present, e_odd = to_numpy(palette[0]), to_numpy(palette[1])
        decided, digest, counts = score_big(note, todo, expected, e_present, e_odd)
        status[decided] = MISMATCH
        into.digest[decided] = digest[decided]
        into.counts[decided] = counts[decided]
        todo = todo & ~decided
    # An output that failed although no statement did, or an expected grid the batched form
    # could not hold: the reference decides.
    undecidable = to_numpy(out.fb) | to_numpy(out.err) | to_numpy(expected.fb)
    fallback |= todo & undecidable
    todo = todo & ~undecidable
    if isinstance(out, Grids) and out.ragged is not None:
        ragged = to_numpy(out.ragged) & todo
        status[ragged] = NOT_GRID  # unequal rows: never a grid
        todo = todo & ~ragged
    if isinstance(out, Grids):
        idx = np.nonzero(todo)[0]
        if not len(idx):
            return
        at = xp.asarray(idx)
        grids(idx, out.cells[at], out.h[at], out.w[at])
        return
    if isinstance(out, Ints | Vecs | Func | FuncTuple | Patches) or (
        isinstance(out, Consts) and not isinstance(out.value, tuple)
    ):
        status[todo] = NOT_GRID  # ints, pairs, functions, sets, None: never a grid
        return
    if isinstance(out, Seq) and (out.frozen or isinstance(out.items, Ints)):
        # A frozenset is never a grid; a tuple of ints is one only when empty (`()`, which the
        # reference scores).
        decided = todo if out.frozen else todo & (to_numpy(out.n) > 0)
        status[decided] = NOT_GRID
        fallback |= todo & ~decided
        return
    fallback |= todo  # a constant tuple, or no batched form: the reference scores it
