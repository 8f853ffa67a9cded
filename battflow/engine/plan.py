"""From a validated pipeline to a plan: the dataset, the merged programs, the pairing and the
blocks (program group x sample chunk) that become Dask tasks."""

from __future__ import annotations

import hashlib
import math
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from battflow import __version__
from battflow.data import Dataset, IngestReport, dataset_name, ingest, open_dataset
from battflow.program import ProgramSet, load_programs
from battflow.program.generate import GenerateConfig, GenerateError, generate, render
from battflow.program.ir import Graph, Program

from .cluster import ClusterChoice, resolve_cluster
from .config import Pipeline


def program_task(name: str) -> str | None:
    """The task id a program is for under `pairing: by-name` (`solve_<task>`, also when
    qualified as `<file>.solve_<task>`), else None."""
    function = name.rsplit(".", 1)[-1]
    if function.startswith("solve_") and len(function) > len("solve_"):
        return function[len("solve_") :]
    return None


def _canonical(value: Any) -> str:
    """A stable text form of a node payload (functions by qualified name, sets sorted)."""
    if callable(value):
        return f"<fn {getattr(value, '__module__', '?')}.{getattr(value, '__qualname__', '?')}>"
    if isinstance(value, tuple):
        return "(" + ",".join(_canonical(v) for v in value) + ")"
    if isinstance(value, frozenset):
        return "fs{" + ",".join(sorted(_canonical(v) for v in value)) + "}"
    return f"{type(value).__name__}:{value!r}"


def program_set_hash(graph: Graph, programs: list[Program]) -> str:
    """A hash of the programs' structure (names, statements, nodes), stable across processes."""
    h = hashlib.sha256()
    for node in graph.nodes:
        h.update(f"{node.kind}|{_canonical(node.payload)}|{node.args}\n".encode())
    for p in programs:
        h.update(f"{p.name}|{p.params}|{p.statements}|{p.output}\n".encode())
    return h.hexdigest()


