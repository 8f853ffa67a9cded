"""Grid transforms and grid construction (spec §4.10, 28 primitives).

Grids are tuples of row tuples. h is len(grid) and w is len(grid[0]) (so `()` raises IndexError
wherever w is read). Degenerate shapes are distinct values: `()` has 0 rows, `((),)` has one row of
0 columns. The mirrors and `upscale` also accept patches (a tuple is a Grid, anything else a patch).
"""

from __future__ import annotations

from .bbox import lrcorner, shape, ulcorner
from .dispatch import is_object
from .patches import shift
from .types import Element, Grid, Integer, IntegerTuple, Patch, Piece, Tuple


def rot90(grid: Grid) -> Grid:
    """Quarter turn clockwise."""
    return tuple(zip(*grid[::-1], strict=False))


def rot180(grid: Grid) -> Grid:
    """Half turn."""
    return tuple(tuple(row[::-1]) for row in grid[::-1])


def rot270(grid: Grid) -> Grid:
    """Quarter turn anticlockwise."""
    return tuple(tuple(row[::-1]) for row in zip(*grid[::-1], strict=False))[::-1]


def hmirror(piece: Piece) -> Piece:
    """Flip upside down: rows reversed (tuple), or i -> r0 + r1 - i (patch)."""
    if isinstance(piece, tuple):
        return piece[::-1]
    d = ulcorner(piece)[0] + lrcorner(piece)[0]
    if is_object(piece):
        return frozenset((v, (d - i, j)) for v, (i, j) in piece)
    return frozenset((d - i, j) for i, j in piece)


def vmirror(piece: Piece) -> Piece:
    """Flip left-right: rows reversed in place (tuple), or j -> c0 + c1 - j (patch)."""
    if isinstance(piece, tuple):
        return tuple(row[::-1] for row in piece)
    d = ulcorner(piece)[1] + lrcorner(piece)[1]
    if is_object(piece):
        return frozenset((v, (i, d - j)) for v, (i, j) in piece)
    return frozenset((i, d - j) for i, j in piece)


def dmirror(piece: Piece) -> Piece:
    """Transpose: about the main diagonal (tuple) or about the bbox corner (patch)."""
    if isinstance(piece, tuple):
        return tuple(zip(*piece, strict=False))
    a, b = ulcorner(piece)
    if is_object(piece):
        return frozenset((v, (j - b + a, i - a + b)) for v, (i, j) in piece)
    return frozenset((j - b + a, i - a + b) for i, j in piece)


def cmirror(piece: Piece) -> Piece:
    """Transpose about the anti-diagonal; for patches, vmirror(dmirror(vmirror(piece)))."""
    if isinstance(piece, tuple):
        return tuple(zip(*(row[::-1] for row in piece[::-1]), strict=False))
    return vmirror(dmirror(vmirror(piece)))


def crop(grid: Grid, start: IntegerTuple, dims: IntegerTuple) -> Grid:
    """Rows start[0]:start[0]+dims[0], columns start[1]:start[1]+dims[1] (Python slicing)."""
    rows = grid[start[0] : start[0] + dims[0]]
    return tuple(row[start[1] : start[1] + dims[1]] for row in rows)


def subgrid(patch: Patch, grid: Grid) -> Grid:
    """crop at ulcorner(patch) with size shape(patch); IndexError if the patch is empty."""
    return crop(grid, ulcorner(patch), shape(patch))


def trim(grid: Grid) -> Grid:
    """Drop the first and last row and column."""
    return tuple(row[1:-1] for row in grid[1:-1])


