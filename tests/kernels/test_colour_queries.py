"""Colour queries against the reference: mostcolor and leastcolor of grids holding values
outside 0..9 (a fill with a size, a sum), decided where one value alone has the most (fewest)
cells (a tie, which the set's iteration order breaks, is left to the reference); colorcount of
an int or a pair, which raises."""

from __future__ import annotations

import numpy as np
import pytest
from test_rules_differential import compare_programs, mixed_grids

from battflow.dsl import leastcolor, mostcolor
from battflow.kernels.grids import _extreme_colour
from battflow.kernels.values import grids_from_reference


@pytest.mark.parametrize("seed", range(6))
def test_values_outside_the_colours_match_the_reference(seed):
    rng = np.random.default_rng(seed)
    grids = []
    for _ in range(64):
        h, w = rng.integers(1, 8, 2)
        values = rng.choice([-5, -1, 0, 3, 9, 10, 37, 100], size=rng.integers(1, 5), replace=False)
        grids.append(tuple(tuple(int(v) for v in rng.choice(values, w)) for _ in range(h)))
    g = grids_from_reference(np, grids)
    decided = 0
    for most, reference in ((True, mostcolor), (False, leastcolor)):
        out = _extreme_colour(most)(np, [g], len(grids))
        for i, grid in enumerate(grids):
            if g.fb[i] or out.fb[i]:
                continue
            decided += 1
            assert not out.err[i] and int(out.v[i]) == reference(grid), (grid, most)
    assert decided > 64  # most grids have a single most (and least) frequent value


def test_a_tie_between_values_outside_the_colours_falls_back():
    grid = ((10, 37), (37, 10))
    out = _extreme_colour(True)(np, [grids_from_reference(np, [grid])], 1)
    assert bool(out.fb[0])


COUNTS = """
def q_count_in_an_int(I):
    x1 = objects(I, F, T, T)
    x2 = lbind(colorcount, FIVE)
    x3 = argmax(x1, x2)
    O = subgrid(x3, I)
    return O

def q_count_in_a_pair(I):
    x1 = shape(I)
    x2 = colorcount(x1, ONE)
    O = canvas(x2, UNITY)
    return O
"""


@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_colorcount_of_an_int_or_a_pair_raises(semantics):
    inputs = mixed_grids(5, 16)
    counts = compare_programs(COUNTS, semantics, inputs, inputs)
    assert counts["q_count_in_a_pair:fb"] == 0, counts
    if semantics == "solver":  # (batt form without try/except leaves a raising output to the
        # reference whatever the rule says)
        assert counts["q_count_in_an_int:fb"] == 0, counts
