"""Colours used to draw ARC grids: the standard ARC palette plus a few drawing colours.

Contract: `ARC_COLOURS[k]` is the `#RRGGBB` colour of cell value `k` for `k` in 0..9. Any other
value is drawn in `UNKNOWN_COLOUR` (with a diagonal stripe in `UNKNOWN_STRIPE`), so a bad value
is visible but never an error.

>>> ARC_COLOURS[1]
'#0074D9'
>>> rgb(2)
(255, 65, 54)
"""

from __future__ import annotations

import operator

__all__ = [
    "ARC_COLOURS",
    "GRID_LINE",
    "MARK_EDGE",
    "MARK_FILL",
    "PLACEHOLDER_COLOUR",
    "UNKNOWN_COLOUR",
    "UNKNOWN_STRIPE",
    "hex_rgb",
    "rgb",
]

ARC_COLOURS: tuple[str, ...] = (
    "#000000",  # 0 black
    "#0074D9",  # 1 blue
    "#FF4136",  # 2 red
    "#2ECC40",  # 3 green
    "#FFDC00",  # 4 yellow
    "#AAAAAA",  # 5 grey
    "#F012BE",  # 6 magenta
    "#FF851B",  # 7 orange
    "#7FDBFF",  # 8 sky
    "#870C25",  # 9 maroon
)
"""The standard ARC palette, index = cell value."""

UNKNOWN_COLOUR = "#E4E4E4"
"""Fill of a cell whose value is not 0..9."""
UNKNOWN_STRIPE = "#8C8C8C"
"""Diagonal stripe drawn over an unknown cell."""
GRID_LINE = "#555555"
"""Lines between cells and the 1-px border."""
MARK_FILL = "#FFFFFF"
"""The X drawn in a marked (differing) cell."""
MARK_EDGE = "#FF0000"
"""The outline of that X and the inner border of a marked cell."""
PLACEHOLDER_COLOUR = "#D8D8D8"
"""Fill of the placeholder drawn for an empty grid."""


def hex_rgb(colour: str) -> tuple[int, int, int]:
    """`(r, g, b)` of a `#RRGGBB` string; ValueError on anything else.

    >>> hex_rgb("#555555")
    (85, 85, 85)
    """
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def rgb(colour: int) -> tuple[int, int, int]:
    """`(r, g, b)` of ARC colour `colour` (any integer type); the unknown colour for anything
    outside 0..9.

    >>> rgb(0), rgb(9)
    ((0, 0, 0), (135, 12, 37))
    >>> rgb(42) == hex_rgb(UNKNOWN_COLOUR)
    True
    """
    try:
        value = operator.index(colour)
    except TypeError:
        return hex_rgb(UNKNOWN_COLOUR)
    if 0 <= value <= 9:
        return hex_rgb(ARC_COLOURS[value])
    return hex_rgb(UNKNOWN_COLOUR)
