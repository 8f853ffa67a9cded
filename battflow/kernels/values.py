"""Batched values: one DSL value per sample of a chunk of B samples, sample axis first.

Every batched value carries two masks (bool [B]):
- `err`: the reference raises here (or raised upstream) for that sample;
- `fb`:  the batched path cannot decide this sample exactly; the reference executor will.
Where either is set, the value's data for that sample is meaningless.

Representations (DESIGN.md §4):
- `Ints`:  Integer / Boolean, int64 [B] (`boolean` marks values that are Python bools)
- `Vecs`:  IntegerTuple, int64 [B, 2]
- `Grids`: Grid, int16 cells [B, H, W] on a canvas (H, W >= every grid of the chunk) and int32
           `h`, `w` [B]; cells outside a grid's shape are PAD; `ragged` marks unequal rows
- `Consts`: a value that is the same Python object for every sample (a constant, a literal, a
           default): the executor keeps it whole and rules read `.value`
- `Func`:  a function value: a primitive or a closure tree built at compile time (combinators
           over batched leaves), see `closures.py`
- `Patches`: Indices, or Objects when `colors` is set, as a mask on a canvas with a per-sample
           origin (see the class); `LinePatches` keep a line as its run until a rule reads the mask
- `Cells`:  the elements of Objects, (colour, (i, j)) per sample (what iterating an Object gives)
- `FuncTuple`: a tuple of function values (`astuple(f, g)`), for `rapply`
- `Seq`:   a tuple or frozenset per sample, on an element axis: `items` is a batched value of
           size B*K (element k of sample b at index b*K + k) and `n` int32 [B] the lengths; see
           `seqs.py` for the canonical forms (a tuple of tuples of ints is a `Grids`)
A set of patches or objects is a frozen `Seq` whose items are `Patches`. Anything else (None,
mixed sets, ...) has no batched representation: a rule that would produce one flags its samples
`fb`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

PAD = -1
CELL_DTYPE = "int16"
CELL_MIN, CELL_MAX = -(2**15), 2**15 - 1
COLOURS = 10
"""Colour queries on objects count colours 0..9; an object with other colours falls back."""
INT_LIMIT = 2**40
"""Ints beyond +-2**40 are flagged: far from int64 overflow, far beyond what ARC programs use."""


@dataclass
class BValue:
    """Base of all batched values: the masks and the array namespace."""

    err: Any
    fb: Any

    @property
    def size(self) -> int:
        return int(self.err.shape[0])

    def dead(self) -> Any:
        """Samples with no meaningful value here (err | fb)."""
        return self.err | self.fb

    def with_flags(self, err, fb) -> BValue:
        """The same value with other flags (its arrays shared, and what `memo` keeps)."""
        out = object.__new__(type(self))
        out.__dict__.update(self.__dict__)
        out.err, out.fb = err, fb
        return out


@dataclass
class Ints(BValue):
    v: Any = None
    boolean: bool = False


@dataclass
class Vecs(BValue):
    v: Any = None


@dataclass
class Grids(BValue):
    cells: Any = None
    h: Any = None
    w: Any = None
    ragged: Any = None
    """bool [B] or None: samples whose value is a tuple of rows of unequal lengths (what vconcat
    makes of grids of different widths). Only rules in closures.RAGGED_AWARE consume it (others
    flag fb); as a program's output it is exactly `not_grid`."""
    row_w: Any = None
    """int32 [B, H], present with `ragged`: the length of every row (0 beyond h)."""

    @property
    def canvas(self) -> tuple[int, int]:
        return int(self.cells.shape[1]), int(self.cells.shape[2])


@dataclass
class Consts(BValue):
    value: Any = None


@dataclass
class Seq(BValue):
    """A container per sample. `items` (size B*K, flags clear) holds element k of sample b at
    b*K + k; slots at k >= n[b] hold neutral values (0, the empty grid) and mean nothing.
    `frozen`: the Python type is frozenset (elements distinct), else tuple. `ordered` bool [B]
    (frozensets): the items are in CPython's iteration order for that sample; where it is not set,
    only order-free questions may be answered."""

    items: Any = None
    n: Any = None
    k: int = 1
    frozen: bool = False
    ordered: Any = None


