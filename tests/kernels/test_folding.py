"""Calls on constants only (`kernels/folding.py`): the reference's value once per batch."""

from __future__ import annotations

import pytest
from test_rules_differential import compare_programs, mixed_grids

from battflow.execute.size_cap import _SIZES
from battflow.kernels.folding import SIZE_CAPPED

PROGRAMS = """
def q_objects_of_a_constant(I):
    x1 = canvas(FOUR, DOWN)
    x2 = objects(x1, T, T, T)
    x3 = size(x2)
    O = upscale(I, x3)
    return O

def q_size_of_an_empty_set(I):
    x3 = size(difference(initset(ONE), initset(ONE)))
    O = upscale(I, x3)
    return O

def q_set_algebra(I):
    x1 = combine(initset(ONE), insert(TWO, initset(THREE)))
    x2 = size(x1)
    O = upscale(I, x2)
    return O

def q_raising(I):
    x1 = canvas(FOUR, DOWN)
    x2 = first(x1)
    O = fill(I, ONE, x2)
    return O
"""


@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_constant_calls_match_reference(semantics):
    inputs = mixed_grids(2, 8)
    counts = compare_programs(PROGRAMS, semantics, inputs, inputs)
    for name in ("q_objects_of_a_constant", "q_size_of_an_empty_set", "q_set_algebra"):
        assert counts[f"{name}:fb"] == 0, (name, counts)


def test_size_capped_primitives_are_never_folded():
    assert set(_SIZES) == SIZE_CAPPED
