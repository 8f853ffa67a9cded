"""The run's results store, `storage/runs/<name>/results.zarr` (zarr v3).

Arrays, shaped [P, N] (programs x samples) and chunked (programs_per_group, samples_per_chunk) so
that one block is one zarr chunk with one writer:

- `status` int8: 0 not evaluated, 1 match, 2 mismatch, 3 error, 4 not_grid, 5 timeout, 6 too_big
- `digest` uint64: `battflow.digest` of the output grid, 0 where there is none
- `path` int8: 0 none, 1 batched, 2 reference (which executor decided the pair)
- `mask` bool: the pairs the pipeline's pairing selects
- `score` int16 (0..1000), `shape_agreement` int8, `cell_accuracy` and `palette_agreement`
  float32: the built-in scores (`battflow.execute.scores`, docs/scores.md)
- `differ_<name>` int64 per differ of the pipeline's `scorers:` (NO_VALUE, the int64 minimum,
  where it has no value)
- `done` bool [groups, chunks]: blocks written (a rerun with the same fingerprint skips them)
- with `keep_outputs: all`: `output` int8 [P, N, 30, 30] (-1 padded) and `output_shape` int16
  [P, N, 2] for every output grid up to 30x30 (shape (-1, -1) where none is kept)

Attributes: `programs` (names), `sources` (file:function:line), `fingerprint`, `dataset_hash`,
`engine_version`, `samples_per_chunk`, `programs_per_group`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import zarr

from battflow.execute.outcome import PATH_REFERENCE
from battflow.execute.sandbox import BlockResult
from battflow.execute.scores import NO_VALUE, SCORE_ARRAYS, scores_from_counts

CANVAS = 30
DIFFER_PREFIX = "differ_"
"""results.zarr holds the values of the differ named `x` as `differ_x`."""
STATS_FOLDER = "battflow-blocks"
"""Inside the store's folder: one JSON file of counts per stored block (zarr ignores it)."""