@dataclass
class Patches(BValue):
    """Indices per sample as a mask on a canvas with an origin: cell (r, c) of `mask` (bool
    [B, H, W]) stands for location (oi[b] + r, oj[b] + c) (oi, oj: int32 [B]; locations may be
    negative or outside any grid). Set semantics: a location is in or out. The set's iteration
    order is not tracked, so nothing order-dependent is decided from it.

    `colors` (int16 [B, H, W] or None): set, the value is an Object, a frozenset of cells
    (colour, (i, j)), and `colors` holds each cell's colour where `mask` is set (PAD elsewhere);
    None, it is Indices. One colour per location: an object with two colours at one location
    has no Patches form (the rule that would make one flags the sample fb). An empty Object
    equals an empty Indices, as in Python."""

    mask: Any = None
    oi: Any = None
    oj: Any = None
    colors: Any = None

    def memo(self, key: str, compute, by_flags: bool = False):
        """compute(), kept on this value and on its copies with other flags: for derived arrays
        that several rules read (bounds, hashes). Arrays of a value are never written after it
        is made, which is what makes this safe. `by_flags`: the result depends on the flags
        too, so it is reused only under the very flags it was computed with."""
        cache = self.__dict__.setdefault("_memo", {})
        kept = cache.get(key)
        if kept is None or (by_flags and (kept[0] is not self.err or kept[1] is not self.fb)):
            taken = self.__dict__.get("_memo_taken", {}).get(key)
            same_flags = taken is not None and taken[0] is self.err and taken[1] is self.fb
            if taken is not None and (not by_flags or same_flags):
                value = taken[2][taken[3]]  # gathered from the value this one was taken from
            else:
                value = compute()
            kept = cache[key] = (self.err, self.fb, value)
        return kept[2]

    def take_memo(self, out: Patches, idx) -> None:
        """Let `out` (this value's samples idx, with this value's flags at idx) gather what is
        kept here (bounds; hashes, valid under this value's own flags) when it first asks."""
        cache = self.__dict__.get("_memo")
        if not cache:
            return
        taken = {}
        for key, (err, fb, kept) in cache.items():
            if key == "bounds":
                taken[key] = (None, None, _Gather(kept), idx)
            elif key == "hashes" and err is self.err and fb is self.fb:
                taken[key] = (out.err, out.fb, _Gather(kept), idx)
        if taken:
            out.__dict__["_memo_taken"] = taken


class _Gather:
    """An array, or a tuple of arrays, indexed together."""

    def __init__(self, arrays):
        self.arrays = arrays

    def __getitem__(self, idx):
        if isinstance(self.arrays, tuple):
            return tuple(a[idx] for a in self.arrays)
        return self.arrays[idx]


def ragged_slots(xp, count, total: int | None = None):
    """(owner, offset, start) of S segments of count[s] entries (int [S], >= 0): entry n of
    the N = sum(count) (`total`, when known) belongs to segment owner[n] (int64 [N],
    non-decreasing) as its offset[n]-th (int64 [N]); start[s] is where segment s begins. The
    ragged repeat: numpy's repeat, and on cupy (whose repeat takes no array) a search over the
    segments' ends."""
    ends = xp.cumsum(count)
    if total is None:
        total = int(ends[-1]) if count.shape[0] else 0
    slot = xp.arange(total, dtype=np.int64)
    start = ends - count
    if xp is np:
        owner = np.repeat(np.arange(count.shape[0], dtype=np.int64), count)
    else:
        owner = xp.searchsorted(ends, slot, side="right").astype(np.int64)
    return owner, slot - start[owner], start


@dataclass
class Line:
    """Per sample one straight run of `n` cells (n = 0: none): cell t (0 <= t < n) at row
    r + t*di, column c + t*dj of a canvas of `shape` (H, W); int64 [B] each."""

    xp: Any
    r: Any
    c: Any
    di: Any
    dj: Any
    n: Any
    shape: tuple[int, int]

    def cells(self):
        """(item, row, column) int64 [N] of every cell, item-major (built once per Line:
        patches that share a run, as recolour makes them, share its cells)."""
        cached = self.__dict__.get("_cells")
        if cached is None:
            cached = self.__dict__["_cells"] = self._cells()
        return cached

    def _cells(self):
        xp = self.xp
        b = self.n.shape[0]
        if not b:
            empty = xp.zeros(0, dtype=np.int64)
            return empty, empty, empty.copy()
        n = self.n.astype(np.int64)
        low, high, total = (int(v) for v in to_numpy(xp.stack([n.min(), n.max(), n.sum()])))
        if low == high and high > 0:  # every run is as long (shoot's): a [B, n] grid of steps
            t = xp.arange(high)[None, :]
            rows = self.r[:, None] + t * self.di[:, None]
            cols = self.c[:, None] + t * self.dj[:, None]
            item = xp.broadcast_to(xp.arange(b)[:, None], rows.shape)
            return item.reshape(-1), rows.reshape(-1), cols.reshape(-1)
        # runs of many lengths (most of them empty, as connect's between unaligned cells): one
        # entry per cell, not per (run, longest run)
        item, t, _ = ragged_slots(xp, n, total)
        return item, self.r[item] + t * self.di[item], self.c[item] + t * self.dj[item]

    def mask(self):
        """bool [B, H, W]."""
        item, rows, cols = self.cells()
        mask = self.xp.zeros((self.n.shape[0], *self.shape), dtype=bool)
        mask[item, rows, cols] = True
        return mask