@dataclass
class Plan:
    """Everything a run needs before it starts Dask."""

    pipeline: Pipeline
    dataset: Dataset
    ingest_report: IngestReport
    program_set: ProgramSet
    samples_per_chunk: int
    programs_per_group: int
    workers: int
    program_tasks: list[int | None] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    cluster: ClusterChoice = field(default_factory=lambda: ClusterChoice("cpu"))
    generated: list[str] = field(default_factory=list)
    """Names of the programs that came from `generate:` entries."""
    scorers: ProgramSet = field(default_factory=ProgramSet)
    """The pipeline's differs (`scorers:`), parsed with the (O, C[, I]) signatures."""

    @property
    def programs(self) -> list[Program]:
        return self.program_set.programs

    @property
    def n_programs(self) -> int:
        return len(self.programs)

    @property
    def n_samples(self) -> int:
        return self.dataset.n

    def groups(self) -> list[slice]:
        step = self.programs_per_group
        return [slice(a, min(a + step, self.n_programs)) for a in range(0, self.n_programs, step)]

    def chunks(self) -> list[slice]:
        step = self.samples_per_chunk
        return [slice(a, min(a + step, self.n_samples)) for a in range(0, self.n_samples, step)]

    def mask(self, programs: slice, samples: slice) -> np.ndarray:
        """bool [len(programs), len(samples)]: the pairs the pairing selects in this block."""
        n_p = len(range(*programs.indices(self.n_programs)))
        n_s = len(range(*samples.indices(self.n_samples)))
        if self.pipeline.pairing == "all":
            return np.ones((n_p, n_s), bool)
        tasks = self.dataset.task[samples]
        wanted = np.array(
            [-2 if t is None else t for t in self.program_tasks[programs]], dtype=np.int64
        )
        return wanted[:, None] == tasks[None, :]

    def blocks(self) -> list[tuple[int, int, slice, slice]]:
        """(group index, chunk index, program slice, sample slice) of every block with work."""
        out = []
        for g, ps in enumerate(self.groups()):
            for k, ss in enumerate(self.chunks()):
                if self.pipeline.pairing == "all" or self.mask(ps, ss).any():
                    out.append((g, k, ps, ss))
        return out

    def evaluations(self) -> int:
        """Pairs the pairing selects."""
        if self.pipeline.pairing == "all":
            return self.n_programs * self.n_samples
        counts = np.bincount(self.dataset.task, minlength=len(self.dataset.task_ids))
        return int(sum(counts[t] for t in self.program_tasks if t is not None))

    def fingerprint_parts(self) -> dict[str, str]:
        """What identifies the results of this plan, by name (stored with the results, so a
        run that cannot reuse them can say what changed)."""
        p = self.pipeline
        return {
            "engine version": __version__,
            "dataset": self.dataset.hash,
            "programs": program_set_hash(self.program_set.graph, self.programs),
            "scorers": program_set_hash(self.scorers.graph, self.scorers.programs),
            "pairing": p.pairing,
            "semantics": p.semantics,
            "fallback.timeout_s": repr(p.fallback.timeout_s),
            "fallback.memory_mb": repr(p.fallback.memory_mb),
            "output.keep_outputs": p.output.keep_outputs,
            "engine": p.engine,
            "verify": repr(p.verify),
            "verify_seed": str(p.verify_seed),
            "batch.samples_per_chunk": str(self.samples_per_chunk),
            "batch.programs_per_group": str(self.programs_per_group),
        }

    def fingerprint(self) -> str:
        """Identifies the results of this plan: a rerun with the same fingerprint may reuse
        stored blocks."""
        return hashlib.sha256("\n".join(self.fingerprint_parts().values()).encode()).hexdigest()

    def describe(self) -> dict[str, Any]:
        """The plan as data (printed by `--dry-run`)."""
        return {
            "dataset": {
                "store": str(self.dataset.path),
                "source": self.dataset.source,
                "splits": self.dataset.splits,
                "tasks": len(self.dataset.task_ids),
                "samples": self.n_samples,
                "rejected_tasks": len(self.ingest_report.rejects),
            },
            "programs": {
                "count": self.n_programs,
                "generated": len(self.generated),
                "rejected": len(self.program_set.rejects),
                "nodes_after_merge": len(self.program_set.graph),
            },
            "pairing": self.pipeline.pairing,
            "evaluations": self.evaluations(),
            "samples_per_chunk": self.samples_per_chunk,
            "programs_per_group": self.programs_per_group,
            "chunks": len(self.chunks()),
            "groups": len(self.groups()),
            "tasks": len(self.blocks()),
            "workers": self.workers,
            "cluster": self.cluster.kind,
            "gpus": self.cluster.gpus,
            "backend": self.cluster.backend,
            "run_dir": str(self.pipeline.run_dir),
        }


PAIRS_PER_BLOCK = 2**19
"""Auto sizing on CPU workers aims at blocks of about this many pairs (and at least 4 blocks per
worker): a block's batched pass pays each node's fixed cost once per group of samples, and its
groups can be no larger than its chunk, so the fewer the blocks, the less it pays. With
full.yaml's 2,135 programs in one group, chunks of 16 samples (the 4,096 pairs this was until
battflow 0.5) took twice the batched time of chunks of 61 (2**17 pairs, until 0.5.8); chunks of
245 let the small grids fill their groups (`batched.CPU_GROUP_CELLS`) and took 6% to 11% less
batched worker time than 61 in `make run` (2-core VM, two runs). The flagged pairs go to the
reference in pieces of their own (`run.fallback_pieces`), so a large block costs the fallback
pass no balance."""

CPU_PROGRAMS_PER_GROUP = 4096
"""Auto sizing on CPU workers puts up to this many programs in one group: every node the
programs share (CSE: a mutant shares its parent's prefix, many programs call `objects(I, ...)`)
is computed once per group. Memory stays bounded by the executor's sample groups (CPU_GROUP_CELLS):
a group of samples holds every program's output at once."""

