"""Read side of a dataset store (`<name>.zarr`, layout in `battflow.data.pack` / `store`)."""

from __future__ import annotations

import operator
from pathlib import Path
from typing import Any

import numpy as np
import zarr

from battflow.data.model import Grid, TaskReject
from battflow.data.pack import ROLE_DEMO, unpad, unpad_many


class Dataset:
    """An opened dataset store. Use `battflow.data.open_dataset(path)` to make one.

    Loaded eagerly (small): `task` int32 [N], `role` int8 [N], `pair` int16 [N] as numpy arrays,
    and the attributes (`task_ids`, `task_splits`, `source`, `splits`, `hash`, `format_version`,
    `rejects`). Left in the store for chunked reads: the zarr arrays `inputs` / `outputs`
    (int8 [N, 30, 30], -1 padded) and `input_shape` / `output_shape` (int16 [N, 2]).

    Samples of one task are contiguous: demo pairs in order, then test pairs in order.
    `path` is absolute. Pickles as its path (it reopens the store on unpickling), so it can
    travel to Dask workers.
    """

    def __init__(self, path: Path, group: zarr.Group) -> None:
        attrs = dict(group.attrs)
        self.path = Path(path).resolve()
        self.format_version: int = int(attrs["format_version"])
        self.hash: str = str(attrs["hash"])
        self.source: str = str(attrs["source"])
        self.splits: list[str] = list(attrs["splits"])
        self.task_ids: list[str] = list(attrs["task_ids"])
        self.task_splits: list[str] = list(attrs["task_splits"])
        self.rejects: list[TaskReject] = [TaskReject.from_dict(d) for d in attrs["rejects"]]
        self.inputs: zarr.Array = group["inputs"]
        self.outputs: zarr.Array = group["outputs"]
        self.input_shape: zarr.Array = group["input_shape"]
        self.output_shape: zarr.Array = group["output_shape"]
        self.task: np.ndarray = np.asarray(group["task"][:])
        self.role: np.ndarray = np.asarray(group["role"][:])
        self.pair: np.ndarray = np.asarray(group["pair"][:])
        self._shapes = {
            "inputs": np.asarray(self.input_shape[:]),
            "outputs": np.asarray(self.output_shape[:]),
        }
        self._index = {t: k for k, t in enumerate(self.task_ids)}
        self._starts = np.searchsorted(self.task, np.arange(len(self.task_ids) + 1))
        self._cache: dict[str, tuple[int, np.ndarray]] = {}

    # -- sizes -------------------------------------------------------------------------------

    @property
    def n(self) -> int:
        """Number of samples N."""
        return int(self.task.shape[0])

    @property
    def n_tasks(self) -> int:
        return len(self.task_ids)

    @property
    def samples_per_chunk(self) -> int:
        """Chunk length along the sample axis of every array."""
        return int(self.inputs.chunks[0])

    def __len__(self) -> int:
        return self.n

    def __repr__(self) -> str:
        return (
            f"<Dataset {self.path.name}: {self.n_tasks} tasks, {self.n} samples, "
            f"source={self.source!r}, hash={self.hash[:12]}>"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        from battflow.data.store import open_dataset

        return (open_dataset, (self.path,))

    # -- tasks -------------------------------------------------------------------------------

    def task_index(self, task_id: str) -> int:
        """Index of `task_id` in `task_ids`; KeyError naming it when absent."""
        try:
            return self._index[task_id]
        except KeyError:
            raise KeyError(f"task {task_id!r} is not in dataset {self.path.name}") from None

    def samples_of_task(self, task_id: str) -> np.ndarray:
        """Sample indices (int64, ascending: demos then tests) of `task_id`."""
        k = self.task_index(task_id)
        return np.arange(self._starts[k], self._starts[k + 1], dtype=np.int64)

    def task_pairs(self, task_id: str) -> tuple[list[tuple[Grid, Grid]], list[tuple[Grid, Grid]]]:
        """(demo pairs, test pairs) of `task_id`, each pair (input, expected output) as DSL
        Grids, in sample order (`samples_of_task`)."""
        demos, tests = [], []
        for i in self.samples_of_task(task_id):
            pair = (self.input_grid(int(i)), self.output_grid(int(i)))
            (demos if self.role[i] == ROLE_DEMO else tests).append(pair)
        return demos, tests

    # -- grids -------------------------------------------------------------------------------

    def _sample(self, i: Any) -> int:
        i = operator.index(i)
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(f"sample {i} out of range for {self.n} samples")
        return i

    def _cells(self, name: str, i: int) -> np.ndarray:
        size = self.samples_per_chunk
        c = i // size
        cached = self._cache.get(name)
        if cached is None or cached[0] != c:
            array: zarr.Array = getattr(self, name)
            cached = (c, np.asarray(array[c * size : min((c + 1) * size, self.n)]))
            self._cache[name] = cached
        return cached[1][i - c * size]

    def input_grid(self, i: int) -> Grid:
        """Input grid of sample `i` as a DSL Grid (tuple of tuples of Python ints)."""
        i = self._sample(i)
        return unpad(self._cells("inputs", i), self._shapes["inputs"][i])

    def output_grid(self, i: int) -> Grid:
        """Expected output grid of sample `i` as a DSL Grid."""
        i = self._sample(i)
        return unpad(self._cells("outputs", i), self._shapes["outputs"][i])

    def grids(self, start: int, stop: int) -> tuple[list[Grid], list[Grid]]:
        """(input grids, output grids) of samples `start:stop` (slice semantics), as DSL Grids.

        Reads each zarr slice once; this is how the engine reads a chunk.
        """
        lo, hi, _ = slice(start, stop).indices(self.n)
        hi = max(lo, hi)
        cells_in = np.asarray(self.inputs[lo:hi])
        cells_out = np.asarray(self.outputs[lo:hi])
        return (
            unpad_many(cells_in, self._shapes["inputs"][lo:hi]),
            unpad_many(cells_out, self._shapes["outputs"][lo:hi]),
        )
