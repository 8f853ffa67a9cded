"""Higher-order rules over containers that are mostly padding: func is called on the elements
only (`mappers._over`), with the same outcomes as on every slot and as the reference."""

from __future__ import annotations

import numpy as np
import pytest
from test_rules_differential import compare_programs

from battflow.kernels import mappers

PROGRAMS = """
def sizes(I):
    x1 = objects(I, T, F, F)
    x2 = apply(size, x1)
    O = canvas(ZERO, astuple(size(x2), ONE))
    return O

def recoloured(I):
    x1 = objects(I, T, T, T)
    x2 = mapply(lbind(recolor, FIVE), x1)
    O = paint(I, x2)
    return O

def largest(I):
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    O = fill(I, EIGHT, x2)
    return O

def kept(I):
    x1 = objects(I, F, F, T)
    x2 = sfilter(x1, compose(even, size))
    O = fill(I, THREE, merge(x2))
    return O

def boxes(I):
    x1 = partition(I)
    x2 = mapply(box, x1)
    O = underfill(I, SIX, x2)
    return O

def picked(I):
    x1 = objects(I, T, F, F)
    x2 = extract(x1, matcher(color, ONE))
    O = cover(I, x2)
    return O

def shifted(I):
    x1 = fgpartition(I)
    x2 = mfilter(x1, compose(positive, size))
    O = move(I, x2, UNITY)
    return O
"""


def _grids(rng, count: int) -> list:
    """Mostly plain grids of a few objects, and a few noisy ones of dozens: the group's
    containers are sized by the noisy ones, so most slots are padding."""
    grids = []
    for s in range(count):
        h, w = (int(v) for v in rng.integers(4, 13, size=2))
        if s % 6 == 0:
            cells = rng.integers(0, 4, size=(h, w))
        else:
            cells = np.zeros((h, w), dtype=int)
            for _ in range(int(rng.integers(1, 4))):
                i, j = int(rng.integers(0, h - 1)), int(rng.integers(0, w - 1))
                cells[i : i + 2, j : j + 2] = int(rng.integers(1, 4))
        grids.append(tuple(tuple(int(v) for v in row) for row in cells))
    return grids


@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_elements_only_match_every_slot_and_the_reference(semantics, monkeypatch):
    rng = np.random.default_rng(5)
    inputs = _grids(rng, 30)
    calls = []
    original = mappers.take_value

    def counting(xp, value, idx):
        calls.append(len(idx))
        return original(xp, value, idx)

    monkeypatch.setattr(mappers, "take_value", counting)
    compact = compare_programs(PROGRAMS, semantics, inputs, inputs)
    assert calls  # the compact path ran
    monkeypatch.setattr(mappers, "COMPACT_FILL", 0.0)
    every_slot = compare_programs(PROGRAMS, semantics, inputs, inputs)
    for name in ("sizes", "recoloured", "largest", "kept", "boxes", "picked", "shifted"):
        assert compact[f"{name}:decided"] >= every_slot[f"{name}:decided"], name
        assert compact[f"{name}:decided"] > 0, name
