"""Batched rules for grids (spec §4.10, and the Grid branch of §4.5/§4.6 queries).

Every transform is a gather: for each output cell, the source cell per sample, with the output
shape computed per sample exactly as the reference's slicing and zipping give it (degenerate
shapes included: a result with 0 rows is `()`, so its width is 0). Results that would not fit the
largest canvas are flagged `fb`, never truncated.
"""

from __future__ import annotations

import numpy as np

from .rules import rule
from .values import (
    CELL_DTYPE,
    PAD,
    Consts,
    Func,
    Grids,
    Ints,
    Seq,
    as_ints,
    as_vecs,
    empty_wherever_held,
    grids,
    grids_rows,
    ints,
    raises,
    row_widths,
    vecs,
)

MAX_CANVAS = 240
"""Largest canvas side a batched grid may use; bigger grids fall back."""


def gather(xp, g: Grids, src_i, src_j, out_h, out_w, H: int, W: int, fb=None) -> Grids:
    """A Grids of canvas H x W whose cell (i, j) is g[src_i, src_j] inside (out_h, out_w).

    src_i/src_j: int arrays broadcastable to [B, H, W]; out_h/out_w: int [B]. A result with 0
    rows has width 0. Samples whose shape exceeds the canvas are flagged (fb).
    """
    b = g.size
    out_h = xp.maximum(out_h, 0)
    out_w = xp.where(out_h > 0, xp.maximum(out_w, 0), 0)
    too_big = (out_h > H) | (out_w > W)
    H = max(1, min(H, MAX_CANVAS))
    W = max(1, min(W, MAX_CANVAS))
    cells = take(xp, g, src_i, src_j, H, W)
    zeros = xp.zeros(b, dtype=bool)
    flags = too_big if fb is None else (too_big | fb)
    return grids(xp, cells, xp.minimum(out_h, H), xp.minimum(out_w, W), zeros, flags)


def take(xp, g: Grids, src_i, src_j, H: int, W: int):
    """cells [B, H, W] with cell (i, j) = g.cells[b, src_i, src_j] (indices clipped to the
    canvas; the caller masks what lies outside the result). One flat take is much cheaper than a
    three-array fancy index."""
    b = g.size
    h0, w0 = g.canvas
    ii = xp.minimum(xp.maximum(xp.asarray(src_i, dtype=np.int32), 0), h0 - 1)
    jj = xp.minimum(xp.maximum(xp.asarray(src_j, dtype=np.int32), 0), w0 - 1)
    base = (xp.arange(b, dtype=np.int32) * (h0 * w0))[:, None, None]
    flat = xp.broadcast_to(base + ii * w0 + jj, (b, H, W))
    return g.cells.reshape(-1)[flat]


# -- ragged values (tuples of unequal rows): the rules in closures.RAGGED_AWARE -----------------
def _row_lookup(xp, row_w, rows):
    """row_w[b, rows[b, i]] for int rows [B, H'] (clipped to the canvas)."""
    rows = xp.clip(rows, 0, row_w.shape[1] - 1)
    return xp.take_along_axis(row_w, rows, axis=1)


def _zip_width(xp, g: Grids):
    """len(zip(*g)): the shortest row (the width for a rectangular grid; 0 for `()`)."""
    if g.ragged is None:
        return g.w
    H = g.canvas[0]
    valid = xp.arange(H)[None, :] < g.h[:, None]
    shortest = xp.where(valid, g.row_w, 2**30).min(axis=1)
    return xp.where(g.h > 0, shortest, 0)


def _rows_result(xp, g: Grids, src_i, src_j, out_h, out_row_w, H: int, W: int) -> Grids:
    """A possibly ragged result: cell (i, j) from g[src_i, src_j], row i of out_row_w[:, i]."""
    cells = take(xp, g, src_i, src_j, H, W)
    zeros = xp.zeros(g.size, dtype=bool)
    return grids_rows(xp, cells, out_h, out_row_w, zeros, zeros.copy())


def _grid_arg(rule_fn):
    """Rules whose first argument must be a Grids (an int or a function raises; containers and
    other representations: not handled)."""

    def apply(xp, args, b):
        if as_ints(xp, args[0]) is not None or isinstance(args[0], Func):
            return raises(xp, b)  # len(), slicing or iterating an int or a function: TypeError
        if not isinstance(args[0], Grids):
            empty = empty_grid_of(xp, args[0])
            if empty is None:
                return None
            args = [empty, *args[1:]]
        return rule_fn(xp, args, b)

    return apply


