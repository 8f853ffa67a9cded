"""The work of Dask tasks: a (program group x sample chunk) block on the batched executor
(`run_batched_block`) or on the reference executor in the worker's capped sandbox
(`run_reference_block`, for the pairs the batched pass flags, or for every pair).

Runs on a worker and reads its samples from the dataset store. Knows nothing about Dask.
"""

from __future__ import annotations

import atexit
import threading
import time
from functools import lru_cache
from typing import Any

import numpy as np

from battflow.data import Dataset, open_dataset
from battflow.execute.batched import ChunkResult, run_batched
from battflow.execute.reference import sample_inputs
from battflow.execute.sandbox import Block, BlockResult, Sandbox
from battflow.program.ir import Graph, Program
from battflow.program.parse import ProgramSet

from .faults import inject

_local = threading.local()
_sandboxes: list[Sandbox] = []


def _sandbox(timeout_s: float, memory_mb: int) -> Sandbox:
    """This thread's sandbox (one child process per worker thread, reused across tasks)."""
    box = getattr(_local, "sandbox", None)
    if box is None or (box.timeout_s, box.memory_mb) != (timeout_s, memory_mb):
        if box is not None:
            box.close()
            _sandboxes.remove(box)
        box = _local.sandbox = Sandbox(timeout_s, memory_mb)
        _sandboxes.append(box)
    return box


@atexit.register
def _close_sandboxes() -> None:
    for box in _sandboxes:
        box.close()


@lru_cache(maxsize=4)
def _dataset(path: str, content_hash: str) -> Dataset:
    dataset = open_dataset(path)
    if dataset.hash != content_hash:
        raise RuntimeError(f"dataset {path} changed during the run (hash {dataset.hash})")
    return dataset


@lru_cache(maxsize=4096)
def _task_context(path: str, content_hash: str, task: int) -> tuple[tuple, tuple]:
    """(demo pairs, test inputs) of one task: the S and C of `(S, I, C)` programs."""
    dataset = _dataset(path, content_hash)
    demos, tests = dataset.task_pairs(dataset.task_ids[task])
    return tuple(demos), tuple(grid for grid, _ in tests)


ProgramGroup = tuple[Graph, list[Program]]
"""A program group's merged graph and its programs: held once per group on the cluster (`hold`)
and passed to every block task of the group by reference, so task messages stay small."""


def hold(value: Any) -> Any:
    """The value itself: a task whose result the scheduler can compute again from its spec."""
    return value


def run_reference_block(
    group: ProgramGroup,
    dataset_path: str,
    dataset_hash: str,
    start: int,
    stop: int,
    mask: np.ndarray,
    timeout_s: float,
    memory_mb: int,
    keep_outputs: bool,
    scorers: ProgramSet | None = None,
) -> BlockResult:
    """Outcomes of the masked pairs of the group's programs x samples[start:stop] (mask: bool
    [P, C])."""
    inject("fallback", start)
    graph, programs = group
    dataset = _dataset(dataset_path, dataset_hash)
    inputs, outputs = dataset.grids(start, stop)
    needs_context = any(len(p.params) > 1 for p in programs)
    samples: list[tuple[dict[str, Any], Any]] = []
    for c, (grid, expected) in enumerate(zip(inputs, outputs, strict=True)):
        demos: tuple = ()
        tests: tuple = ()
        if needs_context:
            demos, tests = _task_context(dataset_path, dataset_hash, int(dataset.task[start + c]))
        samples.append((sample_inputs(grid, demos, tests), expected))
    block = Block(graph, programs, samples, mask, keep_outputs, scorers)
    return _sandbox(timeout_s, memory_mb).evaluate(block)


def array_module(backend: str) -> Any:
    """numpy, or cupy for `cupy` (imported here, on the worker that owns the GPU)."""
    if backend == "cupy":
        import cupy

        return cupy
    if backend != "numpy":
        raise ValueError(f"unknown array backend {backend!r} (numpy or cupy)")
    return np


def run_batched_block(
    group: ProgramGroup,
    dataset_path: str,
    dataset_hash: str,
    start: int,
    stop: int,
    mask: np.ndarray,
    backend: str = "numpy",
    scorers: ProgramSet | None = None,
) -> ChunkResult:
    """The batched pass over the group's programs x samples[start:stop] with `backend` (numpy,
    or cupy on this worker's GPU): decided pairs, and the pairs (`fallback`) the reference
    executor must decide. Only the host arrays of the ChunkResult leave the worker."""
    inject("batched", start)
    graph, programs = group
    started = time.perf_counter()
    dataset = _dataset(dataset_path, dataset_hash)
    inputs, outputs = dataset.grids(start, stop)
    result = _batched(graph, programs, inputs, outputs, mask, array_module(backend), scorers)
    result.seconds = time.perf_counter() - started
    return result


def _batched(
    graph: Graph,
    programs: list[Program],
    inputs: list,
    outputs: list,
    mask: np.ndarray,
    xp: Any = np,
    scorers: ProgramSet | None = None,
) -> ChunkResult:
    """run_batched, except that `(S, I, C)` programs fall back as a whole (S and C have no
    batched form yet)."""
    plain = np.array([len(p.params) == 1 for p in programs])[:, None]
    if plain.all():
        return run_batched(graph, programs, inputs, outputs, mask, xp, scorers=scorers)
    result = run_batched(graph, programs, inputs, outputs, mask & plain, xp, scorers=scorers)
    result.fallback |= mask & ~plain
    result.causes["(S, I, C) inputs"] += int((mask & ~plain).sum())
    return result
