"""digest_cells (the batched digest) against the definition, grid by grid."""

import numpy as np
import pytest

from battflow.digest import digest, digest_cells


@pytest.mark.parametrize("dtype", [np.int16, np.int32, np.int64, np.int8, bool])
def test_digest_cells_is_the_definition(dtype):
    rng = np.random.default_rng(7)
    n, H, W = 80, 9, 12
    cells = rng.integers(0, 10, (n, H, W))
    if dtype is not bool:
        odd = rng.random((n, H, W)) < 0.03  # a few colours outside 0..9, negative ones too
        cells[odd] = rng.choice([-7, -1, 10, 99], size=int(odd.sum()))
    cells = cells.astype(dtype) if dtype is not bool else cells > 4
    hs, ws = rng.integers(0, H + 1, n), rng.integers(1, W + 1, n)
    got = digest_cells(np, hs, ws, cells)
    for k in range(n):
        grid = tuple(tuple(int(v) for v in row[: ws[k]]) for row in cells[k, : hs[k]])
        assert int(got[k]) == digest(grid), k
