"""Batched rules for Indices as masks (`Patches`, values.py): the grid primitives that make them
(`ofcolor`, `asindices`) and paint with them (`fill`, `underfill`, `cover`), and their `size`.

A Patches value says, per sample, which locations are in the set; painting reads it through the
origin, so a patch from another grid, shifted or partly outside the grid, paints exactly the
locations the reference paints (those inside the grid). Objects, iteration order and the other
patch primitives are issue 5's remaining work: they fall back.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .grids import _extreme_colour, _grid_arg, _ij, _same_rows
from .rules import rule
from .values import CELL_MAX, CELL_MIN, Grids, Ints, Patches, as_ints, ints, row_widths


def _inside(xp, g: Grids):
    """bool [B, H, W]: the cells of each grid (row by row if ragged)."""
    H, W = g.canvas
    i, j = _ij(xp, H, W)
    return (i < g.h[:, None, None]) & (j < row_widths(xp, g)[:, :, None])


def _at_origin(xp, g: Grids, mask) -> Patches:
    zeros = xp.zeros(g.size, dtype=bool)
    origin = xp.zeros(g.size, dtype=np.int32)
    return Patches(zeros, zeros.copy(), mask, origin, origin.copy())


@rule("ofcolor")
@_grid_arg
def _ofcolor(xp, args, b):
    g, value = args[0], as_ints(xp, args[1])
    if value is None:
        return None
    return _at_origin(xp, g, _inside(xp, g) & (g.cells == value.v[:, None, None]))


@rule("asindices")
@_grid_arg
def _asindices(xp, args, b):
    (g,) = args
    # range(len(grid[0])) is only evaluated for a grid with rows: () gives frozenset().
    return _at_origin(xp, g, _inside(xp, g) & (g.w > 0)[:, None, None])


def painted(xp, g: Grids, patch: Patches):
    """bool [B, H, W]: the cells of g whose location is in the patch."""
    H, W = g.canvas
    i, j = _ij(xp, H, W)
    r = i - patch.oi[:, None, None]
    c = j - patch.oj[:, None, None]
    ph, pw = patch.mask.shape[1], patch.mask.shape[2]
    within = (r >= 0) & (r < ph) & (c >= 0) & (c < pw)
    rows = xp.clip(r, 0, ph - 1)
    cols = xp.clip(c, 0, pw - 1)
    base = (xp.arange(g.size) * (ph * pw))[:, None, None]
    hit = patch.mask.reshape(-1)[base + rows * pw + cols]
    return within & hit & _inside(xp, g)


def _fill_with(xp, g: Grids, colour: Ints, patch: Patches, only=None) -> Grids:
    where = painted(xp, g, patch)
    if only is not None:
        where = where & only
    cells = xp.where(where, colour.v[:, None, None], g.cells)
    wide = (colour.v < CELL_MIN) | (colour.v > CELL_MAX)
    fb = (where.any(axis=(1, 2)) & wide) | colour.fb
    out = _same_rows(xp, g, cells.astype(g.cells.dtype), g.h == 0, fb)
    return replace(out, err=(g.h == 0) | colour.err)


@rule("fill")
@_grid_arg
def _fill(xp, args, b):
    g, colour, patch = args[0], as_ints(xp, args[1]), args[2]
    if colour is None or not isinstance(patch, Patches):
        return None
    return _fill_with(xp, g, colour, patch)


@rule("underfill")
@_grid_arg
def _underfill(xp, args, b):
    g, colour, patch = args[0], as_ints(xp, args[1]), args[2]
    if colour is None or not isinstance(patch, Patches):
        return None
    bg = _extreme_colour(True)(xp, [g], b)
    out = _fill_with(xp, g, colour, patch, g.cells == bg.v[:, None, None])
    # () raises IndexError on len(grid[0]) before mostcolor is asked.
    return replace(out, err=out.err | bg.err, fb=(out.fb | bg.fb) & ~(g.h == 0))


@rule("cover")
@_grid_arg
def _cover(xp, args, b):
    g, patch = args
    if not isinstance(patch, Patches):
        return None
    bg = _extreme_colour(True)(xp, [g], b)
    out = _fill_with(xp, g, bg, patch)
    return replace(out, err=out.err | bg.err, fb=out.fb & ~bg.err)


def patch_size(xp, patch: Patches) -> Ints:
    zeros = xp.zeros(patch.size, dtype=bool)
    return ints(xp, patch.mask.sum(axis=(1, 2)).astype(np.int64), zeros, zeros.copy())


def patches_from_reference(xp, values: list) -> Patches:
    """Patches holding reference Indices (frozensets of (i, j)), one per sample; each sample's
    origin is its top-left location (0, 0 when empty)."""
    b = len(values)
    cells = [sorted(v) for v in values]
    oi = np.array([min((i for i, _ in c), default=0) for c in cells], dtype=np.int32)
    oj = np.array([min((j for _, j in c), default=0) for c in cells], dtype=np.int32)
    tall = max([1] + [i - oi[k] + 1 for k, c in enumerate(cells) for i, _ in c])
    wide = max([1] + [j - oj[k] + 1 for k, c in enumerate(cells) for _, j in c])
    mask = np.zeros((b, tall, wide), dtype=bool)
    for k, c in enumerate(cells):
        for i, j in c:
            mask[k, i - oi[k], j - oj[k]] = True
    zeros = xp.zeros(b, dtype=bool)
    return Patches(zeros, zeros.copy(), xp.asarray(mask), xp.asarray(oi), xp.asarray(oj))
