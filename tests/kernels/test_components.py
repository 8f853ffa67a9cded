"""label_components against a plain flood fill, sample by sample."""

from __future__ import annotations

import numpy as np
import pytest

from battflow.kernels.components import label_components


def _flood_labels(member, cells, univalued: bool, diagonal: bool) -> np.ndarray:
    """The contract of label_components for one sample, by breadth-first search."""
    H, W = member.shape
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if diagonal:
        steps += [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    out = np.full(H * W, H * W, dtype=np.int64)
    for start in range(H * W):
        i0, j0 = divmod(start, W)
        if not member[i0, j0] or out[start] != H * W:
            continue
        todo, seen = [(i0, j0)], {(i0, j0)}
        while todo:
            i, j = todo.pop()
            out[i * W + j] = start  # row-major scan: the first cell found is the smallest
            for di, dj in steps:
                a, c = i + di, j + dj
                if not (0 <= a < H and 0 <= c < W) or (a, c) in seen or not member[a, c]:
                    continue
                if univalued and cells[a, c] != cells[i, j]:
                    continue
                seen.add((a, c))
                todo.append((a, c))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_labels_match_a_flood_fill(seed):
    rng = np.random.default_rng(seed)
    b = int(rng.integers(1, 12))
    H, W = (int(v) for v in rng.integers(1, 14, size=2))
    colours = int(rng.integers(1, 4))
    cells = rng.integers(0, colours, size=(b, H, W)).astype(np.int16)
    member = rng.random((b, H, W)) < rng.uniform(0.3, 1.0)
    univalued = rng.random(b) < 0.5
    diagonal = rng.random(b) < 0.5
    got = label_components(np, member, cells, univalued, diagonal)
    assert got.shape == (b, H * W) and got.dtype == np.int64
    for s in range(b):
        want = _flood_labels(member[s], cells[s], bool(univalued[s]), bool(diagonal[s]))
        np.testing.assert_array_equal(got[s], want)


def test_long_winding_component():
    """A serpentine path: many propagation steps before the smallest index reaches its end."""
    H, W = 15, 15
    member = np.zeros((1, H, W), dtype=bool)
    member[0, ::2, :] = True
    for row in range(1, H, 2):
        member[0, row, W - 1 if row % 4 == 1 else 0] = True
    cells = np.zeros((1, H, W), dtype=np.int16)
    flags = np.ones(1, dtype=bool)
    got = label_components(np, member, cells, flags, ~flags)
    want = _flood_labels(member[0], cells[0], True, False)
    np.testing.assert_array_equal(got[0], want)
    assert set(got[0][member[0].reshape(-1)]) == {0}
