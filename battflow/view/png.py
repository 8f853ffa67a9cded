"""Draw grids as PIL images / PNG bytes, and lay images out in rows and columns.

Geometry contract (for a non-empty h x w grid drawn with cells of `cell` pixels): the image is
`w * (cell + 1) + 1` pixels wide and `h * (cell + 1) + 1` high; every cell is a `cell` x `cell`
square whose top-left pixel is at `(x, y) = (1 + c * (cell + 1), 1 + r * (cell + 1))`; the
1-px lines between cells and the 1-px border are `GRID_LINE`. Cell values 0..9 are filled with
their ARC colour; any other value (or a non-integer cell) with `UNKNOWN_COLOUR` and a diagonal
stripe. A marked cell gets a white X with a red outline and a red inner border. An empty grid
(0 rows or 0 columns) is an 8 x 8 placeholder. Nothing here raises on cell values.

>>> grid_image(((1, 2, 3),), cell=10).size
(34, 12)
>>> grid_png(((1, 2, 3),))[:4]
b'\\x89PNG'
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from battflow.view.grids import as_cells
from battflow.view.palette import (
    ARC_COLOURS,
    GRID_LINE,
    MARK_EDGE,
    MARK_FILL,
    PLACEHOLDER_COLOUR,
    UNKNOWN_COLOUR,
    UNKNOWN_STRIPE,
    hex_rgb,
)

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = [
    "PLACEHOLDER_SIZE",
    "compose_column",
    "compose_row",
    "default_cell",
    "encode_png",
    "grid_image",
    "grid_png",
    "placeholder_image",
    "save_png",
    "text_image",
]

TARGET_SIDE = 240
"""The longer side of a grid image drawn with the default cell size is about this many px."""
MIN_CELL, MAX_CELL = 4, 24
PLACEHOLDER_SIZE = 8
TEXT_COLOUR = (34, 34, 34)
BACKGROUND = (255, 255, 255)


def default_cell(height: int, width: int) -> int:
    """Cell size in px so the longer side of the image is about 240 px, clamped to 4..24.

    >>> default_cell(30, 30), default_cell(3, 3), default_cell(10, 2)
    (7, 24, 23)
    """
    longer = max(int(height), int(width), 1)
    return max(MIN_CELL, min(MAX_CELL, round((TARGET_SIDE - 1) / longer) - 1))


def placeholder_image() -> Image:
    """The 8 x 8 light-grey image (with a grid-line border) that stands for an empty grid.

    >>> placeholder_image().size
    (8, 8)
    """
    from PIL import Image

    pixels = np.empty((PLACEHOLDER_SIZE, PLACEHOLDER_SIZE, 3), dtype=np.uint8)
    pixels[:] = hex_rgb(GRID_LINE)
    pixels[1:-1, 1:-1] = hex_rgb(PLACEHOLDER_COLOUR)
    return Image.fromarray(pixels)


@lru_cache(maxsize=64)
def _tiles(cell: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Boolean cell x cell masks: unknown stripe, X outline, X, inner border."""
    i, j = np.mgrid[0:cell, 0:cell]
    thick = max(1, cell // 8)
    diagonal = np.minimum(np.abs(i - j), np.abs(i + j - (cell - 1)))
    stripe = np.abs(i + j - (cell - 1)) < max(1, cell // 10)
    outline = diagonal < thick + 1
    cross = diagonal < thick
    ring = (i < thick) | (j < thick) | (i >= cell - thick) | (j >= cell - thick)
    return stripe, outline, cross, ring


def _marks_array(marks: Any, shape: tuple[int, int]) -> np.ndarray | None:
    """`marks` as a bool array of `shape`, or None; ValueError if the shape differs."""
    if marks is None:
        return None
    array = np.asarray(marks, dtype=bool)
    if array.size == 0 and shape[0] * shape[1] == 0:
        return None
    if array.shape != shape:
        raise ValueError(f"marks have shape {array.shape}, the grid {shape}")
    return array


def _render(cells: np.ndarray, cell: int, marks: np.ndarray | None) -> np.ndarray:
    """uint8 RGB pixels of a non-empty grid (see the module docstring for the geometry)."""
    h, w = cells.shape
    lut = np.array([hex_rgb(c) for c in (*ARC_COLOURS, UNKNOWN_COLOUR)], dtype=np.uint8)
    known = (cells >= 0) & (cells <= 9)
    index = np.where(known, cells, 10)
    step = cell + 1
    blocks = np.repeat(np.repeat(lut[index], step, axis=0), step, axis=1)
    line = hex_rgb(GRID_LINE)
    blocks[cell::step] = line
    blocks[:, cell::step] = line
    pixels = np.empty((h * step + 1, w * step + 1, 3), dtype=np.uint8)
    pixels[0, :] = line
    pixels[:, 0] = line
    pixels[1:, 1:] = blocks
    stripe, outline, cross, ring = _tiles(cell)

    def block(r: int, c: int) -> np.ndarray:
        y, x = 1 + r * step, 1 + c * step
        return pixels[y : y + cell, x : x + cell]

    for r, c in np.argwhere(~known):
        block(r, c)[stripe] = hex_rgb(UNKNOWN_STRIPE)
    if marks is not None:
        for r, c in np.argwhere(marks):
            tile = block(r, c)
            tile[outline] = hex_rgb(MARK_EDGE)
            tile[cross] = hex_rgb(MARK_FILL)
            tile[ring] = hex_rgb(MARK_EDGE)
    return pixels


def grid_image(grid: Any, cell: int | None = None, marks: Any = None) -> Image:
    """An RGB PIL image of `grid` (see the module docstring for the geometry).

    `cell`: px per cell (>= 1; default `default_cell`). `marks`: None or a bool array / nested
    sequence of the grid's shape; true cells are marked (ValueError on another shape).
    TypeError/ValueError if `grid` is not grid-like (see `grids.as_cells`).

    >>> grid_image([[0, 1], [2, 3]], cell=4, marks=[[False, True], [False, False]]).size
    (11, 11)
    >>> grid_image(()).size
    (8, 8)
    """
    from PIL import Image

    cells = as_cells(grid)
    h, w = cells.shape
    if h == 0 or w == 0:
        return placeholder_image()
    size = default_cell(h, w) if cell is None else int(cell)
    if size < 1:
        raise ValueError(f"cell must be at least 1 px, got {cell!r}")
    return Image.fromarray(_render(cells, size, _marks_array(marks, (h, w))))


def encode_png(image: Image) -> bytes:
    """PNG bytes of a PIL image.

    >>> encode_png(placeholder_image())[:4]
    b'\\x89PNG'
    """
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def grid_png(grid: Any, cell: int | None = None, marks: Any = None) -> bytes:
    """PNG bytes of `grid_image(grid, cell, marks)`.

    >>> len(grid_png(((5,),), cell=4)) > 0
    True
    """
    return encode_png(grid_image(grid, cell=cell, marks=marks))


def save_png(grid: Any, path: str | Path, cell: int | None = None, marks: Any = None) -> Path:
    """Write `grid_png(grid, cell, marks)` to `path` (parents must exist); returns the Path.

    >>> save_png(((1, 2),), "/tmp/bf_grid.png")
    PosixPath('/tmp/bf_grid.png')
    """
    target = Path(path)
    target.write_bytes(grid_png(grid, cell=cell, marks=marks))
    return target


@lru_cache(maxsize=1)
def _font() -> Any:
    """PIL's default font (the scalable one at 12 px where this Pillow has it)."""
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=12)
    except (TypeError, OSError, ImportError):  # old Pillow or no FreeType
        return ImageFont.load_default()


def _text_box(text: str) -> tuple[int, int]:
    """(width, height) of `text` in the default font; 0 x 0 for ''."""
    if not text:
        return 0, 0
    _left, _top, right, bottom = _font().getbbox(_drawable(text))
    return int(right), int(bottom)


def _drawable(text: str) -> str:
    """`text` as the default font can draw it (bitmap fonts only take latin-1)."""
    from PIL import ImageFont

    if isinstance(_font(), ImageFont.FreeTypeFont):
        return text
    return text.encode("latin-1", "replace").decode("latin-1")


def _draw_text(image: Image, xy: tuple[int, int], text: str) -> None:
    """Draw `text` at `xy` (top-left) in the default font."""
    from PIL import ImageDraw

    if text:
        ImageDraw.Draw(image).text(xy, _drawable(text), fill=TEXT_COLOUR, font=_font())


def text_image(text: str, pad: int = 4) -> Image:
    """A white image showing one line of `text` with `pad` px around it.

    >>> text_image("no output").size[1] > 8
    True
    """
    from PIL import Image

    width, height = _text_box(text)
    image = Image.new("RGB", (width + 2 * pad, height + 2 * pad), BACKGROUND)
    _draw_text(image, (pad, pad), text)
    return image


def _labels(labels: list[str] | None, count: int) -> list[str]:
    """`labels` padded with '' (or cut) to `count` entries."""
    given = [str(label) for label in (labels or [])][:count]
    return given + [""] * (count - len(given))


def compose_row(
    images: list[Image],
    gap: int = 8,
    labels: list[str] | None = None,
    margin: int | None = None,
) -> Image:
    """Images side by side, tops aligned, on white; label k (if any) drawn above image k.

    `gap` px between images, `margin` px around all (default `gap`). Missing labels count as ''.
    An empty list gives a blank `2 * margin` square (at least 1 x 1).

    >>> from PIL import Image
    >>> a, b = Image.new("RGB", (10, 20)), Image.new("RGB", (30, 5))
    >>> compose_row([a, b], gap=8, margin=0).size
    (48, 20)
    """
    from PIL import Image

    outer = gap if margin is None else margin
    texts = _labels(labels, len(images))
    boxes = [_text_box(text) for text in texts]
    label_h = max((h for _, h in boxes), default=0)
    label_h = label_h + 3 if label_h else 0
    widths = [max(image.width, box[0]) for image, box in zip(images, boxes, strict=True)]
    height = max((image.height for image in images), default=0) + label_h
    total_w = sum(widths) + gap * max(len(images) - 1, 0) + 2 * outer
    canvas = Image.new("RGB", (max(total_w, 1), max(height + 2 * outer, 1)), BACKGROUND)
    x = outer
    for image, text, width in zip(images, texts, widths, strict=True):
        _draw_text(canvas, (x, outer), text)
        canvas.paste(image.convert("RGB"), (x, outer + label_h))
        x += width + gap
    return canvas


def compose_column(
    images: list[Image],
    gap: int = 8,
    labels: list[str] | None = None,
    margin: int | None = None,
) -> Image:
    """Images stacked top to bottom, left-aligned, on white; label k (if any) above image k.

    `gap` px between entries, `margin` px around all (default `gap`).

    >>> from PIL import Image
    >>> a, b = Image.new("RGB", (10, 20)), Image.new("RGB", (30, 5))
    >>> compose_column([a, b], gap=8, margin=0).size
    (30, 33)
    """
    from PIL import Image

    outer = gap if margin is None else margin
    texts = _labels(labels, len(images))
    boxes = [_text_box(text) for text in texts]
    heights = [
        image.height + (box[1] + 3 if box[1] else 0)
        for image, box in zip(images, boxes, strict=True)
    ]
    width = max(
        (max(image.width, box[0]) for image, box in zip(images, boxes, strict=True)), default=0
    )
    total_h = sum(heights) + gap * max(len(images) - 1, 0) + 2 * outer
    canvas = Image.new("RGB", (max(width + 2 * outer, 1), max(total_h, 1)), BACKGROUND)
    y = outer
    for image, text, box, height in zip(images, texts, boxes, heights, strict=True):
        _draw_text(canvas, (outer, y), text)
        canvas.paste(image.convert("RGB"), (outer, y + (box[1] + 3 if box[1] else 0)))
        y += height + gap
    return canvas