class LinePatches(Patches):
    """Patches whose every set is one straight run (connect, shoot, and recolor of those), kept
    as the run: `line` (relative to the origin) and `tint` (int64 [B]: the colour of every
    cell, or None: Indices). `mask` and `colors` are built on first read, so rules that work
    on cells or bounds (merge, mapply, bounding boxes) never pay for a canvas. Built with only
    the dataclass fields (as `dataclasses.replace` does), it is an ordinary dense patch."""

    def __init__(self, err, fb, mask=None, oi=None, oj=None, colors=None, *, line=None, tint=None):
        self.err, self.fb, self.oi, self.oj = err, fb, oi, oj
        self._mask, self._colors = mask, colors
        self.line, self.tint = line, tint

    @property
    def lazy(self) -> bool:
        """The sets are still only runs: `line` describes them and nothing is built yet."""
        return self._mask is None and self.line is not None

    @property
    def mask(self):
        if self._mask is None and self.line is not None:
            self._mask = self.line.mask()
        return self._mask

    @property
    def colors(self):
        if self._colors is None and self.tint is not None:
            mask = self.mask
            tint = self.tint.astype(np.int16)[:, None, None]
            self._colors = self.line.xp.where(mask, tint, np.int16(PAD))
        return self._colors


@dataclass
class CellList:
    """Every member of B patches as flat arrays (N members in all): `item` int64 [N] the patch
    it belongs to, non-decreasing, and within a patch row-major; `r`, `c` int64 [N] its cell on
    the patch's canvas (0 <= r < H, 0 <= c < W); `colour` int16 [N], or None for Indices;
    `start`, `count` int64 [B]: where each patch's members begin and how many there are."""

    item: Any
    r: Any
    c: Any
    colour: Any
    start: Any
    count: Any

    def take(self, xp, idx) -> CellList:
        """The members of patches idx (int [M]), as patches 0..M-1: a ragged gather."""
        count = self.count[idx]
        item, offset, start = ragged_slots(xp, count)
        pos = self.start[idx][item] + offset
        colour = None if self.colour is None else self.colour[pos]
        return CellList(item, self.r[pos], self.c[pos], colour, start, count)


def cell_list(xp, item, r, c, colour, b: int) -> CellList:
    """A CellList from members already grouped by patch (item non-decreasing, row-major
    within a patch) of b patches."""
    count = xp.bincount(item, minlength=b).astype(np.int64) if b else xp.zeros(0, np.int64)
    start = xp.cumsum(count) - count
    return CellList(item, r, c, colour, start, count)


class CellPatches(Patches):
    """Patches kept as their member lists (`cells`, a CellList on a canvas of `shape`
    (H, W)): `mask` and `colors` are built on first read and shared by copies with other
    flags, so rules that read members, counts or bounds (size, colour, bounding boxes,
    hashes, selections, moves) never pay for [B, H, W] canvases of mostly empty cells. Built
    with only the dataclass fields (as `dataclasses.replace` does), it is an ordinary dense
    patch."""

    def __init__(
        self, err, fb, mask=None, oi=None, oj=None, colors=None, *, cells=None, shape=None
    ):
        self.err, self.fb, self.oi, self.oj = err, fb, oi, oj
        self.cells, self.shape = cells, shape
        self._dense = {"mask": mask, "colors": colors}

    @property
    def mask(self):
        dense = self._dense
        if dense["mask"] is None and self.cells is not None:
            cl = self.cells
            xp = _namespace(cl.item)
            mask = xp.zeros((self.oi.shape[0], *self.shape), dtype=bool)
            mask[cl.item, cl.r, cl.c] = True
            dense["mask"] = mask
        return dense["mask"]

    @property
    def colors(self):
        dense = self._dense
        if dense["colors"] is None and self.cells is not None and self.cells.colour is not None:
            cl = self.cells
            xp = _namespace(cl.item)
            colors = xp.full((self.oi.shape[0], *self.shape), PAD, dtype=np.int16)
            colors[cl.item, cl.r, cl.c] = cl.colour
            dense["colors"] = colors
        return dense["colors"]


