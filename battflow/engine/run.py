"""`battflow run`: a pipeline end to end on Dask.

1. plan: ingest the dataset (idempotent), parse and merge the programs, size the blocks;
2. open the cluster and print the dashboard link;
3. per (program group x sample chunk) block, a `battflow-batched` task (numpy kernels, or cupy
   on a GPU worker of a cuda cluster) decides what it can exactly; the pairs it flags, plus
   those drawn for `verify`, go to `battflow-fallback` tasks (the reference executor under the
   caps, on CPU workers), cut by samples so that each holds at most a few thousand pairs and
   the CPU workers share a large block. With `engine: reference` every pair goes to fallback
   tasks. Blocks an identical earlier run stored are skipped;
4. the client writes each finished block into results.zarr (one writer per zarr chunk), with a
   progress bar;
5. summary.json, and report.html (pictures of what was solved); Dask's performance report goes
   beside them.

Ctrl-C stops the run; what was stored stays, and a rerun completes it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from distributed import Client, as_completed, performance_report
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from battflow import __version__
from battflow.execute.outcome import PATH_BATCHED, PATH_REFERENCE, STATUS_NAMES, TIMEOUT, TOO_BIG
from battflow.execute.sandbox import BlockResult
from battflow.execute.scores import NO_VALUE, empty_counts

from .blocks import hold, run_batched_block, run_reference_block
from .cluster import CPU_RESOURCE, GPU_RESOURCE, open_cluster, use_client
from .config import Pipeline
from .plan import Plan, make_plan
from .report import try_write_report
from .results import ResultsStore
from .summary import build_summary, write_summary

MAX_LISTED_MISMATCHES = 50
FALLBACK_PAIRS = (256, 4096)
"""A block's fallback tasks hold between these many pairs each (fewer only where the block has
fewer): enough tasks for every CPU worker, few enough that scheduling costs nothing."""


def fallback_pieces(needed: np.ndarray, workers: int) -> list[slice]:
    """Consecutive column (sample) ranges of `needed` (bool [P, C]) that cover all its pairs,
    each with at most max(FALLBACK_PAIRS[0], min(FALLBACK_PAIRS[1], pairs / workers)) pairs
    unless one column alone has more; ranges without pairs are left out."""
    per_column = needed.sum(axis=0)
    total = int(per_column.sum())
    low, high = FALLBACK_PAIRS
    most = max(low, min(high, -(-total // max(1, workers))))
    pieces: list[slice] = []
    start, held = None, 0
    for c, count in enumerate(per_column.tolist()):
        if count == 0:
            continue
        if start is not None and held + count > most:
            pieces.append(slice(start, c))
            start, held = None, 0
        if start is None:
            start = c
        held += count
    if start is not None:
        pieces.append(slice(start, len(per_column)))
    return pieces


@contextmanager
def _performance_report(client: Client, path: Path) -> Iterator[None]:
    """Dask's performance report of the body, written to `path` on exit. When the body raised,
    the report is written only if the client still has its scheduler, and a failure to fetch it
    is dropped: the body's error is the one reported."""
    report = performance_report(filename=str(path))
    report.__enter__()
    try:
        yield
    except BaseException as exc:
        if client.status == "running":
            with suppress(Exception):
                report.__exit__(type(exc), exc, exc.__traceback__)
        raise
    report.__exit__(None, None, None)


class RunInterrupted(RuntimeError):
    """The run cannot go on (its cluster is gone); what it stored is kept for a rerun."""


@dataclass
class _Block:
    g: int
    k: int
    programs: slice
    samples: slice
    mask: np.ndarray
    batched: Any = None  # ChunkResult of the batched pass
    parts: dict = field(default_factory=dict)  # fallback results by sample range
    waiting: int = 0  # fallback tasks not yet finished
    rescued: str | None = None  # why the batched pass failed, when the reference took over


