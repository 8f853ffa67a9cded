"""Turn anything grid-like into one checked 2-d int64 array, for drawing and comparing.

Contract of `as_cells(grid)`:

* accepts a DSL grid (tuple of equal-length tuples of ints, `()` included), a list of lists, or a
  2-d numpy array of ints, bools or floats;
* returns an int64 array of shape `(h, w)`; `()` and `[]` give shape `(0, 0)`;
* a cell that is not an integer (a non-integral float, None, a string, ...) or does not fit int64
  becomes `NOT_A_CELL`; values outside 0..9 are kept as they are (drawing shows them as unknown);
* raises `TypeError` for values that are not sequences of rows (None, an int, a str, a set) and
  `ValueError` for ragged rows or arrays that are not 2-d.

>>> as_cells(((1, 2), (3, 4))).shape
(2, 2)
>>> shape_text(((1, 2, 3),))
'1x3'
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["NOT_A_CELL", "as_cells", "grid_shape", "shape_text"]

NOT_A_CELL = int(np.iinfo(np.int64).min)
"""Stands for a cell that is not an int64 integer (drawn as unknown)."""


def _cell(value: Any) -> int:
    """One cell as an int, or NOT_A_CELL."""
    if isinstance(value, float | np.floating):
        if not math.isfinite(value) or not float(value).is_integer():
            return NOT_A_CELL
        value = int(value)
    try:
        number = operator.index(value)
    except TypeError:
        return NOT_A_CELL
    if not NOT_A_CELL < number <= np.iinfo(np.int64).max:
        return NOT_A_CELL
    return number


def as_cells(grid: Any) -> np.ndarray:
    """The grid as an int64 array of shape `(h, w)` (see the module docstring for the contract).

    >>> as_cells([[0, 12], [None, 1.0]]).tolist()[0]
    [0, 12]
    >>> as_cells(()).shape
    (0, 0)
    """
    if grid is None or isinstance(grid, str | bytes | set | frozenset | dict):
        raise TypeError(f"not a grid: {type(grid).__name__}")
    if not isinstance(grid, np.ndarray | Sequence):
        raise TypeError(f"not a grid: {type(grid).__name__}")
    try:
        array = np.asarray(grid)
    except ValueError as exc:  # ragged rows
        raise ValueError("not a grid: rows of unequal length") from exc
    if array.ndim == 1 and array.size == 0:
        return np.zeros((0, 0), dtype=np.int64)
    if array.ndim != 2:
        raise ValueError(f"not a grid: {array.ndim}-d, expected rows of cells")
    if array.dtype.kind in "biu" and (array.dtype.kind != "u" or array.dtype.itemsize < 8):
        return array.astype(np.int64)
    flat = [_cell(value) for value in array.ravel().tolist()]
    return np.array(flat, dtype=np.int64).reshape(array.shape)


def grid_shape(grid: Any) -> tuple[int, int] | None:
    """`(h, w)` of a grid, or None when `grid` is not one (never raises).

    >>> grid_shape([[1, 2, 3], [4, 5, 6]]), grid_shape(None)
    ((2, 3), None)
    """
    try:
        h, w = as_cells(grid).shape
    except (TypeError, ValueError):
        return None
    return int(h), int(w)


def shape_text(grid: Any, times: str = "x") -> str:
    """`"hxw"` for a grid (with `times` between), `"not a grid"` otherwise.

    >>> shape_text(((1,), (2,)), times=" by ")
    '2 by 1'
    """
    shape = grid_shape(grid)
    if shape is None:
        return "not a grid"
    return f"{shape[0]}{times}{shape[1]}"