def holds_empty_tuple(value) -> bool:
    """value is `()` in every sample that holds: the constant, or a tuple Seq with no members."""
    if isinstance(value, Consts):
        return type(value.value) is tuple and value.value == ()
    return isinstance(value, Seq) and not value.frozen and empty_wherever_held(value)


def empty_grid_of(xp, value) -> Grids | None:
    """value as the empty grid where it is a tuple that is `()` in every sample that holds
    (a batt default, say): `()` is the grid of no rows, so a grid rule decides it exactly."""
    if not holds_empty_tuple(value):
        return None
    b = value.size
    none = xp.zeros(b, dtype=np.int32)
    cells = xp.full((b, 1, 1), PAD, dtype=CELL_DTYPE)
    return Grids(value.err, value.fb, cells, none, none.copy())


def _ij(xp, H: int, W: int):
    return xp.arange(H)[None, :, None], xp.arange(W)[None, None, :]


def cells_inside(xp, g: Grids):
    """bool [B, H, W]: the canvas cells that belong to each grid (row by row if ragged)."""
    H, W = g.canvas
    i, j = _ij(xp, H, W)
    return (i < g.h[:, None, None]) & (j < row_widths(xp, g)[:, :, None])


def _hw(g: Grids):
    return g.h[:, None, None], g.w[:, None, None]


@rule("rot90")
@_grid_arg
def _rot90(xp, args, b):
    (g,) = args
    H0, W0 = g.canvas
    i, j = _ij(xp, W0, H0)
    h, _ = _hw(g)
    return gather(xp, g, h - 1 - j, i, _zip_width(xp, g), g.h, W0, H0)


@rule("rot180")
@_grid_arg
def _rot180(xp, args, b):
    (g,) = args
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    h, w = _hw(g)
    if g.ragged is None:
        return gather(xp, g, h - 1 - i, w - 1 - j, g.h, g.w, H0, W0)
    source = g.h[:, None] - 1 - xp.arange(H0)[None, :]
    widths = _row_lookup(xp, g.row_w, source)
    src_j = widths[:, :, None] - 1 - j
    return _rows_result(xp, g, source[:, :, None], src_j, g.h, widths, H0, W0)


@rule("rot270")
@_grid_arg
def _rot270(xp, args, b):
    (g,) = args
    H0, W0 = g.canvas
    i, j = _ij(xp, W0, H0)
    m = _zip_width(xp, g)
    return gather(xp, g, j, m[:, None, None] - 1 - i, m, g.h, W0, H0)


@rule("hmirror")
@_grid_arg
def _hmirror(xp, args, b):
    (g,) = args
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    h, _ = _hw(g)
    if g.ragged is None:
        return gather(xp, g, h - 1 - i, j, g.h, g.w, H0, W0)
    source = g.h[:, None] - 1 - xp.arange(H0)[None, :]
    widths = _row_lookup(xp, g.row_w, source)
    return _rows_result(xp, g, source[:, :, None], j, g.h, widths, H0, W0)


@rule("vmirror")
@_grid_arg
def _vmirror(xp, args, b):
    (g,) = args
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    if g.ragged is None:
        _, w = _hw(g)
        return gather(xp, g, i, w - 1 - j, g.h, g.w, H0, W0)
    src_j = g.row_w[:, :, None] - 1 - j
    return _rows_result(xp, g, i, src_j, g.h, g.row_w, H0, W0)


@rule("dmirror")
@_grid_arg
def _dmirror(xp, args, b):
    (g,) = args
    H0, W0 = g.canvas
    i, j = _ij(xp, W0, H0)
    return gather(xp, g, j, i, _zip_width(xp, g), g.h, W0, H0)


@rule("cmirror")
@_grid_arg
def _cmirror(xp, args, b):
    (g,) = args
    H0, W0 = g.canvas
    i, _ = _ij(xp, W0, H0)
    source = g.h[:, None] - 1 - xp.arange(H0)[None, :]  # input row feeding output column j
    widths = row_widths(xp, g)
    src_j = _row_lookup(xp, widths, source)[:, None, :] - 1 - i
    return gather(xp, g, source[:, None, :], src_j, _zip_width(xp, g), g.h, W0, H0)