def tophalf(grid: Grid) -> Grid:
    """The first h // 2 rows."""
    return grid[: len(grid) // 2]


def bottomhalf(grid: Grid) -> Grid:
    """The last h // 2 rows (the middle row of an odd h is in neither half)."""
    return grid[len(grid) // 2 + len(grid) % 2 :]


def lefthalf(grid: Grid) -> Grid:
    """The first w // 2 columns, through rotation (w <= 1 gives ())."""
    return rot270(tophalf(rot90(grid)))


def righthalf(grid: Grid) -> Grid:
    """The last w // 2 columns, through rotation (w <= 1 gives ())."""
    return rot270(bottomhalf(rot90(grid)))


def hsplit(grid: Grid, n: Integer) -> Tuple:
    """n pieces side by side, width w // n, one separator column assumed if n does not divide w."""
    h, w = len(grid), len(grid[0]) // n
    offset = len(grid[0]) % n != 0
    return tuple(crop(grid, (0, w * k + k * offset), (h, w)) for k in range(n))


def vsplit(grid: Grid, n: Integer) -> Tuple:
    """n pieces stacked, height h // n, one separator row assumed if n does not divide h."""
    h, w = len(grid) // n, len(grid[0])
    offset = len(grid) % n != 0
    return tuple(crop(grid, (h * k + k * offset, 0), (h, w)) for k in range(n))


def hconcat(a: Grid, b: Grid) -> Grid:
    """Rows of a joined with the rows of b (row count = the smaller one)."""
    return tuple(i + j for i, j in zip(a, b, strict=False))


def vconcat(a: Grid, b: Grid) -> Grid:
    """Rows of a, then rows of b."""
    return a + b


def hupscale(grid: Grid, factor: Integer) -> Grid:
    """Each value repeated factor times within its row."""
    return tuple(tuple(v for v in row for _ in range(factor)) for row in grid)


def vupscale(grid: Grid, factor: Integer) -> Grid:
    """Each row repeated factor times."""
    return tuple(row for row in grid for _ in range(factor))


def upscale(element: Element, factor: Integer) -> Element:
    """Grid: each cell a factor x factor block. Object: the same, anchored at its bbox corner."""
    if isinstance(element, tuple):
        return vupscale(hupscale(element, factor), factor)
    if len(element) == 0:
        return frozenset()
    di, dj = ulcorner(element)
    normed = shift(element, (-di, -dj))
    cells = set()
    for value, (i, j) in normed:
        for io in range(factor):
            for jo in range(factor):
                cells.add((value, (i * factor + io, j * factor + jo)))
    return shift(frozenset(cells), (di, dj))


def downscale(grid: Grid, factor: Integer) -> Grid:
    """Rows and columns whose index is a multiple of factor."""
    h, w = len(grid), len(grid[0])
    columns = tuple(tuple(grid[i][j] for j in range(w) if j % factor == 0) for i in range(h))
    return tuple(row for i, row in enumerate(columns) if i % factor == 0)


def compress(grid: Grid) -> Grid:
    """Remove every uniform row and every uniform column (both decided on the input)."""
    rows = {i for i, row in enumerate(grid) if len(set(row)) == 1}
    columns = {j for j, column in enumerate(dmirror(grid)) if len(set(column)) == 1}
    return tuple(
        tuple(v for j, v in enumerate(row) if j not in columns)
        for i, row in enumerate(grid)
        if i not in rows
    )


def canvas(value: Integer, dimensions: IntegerTuple) -> Grid:
    """dimensions[0] rows of dimensions[1] cells of value."""
    # Every row is one shared tuple (rows are immutable: sharing is not observable). As in a
    # row-by-row build, dimensions[1] is read only when there is a row.
    rows = range(dimensions[0])
    if not rows:
        return ()
    row = tuple(value for _ in range(dimensions[1]))
    return tuple(row for _ in rows)


def index(grid: Grid, loc: IntegerTuple) -> Integer:
    """grid[i][j] inside the grid, None outside (no wrapping)."""
    i, j = loc
    h, w = len(grid), len(grid[0])
    if not (0 <= i < h and 0 <= j < w):
        return None
    return grid[loc[0]][loc[1]]  # subscripts loc itself: a set location raises TypeError here


def cellwise(a: Grid, b: Grid, fallback: Integer) -> Grid:
    """a's cell where it equals b's, else fallback; the shape of a."""
    h, w = len(a), len(a[0])
    return tuple(
        tuple(a[i][j] if a[i][j] == b[i][j] else fallback for j in range(w)) for i in range(h)
    )


def replace(grid: Grid, replacee: Integer, replacer: Integer) -> Grid:
    """Every cell equal to replacee becomes replacer."""
    return tuple(tuple(replacer if v == replacee else v for v in row) for row in grid)


def switch(grid: Grid, a: Integer, b: Integer) -> Grid:
    """Swap colours a and b."""
    return tuple(tuple(v if v != a and v != b else {a: b, b: a}[v] for v in row) for row in grid)
