"""The run's results store, `storage/runs/<name>/results.zarr` (zarr v3).

Arrays, shaped [P, N] (programs x samples) and chunked (programs_per_group, samples_per_chunk) so
that one block is one zarr chunk with one writer:

- `status` int8: 0 not evaluated, 1 match, 2 mismatch, 3 error, 4 not_grid, 5 timeout, 6 too_big
- `digest` uint64: `battflow.digest` of the output grid, 0 where there is none
- `path` int8: 0 none, 1 batched, 2 reference (which executor decided the pair)
- `mask` bool: the pairs the pipeline's pairing selects
- `done` bool [groups, chunks]: blocks written (a rerun with the same fingerprint skips them)
- with `keep_outputs: all`: `output` int8 [P, N, 30, 30] (-1 padded) and `output_shape` int16
  [P, N, 2] for every output grid up to 30x30 (shape (-1, -1) where none is kept)

Attributes: `programs` (names), `sources` (file:function:line), `fingerprint`, `dataset_hash`,
`engine_version`, `samples_per_chunk`, `programs_per_group`.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import zarr

from battflow.execute.outcome import PATH_REFERENCE
from battflow.execute.sandbox import BlockResult

CANVAS = 30


class ResultsStore:
    """Create or reopen a results store and write blocks into it."""

    def __init__(self, group: zarr.Group):
        self.group = group
        self.status = group["status"]
        self.digest = group["digest"]
        self.path = group["path"]
        self.mask = group["mask"]
        self.done = group["done"]
        self.keeps_outputs = "output" in group

    @property
    def attrs(self) -> dict[str, Any]:
        return dict(self.group.attrs)

    @classmethod
    def open(cls, path: Path | str, mode: str = "r") -> ResultsStore:
        return cls(zarr.open_group(str(path), mode=mode))

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
        (returns True), else created afresh (returns False)."""
        if resume and path.exists():
            try:
                store = cls.open(path, mode="r+")
                if store.attrs.get("fingerprint") == attrs["fingerprint"]:
                    return store, True
            except Exception:  # unreadable or partial: rebuild it
                pass
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
        return cls(group), False

    def write_block(
        self,
        g: int,
        k: int,
        programs: slice,
        samples: slice,
        mask: np.ndarray,
        result: BlockResult,
        path: np.ndarray | None = None,
    ) -> None:
        """Store one block's outcomes and mark it done (the mark is written last). `path`: int8
        per pair (default: the reference decided every masked pair)."""
        if path is None:
            path = np.where(mask, PATH_REFERENCE, 0).astype(np.int8)
        self.status[programs, samples] = result.status
        self.digest[programs, samples] = result.digest
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
        self.done[g, k] = True