class ResultsStore:
    """Create or reopen a results store and write blocks into it."""

    def __init__(self, group: zarr.Group, path: Path | str | None = None):
        self.group = group
        self.location = Path(path) if path is not None else None
        """The store's folder (None for a store not opened from a path)."""
        self.status = group["status"]
        self.digest = group["digest"]
        self.path = group["path"]
        self.mask = group["mask"]
        self.done = group["done"]
        self.keeps_outputs = "output" in group
        self.keeps_scores = all(name in group for name in SCORE_ARRAYS)
        """Stores made before scores existed have none."""
        self.scorers: list[str] = list(group.attrs.get("scorers", []))
        """The differs whose values the store holds (`differ_<name>`)."""
        self.stale_reason: str | None = None
        """Set by `open_or_create` when it replaced a store it could not reuse: why."""
        self._arrays: dict[str, zarr.Array] = {}

    def _array(self, name: str) -> zarr.Array:
        """The store's array `name`, opened once (each `group[name]` reads its metadata)."""
        if name not in self._arrays:
            self._arrays[name] = self.group[name]
        return self._arrays[name]

    @property
    def attrs(self) -> dict[str, Any]:
        return dict(self.group.attrs)

    @classmethod
    def open(cls, path: Path | str, mode: str = "r") -> ResultsStore:
        return cls(zarr.open_group(str(path), mode=mode), path)

    @classmethod
    def _reusable(cls, path: Path, attrs: dict[str, Any]) -> tuple[ResultsStore | None, str]:
        """(the store at `path` if its fingerprint matches attrs, else None; why not)."""
        try:
            store = cls.open(path, mode="r+")
            stored = store.attrs
        except Exception as exc:  # unreadable or partial: rebuilt
            return None, f"it cannot be read ({exc.__class__.__name__}: {exc})"
        if stored.get("fingerprint") == attrs["fingerprint"]:
            return store, ""
        old, new = stored.get("fingerprint_parts") or {}, attrs.get("fingerprint_parts") or {}
        changed = [k for k in new if old.get(k) != new[k]] or ["its settings"]
        blocks = int(np.asarray(store.done[:]).sum()) if "done" in store.group else 0
        return None, f"{', '.join(changed)} changed since its {blocks} stored blocks were made"

    @classmethod
    def open_or_create(
        cls,
        path: Path,
        shape: tuple[int, int],
        block: tuple[int, int],
        attrs: dict[str, Any],
        keep_outputs: bool,
        resume: bool,
    ) -> tuple[ResultsStore, bool]:
        """The store at `path`, reused when `resume` and its fingerprint matches `attrs`
        (returns True), else created afresh (returns False; the new store's `stale_reason` says
        why a store found there was not reused)."""
        store, reason = None, None
        if path.exists():
            store, reason = cls._reusable(path, attrs) if resume else (None, "resume=false")
        if store is not None:
            return store, True
        if path.exists():
            shutil.rmtree(path)
        n_groups = -(-shape[0] // block[0]) if shape[0] else 0
        n_chunks = -(-shape[1] // block[1]) if shape[1] else 0
        group = zarr.open_group(str(path), mode="w")
        group.attrs.update(attrs)

        def make(name: str, dtype: str, fill: Any, extra: tuple[int, ...] = ()) -> None:
            group.create_array(
                name, shape=shape + extra, chunks=block + extra, dtype=dtype, fill_value=fill
            )

        make("status", "int8", 0)
        make("digest", "uint64", 0)
        for name, (dtype, fill) in SCORE_ARRAYS.items():
            make(name, dtype, fill)
        for name in attrs.get("scorers", []):
            make(f"{DIFFER_PREFIX}{name}", "int64", NO_VALUE)
        make("path", "int8", 0)
        make("mask", "bool", False)
        group.create_array(
            "done",
            shape=(n_groups, n_chunks),
            chunks=(max(n_groups, 1), max(n_chunks, 1)),
            dtype="bool",
            fill_value=False,
        )
        if keep_outputs:
            make("output", "int8", -1, (CANVAS, CANVAS))
            make("output_shape", "int16", -1, (2,))
        store = cls(group, path)
        store.stale_reason = reason
        return store, False

    def write_block(
        self,
        g: int,
        k: int,
        programs: slice,
        samples: slice,
        mask: np.ndarray,
        result: BlockResult,
        path: np.ndarray | None = None,
        stats: dict[str, Any] | None = None,
    ) -> None:
        """Store one block's outcomes and mark it done (the mark is written last). `path`: int8
        per pair (default: the reference decided every masked pair). `stats`: what the run
        counted for the block (fallback causes, parity), kept beside it as JSON so that a
        resumed run's summary counts blocks an earlier run stored (`block_stats`)."""
        if path is None:
            path = np.where(mask, PATH_REFERENCE, 0).astype(np.int8)
        self.status[programs, samples] = result.status
        self.digest[programs, samples] = result.digest
        if self.keeps_scores:
            for name, values in scores_from_counts(result.counts).items():
                self._array(name)[programs, samples] = values
        for d, name in enumerate(self.scorers):
            values = result.differs[d] if result.differs is not None else NO_VALUE
            self._array(f"{DIFFER_PREFIX}{name}")[programs, samples] = values
        self.path[programs, samples] = path
        self.mask[programs, samples] = mask
        if self.keeps_outputs and result.outputs:
            shape = mask.shape
            cells = np.full((*shape, CANVAS, CANVAS), -1, np.int8)
            shapes = np.full((*shape, 2), -1, np.int16)
            for (p, c), grid in result.outputs.items():
                h = len(grid)
                w = len(grid[0]) if h else 0
                if h <= CANVAS and w <= CANVAS and all(0 <= v <= 9 for row in grid for v in row):
                    shapes[p, c] = (h, w)
                    if h and w:
                        cells[p, c, :h, :w] = np.asarray(grid, np.int8)
            self.group["output"][programs, samples] = cells
            self.group["output_shape"][programs, samples] = shapes
        if stats is not None and self.location is not None:
            folder = self.location / STATS_FOLDER
            folder.mkdir(exist_ok=True)
            tmp = folder / f"{g}-{k}.json.tmp"
            tmp.write_text(json.dumps(stats))
            tmp.replace(folder / f"{g}-{k}.json")
        self.done[g, k] = True

    def block_stats(self) -> list[dict[str, Any]]:
        """The `stats` of every block marked done, in (group, chunk) order ({} where a block
        was stored without them)."""
        done = np.asarray(self.done[:])
        folder = None if self.location is None else self.location / STATS_FOLDER
        out = []
        for g, k in zip(*np.nonzero(done), strict=True):
            try:
                out.append(json.loads((folder / f"{g}-{k}.json").read_text()) if folder else {})
            except (OSError, ValueError):
                out.append({})
        return out