GPU_PROGRAMS_PER_GROUP = 256
"""Auto sizing on a cuda cluster: programs per group (a GPU bucket holds every program's output
for up to GPU_SAMPLES_PER_CHUNK samples at once)."""


GPU_SAMPLES_PER_CHUNK = 2048
"""Auto sizing on a cuda cluster: each GPU takes its share of the samples in chunks of at most
this many (a GPU pays per kernel launch, not per cell, so the larger the better, up to memory:
20 object programs x 2,048 grids peaked well below an H100's memory)."""


def _auto_sizes(
    pipeline: Pipeline, n_programs: int, n_samples: int, workers: int, gpus: int = 0
) -> tuple[int, int]:
    group = pipeline.batch.programs_per_group
    if group == "auto":
        group = max(1, min(n_programs, GPU_PROGRAMS_PER_GROUP if gpus else CPU_PROGRAMS_PER_GROUP))
    chunk = pipeline.batch.samples_per_chunk
    if chunk == "auto" and gpus:
        chunk = max(16, min(GPU_SAMPLES_PER_CHUNK, math.ceil(n_samples / gpus)))
    if chunk == "auto":
        by_size = PAIRS_PER_BLOCK // group
        groups = max(1, math.ceil(n_programs / group))
        by_workers = math.ceil(n_samples / max(1, math.ceil(4 * workers / groups)))
        chunk = min(1024, max(16, min(by_size, by_workers)))
    return int(chunk), int(group)


def write_generated(cfg: GenerateConfig, folder: Path, index: int, console: Any = None) -> Path:
    """The candidates of a `generate:` entry (the `index`-th of `programs:`), written to
    `folder/generate_<index>.py` (rewritten only when its text changes); the file's path.
    GenerateError names the entry."""
    try:
        candidates = generate(cfg)
    except (GenerateError, FileNotFoundError) as exc:
        raise GenerateError(f"programs[{index}].generate: {exc}") from None
    text = render(candidates, cfg.form)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"generate_{index}.py"
    if not path.exists() or path.read_text() != text:
        path.write_text(text)
    if console is not None:
        console.print(
            f"generated {len(candidates)} candidates ({cfg.mode}, seed {cfg.seed}) -> {path}"
        )
    return path


def make_plan(pipeline: Pipeline, workers: int | None = None, console: Any = None) -> Plan:
    """Ingest the dataset (idempotent), compile the programs and size the blocks."""
    seconds: dict[str, float] = {}
    cluster = resolve_cluster(pipeline.cluster, pipeline.gpu)  # a cuda error before any work
    t0 = time.perf_counter()
    ds_cfg = pipeline.dataset
    name = ds_cfg.name or dataset_name(ds_cfg.source, ds_cfg.splits)
    report = ingest(ds_cfg.source, ds_cfg.splits, name, root=Path(ds_cfg.root), console=console)
    dataset = open_dataset(report.path)
    seconds["ingest"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    paths, generated_files = [], set()
    for k, entry in enumerate(pipeline.programs):
        if entry.generate is None:
            paths.append(entry.path)
            continue
        path = write_generated(entry.generate, pipeline.run_dir / "generated", k, console)
        paths.append(str(path))
        generated_files.add(str(path))
    seconds["generate"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    program_set = load_programs(paths, pipeline.semantics)
    scorers = load_programs(pipeline.scorers, "solver", scorer=True)
    seconds["compile"] = time.perf_counter() - t0
    generated = [p.name for p in program_set.programs if p.source.file in generated_files]

    workers = workers or pipeline.workers or os.cpu_count() or 1
    chunk, group = _auto_sizes(
        pipeline, len(program_set.programs), dataset.n, workers, cluster.gpus
    )
    task_index = {t: k for k, t in enumerate(dataset.task_ids)}
    program_tasks = [task_index.get(program_task(p.name) or "") for p in program_set.programs]
    return Plan(
        pipeline,
        dataset,
        report,
        program_set,
        chunk,
        group,
        workers,
        program_tasks,
        seconds,
        cluster,
        generated,
        scorers,
    )
