"""The GPU columns of `battflow bench`: battflow with the batched pass on k GPUs (cupy, one
process per GPU, each on every k-th sample) and the pairs it flags on a process pool of the
reference over the host's cores, timed end to end; the same pairs as the CPU columns.

Each GPU process first runs its whole share once untimed: cupy compiles a kernel on its first
use (NVRTC, then `~/.cupy/kernel_cache`), which a long-running worker pays once. Nothing here
imports cupy or touches CUDA in the calling process: the GPU processes are spawned, and each
picks its device through CUDA_VISIBLE_DEVICES before it imports cupy.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from queue import Empty
from typing import Any

import numpy as np

from battflow.execute.batched import run_batched
from battflow.program.ir import Graph, Program

from .bench import flagged_samples, reference_pairs
from .cluster import visible_gpus


def device_ids() -> list[str]:
    """The ids of the GPUs this process may use: CUDA_VISIBLE_DEVICES's entries, else 0..n-1
    for the n GPUs the driver shows."""
    n = visible_gpus()
    listed = os.environ.get("CUDA_VISIBLE_DEVICES")
    if listed is None:
        return [str(i) for i in range(n)]
    return [e.strip() for e in listed.split(",") if e.strip() and e.strip() != "-1"][:n]


def gpu_counts(spec: str) -> list[int]:
    """The GPU counts `--gpus` asks for ("" none, "1,2,4", "all": 1 and every visible GPU),
    checked against the GPUs visible here; ValueError naming what is missing."""
    spec = spec.strip()
    if not spec:
        return []
    import importlib.util

    if importlib.util.find_spec("cupy") is None:
        raise ValueError("GPU columns need cupy, which does not import here")
    visible = len(device_ids())
    if visible == 0:
        raise ValueError("no GPU is visible here (driver, CUDA_VISIBLE_DEVICES)")
    if spec == "all":
        return sorted({1, visible})
    try:
        counts = [int(part) for part in spec.split(",") if part.strip()]
    except ValueError:
        raise ValueError(f"{spec!r} is not a list of GPU counts such as 1,2,4") from None
    wrong = [k for k in counts if not 1 <= k <= visible]
    if wrong:
        raise ValueError(f"asked for {wrong[0]} GPUs; {visible} visible here")
    return counts


def _backend(name: str) -> tuple[Any, Any, str]:
    """(xp, synchronise, card name) of a backend: cupy on this process's GPU, or numpy (which
    tests use to run the GPU column's machinery without a GPU)."""
    if name == "numpy":
        return np, lambda: None, "numpy"
    import cupy  # in the spawned GPU process only (see the module docstring)

    card = cupy.cuda.runtime.getDeviceProperties(0)["name"]
    return cupy, cupy.cuda.Device().synchronize, card.decode() if isinstance(card, bytes) else card


def _gpu_worker(device: str, share: tuple, backend: str, ready: Any, go: Any, results: Any) -> None:
    """One GPU's process: its share through the batched pass untimed (compiling what it
    meets), then, once every GPU is ready, timed; the outcome goes to `results`."""
    os.environ["CUDA_VISIBLE_DEVICES"] = device  # before cupy is imported
    graph, programs, inputs, expected = share
    mask = np.ones((len(programs), len(inputs)), bool)
    try:
        xp, synchronise, card = _backend(backend)
        run_batched(graph, programs, inputs, expected, mask, xp)
        synchronise()
        ready.put(card)
        go.wait()
        result = run_batched(graph, programs, inputs, expected, mask, xp)
        synchronise()
        results.put((device, result.status, result.digest, result.fallback, None))
    except Exception as exc:  # the parent reports it
        ready.put(f"error: {exc!r}")
        results.put((device, None, None, None, repr(exc)))


def _next(queue: Any, workers: list) -> Any:
    """The next item of `queue`; RuntimeError once a worker has died without one."""
    while True:
        try:
            return queue.get(timeout=5)
        except Empty:
            dead = [w for w in workers if not w.is_alive() and w.exitcode not in (0, None)]
            if dead:
                raise RuntimeError(f"a GPU process died (exit code {dead[0].exitcode})") from None


def gpu_pass(
    graph: Graph,
    programs: list[Program],
    inputs: list,
    expected: list,
    gpus: int,
    cpu_pool: ProcessPoolExecutor,
    cpu_workers: int,
    timeout_s: float,
    devices: list[str] | None = None,
    backend: str = "cupy",
) -> dict[str, Any]:
    """battflow on `gpus` GPUs plus `cpu_pool` for the flagged pairs: status and digest [P, S],
    the fallback mask, the card's name and the seconds of each phase (the batched pass on every
    GPU at once, then the reference on what it flagged). `devices`: the GPU ids to use
    (default: `device_ids()`); `backend`: "numpy" runs the same processes without a GPU."""
    ids = (devices or device_ids())[:gpus]
    n = len(inputs)
    picks = [np.arange(j, n, gpus) for j in range(gpus)]
    shares = [
        (graph, programs, [inputs[i] for i in pick], [expected[i] for i in pick]) for pick in picks
    ]
    context = get_context("spawn")
    ready, go, results = context.Queue(), context.Event(), context.Queue()
    workers = [
        context.Process(target=_gpu_worker, args=(device, share, backend, ready, go, results))
        for device, share in zip(ids, shares, strict=True)
    ]
    for worker in workers:
        worker.start()
    try:
        cards = [_next(ready, workers) for _ in workers]
        failed = [card for card in cards if card.startswith("error: ")]
        if failed:
            raise RuntimeError(f"a GPU process failed before the timed pass: {failed[0][7:]}")
        t0 = time.perf_counter()
        go.set()
        by_device = {}
        for _ in workers:
            device, *part, error = _next(results, workers)
            if error is not None:
                raise RuntimeError(f"the GPU process on device {device} failed: {error}")
            by_device[device] = part
        batched_seconds = time.perf_counter() - t0
    finally:
        for worker in workers:
            worker.join(timeout=60)
            if worker.is_alive():
                worker.kill()
    parts = [by_device[device] for device in ids]

    status = np.zeros((len(programs), n), np.int8)
    digest = np.zeros((len(programs), n), np.uint64)
    fallback = np.zeros((len(programs), n), bool)
    for pick, (part_status, part_digest, part_fallback) in zip(picks, parts, strict=True):
        status[:, pick], digest[:, pick], fallback[:, pick] = (
            part_status,
            part_digest,
            part_fallback,
        )

    t0 = time.perf_counter()
    flagged = flagged_samples(inputs, expected, fallback)
    n_jobs = max(1, min(len(flagged), 4 * cpu_workers))
    jobs = [(graph, programs, flagged[j::n_jobs], timeout_s) for j in range(n_jobs)]
    for pairs in cpu_pool.map(reference_pairs, jobs):
        for p, c, s, d in pairs:
            status[p, c], digest[p, c] = s, d
    fallback_seconds = time.perf_counter() - t0
    return {
        "status": status,
        "digest": digest,
        "fallback": fallback,
        "card": cards[0] if cards else "",
        "batched_seconds": batched_seconds,
        "fallback_seconds": fallback_seconds,
    }