def _joined(block: _Block) -> BlockResult:
    """The block's fallback results (by sample range) as one BlockResult over the block."""
    shape = block.mask.shape
    status = np.zeros(shape, np.int8)
    digest = np.zeros(shape, np.uint64)
    counts = empty_counts(shape)
    differs = None
    outputs: dict = {}
    crashes, seconds = 0, 0.0
    for (start, stop), part in block.parts.items():
        status[:, start:stop] = part.status
        digest[:, start:stop] = part.digest
        counts[:, start:stop] = part.counts
        if part.differs is not None:
            if differs is None:
                differs = np.full((part.differs.shape[0], *shape), NO_VALUE, np.int64)
            differs[:, :, start:stop] = part.differs
        outputs.update({(p, start + c): grid for (p, c), grid in part.outputs.items()})
        crashes += part.crashes
        seconds += part.seconds
    return BlockResult(status, digest, outputs, crashes, seconds, counts, differs)


@dataclass
class _Tally:
    failed: list = field(default_factory=list)
    write_seconds: float = 0.0
    worker_seconds: Counter = field(default_factory=Counter)


def _store_attrs(plan: Plan) -> dict[str, Any]:
    return {
        "programs": [p.name for p in plan.programs],
        "sources": [str(p.source) for p in plan.programs],
        "fingerprint": plan.fingerprint(),
        "fingerprint_parts": plan.fingerprint_parts(),
        "dataset_hash": plan.dataset.hash,
        "dataset_store": str(plan.dataset.path),
        "engine_version": __version__,
        "samples_per_chunk": plan.samples_per_chunk,
        "programs_per_group": plan.programs_per_group,
        "pairing": plan.pipeline.pairing,
        "semantics": plan.pipeline.semantics,
        "engine": plan.pipeline.engine,
        "scorers": [scorer.name for scorer in plan.scorers.programs],
    }


def _verify_mask(pipeline: Pipeline, block: _Block, decided: np.ndarray) -> np.ndarray:
    if pipeline.verify == "none":
        return np.zeros_like(decided)
    if pipeline.verify == "all":
        return decided.copy()
    rng = np.random.default_rng([pipeline.verify_seed, block.g, block.k])
    return decided & (rng.random(decided.shape) < float(pipeline.verify))


def _merge(
    plan: Plan, block: _Block, reference: BlockResult | None
) -> tuple[BlockResult, np.ndarray, dict[str, Any]]:
    """One block's final outcomes and paths: batched where decided, the reference's where
    flagged; verify pairs compared (resource limits on the reference side are not judged).
    The stats: the block's fallback causes, verified pairs, mismatches and the first examples."""
    stats: dict[str, Any] = {"causes": {}, "checked": 0, "mismatches": 0, "examples": []}
    if block.rescued:
        stats["causes"] = {f"batched pass failed ({block.rescued})": int(block.mask.sum())}
    if block.batched is None:  # engine: reference, or a batched pass that failed
        return reference, np.where(block.mask, PATH_REFERENCE, 0).astype(np.int8), stats
    batched = block.batched
    status = np.where(block.mask, batched.status, 0).astype(np.int8)
    digest = np.where(block.mask, batched.digest, 0).astype(np.uint64)
    counts = np.where(block.mask[..., None], batched.counts, empty_counts(status.shape))
    differs = batched.differs
    if differs is not None:
        differs = np.where(block.mask[None], differs, NO_VALUE)
    path = np.where(block.mask, PATH_BATCHED, 0).astype(np.int8)
    fallback = batched.fallback & block.mask
    stats["causes"] = {str(k): int(v) for k, v in batched.causes.items()}
    if reference is not None:
        status[fallback] = reference.status[fallback]
        digest[fallback] = reference.digest[fallback]
        counts[fallback] = reference.counts[fallback]
        if differs is not None and reference.differs is not None:
            differs[:, fallback] = reference.differs[:, fallback]
        path[fallback] = PATH_REFERENCE
        verified = block.mask & ~fallback & (reference.status > 0)
        judged = verified & (reference.status != TIMEOUT) & (reference.status != TOO_BIG)
        differ = judged & (
            (reference.status != status)
            | (reference.digest != digest)
            | (reference.counts != counts).any(axis=-1)
        )
        if differs is not None and reference.differs is not None:
            differ |= judged & (reference.differs != differs).any(axis=0)
        stats["checked"] = int(judged.sum())
        stats["mismatches"] = int(differ.sum())
        for p, c in list(zip(*np.nonzero(differ), strict=True))[:MAX_LISTED_MISMATCHES]:
            sample = block.samples.start + int(c)
            task = plan.dataset.task_ids[int(plan.dataset.task[sample])]
            stats["examples"].append(
                {
                    "program": plan.programs[block.programs.start + int(p)].name,
                    "task": task,
                    "sample": sample,
                    "batched": STATUS_NAMES[status[p, c]],
                    "reference": STATUS_NAMES[reference.status[p, c]],
                    "digests_equal": bool(digest[p, c] == reference.digest[p, c]),
                    "score_counts_equal": bool((counts[p, c] == reference.counts[p, c]).all()),
                }
            )
    outputs = reference.outputs if reference else {}
    return BlockResult(status, digest, outputs, counts=counts, differs=differs), path, stats


