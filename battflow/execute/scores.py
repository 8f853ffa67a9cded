"""Built-in scores of a (program, sample) pair: partial credit for an output that is not the
expected grid (docs/scores.md).

Both executors reduce a pair to the same five integers (`COUNTS`), and every score is computed
from those integers by one function (`scores_from_counts`), so the batched and the reference
path cannot disagree on a score unless they disagree on a count (which `verify` checks):

- `shape`: 1 if the output grid has the expected height and width, 0 if not, -1 when the pair
  has no grid output (an error, a non-grid value, a cap, or not evaluated);
- `equal`: the cells equal to the expected grid's, when the shapes agree (else -1);
- `area`: the expected grid's height x width;
- `common`, `union`: the colours in both grids, and in either (a grid's palette is the set of its
  cell values).

The scores:
- `shape_agreement` int8: `shape`;
- `cell_accuracy` float32: equal / area where the shapes agree, NaN elsewhere;
- `palette_agreement` float32: common / union for a grid output, NaN without one;
- `score` int16 in 0..1000: 200 * shape + 600 * equal // area + 200 * common // union for a grid
  output (integer division), 0 without one. Only a match scores 1000; an output of another shape
  scores at most 200.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

import numpy as np

COUNTS = ("shape", "equal", "area", "common", "union")
"""The five integers per pair, in this order (int32 [..., 5] arrays)."""
NO_GRID = (-1, -1, 0, 0, 0)
"""The counts of a pair without a grid output (`area` is filled in where it is known)."""
SCORE_ARRAYS = {
    "score": ("int16", 0),
    "shape_agreement": ("int8", -1),
    "cell_accuracy": ("float32", float("nan")),
    "palette_agreement": ("float32", float("nan")),
}
"""results.zarr arrays of scores: name -> (dtype, fill for pairs without a grid output)."""


def empty_counts(shape: tuple[int, ...]) -> np.ndarray:
    """int32 [*shape, 5] filled with NO_GRID."""
    out = np.empty((*shape, len(COUNTS)), np.int32)
    out[...] = NO_GRID
    return out


def grid_counts(grid: tuple, expected: tuple) -> tuple[int, int, int, int, int]:
    """The counts of an output grid (a value `battflow.digest.as_grid` accepts) against the
    expected grid, in Python: what the reference path stores.

    >>> grid_counts(((1, 2), (3, 4)), ((1, 2), (3, 5)))
    (1, 3, 4, 3, 5)
    """
    height, width = len(grid), len(grid[0]) if grid else 0
    e_height, e_width = len(expected), len(expected[0]) if expected else 0
    shape = int(height == e_height and width == e_width)
    equal = -1
    if shape:
        pairs = zip(grid, expected, strict=True)
        equal = sum(a == b for row, e_row in pairs for a, b in zip(row, e_row, strict=True))
    rows = list({id(row): row for row in grid}.values())  # shared rows read once
    palette = set(chain.from_iterable(rows))
    e_palette = set(chain.from_iterable(expected))
    common = len(palette & e_palette)
    return shape, equal, e_height * e_width, common, len(palette | e_palette)


def scores_from_counts(counts: np.ndarray) -> dict[str, np.ndarray]:
    """The score arrays (SCORE_ARRAYS) of counts int [..., 5], on the host.

    >>> scores_from_counts(np.array([[1, 3, 4, 3, 5]]))["score"]
    array([770], dtype=int16)
    """
    counts = np.asarray(counts, np.int64)
    shape, equal, area, common, union = (counts[..., k] for k in range(len(COUNTS)))
    grid = shape >= 0
    agree = shape == 1
    cells = np.where(agree & (area > 0), 600 * np.maximum(equal, 0) // np.maximum(area, 1), 0)
    colours = np.where(grid & (union > 0), 200 * common // np.maximum(union, 1), 0)
    score = np.where(grid, 200 * agree + cells + colours, 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        accuracy = np.where(agree & (area > 0), equal / np.maximum(area, 1), np.nan)
        palette = np.where(grid & (union > 0), common / np.maximum(union, 1), np.nan)
    return {
        "score": score.astype(np.int16),
        "shape_agreement": np.where(grid, shape, -1).astype(np.int8),
        "cell_accuracy": accuracy.astype(np.float32),
        "palette_agreement": palette.astype(np.float32),
    }


def palette_bits(xp: Any, cells, h, w):
    """(present bool [B, 10], odd bool [B]): which colours 0..9 occur in each grid
    `cells[b, :h[b], :w[b]]`, and the grids with a cell outside 0..9 (their palette has no
    batched form here).

    >>> present, odd = palette_bits(np, np.array([[[1, 2], [2, 0]]]), np.array([2]), np.array([1]))
    >>> present[0, :3].tolist(), odd.tolist()
    ([False, True, True], [False])
    """
    b, height, width = cells.shape
    rows = xp.arange(height)[None, :, None] < h[:, None, None]
    cols = xp.arange(width)[None, None, :] < w[:, None, None]
    inside = rows & cols
    value = xp.where((cells >= 0) & (cells <= 9), cells, 10)
    if xp is np:  # one bit per colour (bit 10: outside 0..9), or-ed over each grid's cells
        bits = np.where(inside, np.left_shift(np.int16(1), value.astype(np.int16)), np.int16(0))
        found = np.bitwise_or.reduce(bits.reshape(b, height * width), axis=1)
        present = ((found[:, None] >> np.arange(10, dtype=np.int16)[None, :]) & 1) != 0
        return present, (found & 1024) != 0
    # a count per (grid, colour): int32 keys (half the bytes of int64)
    key = xp.arange(0, b * 11, 11, dtype=np.int32)[:, None, None] + value.astype(np.int32)
    found = xp.bincount(key[inside], minlength=b * 11).reshape(b, 11) > 0
    return found[:, :10], found[:, 10]


def batched_counts(xp: Any, out_cells, out_h, out_w, exp_cells, exp_h, exp_w, exp_palette=None):
    """(counts int32 [B, 5], odd bool [B]) of B output grids against their expected grids, on
    `xp`: what the batched path stores. `odd` marks pairs whose expected grid has a cell outside
    0..9 (ARC's have none), whose counts the reference must give; an output's colours outside
    0..9 are counted here (they are in no such expected grid's palette, so each distinct one adds
    1 to the union). Canvases may differ in size; cells outside a grid are ignored.
    `exp_palette`: `palette_bits` of the expected grids, when the caller has it (it is the same
    for every program of a chunk).

    >>> counts, odd = batched_counts(np, np.array([[[1, 2], [3, 4]]]), np.array([2]),
    ...     np.array([2]), np.array([[[1, 2], [3, 5]]]), np.array([2]), np.array([2]))
    >>> counts.tolist()
    [[1, 3, 4, 3, 5]]
    """
    height = min(out_cells.shape[1], exp_cells.shape[1])
    width = min(out_cells.shape[2], exp_cells.shape[2])
    agree = (out_h == exp_h) & (out_w == exp_w)
    rows = xp.arange(height)[None, :, None] < exp_h[:, None, None]
    cols = xp.arange(width)[None, None, :] < exp_w[:, None, None]
    same = (out_cells[:, :height, :width] == exp_cells[:, :height, :width]) & rows & cols
    equal = xp.where(agree, same.sum(axis=(1, 2)), -1)
    present, odd = palette_bits(xp, out_cells, out_h, out_w)
    if exp_palette is None:
        exp_palette = palette_bits(xp, exp_cells, exp_h, exp_w)
    e_present, e_odd = exp_palette
    common = (present & e_present).sum(axis=1)
    union = (present | e_present).sum(axis=1)
    if bool(odd.any()):  # rare: most batches have no colour outside 0..9
        union = union + odd_colours(xp, out_cells, out_h, out_w)
    counts = xp.stack([agree.astype(np.int64), equal, exp_h * exp_w, common, union], axis=1).astype(
        np.int32
    )
    return counts, e_odd


def odd_colours(xp: Any, cells, h, w):
    """int64 [B]: how many distinct values outside 0..9 each grid `cells[b, :h[b], :w[b]]` has.

    >>> odd_colours(np, np.array([[[-1, 12], [12, 3]]]), np.array([2]), np.array([2])).tolist()
    [2]
    """
    b, height, width = cells.shape
    rows = xp.arange(height)[None, :, None] < h[:, None, None]
    cols = xp.arange(width)[None, None, :] < w[:, None, None]
    odd = rows & cols & ((cells < 0) | (cells > 9))
    # only the odd cells, sorted by grid then value: each (grid, value)'s first copy counts
    grid = xp.nonzero(odd)[0]
    value = cells[odd].astype(np.int64)
    order = xp.lexsort(xp.stack([value, grid]))
    grid, value = grid[order], value[order]
    first = xp.ones(grid.shape[0], dtype=bool)
    first[1:] = (grid[1:] != grid[:-1]) | (value[1:] != value[:-1])
    return xp.bincount(grid[first], minlength=b)


NO_VALUE = np.iinfo(np.int64).min
"""A user differ's value where it has none: no grid output, or the differ raised, ran out of its
caps, or returned something other than an integer (`differs.py`)."""