def _namespace(a):
    """numpy or cupy, whichever holds `a` (checked without importing cupy)."""
    if isinstance(a, np.ndarray):
        return np
    import cupy

    return cupy


def canvas_shape(p: Patches) -> tuple[int, int]:
    """(H, W) of p's canvas, read without building a lazy one."""
    if isinstance(p, CellPatches) and p.cells is not None:
        return p.shape
    if isinstance(p, LinePatches) and p.lazy:
        return p.line.shape
    return int(p.mask.shape[1]), int(p.mask.shape[2])


def segment_extremes(xp, values, owner, start, count, span: int | None = None):
    """(low, high) int64 [B] of `values` (int [N], >= 0) over segments: value n belongs to
    segment owner[n] (non-decreasing), segment s holds count[s] values from start[s]; both are
    meaningless where a segment is empty. `span` (any bound above every value) spares cupy a
    reduction to find one."""
    b = count.shape[0]
    low = xp.zeros(b, dtype=np.int64)
    high = xp.zeros(b, dtype=np.int64)
    present = count > 0
    if values.shape[0] == 0:
        return low, high
    if xp is np:
        starts = start[present]
        low[present] = np.minimum.reduceat(values, starts)
        high[present] = np.maximum.reduceat(values, starts)
        return low, high
    span = int(values.max()) + 1 if span is None else span
    ranked = xp.sort(owner * span + values.astype(np.int64))  # by segment, then value
    base = xp.arange(b) * span
    first = xp.minimum(start, values.shape[0] - 1)
    last = xp.maximum(start + count - 1, 0)
    return xp.where(present, ranked[first] - base, 0), xp.where(present, ranked[last] - base, 0)


def member_bounds(xp, owner, i, j, b: int):
    """(count, top, left, bottom, right) int64 [B] of flat members at (i[n], j[n]) (int64 [N],
    any sign) of samples owner[n] (non-decreasing): each sample's members and their bounding
    box, 0 where it has none."""
    count = xp.bincount(owner, minlength=b).astype(np.int64)
    if not owner.shape[0]:
        zero = xp.zeros(b, dtype=np.int64)
        return count, zero, zero.copy(), zero.copy(), zero.copy()
    start = xp.cumsum(count) - count
    low_i, low_j = (int(v) for v in to_numpy(xp.stack([i.min(), j.min()])))
    top, bottom = segment_extremes(xp, i - low_i, owner, start, count)  # values >= 0
    left, right = segment_extremes(xp, j - low_j, owner, start, count)
    some = count > 0
    return (
        count,
        xp.where(some, top + low_i, 0),
        xp.where(some, left + low_j, 0),
        xp.where(some, bottom + low_i, 0),
        xp.where(some, right + low_j, 0),
    )


def sparse_members(p: Patches) -> CellList | None:
    """p's CellList where p is kept as members (a CellPatches, or a lazy LinePatches: its runs'
    cells, which come row-major), else None; on p's canvas (`canvas_shape`)."""
    if isinstance(p, CellPatches) and p.cells is not None:
        return p.cells
    if isinstance(p, LinePatches) and p.lazy:

        def build():
            line = p.line
            item, r, c = line.cells()
            colour = None if p.tint is None else p.tint[item].astype(np.int16)
            return cell_list(line.xp, item, r, c, colour, p.size)

        return p.memo("line members", build)
    return None


def with_origin(p: Patches, oi, oj) -> Patches:
    """The same members at other origins (int64 [B]), with p's flags; no order is carried."""
    cl = sparse_members(p)
    if cl is not None:
        return CellPatches(p.err, p.fb, oi=oi, oj=oj, cells=cl, shape=canvas_shape(p))
    return Patches(p.err, p.fb, p.mask, oi, oj, p.colors)


def patch_counts(xp, p: Patches):
    """int64 [B]: the members of each patch, read without building a lazy canvas."""
    if isinstance(p, CellPatches) and p.cells is not None:
        return p.cells.count
    if isinstance(p, LinePatches) and p.lazy:
        return p.line.n.astype(np.int64)
    return p.mask.sum(axis=(1, 2)).astype(np.int64)


def patch_empty(xp, p: Patches):
    """bool [B]: the patch has no member (read without building a lazy canvas)."""
    lazy_line = isinstance(p, LinePatches) and p.lazy
    if lazy_line or (isinstance(p, CellPatches) and p.cells is not None):
        return patch_counts(xp, p) == 0
    return ~p.mask.any(axis=(1, 2))