def py_slice(xp, start, stop, length):
    """Python's `seq[start:stop]` on a sequence of `length` (all int arrays): (first, count)."""

    def norm(x):
        x = xp.where(x < 0, x + length, x)
        return xp.clip(x, 0, length)

    a, c = norm(start), norm(stop)
    return a, xp.maximum(c - a, 0)


def _crop_parts(xp, g: Grids, r0, rn, c0, cn):
    """grid[r0:r0+rn] then each row[c0:c0+cn] (Python slicing, vectors per sample)."""
    if g.ragged is not None:
        return _crop_rows(xp, g, r0, rn, c0, cn)
    ra, rcount = py_slice(xp, r0, r0 + rn, g.h)
    ca, ccount = py_slice(xp, c0, c0 + cn, g.w)
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    return gather(xp, g, ra[:, None, None] + i, ca[:, None, None] + j, rcount, ccount, H0, W0)


def _crop_rows(xp, g: Grids, r0, rn, c0, cn):
    """_crop_parts of a ragged value: each kept row is sliced by its own length."""
    ra, rcount = py_slice(xp, r0, r0 + rn, g.h)
    H0, W0 = g.canvas
    source = ra[:, None] + xp.arange(H0)[None, :]
    lengths = _row_lookup(xp, g.row_w, source)
    ca, ccount = py_slice(xp, c0[:, None], (c0 + cn)[:, None], lengths)
    j = xp.arange(W0)[None, None, :]
    return _rows_result(xp, g, source[:, :, None], ca[:, :, None] + j, rcount, ccount, H0, W0)


@rule("crop")
@_grid_arg
def _crop(xp, args, b):
    g, start, dims = args
    s, d = as_vecs(xp, start), as_vecs(xp, dims)
    if s is None or d is None:
        return None
    return _crop_parts(xp, g, s.v[:, 0], d.v[:, 0], s.v[:, 1], d.v[:, 1])


@rule("trim")
@_grid_arg
def _trim(xp, args, b):
    (g,) = args
    ra, rcount = py_slice(xp, xp.ones_like(g.h), xp.full_like(g.h, -1), g.h)
    ca, ccount = py_slice(xp, xp.ones_like(g.w), xp.full_like(g.w, -1), g.w)
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    return gather(xp, g, ra[:, None, None] + i, ca[:, None, None] + j, rcount, ccount, H0, W0)


def _whole_rows(xp, g: Grids):
    """A slice stop past every row of g (as long as the canvas)."""
    return xp.full_like(g.h, g.canvas[1])