def stored_tally(store: ResultsStore) -> tuple[Counter, int, int, list[dict[str, Any]]]:
    """(fallback causes, pairs verified, mismatches, first examples) over every block the store
    holds, in block order: the same for a run done at once and one resumed after a kill."""
    causes: Counter = Counter()
    checked = mismatches = 0
    examples: list[dict[str, Any]] = []
    for stats in store.block_stats():
        causes.update(stats.get("causes", {}))
        checked += int(stats.get("checked", 0))
        mismatches += int(stats.get("mismatches", 0))
        examples.extend(stats.get("examples", [])[: MAX_LISTED_MISMATCHES - len(examples)])
    return causes, checked, mismatches, examples


def execute_plan(plan: Plan, console: Console, client: Client | None = None) -> dict[str, Any]:
    """Run a plan on its cluster, or on `client`'s (left open), and return the summary (also
    written to the run folder, beside report.html)."""
    pipeline: Pipeline = plan.pipeline
    run_dir = pipeline.run_dir
    run_dir.mkdir(parents=True, exist_ok=True)
    seconds = dict(plan.seconds)
    started = time.perf_counter()
    keep = pipeline.output.keep_outputs == "all"
    store, resumed = ResultsStore.open_or_create(
        run_dir / "results.zarr",
        (plan.n_programs, plan.n_samples),
        (plan.programs_per_group, plan.samples_per_chunk),
        _store_attrs(plan),
        keep_outputs=keep,
        resume=pipeline.resume,
    )
    done = store.done[:] if resumed else None
    all_blocks = plan.blocks()
    todo = [b for b in all_blocks if done is None or not done[b[0], b[1]]]
    if resumed:
        console.print(f"resuming: {len(all_blocks) - len(todo)} blocks already stored")
    elif store.stale_reason:
        console.print(
            f"[yellow]not reusing the stored results ({run_dir / 'results.zarr'}):[/] "
            f"{store.stale_reason}; computing every block afresh"
        )
    tally = _Tally()
    batched_engine = pipeline.engine == "batched"

    cluster = (
        use_client(client)
        if client is not None
        else open_cluster(plan.cluster, pipeline.workers, pipeline.gpu, pipeline.retries)
    )
    with cluster as (client, info):
        if info.note:
            console.print(info.note)
        console.print(f"dashboard: [link={info.dashboard}]{info.dashboard}[/link]")
        gpus = f" ({info.gpus} GPU, {info.workers - info.gpus} CPU)" if info.gpus else ""
        console.print(f"cluster: {info.kind}, {info.workers} workers{gpus}, {info.backend}")
        with _performance_report(client, run_dir / "performance_report.html"):
            groups = {}
            for g, ps in enumerate(plan.groups()):
                # A task, not scattered data: if every worker holding it dies, the scheduler
                # computes it again (scattered data would be lost for good).
                groups[g] = client.submit(
                    hold,
                    plan.program_set.graph.subgraph(plan.programs[ps]),
                    key=("battflow-graph", g),
                    pure=False,
                )

            scorers_task = None
            if plan.scorers.programs:
                scorers_task = client.submit(hold, plan.scorers, key="battflow-scorers", pure=False)
            gpu_tasks = {"resources": GPU_RESOURCE} if info.kind == "cuda" else {}
            cpu_tasks = {"resources": CPU_RESOURCE} if info.kind == "cuda" else {}
            cpu_workers = max(1, info.workers - info.gpus)

            def submit_reference(block: _Block, needed: np.ndarray) -> list:
                """Fallback tasks for the pairs `needed` (bool [P, C]) of the block."""
                futures = []
                for piece in fallback_pieces(needed, cpu_workers):
                    futures.append(
                        client.submit(
                            run_reference_block,
                            groups[block.g],
                            str(plan.dataset.path),
                            plan.dataset.hash,
                            block.samples.start + piece.start,
                            block.samples.start + piece.stop,
                            needed[:, piece],
                            pipeline.fallback.timeout_s,
                            pipeline.fallback.memory_mb,
                            keep,
                            scorers_task,
                            key=("battflow-fallback", block.g, block.k, piece.start),
                            pure=False,
                            retries=pipeline.retries,
                            # ahead of the batched tasks still queued: blocks finish (and are
                            # stored) as the run goes, not all at its end
                            priority=1,
                            **cpu_tasks,
                        )
                    )
                    pending[futures[-1]] = ("fallback", block, (piece.start, piece.stop))
                block.waiting = len(futures)
                return futures

            pending: dict[Any, tuple[str, _Block, Any]] = {}
            blocks = [_Block(g, k, ps, ss, plan.mask(ps, ss)) for g, k, ps, ss in todo]
            if batched_engine:
                # One message to the scheduler for all of them: thousands of single submits
                # kept a 64-worker scheduler from reading its client's stream for longer than
                # the TCP timeout, which closed the connection.
                n = len(blocks)
                futures = client.map(
                    run_batched_block,
                    [groups[b.g] for b in blocks],
                    [str(plan.dataset.path)] * n,
                    [plan.dataset.hash] * n,
                    [b.samples.start for b in blocks],
                    [b.samples.stop for b in blocks],
                    [b.mask for b in blocks],
                    [info.backend] * n,
                    [scorers_task] * n,
                    key=[("battflow-batched", b.g, b.k) for b in blocks],
                    pure=False,
                    retries=pipeline.retries,
                    **gpu_tasks,
                )
                for future, block in zip(futures, blocks, strict=True):
                    pending[future] = ("batched", block, None)
                # `pending` alone holds them: a result the client has taken is released, not
                # recomputed when its worker dies.
                del futures
            else:
                for block in blocks:
                    submit_reference(block, block.mask)

            t_pass = time.perf_counter()
            columns = (
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("blocks · {task.fields[pairs]:,} pairs"),
                TimeElapsedColumn(),
            )
            with Progress(*columns, console=console, transient=False) as progress:
                bar = progress.add_task(pipeline.engine, total=len(todo), pairs=0)
                pairs = 0
                finished = as_completed(list(pending), with_results=True, raise_errors=False)
                failed_blocks: set[tuple[int, int]] = set()
                try:
                    for future, result in finished:
                        stage, block, piece = pending.pop(future)
                        status = future.status
                        # Released at once: a result still referenced here stays on its
                        # worker, and is computed again if that worker dies.
                        del future
                        if (block.g, block.k) in failed_blocks:
                            continue
                        if status == "cancelled":
                            # Nothing in battflow cancels a task while the run goes on: the
                            # client lost its scheduler, and every other task is gone too.
                            raise RunInterrupted(
                                f"lost the connection to the scheduler ({info.dashboard}): "
                                f"{int(np.asarray(store.done[:]).sum())} of "
                                f"{len(all_blocks)} blocks are stored in {run_dir}; "
                                "run the same command again to compute the rest"
                            )
                        if status == "error" and stage == "batched":
                            # The batched pass of this block failed (an exception, or workers
                            # it killed): the reference evaluates the whole block instead.
                            exc = result[1] if isinstance(result, tuple) else result
                            console.print(
                                f"[yellow]block {block.g}/{block.k}: batched pass failed "
                                f"({exc!r}); the reference evaluates the block[/]"
                            )
                            block.rescued = type(exc).__name__
                            for follow in submit_reference(block, block.mask):
                                finished.add(follow)
                            continue
                        if status == "error":
                            failed_blocks.add((block.g, block.k))
                            tally.failed.append(f"block {block.g}/{block.k} ({stage}): {result!r}")
                            console.print(f"[red]block {block.g}/{block.k} failed:[/] {result!r}")
                            progress.update(bar, advance=1)
                            continue
                        reference = None
                        tally.worker_seconds[stage] += result.seconds
                        if stage == "batched":
                            block.batched = result
                            decided = block.mask & ~result.fallback
                            needed = (result.fallback & block.mask) | _verify_mask(
                                pipeline, block, decided
                            )
                            if needed.any():
                                for follow in submit_reference(block, needed):
                                    finished.add(follow)
                                continue
                        else:
                            block.parts[piece] = result
                            block.waiting -= 1
                            if block.waiting:
                                continue
                            reference = _joined(block)
                        merged, path, stats = _merge(plan, block, reference)
                        t0 = time.perf_counter()
                        store.write_block(
                            block.g,
                            block.k,
                            block.programs,
                            block.samples,
                            block.mask,
                            merged,
                            path,
                            stats,
                        )
                        tally.write_seconds += time.perf_counter() - t0
                        pairs += int(block.mask.sum())
                        progress.update(bar, advance=1, pairs=pairs)
                except KeyboardInterrupt:
                    client.cancel(list(pending))
                    console.print("[yellow]interrupted: stored blocks are kept; rerun to finish[/]")
                    raise
            pass_seconds = time.perf_counter() - t_pass - tally.write_seconds
            # Release the graphs before the workers go (no "lost data" on shutdown).
            client.cancel(list(groups.values()))
            if scorers_task is not None:
                client.cancel([scorers_task])
        cluster_info = info.as_dict()

    # batched / fallback: seconds the workers spent in each pass (they overlap in time);
    # passes: wall time from the first submit to the last block written.
    seconds["batched"] = tally.worker_seconds["batched"]
    seconds["fallback"] = tally.worker_seconds["fallback"]
    seconds["passes"] = pass_seconds
    seconds["write"] = tally.write_seconds
    seconds["total"] = sum(plan.seconds.values()) + (time.perf_counter() - started)
    summary = build_summary(
        store,
        plan.dataset,
        name=pipeline.name,
        programs={
            "count": plan.n_programs,
            "rejected": len(plan.program_set.rejects),
            "rejects": [str(r) for r in plan.program_set.rejects],
            "nodes_after_merge": len(plan.program_set.graph),
        },
        cluster=cluster_info,
        seconds=seconds,
        engine_version=__version__,
        generated=plan.generated,
        rejected_tasks=[str(r) for r in plan.ingest_report.rejects],
    )
    summary["engine"] = pipeline.engine
    summary["backend"] = cluster_info["backend"] if batched_engine else "python"
    causes, checked, mismatches, examples = stored_tally(store)
    summary["fallback_causes"] = dict(sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])))
    if pipeline.verify != "none":
        summary["parity"] = {"checked": checked, "mismatches": mismatches, "examples": examples}
    summary["failed_blocks"] = tally.failed
    write_summary(summary, run_dir)
    try_write_report(run_dir, console)
    return summary


def run_pipeline(pipeline: Pipeline, console: Console | None = None) -> dict[str, Any]:
    """Plan and execute a pipeline; returns the summary."""
    console = console or Console()
    plan = make_plan(pipeline, console=console)
    return execute_plan(plan, console)
