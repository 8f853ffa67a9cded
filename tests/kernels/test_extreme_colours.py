"""mostcolor and leastcolor of grids holding values outside 0..9 (a fill with a size, a sum):
decided where one value alone has the most (fewest) cells, against the reference; a tie, which
the set's iteration order breaks, is left to the reference."""

from __future__ import annotations

import numpy as np
import pytest

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
