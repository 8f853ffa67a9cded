"""Flatten tasks into samples and pack their grids into padded arrays (and back).

Sample order: task by task (in the task list's order); within a task, its demo pairs in order,
then its test pairs in order. For N samples:

| array          | dtype | shape       | meaning                                               |
|----------------|-------|-------------|-------------------------------------------------------|
| `inputs`       | int8  | [N, 30, 30] | input grid cells at [:h, :w], `PAD` (-1) elsewhere    |
| `outputs`      | int8  | [N, 30, 30] | expected output grid, padded the same way             |
| `input_shape`  | int16 | [N, 2]      | (rows, columns) of the input grid                     |
| `output_shape` | int16 | [N, 2]      | (rows, columns) of the output grid                    |
| `task`         | int32 | [N]         | index of the sample's task in the task list           |
| `role`         | int8  | [N]         | `ROLE_DEMO` (0) or `ROLE_TEST` (1)                    |
| `pair`         | int16 | [N]         | index of the pair within its role (train[k] / test[k])|
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from battflow.data.model import Grid, Task

CANVAS = 30
"""Side of the padded canvas (the largest ARC grid side)."""
PAD = -1
"""Cell value outside a grid."""
ROLE_DEMO = 0
ROLE_TEST = 1

ARRAYS = ("inputs", "outputs", "input_shape", "output_shape", "task", "role", "pair")
"""Names of the packed arrays, in store order."""


@dataclass(frozen=True, slots=True)
class Packed:
    """The packed arrays of N samples (layout in the module docstring)."""

    inputs: np.ndarray
    outputs: np.ndarray
    input_shape: np.ndarray
    output_shape: np.ndarray
    task: np.ndarray
    role: np.ndarray
    pair: np.ndarray

    @property
    def n(self) -> int:
        return int(self.task.shape[0])

    def arrays(self) -> dict[str, np.ndarray]:
        """name -> array, in `ARRAYS` order."""
        return {name: getattr(self, name) for name in ARRAYS}


def pack(tasks: Sequence[Task]) -> Packed:
    """Pack the samples of `tasks` (validated, so every grid fits the canvas)."""
    n = sum(t.n_samples for t in tasks)
    inputs = np.full((n, CANVAS, CANVAS), PAD, dtype=np.int8)
    outputs = np.full((n, CANVAS, CANVAS), PAD, dtype=np.int8)
    input_shape = np.zeros((n, 2), dtype=np.int16)
    output_shape = np.zeros((n, 2), dtype=np.int16)
    task = np.zeros(n, dtype=np.int32)
    role = np.zeros(n, dtype=np.int8)
    pair = np.zeros(n, dtype=np.int16)
    k = 0
    for t_index, t in enumerate(tasks):
        for r, pairs in ((ROLE_DEMO, t.train), (ROLE_TEST, t.test)):
            for p_index, (grid_in, grid_out) in enumerate(pairs):
                h, w = len(grid_in), len(grid_in[0])
                inputs[k, :h, :w] = grid_in
                input_shape[k] = (h, w)
                h, w = len(grid_out), len(grid_out[0])
                outputs[k, :h, :w] = grid_out
                output_shape[k] = (h, w)
                task[k], role[k], pair[k] = t_index, r, p_index
                k += 1
    return Packed(inputs, outputs, input_shape, output_shape, task, role, pair)


def unpad(cells: np.ndarray, shape: Sequence[int] | np.ndarray) -> Grid:
    """One padded canvas `cells` [30, 30] and its (rows, columns) -> the DSL Grid (tuple of tuples
    of Python ints)."""
    h, w = int(shape[0]), int(shape[1])
    return tuple(map(tuple, cells[:h, :w].tolist()))


def unpad_many(cells: np.ndarray, shapes: np.ndarray) -> list[Grid]:
    """`cells` [B, 30, 30] and `shapes` [B, 2] -> B DSL Grids."""
    return [unpad(c, s) for c, s in zip(cells, shapes.tolist(), strict=True)]
