"""The size cap of reference evaluations: a primitive asked for a grid of more than MAX_CELLS
cells (or for more than MAX_CELLS pairs, range members or bounding-box locations) ends the
evaluation as `too_big` at once, instead of building it, or scoring it, for seconds until the
time or memory cap stops it.

Like the time and memory caps (`limits.py`) it is a resource limit, not semantics: the DSL itself
(`battflow.dsl`) has no cap, and a program's `try/except` never catches this one
(`SizeCapExceeded` is a MemoryError, which the evaluator turns into `too_big` before any guard
sees it). The evaluator calls the capped form of these primitives (`CAPPED`), wherever they are
called from, closures included. A capped form checks its arguments the way the primitive would
use them and raises only where the primitive would go on to build more than MAX_CELLS elements;
for anything else (other types, arguments it would fail on) it calls the primitive unchanged.
A grid counts its cells whether or not its rows are shared objects (`vupscale` repeats rows):
what costs is everything later done to it, scoring included.

MAX_CELLS is 2**22 (a 2,048 x 2,048 grid): over 4,000 times the largest ARC grid. Building that
many cells takes CPython about 0.2 s, and every later operation on them as long, so an evaluation
that asks for more rarely finished within the 1 s caps search loops use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper
from typing import Any

from battflow.dsl import registry

MAX_CELLS = 2**22
"""The most elements a capped primitive builds (cells of a grid, members of a set or tuple)."""


class SizeCapExceeded(MemoryError):
    """A capped primitive would build more than MAX_CELLS elements."""


_INTS = (int, bool)


def _count(value: Any) -> int | None:
    """range() length of an int count (negative counts build nothing), None for other types."""
    return max(int(value), 0) if type(value) in _INTS else None


def _row_lengths(grid: Any) -> list[int] | None:
    """The row lengths of a tuple of tuples, None for anything else."""
    if type(grid) is not tuple or not all(type(row) is tuple for row in grid):
        return None
    return [len(row) for row in grid]


def _is_location(loc: Any) -> bool:
    return type(loc) is tuple and len(loc) == 2 and all(type(v) in _INTS for v in loc)


def _is_cell(cell: Any) -> bool:
    """(value, (i, j)) with int (or bool) coordinates: what upscale of an object can place."""
    return type(cell) is tuple and len(cell) == 2 and _is_location(cell[1])


def _canvas(value: Any, dimensions: Any) -> int:
    if type(dimensions) is not tuple or len(dimensions) < 2:
        return 0
    rows, columns = _count(dimensions[0]), _count(dimensions[1])
    return rows * columns if rows is not None and columns is not None else 0


def _one_axis_upscale(grid: Any, factor: Any) -> int:
    """hupscale and vupscale: every cell `factor` times (in its row, or by repeating rows)."""
    lengths, n = _row_lengths(grid), _count(factor)
    return sum(lengths) * n if lengths is not None and n is not None else 0


def _upscale(element: Any, factor: Any) -> int:
    n = _count(factor)
    if n is None:
        return 0
    if type(element) is tuple:
        lengths = _row_lengths(element)
        return sum(lengths) * n * n if lengths is not None else 0
    if type(element) is frozenset and all(_is_cell(cell) for cell in element):
        return len(element) * n * n
    return 0


def _hconcat(a: Any, b: Any) -> int:
    la, lb = _row_lengths(a), _row_lengths(b)
    if la is None or lb is None:
        return 0
    return sum(x + y for x, y in zip(la, lb, strict=False))


def _vconcat(a: Any, b: Any) -> int:
    la, lb = _row_lengths(a), _row_lengths(b)
    return sum(la) + sum(lb) if la is not None and lb is not None else 0


def _backdrop(patch: Any) -> int:
    """The bbox area of a patch of plain locations or of plain cells (what backdrop and delta
    enumerate), 0 for anything else."""
    if type(patch) not in (tuple, frozenset) or not patch:
        return 0
    if all(_is_location(loc) for loc in patch):
        locations = list(patch)
    elif all(_is_cell(cell) for cell in patch):
        locations = [cell[1] for cell in patch]
    else:
        return 0
    rows = [i for i, _ in locations]
    columns = [j for _, j in locations]
    return (max(rows) - min(rows) + 1) * (max(columns) - min(columns) + 1)


def _interval(start: Any, stop: Any, step: Any) -> int:
    if not all(type(v) in _INTS for v in (start, stop, step)) or step == 0:
        return 0
    return len(range(start, stop, step))


def _product(a: Any, b: Any) -> int:
    if type(a) not in (tuple, frozenset) or type(b) not in (tuple, frozenset):
        return 0
    return len(a) * len(b)


_SIZES: dict[str, Callable[..., int]] = {
    "canvas": _canvas,
    "hupscale": _one_axis_upscale,
    "vupscale": _one_axis_upscale,
    "upscale": _upscale,
    "hconcat": _hconcat,
    "vconcat": _vconcat,
    "interval": _interval,
    "product": _product,
    "backdrop": _backdrop,
    "delta": _backdrop,
}
"""Per capped primitive: how many elements it builds from these arguments (0 where it is not
sure it would build anything: the primitive then runs and decides)."""


def _check(name: str, *args: Any) -> None:
    """Raise SizeCapExceeded if primitive `name` would build more than MAX_CELLS elements from
    `args`."""
    try:
        n = _SIZES[name](*args)
    except Exception:  # arguments the primitive will reject in its own way
        return
    if n > MAX_CELLS:
        raise SizeCapExceeded(f"{name} would build {n:,} elements (cap {MAX_CELLS:,})")


_DSL = {name: registry.PRIMITIVES[name].impl for name in _SIZES}

# The capped forms keep each primitive's parameters (names and count: `rbind`/`lbind` read
# `__code__.co_argcount`, and programs may pass arguments by keyword).


def canvas(value, dimensions):
    _check("canvas", value, dimensions)
    return _DSL["canvas"](value, dimensions)


def hupscale(grid, factor):
    _check("hupscale", grid, factor)
    return _DSL["hupscale"](grid, factor)


def vupscale(grid, factor):
    _check("vupscale", grid, factor)
    return _DSL["vupscale"](grid, factor)


def upscale(element, factor):
    _check("upscale", element, factor)
    return _DSL["upscale"](element, factor)


def hconcat(a, b):
    _check("hconcat", a, b)
    return _DSL["hconcat"](a, b)


def vconcat(a, b):
    _check("vconcat", a, b)
    return _DSL["vconcat"](a, b)


def interval(start, stop, step):
    _check("interval", start, stop, step)
    return _DSL["interval"](start, stop, step)


def product(a, b):
    _check("product", a, b)
    return _DSL["product"](a, b)


def backdrop(patch):
    _check("backdrop", patch)
    return _DSL["backdrop"](patch)


def delta(patch):
    _check("delta", patch)
    return _DSL["delta"](patch)


CAPPED: dict[str, Callable[..., Any]] = {
    f.__name__: update_wrapper(f, _DSL[f.__name__], updated=())
    for f in (
        canvas,
        hupscale,
        vupscale,
        upscale,
        hconcat,
        vconcat,
        interval,
        product,
        backdrop,
        delta,
    )
}
"""The capped form of each primitive the size cap covers, by name."""