@rule("tophalf")
@_grid_arg
def _tophalf(xp, args, b):
    (g,) = args
    if g.ragged is not None:  # grid[:h // 2]: whole rows
        zero = xp.zeros_like(g.h)
        return _crop_rows(xp, g, zero, g.h // 2, zero, _whole_rows(xp, g))
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    return gather(xp, g, i, j, g.h // 2, g.w, H0, W0)


@rule("bottomhalf")
@_grid_arg
def _bottomhalf(xp, args, b):
    (g,) = args
    first = g.h // 2 + g.h % 2
    if g.ragged is not None:  # grid[h // 2 + h % 2:]: whole rows
        return _crop_rows(xp, g, first, g.h - first, xp.zeros_like(g.h), _whole_rows(xp, g))
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    return gather(xp, g, first[:, None, None] + i, j, g.h - first, g.w, H0, W0)


@rule("lefthalf")
@_grid_arg
def _lefthalf(xp, args, b):
    (g,) = args
    if g.ragged is not None:  # rot270(tophalf(rot90(grid))), the reference's own definition
        return _via_rotation(xp, g, _tophalf, b)
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    half = g.w // 2
    return gather(xp, g, i, j, xp.where(half > 0, g.h, 0), half, H0, W0)


@rule("righthalf")
@_grid_arg
def _righthalf(xp, args, b):
    (g,) = args
    if g.ragged is not None:
        return _via_rotation(xp, g, _bottomhalf, b)
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    half = g.w // 2
    first = g.w - half
    return gather(xp, g, i, first[:, None, None] + j, xp.where(half > 0, g.h, 0), half, H0, W0)


def _via_rotation(xp, g: Grids, half, b):
    """rot270(half(rot90(g))) with the batched rules (rot90 of a ragged value is rectangular)."""
    turned = _rot90(xp, [g], b)
    part = half(xp, [turned], b)
    out = _rot270(xp, [part], b)
    return out.with_flags(out.err, out.fb | turned.fb | part.fb)


@rule("hconcat")
def _hconcat(xp, args, b):
    a, c = args
    if not isinstance(a, Grids) or not isinstance(c, Grids):
        return None
    Ha, Wa = a.canvas
    Hc, Wc = c.canvas
    H, W = min(Ha, Hc), Wa + Wc
    i, j = _ij(xp, H, W)
    rows = xp.minimum(a.h, c.h)
    if a.ragged is not None or c.ragged is not None:
        return _hconcat_rows(xp, a, c, H, W, rows)
    wa = a.w[:, None, None]
    left = j < wa
    cells_a = a.cells[:, :H, :][:, :, xp.clip(xp.arange(W), 0, Wa - 1)]
    jc = xp.clip(j - wa, 0, Wc - 1)
    bb = xp.arange(b)[:, None, None]
    cells_c = c.cells[bb, xp.broadcast_to(i, (b, H, W)), xp.broadcast_to(jc, (b, H, W))]
    cells = xp.where(left, cells_a, cells_c)
    zeros = xp.zeros(b, dtype=bool)
    out_w = xp.where(rows > 0, a.w + c.w, 0)
    fb = out_w > MAX_CANVAS
    return grids(
        xp, cells[:, :, : min(W, MAX_CANVAS)], rows, xp.minimum(out_w, MAX_CANVAS), zeros, fb
    )


def _hconcat_rows(xp, a: Grids, c: Grids, H: int, W: int, rows) -> Grids:
    """hconcat of ragged values: row i is a's row i then c's row i (zip stops at the shorter)."""
    b = a.size
    wa = row_widths(xp, a)[:, :H]
    wc = row_widths(xp, c)[:, :H]
    i, j = _ij(xp, H, W)
    left = j < wa[:, :, None]
    Wa, Wc = a.canvas[1], c.canvas[1]
    bb = xp.arange(b)[:, None, None]
    ii = xp.broadcast_to(i, (b, H, W))
    cells_a = a.cells[bb, ii, xp.broadcast_to(xp.clip(j, 0, Wa - 1), (b, H, W))]
    cells_c = c.cells[bb, ii, xp.clip(j - wa[:, :, None], 0, Wc - 1)]
    cells = xp.where(left, cells_a, cells_c)
    widths = wa + wc
    zeros = xp.zeros(b, dtype=bool)
    fb = (widths > MAX_CANVAS).any(axis=1)
    W = min(W, MAX_CANVAS)
    out = grids_rows(xp, cells[:, :, :W], rows, xp.minimum(widths, W), zeros, fb)
    return out


@rule("vconcat")
def _vconcat(xp, args, b):
    a, c = args
    if not isinstance(a, Grids) or not isinstance(c, Grids):
        return None
    Ha, Wa = a.canvas
    Hc, Wc = c.canvas
    H, W = Ha + Hc, max(Wa, Wc)
    i, j = _ij(xp, H, W)
    ha = a.h[:, None, None]
    top = i < ha
    bb = xp.arange(b)[:, None, None]
    ia = xp.broadcast_to(xp.clip(i, 0, Ha - 1), (b, H, W))
    ja = xp.broadcast_to(xp.clip(j, 0, Wa - 1), (b, H, W))
    ic = xp.broadcast_to(xp.clip(i - ha, 0, Hc - 1), (b, H, W))
    jc = xp.broadcast_to(xp.clip(j, 0, Wc - 1), (b, H, W))
    cells = xp.where(top, a.cells[bb, ia, ja], c.cells[bb, ic, jc])
    rows = a.h + c.h
    H = min(H, MAX_CANVAS)
    row = xp.arange(H)[None, :]
    widths = xp.where(
        row < a.h[:, None],
        _row_lookup(xp, row_widths(xp, a), xp.broadcast_to(row, (b, H))),
        _row_lookup(xp, row_widths(xp, c), row - a.h[:, None]),
    )
    zeros = xp.zeros(b, dtype=bool)
    # Rows keep their own lengths: grids of different widths make a ragged tuple.
    return grids_rows(xp, cells[:, :H], xp.minimum(rows, H), widths, zeros, rows > MAX_CANVAS)


def _factor(xp, value):
    f = as_ints(xp, value)
    return None if f is None else f.v


def _scaled(xp, g: Grids, fi, fj, rows, cols):
    """Cell (i, j) from g[i // fi, j // fj] on a canvas sized for the largest result."""
    b = g.size
    big = int(min(MAX_CANVAS, max(1, int(xp.max(rows)) if b else 1)))
    wide = int(min(MAX_CANVAS, max(1, int(xp.max(cols)) if b else 1)))
    i, j = _ij(xp, big, wide)
    src_i = i // xp.maximum(fi, 1)[:, None, None]
    src_j = j // xp.maximum(fj, 1)[:, None, None]
    return gather(xp, g, src_i, src_j, rows, cols, big, wide)


@rule("hupscale")
@_grid_arg
def _hupscale(xp, args, b):
    g, f = args[0], _factor(xp, args[1])
    if f is None:
        return None
    f = xp.maximum(f, 0)
    if g.ragged is None:
        return _scaled(xp, g, xp.ones_like(f), f, g.h, g.w * f)
    wide = int(min(MAX_CANVAS, max(1, int(xp.max(g.row_w * f[:, None])))))
    H = g.canvas[0]
    rows = xp.arange(H)[None, :, None]
    cols = xp.arange(wide)[None, None, :] // xp.maximum(f, 1)[:, None, None]
    widths = g.row_w * f[:, None]
    out = _rows_result(xp, g, rows, cols, g.h, xp.minimum(widths, wide), H, wide)
    out.fb = out.fb | (widths > MAX_CANVAS).any(axis=1)
    return out


@rule("vupscale")
@_grid_arg
def _vupscale(xp, args, b):
    g, f = args[0], _factor(xp, args[1])
    if f is None:
        return None
    f = xp.maximum(f, 0)
    if g.ragged is None:
        return _scaled(xp, g, f, xp.ones_like(f), g.h * f, g.w)
    rows = g.h * f
    H = int(min(MAX_CANVAS, max(1, int(xp.max(rows)))))
    W = g.canvas[1]
    source = xp.arange(H)[None, :] // xp.maximum(f, 1)[:, None]
    widths = _row_lookup(xp, g.row_w, source)
    out = _rows_result(xp, g, source[:, :, None], xp.arange(W)[None, None, :], rows, widths, H, W)
    out.fb = out.fb | (rows > MAX_CANVAS)
    return out


@rule("upscale")
def _upscale(xp, args, b):
    g, f = args[0], _factor(xp, args[1])
    if not isinstance(g, Grids) or f is None:
        return None
    f = xp.maximum(f, 0)
    if g.ragged is not None:  # vupscale(hupscale(grid, f), f), as the reference does
        wide = _hupscale(xp, args, b)
        tall = _vupscale(xp, [wide, args[1]], b)
        return tall.with_flags(tall.err, tall.fb | wide.fb)
    return _scaled(xp, g, f, f, g.h * f, g.w * f)


@rule("downscale")
@_grid_arg
def _downscale(xp, args, b):
    g, f = args[0], _factor(xp, args[1])
    if f is None:
        return None
    step = xp.abs(f)
    err = (g.h == 0) | (step == 0)
    safe = xp.maximum(step, 1)
    rows = -(-g.h // safe)
    cols = -(-g.w // safe)
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    out = gather(xp, g, i * safe[:, None, None], j * safe[:, None, None], rows, cols, H0, W0)
    out.err = out.err | err
    return out


@rule("replace")
@_grid_arg
def _replace(xp, args, b):
    g, a, c = args[0], as_ints(xp, args[1]), as_ints(xp, args[2])
    if a is None or c is None:
        return None
    hit = g.cells == a.v[:, None, None]
    cells = xp.where(hit, c.v[:, None, None], g.cells)
    out_of_range = (hit & ((c.v < -(2**15)) | (c.v >= 2**15))[:, None, None]).any(axis=(1, 2))
    zeros = xp.zeros(b, dtype=bool)
    return _same_rows(xp, g, cells, zeros, out_of_range)


@rule("switch")
@_grid_arg
def _switch(xp, args, b):
    g, a, c = args[0], as_ints(xp, args[1]), as_ints(xp, args[2])
    if a is None or c is None:
        return None
    av, cv = a.v[:, None, None], c.v[:, None, None]
    hit_a, hit_c = g.cells == av, g.cells == cv
    cells = xp.where(hit_a, cv, xp.where(hit_c, av, g.cells))
    zeros = xp.zeros(b, dtype=bool)
    # A colour written into the grid must fit the cell dtype (else: fallback, never wrap).
    wide_a = ((a.v < -(2**15)) | (a.v >= 2**15))[:, None, None]
    wide_c = ((c.v < -(2**15)) | (c.v >= 2**15))[:, None, None]
    too_wide = ((hit_a & wide_c) | (hit_c & wide_a)).any(axis=(1, 2))
    return _same_rows(xp, g, cells, zeros, too_wide)


def _same_rows(xp, g: Grids, cells, err, fb) -> Grids:
    """A cellwise result with g's shape (row by row where g is ragged)."""
    if g.ragged is None:
        return grids(xp, cells, g.h, g.w, err, fb)
    return grids_rows(xp, cells, g.h, g.row_w, err, fb)


@rule("canvas")
def _canvas(xp, args, b):
    value, dims = as_ints(xp, args[0]), as_vecs(xp, args[1])
    if value is None or dims is None:
        return None
    rows = xp.maximum(dims.v[:, 0], 0)
    cols = xp.where(rows > 0, xp.maximum(dims.v[:, 1], 0), 0)
    H = int(min(MAX_CANVAS, max(1, int(rows.max()) if b else 1)))
    W = int(min(MAX_CANVAS, max(1, int(cols.max()) if b else 1)))
    zeros = xp.zeros(b, dtype=bool)
    fb = (rows > H) | (cols > W) | (value.v < -(2**15)) | (value.v >= 2**15)
    cells = xp.broadcast_to(value.v[:, None, None], (b, H, W))
    return grids(xp, cells, xp.minimum(rows, H), xp.minimum(cols, W), zeros, fb)


@rule("cellwise")
def _cellwise(xp, args, b):
    a, c, fallback = args[0], args[1], as_ints(xp, args[2])
    if not isinstance(a, Grids) or not isinstance(c, Grids) or fallback is None:
        return None
    H, W = a.canvas
    Hc, Wc = c.canvas
    bb = xp.arange(b)[:, None, None]
    i, j = _ij(xp, H, W)
    ic = xp.broadcast_to(xp.clip(i, 0, Hc - 1), (b, H, W))
    jc = xp.broadcast_to(xp.clip(j, 0, Wc - 1), (b, H, W))
    other = c.cells[bb, ic, jc]
    cells = xp.where(a.cells == other, a.cells, fallback.v[:, None, None])
    # a[i][j] and b[i][j] for i < len(a), j < len(a[0]): IndexError past the end of a row (a
    # ragged value's rows have their own lengths) or past b's last row.
    rows = xp.arange(H)[None, :] < a.h[:, None]
    short_a = (rows & (row_widths(xp, a) < a.w[:, None])).any(axis=1)
    n = min(H, Hc)
    short_c = (rows[:, :n] & (row_widths(xp, c)[:, :n] < a.w[:, None])).any(axis=1)
    err = (a.h == 0) | ((a.w > 0) & ((c.h < a.h) | short_a | short_c))
    zeros = xp.zeros(b, dtype=bool)
    return grids(xp, cells, a.h, a.w, err, zeros | (fallback.v >= 2**15) | (fallback.v < -(2**15)))


# -- queries on grids ------------------------------------------------------------------------
@rule("height")
@_grid_arg
def _height(xp, args, b):
    g = args[0]
    zeros = xp.zeros(b, dtype=bool)
    return ints(xp, g.h.astype(np.int64), zeros, zeros.copy())


@rule("width")
@_grid_arg
def _width(xp, args, b):
    g = args[0]
    zeros = xp.zeros(b, dtype=bool)
    return ints(xp, g.w.astype(np.int64), zeros, zeros.copy())


@rule("shape")
@_grid_arg
def _shape(xp, args, b):
    g = args[0]
    zeros = xp.zeros(b, dtype=bool)
    return vecs(xp, xp.stack([g.h, g.w], axis=1).astype(np.int64), zeros, zeros.copy())


@rule("portrait")
@_grid_arg
def _portrait(xp, args, b):
    g = args[0]
    zeros = xp.zeros(b, dtype=bool)
    return Ints(zeros, zeros.copy(), (g.h > g.w).astype(np.int64), True)


@rule("square")
@_grid_arg
def _square(xp, args, b):
    g = args[0]
    zeros = xp.zeros(b, dtype=bool)
    return Ints(g.h == 0, zeros, (g.h == g.w).astype(np.int64), True)


def colour_counts(xp, g: Grids):
    """(counts int64 [B, 10], first appearance int64 [B, 10] row-major, in_range bool [B]).
    Kept on g (and the copies with other flags made from it later): many rules read the colours
    of one grid (objects' background, mostcolor, palette, partition, ...)."""
    kept = g.__dict__.get("_colour_counts")
    if kept is not None and kept[0] is g.cells and kept[1] is g.h and kept[2] is g.w:
        return kept[3]
    counted = _colour_counts(xp, g)
    g.__dict__["_colour_counts"] = (g.cells, g.h, g.w, counted)
    return counted


def _colour_counts(xp, g: Grids):
    b = g.size
    H, W = g.canvas
    inside = cells_inside(xp, g)  # row by row where ragged; a cell may hold PAD's value
    in_range = ~(inside & ((g.cells < 0) | (g.cells > 9))).any(axis=(1, 2))
    flat = xp.where(inside, g.cells, -1).reshape(b, H * W).astype(np.int64)
    valid = (flat >= 0) & (flat <= 9)
    key = (xp.arange(b)[:, None] * 10 + flat)[valid]  # (sample, colour), row-major per sample
    counts = xp.bincount(key, minlength=b * 10).reshape(b, 10)
    position = xp.broadcast_to(xp.arange(H * W)[None, :], (b, H * W))[valid]
    first = xp.full(b * 10, H * W, dtype=np.int64)
    xp.minimum.at(first, key, position)
    return counts.astype(np.int64), first.reshape(b, 10), in_range


def set_rank(xp, present, first):
    """CPython iteration rank of each present colour in a set filled in first-appearance order
    (the small-int set order rule, dsl-spec §1.6): ascending from 5 distinct values up, else
    8-slot probing (v mod 8, then 5*s + 1 mod 8). int64 [B, 10]; large where absent."""
    b = present.shape[0]
    k = present.sum(axis=1)
    order = xp.argsort(xp.where(present, first, 10**9), axis=1)
    slots = xp.full((b, 8), -1, dtype=np.int64)
    rank = xp.full((b, 10), 99, dtype=np.int64)
    rows = xp.arange(b)
    for t in range(4):
        colour = order[:, t]
        active = (t < k) & (k <= 4)
        if not bool(active.any()):
            break
        s = colour % 8
        for _ in range(8):
            moving = active & (slots[rows, s] >= 0)
            if not bool(moving.any()):
                break
            s = xp.where(moving, (5 * s + 1) % 8, s)
        slots[rows[active], s[active]] = colour[active]
        rank[rows[active], colour[active]] = s[active]
    colours = xp.arange(10)[None, :]
    rank = xp.where((k >= 5)[:, None], colours, rank)
    return xp.where(present, rank, 99)


def _extreme_colour(most: bool):
    def apply(xp, args, b):
        g = args[0]
        if not isinstance(g, Grids):
            return None
        counts, first, in_range = colour_counts(xp, g)
        present = counts > 0
        rank = set_rank(xp, present, first)
        if most:
            key = xp.where(present, counts * 128 - rank, -1)
            colour = xp.argmax(key, axis=1)
        else:
            key = xp.where(present, counts * 128 + rank, 2**62)
            colour = xp.argmin(key, axis=1)
        empty = ~present.any(axis=1)
        colour, undecided = colour.astype(np.int64), ~in_range
        if bool(undecided.any()):  # values outside 0..9: decided where no tie needs set order
            colour, undecided = _unique_extreme(xp, g, most, colour, undecided)
        return ints(xp, colour, empty & in_range, undecided)

    return apply


def _unique_extreme(xp, g: Grids, most: bool, colour, todo):
    """(colour, still undecided) for the samples in todo (bool [B]): the value that occurs most
    (fewest) times among the grid's cells, where one value alone does; a tie would be broken by
    the set's iteration order, which is left to the reference."""
    at = xp.nonzero(todo)[0]
    H, W = g.canvas
    inside = cells_inside(xp, g)[at].reshape(at.shape[0], H * W)
    top = np.int64(1) << 40  # above every cell value
    values = xp.sort(xp.where(inside, g.cells[at].reshape(at.shape[0], H * W), top), axis=1)
    values = values.astype(np.int64)
    m, n = values.shape
    start = xp.ones((m, n), dtype=bool)
    start[:, 1:] = values[:, 1:] != values[:, :-1]
    run = xp.cumsum(start, axis=1) - 1  # the value's index among the row's distinct values
    key = (xp.arange(m)[:, None] * n + run).ravel()
    counts = xp.bincount(key, weights=(values < top).ravel(), minlength=m * n).reshape(m, n)
    firsts = xp.zeros((m, n), dtype=np.int64)
    firsts[xp.nonzero(start)[0], run[start]] = values[start]
    present = counts > 0
    if most:
        best = xp.where(present, counts, -1).max(axis=1)
    else:
        best = xp.where(present, counts, n + 1).min(axis=1)
    hit = present & (counts == best[:, None])
    unique = hit.sum(axis=1) == 1
    chosen = firsts[xp.arange(m), xp.argmax(hit, axis=1)]
    colour = colour.copy()
    colour[at] = xp.where(unique, chosen, colour[at])
    still = todo.copy()
    still[at] = ~unique
    return colour, still


rule("mostcolor")(_extreme_colour(True))
rule("leastcolor")(_extreme_colour(False))


@rule("colorcount")
def _colorcount(xp, args, b):
    g, value = args[0], as_ints(xp, args[1])
    if as_ints(xp, g) is not None or as_vecs(xp, g) is not None:
        return raises(xp, b)  # iterating an int (TypeError), or int.count of a pair's entry
    if not isinstance(g, Grids) or value is None:
        return None
    H, W = g.canvas
    i, j = _ij(xp, H, W)
    inside = (i < g.h[:, None, None]) & (j < g.w[:, None, None])
    count = (inside & (g.cells == value.v[:, None, None])).sum(axis=(1, 2))
    zeros = xp.zeros(b, dtype=bool)
    return ints(xp, count.astype(np.int64), zeros, zeros.copy())


@rule("numcolors")
@_grid_arg
def _numcolors(xp, args, b):
    g = args[0]
    counts, _, in_range = colour_counts(xp, g)
    zeros = xp.zeros(b, dtype=bool)
    return ints(xp, (counts > 0).sum(axis=1).astype(np.int64), zeros, ~in_range)


@rule("compress")
@_grid_arg
def _compress(xp, args, b):
    (g,) = args
    H0, W0 = g.canvas
    i, j = _ij(xp, H0, W0)
    rows_in = i[..., 0] < g.h[:, None]  # [B, H0]
    cols_in = j[:, 0, :] < g.w[:, None]  # [B, W0]
    first_col = g.cells[:, :, :1]
    first_row = g.cells[:, :1, :]
    same_in_row = (g.cells == first_col) | ~cols_in[:, None, :]
    same_in_col = (g.cells == first_row) | ~rows_in[:, :, None]
    # A row of no cells is not uniform (its set of values is empty); every column has >= 1 cell.
    uniform_row = same_in_row.all(axis=2) & (g.w > 0)[:, None]
    uniform_col = same_in_col.all(axis=1)
    keep_rows = rows_in & ~uniform_row
    keep_cols = cols_in & ~uniform_col
    # Source index of the k-th kept row / column: kept ones first, in order (stable sort).
    src_rows = xp.argsort(~keep_rows, axis=1, kind="stable")
    src_cols = xp.argsort(~keep_cols, axis=1, kind="stable")
    out_h = keep_rows.sum(axis=1)
    out_w = keep_cols.sum(axis=1)
    return gather(xp, g, src_rows[:, :, None], src_cols[:, None, :], out_h, out_w, H0, W0)
