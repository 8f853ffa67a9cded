"""Periodicity (spec §4.12, 2 primitives)."""

from __future__ import annotations

from .bbox import height, width
from .patches import normalize, shift
from .types import Integer, Object


def hperiod(obj: Object) -> Integer:
    """Smallest p in 1..W-1 such that the object shifted p left (negative columns dropped) is a
    subset of itself; W if none; 0 if empty."""
    normalized = normalize(obj)
    w = width(normalized)
    for p in range(1, w):
        offsetted = shift(normalized, (0, -p))
        pruned = frozenset({(c, (i, j)) for c, (i, j) in offsetted if j >= 0})
        if pruned.issubset(normalized):
            return p
    return w


def vperiod(obj: Object) -> Integer:
    """hperiod along rows: shift up, drop negative rows; 1..H, 0 if empty."""
    normalized = normalize(obj)
    h = height(normalized)
    for p in range(1, h):
        offsetted = shift(normalized, (-p, 0))
        pruned = frozenset({(c, (i, j)) for c, (i, j) in offsetted if i >= 0})
        if pruned.issubset(normalized):
            return p
    return h