def cell_coords(xp, mask):
    """(item, row, column) int64 [N] of the set cells of mask (bool [B, H, W]), row-major: what
    `xp.nonzero(mask)` gives, by one flat scan (several times faster for 3-d masks)."""
    _, H, W = mask.shape
    flat = xp.flatnonzero(mask)
    item, rest = xp.divmod(flat, H * W)
    row, col = xp.divmod(rest, W)
    return item, row, col


def patch_members(xp, p: Patches, keep=None):
    """(item, i, j, colour) int64 [N]: every member of every patch (where keep, bool [B], is
    set): the patch it belongs to, its location, and its colour (colour None for Indices), patch
    by patch in row-major order. A lazy line is read from its run (which goes down, or right
    along a row), with no canvas built."""
    if isinstance(p, LinePatches) and p.lazy:
        item, r, c = p.line.cells()
        if keep is not None:
            sel = keep[item]
            item, r, c = item[sel], r[sel], c[sel]
        colour = None if p.tint is None else p.tint[item]
    elif isinstance(p, CellPatches) and p.cells is not None:
        cl = p.cells
        item, r, c, colour = cl.item, cl.r, cl.c, cl.colour
        if keep is not None:
            sel = keep[item]
            item, r, c = item[sel], r[sel], c[sel]
            colour = None if colour is None else colour[sel]
        colour = None if colour is None else colour.astype(np.int64)
    else:
        item, r, c = cell_coords(xp, p.mask if keep is None else p.mask & keep[:, None, None])
        colour = None if p.colors is None else p.colors[item, r, c].astype(np.int64)
    return item, p.oi[item] + r, p.oj[item] + c, colour


def with_order(xp, p: Patches, compute) -> Patches:
    """p (arrays of `xp`), carrying the iteration order of its members: compute(p, want) gives,
    for the samples where want (host bool [B]) is set, (rank int32 [B, H, W]: each member's
    position when its set is iterated, read where p.mask is set; known bool [B]: samples whose
    rank is exact, never outside want). Computed when first asked for (`cell_order`); see
    `cellorder.py`. compute takes the patch as its argument, so that it holds no reference to
    it."""
    p.__dict__["_order"] = (xp, compute)
    return p


def cell_order(p: Patches, want=None):
    """(rank, known) of p's members for the samples in want (bool [B], default all; see
    `with_order`), or None where no rule tracked the order. Samples are computed once, when
    first asked for; copies with other flags share them, and every rule that builds a new patch
    without an order loses it."""
    order = p.__dict__.get("_order")
    if order is None:
        return None
    xp, compute = order
    want = np.ones(p.size, dtype=bool) if want is None else to_numpy(want).astype(bool)
    cached = p.__dict__.get("_order_cache")
    if cached is None:
        rank, known = compute(p, want)
        p.__dict__["_order_cache"] = [rank, known, want.copy()]
        return rank, known
    missing = want & ~cached[2]
    if missing.any():
        rank, known = compute(p, missing)
        fresh = xp.asarray(missing)
        cached[0] = xp.where(fresh[:, None, None], rank, cached[0])
        cached[1] = xp.where(fresh, known, cached[1])
        cached[2] = cached[2] | missing
    return cached[0], cached[1]


def is_object(p: Patches) -> bool:
    """p holds Objects (cells with colours), read without building a lazy canvas."""
    if isinstance(p, LinePatches) and p._colors is None:
        return p.tint is not None
    if isinstance(p, CellPatches) and p.cells is not None:
        return p.cells.colour is not None
    return p.colors is not None


@dataclass
class Cells(BValue):
    """One Object cell (colour, (i, j)) per sample: `colour` int64 [N], `loc` int64 [N, 2]. The
    items of an Object viewed as a container (`seqs.as_seq`); a frozenset of cells made from
    them is an Object again (`seqs.frozenset_of`)."""

    colour: Any = None
    loc: Any = None


@dataclass
class CellTuple(BValue):
    """merge() of a tuple of Objects: the tuple of their cells, objects in tuple order (the order
    inside each object is not known). Only painting reads it: `painted` (Patches with colours)
    holds at each location the colour of the last object with a cell there, which is what
    `paint` leaves; `overlap` bool [B] marks samples where objects meet at a location with
    different colours (`underpaint`, where the first cell wins, falls back there). merge() of a
    tuple of Indices is the tuple of their locations: `painted` is their union (no colours,
    `overlap` clear), which is all that `fill`, `underfill` and `cover` read (painting it raises:
    a location does not unpack as a cell). Every other rule leaves it to the reference."""

    painted: Any = None
    overlap: Any = None


@dataclass
class Func(BValue):
    """A function value. `tree` is ("prim", name) or (combinator, *parts) with parts Func or
    BValue; see closures.py."""

    tree: tuple = field(default_factory=tuple)


