"""`battflow run`: a pipeline end to end on Dask.

1. plan: ingest the dataset (idempotent), parse and merge the programs, size the blocks;
2. open the cluster and print the dashboard link;
3. submit one task per (program group x sample chunk) block (`battflow-fallback`: the reference
   executor under the caps), skipping blocks an identical earlier run already stored;
4. write each block into results.zarr as it completes (the client is the single writer), with a
   progress bar;
5. write summary.json; Dask's performance report goes beside it.

Ctrl-C stops the run; what was stored stays, and a rerun completes it.
"""

from __future__ import annotations

import time
from typing import Any

from distributed import as_completed, performance_report
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from battflow import __version__

from .blocks import run_reference_block
from .cluster import open_cluster
from .config import Pipeline
from .plan import Plan, make_plan
from .results import ResultsStore
from .summary import build_summary, write_summary


def _store_attrs(plan: Plan) -> dict[str, Any]:
    return {
        "programs": [p.name for p in plan.programs],
        "sources": [str(p.source) for p in plan.programs],
        "fingerprint": plan.fingerprint(),
        "dataset_hash": plan.dataset.hash,
        "dataset_store": str(plan.dataset.path),
        "engine_version": __version__,
        "samples_per_chunk": plan.samples_per_chunk,
        "programs_per_group": plan.programs_per_group,
        "pairing": plan.pipeline.pairing,
        "semantics": plan.pipeline.semantics,
    }


def execute_plan(plan: Plan, console: Console) -> dict[str, Any]:
    """Run a plan on its cluster and return the summary (also written to the run folder)."""
    pipeline: Pipeline = plan.pipeline
    run_dir = pipeline.run_dir
    run_dir.mkdir(parents=True, exist_ok=True)
    seconds = dict(plan.seconds)
    started = time.perf_counter()
    store, resumed = ResultsStore.open_or_create(
        run_dir / "results.zarr",
        (plan.n_programs, plan.n_samples),
        (plan.programs_per_group, plan.samples_per_chunk),
        _store_attrs(plan),
        keep_outputs=pipeline.output.keep_outputs == "all",
        resume=pipeline.resume,
    )
    done = store.done[:] if resumed else None
    blocks = [b for b in plan.blocks() if done is None or not done[b[0], b[1]]]
    if resumed:
        console.print(f"resuming: {len(plan.blocks()) - len(blocks)} blocks already stored")

    write_seconds = 0.0
    failed: list[str] = []
    with open_cluster(pipeline.cluster, pipeline.workers) as (client, info):
        console.print(f"dashboard: [link={info.dashboard}]{info.dashboard}[/link]")
        console.print(f"cluster: {info.kind}, {info.workers} workers")
        with performance_report(filename=str(run_dir / "performance_report.html")):
            graphs = {}
            for g, ps in enumerate(plan.groups()):
                sub, progs = plan.program_set.graph.subgraph(plan.programs[ps])
                graphs[g] = (client.scatter(sub, broadcast=True), progs)
            futures = {}
            for g, k, ps, ss in blocks:
                mask = plan.mask(ps, ss)
                graph_future, progs = graphs[g]
                future = client.submit(
                    run_reference_block,
                    graph_future,
                    progs,
                    str(plan.dataset.path),
                    plan.dataset.hash,
                    ss.start,
                    ss.stop,
                    mask,
                    pipeline.fallback.timeout_s,
                    pipeline.fallback.memory_mb,
                    pipeline.output.keep_outputs == "all",
                    key=("battflow-fallback", g, k),
                    pure=False,
                    retries=2,
                )
                futures[future] = (g, k, ps, ss, mask)
            t_pass = time.perf_counter()
            columns = (
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("blocks · {task.fields[pairs]:,} pairs"),
                TimeElapsedColumn(),
            )
            with Progress(*columns, console=console, transient=False) as progress:
                bar = progress.add_task("reference", total=len(futures), pairs=0)
                pairs = 0
                try:
                    finished = as_completed(futures, with_results=True, raise_errors=False)
                    for future, result in finished:
                        g, k, ps, ss, mask = futures.pop(future)
                        if future.status == "error":
                            failed.append(f"block {g}/{k}: {type(result).__name__}: {result}")
                            console.print(f"[red]block {g}/{k} failed:[/] {result!r}")
                            progress.update(bar, advance=1)
                            continue
                        t0 = time.perf_counter()
                        store.write_block(g, k, ps, ss, mask, result)
                        write_seconds += time.perf_counter() - t0
                        pairs += int(mask.sum())
                        progress.update(bar, advance=1, pairs=pairs)
                except KeyboardInterrupt:
                    client.cancel(list(futures))
                    console.print("[yellow]interrupted: stored blocks are kept; rerun to finish[/]")
                    raise
            seconds["fallback"] = time.perf_counter() - t_pass - write_seconds
        cluster_info = info.as_dict()

    seconds["batched"] = 0.0
    seconds["write"] = write_seconds
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
        rejected_tasks=[str(r) for r in plan.ingest_report.rejects],
    )
    summary["failed_blocks"] = failed
    write_summary(summary, run_dir)
    return summary


def run_pipeline(pipeline: Pipeline, console: Console | None = None) -> dict[str, Any]:
    """Plan and execute a pipeline; returns the summary."""
    console = console or Console()
    plan = make_plan(pipeline, console=console)
    return execute_plan(plan, console)
