"""Write (`ingest`) and open (`open_dataset`) dataset stores.

A store is a zarr v3 group at `<root>/<name>.zarr` holding the arrays of `battflow.data.pack`
(all chunked along the sample axis by `samples_per_chunk`, other axes whole; grids fill -1) and
the attributes:

- `format_version` (int): `FORMAT_VERSION`; a store of another version is rewritten by `ingest`
  and refused by `open_dataset`;
- `hash` (str): `battflow.data.content_hash.content_hash` of the tasks;
- `source` (str), `splits` (list of str): what was asked for;
- `task_ids`, `task_splits` (lists of str, one per task, `task` array indexes them);
- `rejects` (list of {source_file, task_id, pair, message}).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import zarr
from rich.console import Console
from rich.markup import escape

from battflow.data.content_hash import content_hash
from battflow.data.dataset import Dataset
from battflow.data.model import TaskReject
from battflow.data.pack import ARRAYS, CANVAS, PAD, pack
from battflow.data.sources import dataset_name, load_tasks

FORMAT_VERSION = 1
"""Version of the store layout; bump when arrays or attributes change meaning."""

DEFAULT_ROOT = Path("storage/datasets")

_DIMS = {
    "inputs": ("sample", "row", "column"),
    "outputs": ("sample", "row", "column"),
    "input_shape": ("sample", "axis"),
    "output_shape": ("sample", "axis"),
    "task": ("sample",),
    "role": ("sample",),
    "pair": ("sample",),
}


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What `ingest` did: the store `path`, its `tasks` and `samples` counts, the `rejects`,
    the content `hash`, whether the store was (re)written, and the wall `seconds` it took."""

    path: Path
    tasks: int
    samples: int
    rejects: list[TaskReject] = field(default_factory=list)
    hash: str = ""
    rewritten: bool = False
    seconds: float = 0.0


def store_path(name: str, root: Path | str = DEFAULT_ROOT) -> Path:
    """`<root>/<name>.zarr`, after checking that `name` is a plain store name."""
    if not name or name.startswith(".") or "/" in name or "\\" in name:
        raise ValueError(f"bad dataset name {name!r}: use a plain name such as 'arc-agi-1'")
    return Path(root) / f"{name}.zarr"


def _read_attrs(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        return dict(zarr.open_group(path, mode="r").attrs)
    except Exception:  # an unreadable store is simply rewritten
        return None


def _write(path: Path, attrs: dict[str, Any], arrays: dict, samples_per_chunk: int) -> None:
    group = zarr.create_group(store=str(path), zarr_format=3, overwrite=True, attributes=attrs)
    for name, data in arrays.items():
        grid = data.ndim == 3
        array = group.create_array(
            name,
            shape=data.shape,
            dtype=data.dtype,
            chunks=(samples_per_chunk, *data.shape[1:]),
            fill_value=PAD if grid else 0,
            dimension_names=_DIMS[name],
        )
        if data.shape[0]:
            array[...] = data


def _replace(tmp: Path, path: Path) -> None:
    """Move the finished store `tmp` to `path`, replacing what is there with two renames."""
    old = None
    if path.exists():
        old = path.with_name(f".{path.name}.old-{os.getpid()}-{time.monotonic_ns()}")
        path.rename(old)
    tmp.rename(path)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def ingest(
    source: str | os.PathLike[str],
    splits: Sequence[str] | None = None,
    name: str | None = None,
    root: Path | str = DEFAULT_ROOT,
    samples_per_chunk: int = 1024,
    console: Console | None = None,
) -> IngestReport:
    """Load and validate `source` (see `load_tasks`), pack its samples and write
    `<root>/<name>.zarr` (name defaults to `dataset_name(source, splits)`).

    Idempotent: when the store already holds exactly what would be written (same content hash,
    format_version, chunking, source, splits and rejects), nothing is written and the report says
    `rewritten=False`. Otherwise the store is written into a temporary folder beside it and moved
    into place. Raises ValueError for an unknown source/split, a bad name, `samples_per_chunk < 1`,
    or when no task survives validation (the message lists the first rejects).
    `console`: when given, a summary line (and each reject) is printed to it.
    """
    started = time.perf_counter()
    if samples_per_chunk < 1:
        raise ValueError(f"samples_per_chunk must be >= 1, got {samples_per_chunk}")
    name = name or dataset_name(source, splits)
    path = store_path(name, root)
    loaded = load_tasks(source, splits)
    rejects = loaded.rejects
    if console is not None:
        for r in rejects:
            console.print(f"[yellow]rejected[/yellow] {escape(r.message)}")
    if not loaded.tasks:
        shown = "; ".join(r.message for r in rejects[:5])
        more = f" (and {len(rejects) - 5} more)" if len(rejects) > 5 else ""
        raise ValueError(
            f"source {loaded.source!r}: no valid task to ingest; "
            f"{len(rejects)} rejected: {shown}{more}"
        )
    digest = content_hash(loaded.tasks)
    n_samples = loaded.n_samples
    attrs = {
        "format_version": FORMAT_VERSION,
        "hash": digest,
        "source": loaded.source,
        "splits": list(loaded.splits),
        "task_ids": [t.task_id for t in loaded.tasks],
        "task_splits": [t.split for t in loaded.tasks],
        "rejects": [r.to_dict() for r in rejects],
        "samples": n_samples,
        "samples_per_chunk": samples_per_chunk,
        "canvas": CANVAS,
    }
    existing = _read_attrs(path)
    rewritten = existing != attrs
    if rewritten:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=path.parent))
        try:
            _write(tmp, attrs, pack(loaded.tasks).arrays(), samples_per_chunk)
            _replace(tmp, path)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    report = IngestReport(
        path=path,
        tasks=len(loaded.tasks),
        samples=n_samples,
        rejects=list(rejects),
        hash=digest,
        rewritten=rewritten,
        seconds=time.perf_counter() - started,
    )
    if console is not None:
        verb = "wrote" if rewritten else "up to date:"
        console.print(
            f"{verb} {escape(str(path))}: {report.tasks} tasks, {report.samples} samples, "
            f"{len(rejects)} rejected, hash {digest[:12]} ({report.seconds:.2f} s)"
        )
    return report


def open_dataset(path: Path | str) -> Dataset:
    """Open the store at `path` (a `<name>.zarr` folder) for reading.

    Raises FileNotFoundError when there is none, ValueError when it is not a battflow dataset or
    was written by another `format_version` (ingest again to rewrite it).
    """
    path = Path(path)
    if not path.is_dir():
        raise FileNotFoundError(f"no dataset store at {path}")
    try:
        group = zarr.open_group(path, mode="r")
    except Exception as exc:
        raise ValueError(f"{path} is not a readable zarr store: {exc}") from exc
    version = dict(group.attrs).get("format_version")
    if version is None or "hash" not in group.attrs:
        raise ValueError(f"{path} is not a battflow dataset store (no format_version/hash)")
    if version != FORMAT_VERSION:
        raise ValueError(
            f"{path} has format_version {version}; this battflow reads {FORMAT_VERSION}: "
            "run `battflow ingest` again to rewrite it"
        )
    missing = [a for a in ARRAYS if a not in group]
    if missing:
        raise ValueError(f"{path} is missing arrays: {', '.join(missing)}")
    return Dataset(path, group)