@dataclass
class FuncTuple(BValue):
    """A tuple of function values of one length for every sample (what `astuple(f, g)` builds,
    for `rapply`): `parts` are the Func values in order."""

    parts: tuple = field(default_factory=tuple)


EMPTY_TUPLE, SET_OF_EMPTY_TUPLE = "()", "{()}"
"""The kinds of noted values (`mark_empty_tuple`): the corner of an empty patch, and the corners
of one."""


def mark_empty_tuple(value: BValue, where, kind: str = EMPTY_TUPLE) -> BValue:
    """value, noting that where (bool [B], within value.fb) the reference value is the empty
    tuple `()` (a corner of an empty patch), or with kind SET_OF_EMPTY_TUPLE the set `{()}` (the
    corners of one): there is no batched form, so those samples fall back, but a call that raises
    on it whatever its other arguments decides them as errors (`closures.apply_rule`). The note
    holds only under these very flags: a later change of the flags drops it, except
    `merge_flags`, which keeps it where the inputs add no flag."""
    value.__dict__["_empty_tuple"] = (value.fb, where, kind)
    return value


def mark_note(value: BValue, key: str, payload) -> BValue:
    """value, carrying `payload` under `key` for as long as its flags are these very arrays
    (`held_note`): a note about some of its fb samples (a clash, a big canvas, rows of None)
    that any later change of the flags drops, unless `closures.merge_flags` carries it."""
    value.__dict__[key] = (value.fb, payload)
    return value


def held_note(value: BValue, key: str):
    """The payload `mark_note` put under `key`, if it was made under value's current flags."""
    note = value.__dict__.get(key)
    return None if note is None or note[0] is not value.fb else note[1]


def empty_wherever_held(value: Seq) -> bool:
    """No sample whose value holds (neither err nor fb) has an element."""
    return not bool(((value.n != 0) & ~(value.err | value.fb)).any())


def _note(value: BValue):
    """value's (fb, where, kind) note if it still holds (made under the current flags)."""
    note = value.__dict__.get("_empty_tuple")
    return None if note is None or note[0] is not value.fb else note


def empty_tuple_at(value: BValue, kind: str | None = EMPTY_TUPLE):
    """bool [B]: where value is noted to be `()` (see `mark_empty_tuple`), or `{()}` with kind
    SET_OF_EMPTY_TUPLE, or either with kind None; None where there is no such note."""
    note = _note(value)
    return None if note is None or kind not in (None, note[2]) else note[1]


def noted_kind(value: BValue) -> str | None:
    """The kind of value's note (see `mark_empty_tuple`), or None."""
    note = _note(value)
    return None if note is None else note[2]


def union_flags(xp, *values: BValue) -> tuple[Any, Any]:
    """err and fb of a result computed from `values`: set wherever any input has them (new
    arrays, never one of the inputs')."""
    err = values[0].err | values[1].err if len(values) > 1 else values[0].err.copy()
    fb = values[0].fb | values[1].fb if len(values) > 1 else values[0].fb.copy()
    for v in values[2:]:
        err |= v.err
        fb |= v.fb
    return err, fb


def ints(xp, v, err, fb, boolean: bool = False) -> Ints:
    """An Ints value, flagging samples whose magnitude leaves the exact range."""
    fb = fb | (xp.abs(v) >= INT_LIMIT)
    return Ints(err, fb, v.astype(np.int64, copy=False), boolean)


def vecs(xp, v, err, fb) -> Vecs:
    fb = fb | (xp.abs(v) >= INT_LIMIT).any(axis=1)
    return Vecs(err, fb, v.astype(np.int64, copy=False))


def grids(xp, cells, h, w, err, fb) -> Grids:
    """A Grids value on the smallest canvas that holds every grid of the batch (at least 1x1);
    cells outside each grid are set to PAD so equal grids have equal arrays."""
    b = cells.shape[0]
    H = max(1, int(h.max())) if b else 1
    W = max(1, int(w.max())) if b else 1
    cells = cells[:, : min(H, cells.shape[1]), : min(W, cells.shape[2])]
    H, W = cells.shape[1], cells.shape[2]
    rows = xp.arange(H)[None, :, None] < h[:, None, None]
    cols = xp.arange(W)[None, None, :] < w[:, None, None]
    cells = xp.where(rows & cols, cells, PAD).astype(CELL_DTYPE, copy=False)
    return Grids(err, fb, cells, h.astype(np.int32, copy=False), w.astype(np.int32, copy=False))


def row_widths(xp, g: Grids):
    """int32 [B, H]: each row's length (the grid's width for rectangular samples, 0 beyond h)."""
    if g.row_w is not None:
        return g.row_w
    H = g.canvas[0]
    rows = xp.arange(H)[None, :] < g.h[:, None]
    return xp.where(rows, g.w[:, None], 0).astype(np.int32)


def grids_rows(xp, cells, h, row_w, err, fb) -> Grids:
    """A Grids whose row i of sample b has row_w[b, i] cells: rectangular samples as `grids`
    makes them, the others marked ragged (with `row_w` kept)."""
    b = cells.shape[0]
    H = cells.shape[1]
    valid = xp.arange(H)[None, :] < h[:, None]
    row_w = xp.where(valid, row_w, 0).astype(np.int32)
    w = xp.where(h > 0, row_w[:, 0], 0)
    ragged = ((row_w != w[:, None]) & valid).any(axis=1)
    if not bool(ragged.any()):
        return grids(xp, cells, h, w, err, fb)
    H = max(1, int(h.max())) if b else 1
    W = max(1, int(row_w.max())) if b else 1
    cells = cells[:, :H, :W]
    row_w = row_w[:, :H]
    inside = (xp.arange(W)[None, None, :] < row_w[:, :, None]) & valid[:, :H, None]
    cells = xp.where(inside, cells, PAD).astype(CELL_DTYPE, copy=False)
    return Grids(err, fb, cells, h.astype(np.int32), w.astype(np.int32), ragged, row_w)


def pad_to(xp, g: Grids, H: int, W: int) -> Grids:
    """The same grids on a canvas of at least H x W."""
    h0, w0 = g.canvas
    if h0 >= H and w0 >= W:
        return g
    cells = xp.full((g.size, max(H, h0), max(W, w0)), -1, dtype=g.cells.dtype)
    cells[:, :h0, :w0] = g.cells
    row_w = None
    if g.row_w is not None:
        row_w = xp.zeros((g.size, max(H, h0)), dtype=np.int32)
        row_w[:, :h0] = g.row_w
    return Grids(g.err, g.fb, cells, g.h, g.w, g.ragged, row_w)


# -- conversions to and from reference values (tests, fallback, outputs) -------------------------
def grids_from_reference(xp, values: list, canvas: tuple[int, int] | None = None) -> Grids:
    """Grids from a list of reference grids (tuples of equal tuples of ints in the cell range),
    on `canvas` (default: the smallest that holds them, at most 30 x 30). A value that is not
    such a grid or does not fit the canvas is flagged `fb`."""
    b = len(values)
    if canvas is None:
        tall = max((len(g) for g in values if isinstance(g, tuple)), default=1)
        wide = max(
            (len(g[0]) for g in values if isinstance(g, tuple) and g and isinstance(g[0], tuple)),
            default=1,
        )
        canvas = (max(1, min(tall, 30)), max(1, min(wide, 30)))
    H, W = canvas
    cells = np.full((b, H, W), PAD, dtype=CELL_DTYPE)
    h = np.zeros(b, np.int32)
    w = np.zeros(b, np.int32)
    fb = np.zeros(b, bool)
    for i, g in enumerate(values):
        ok = isinstance(g, tuple) and all(isinstance(r, tuple) for r in g)
        if ok and g:
            width = len(g[0])
            ok = all(len(r) == width for r in g) and len(g) <= H and width <= W
            ok = ok and all(type(c) is int and CELL_MIN <= c <= CELL_MAX for r in g for c in r)
            if ok:
                h[i], w[i] = len(g), width
                if width:
                    cells[i, : len(g), :width] = np.asarray(g, dtype=CELL_DTYPE)
        if not ok:
            fb[i] = True
    return Grids(
        xp.asarray(np.zeros(b, bool)),
        xp.asarray(fb),
        xp.asarray(cells),
        xp.asarray(h),
        xp.asarray(w),
    )


def to_numpy(a) -> np.ndarray:
    """A host copy of an array of numpy or cupy."""
    get = getattr(a, "get", None)
    return get() if get is not None else np.asarray(a)


def grid_at(value: Grids, b: int) -> tuple:
    """The reference grid of sample b (host side)."""
    h, w = int(to_numpy(value.h[b : b + 1])[0]), int(to_numpy(value.w[b : b + 1])[0])
    if h == 0:
        return ()
    if value.row_w is not None:
        widths = to_numpy(value.row_w[b])
        cells = to_numpy(value.cells[b])
        return tuple(tuple(int(c) for c in cells[i, : widths[i]]) for i in range(h))
    cells = to_numpy(value.cells[b, :h, :w])
    return tuple(tuple(int(c) for c in row) for row in cells)


def host_grids(value: Grids):
    """A function b -> the reference grid of sample b of a rectangular Grids, reading host
    copies made once (for host work over many samples: one transfer, not one per sample)."""
    cells, hs, ws = to_numpy(value.cells), to_numpy(value.h), to_numpy(value.w)

    def grid(b: int) -> tuple:
        h, w = int(hs[b]), int(ws[b])
        return tuple(tuple(row) for row in cells[b, :h, :w].tolist()) if h else ()

    return grid


def reference_at(value: BValue, b: int) -> Any:
    """The reference value of sample b (for tests and debugging)."""
    if isinstance(value, Ints):
        v = int(to_numpy(value.v[b : b + 1])[0])
        return bool(v) if value.boolean else v
    if isinstance(value, Vecs):
        row = to_numpy(value.v[b])
        return (int(row[0]), int(row[1]))
    if isinstance(value, Grids):
        return grid_at(value, b)
    if isinstance(value, Patches):
        rows, cols = np.nonzero(to_numpy(value.mask[b]))
        oi, oj = int(to_numpy(value.oi[b : b + 1])[0]), int(to_numpy(value.oj[b : b + 1])[0])
        locations = [(oi + int(r), oj + int(c)) for r, c in zip(rows, cols, strict=True)]
        if value.colors is None:
            return frozenset(locations)
        colours = to_numpy(value.colors[b])[rows, cols]
        return frozenset((int(v), loc) for v, loc in zip(colours, locations, strict=True))
    if isinstance(value, Seq):
        n = int(to_numpy(value.n[b : b + 1])[0])
        elements = [reference_at(value.items, b * value.k + i) for i in range(n)]
        return frozenset(elements) if value.frozen else tuple(elements)
    if isinstance(value, Cells):
        loc = to_numpy(value.loc[b])
        return (int(to_numpy(value.colour[b : b + 1])[0]), (int(loc[0]), int(loc[1])))
    if isinstance(value, Consts):
        return value.value
    raise TypeError(f"no reference form for {type(value).__name__}")


def unsupported(xp, b: int) -> Consts:
    """A value the batched path cannot represent: every sample falls back."""
    return Consts(xp.zeros(b, dtype=bool), xp.ones(b, dtype=bool), None)


def raises(xp, b: int) -> Consts:
    """A result that raises for every sample (e.g. TypeError: wrong number of arguments)."""
    return Consts(xp.ones(b, dtype=bool), xp.zeros(b, dtype=bool), None)


def as_ints(xp, value: BValue) -> Ints | None:
    """`value` as Ints if it is an Integer/Boolean (batched or constant), else None."""
    if isinstance(value, Ints):
        return value
    if isinstance(value, Consts) and type(value.value) in (int, bool):
        if abs(value.value) >= INT_LIMIT:
            return None
        v = xp.full(value.size, int(value.value), dtype=np.int64)
        return Ints(value.err, value.fb, v, type(value.value) is bool)
    return None


def as_vecs(xp, value: BValue) -> Vecs | None:
    """`value` as Vecs if it is a pair of ints (batched or constant), else None."""
    if isinstance(value, Vecs):
        return value
    if isinstance(value, Seq) and not value.frozen and isinstance(value.items, Ints):
        # A tuple of 2 ints in every live sample (rules take the flags of the value as is).
        if value.k < 2 or not bool(((value.n == 2) | value.err | value.fb).all()):
            return None
        return Vecs(value.err, value.fb, value.items.v.reshape(value.size, value.k)[:, :2])
    if isinstance(value, Consts):
        c = value.value
        if isinstance(c, tuple) and len(c) == 2 and all(type(x) in (int, bool) for x in c):
            if max(abs(c[0]), abs(c[1])) >= INT_LIMIT:
                return None
            v = xp.broadcast_to(xp.asarray([int(c[0]), int(c[1])], dtype=np.int64), (value.size, 2))
            return Vecs(value.err, value.fb, xp.array(v))
    return None


def grids_constant(xp, value: Any, b: int) -> Grids | None:
    """A constant grid (the same tuple for every sample) as Grids; None if it is not one."""
    g = grids_from_reference(xp, [value])
    if bool(to_numpy(g.fb)[0]):
        return None
    cells = xp.broadcast_to(g.cells, (b, *g.cells.shape[1:])).copy()
    zeros = xp.zeros(b, dtype=bool)
    h = xp.full(b, int(to_numpy(g.h)[0]), dtype=np.int32)
    w = xp.full(b, int(to_numpy(g.w)[0]), dtype=np.int32)
    return Grids(zeros, zeros.copy(), cells, h, w)
