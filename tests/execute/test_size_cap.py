"""The size cap (battflow/execute/size_cap.py): a capped primitive gives what the primitive gives
(value or exception class) wherever it would build at most MAX_CELLS elements, raises
SizeCapExceeded only where the primitive would build more, and an evaluation that asks for more
ends as `too_big`, which no `try/except` of a program catches."""

from __future__ import annotations

import random

import pytest

from battflow.dsl.registry import PRIMITIVES
from battflow.execute.outcome import TOO_BIG
from battflow.execute.reference import evaluate
from battflow.execute.size_cap import CAPPED, MAX_CELLS, SizeCapExceeded
from battflow.program import parse_source

GRID = ((1, 2, 3), (4, 5, 6))
OBJ = frozenset({(1, (0, 0)), (2, (1, 1))})


def _outcome(function, *args):
    try:
        return ("value", function(*args))
    except Exception as exc:
        return ("error", type(exc))


def _values(rng: random.Random) -> list:
    small = [0, 1, 2, 3, -1, True, False, 7, 40]
    odd = [1.5, "a", None, (), frozenset(), (1,), ((1, 2), (3,)), frozenset({(1, 2)})]
    random_grid = tuple(tuple(rng.randint(0, 9) for _ in range(4)) for _ in range(3))
    grids = [GRID, ((),), ((1,),), random_grid]
    objs = [OBJ, frozenset({("x", (2, 3))}), frozenset({(1, ("a", 0))}), frozenset({(0, 1)})]
    objs += [frozenset({(0, 1), (5, -3)}), ((2, 2), (0, 7)), frozenset({(1, (0, 0)), (0, 1)})]
    pairs = [(2, 3), (0, 5), (-1, 4), (3,), (1.0, 2), (True, 2), (3, 3, 3)]
    return small + odd + grids + objs + pairs


ARITY = {
    "canvas": 2,
    "hupscale": 2,
    "vupscale": 2,
    "upscale": 2,
    "hconcat": 2,
    "vconcat": 2,
    "interval": 3,
    "product": 2,
    "backdrop": 1,
    "delta": 1,
}


@pytest.mark.parametrize("name", sorted(CAPPED))
def test_capped_primitive_equals_the_primitive_below_the_cap(name):
    rng = random.Random(name)
    values = _values(rng)
    primitive = PRIMITIVES[name].impl
    for _ in range(3000):
        args = [rng.choice(values) for _ in range(ARITY[name])]
        assert _outcome(CAPPED[name], *args) == _outcome(primitive, *args), (name, args)


BIG = [
    ("canvas", (0, (MAX_CELLS, 2))),
    ("upscale", (GRID, 2000)),
    ("upscale", (OBJ, 2000)),
    ("hupscale", (GRID, MAX_CELLS)),
    ("vupscale", (GRID, MAX_CELLS)),
    ("hconcat", (((0,) * 3000,) * 1500, ((0,) * 3000,) * 1500)),
    ("vconcat", (((0,) * 3000,) * 1500, ((0,) * 3000,) * 1500)),
    ("interval", (0, MAX_CELLS + 1, 1)),
    ("product", (tuple(range(3000)), tuple(range(3000)))),
    ("backdrop", (frozenset({(0, 0), (3000, 3000)}),)),
    ("delta", (frozenset({(5, (-2000, 0)), (5, (2000, 1200))}),)),
]


@pytest.mark.parametrize(("name", "args"), BIG, ids=[f"{n}-{i}" for i, (n, _) in enumerate(BIG)])
def test_over_the_cap_raises_size_cap_exceeded(name, args):
    with pytest.raises(SizeCapExceeded):
        CAPPED[name](*args)


def test_at_the_cap_builds():
    assert len(CAPPED["canvas"](0, (MAX_CELLS // 2, 2))) == MAX_CELLS // 2
    assert CAPPED["interval"](0, MAX_CELLS, 1)[-1] == MAX_CELLS - 1


def test_arguments_the_primitive_rejects_keep_its_error():
    # A huge factor with coordinates upscale cannot shift: the primitive's TypeError, not the cap.
    bad = frozenset({(1, ("a", 0))})
    expected = _outcome(PRIMITIVES["upscale"].impl, bad, 10**6)
    assert _outcome(CAPPED["upscale"], bad, 10**6) == expected == ("error", TypeError)
    assert _outcome(CAPPED["canvas"], 0, (10**6, 1.5)) == ("error", TypeError)
    assert _outcome(CAPPED["interval"], 0, 10**9, 0) == ("error", ValueError)


SOURCE = """
def solve_huge(I):
    x1 = upscale(I, 5000)
    O = crop(x1, ORIGIN, (1, 1))
    return O

def batt_huge(I):
    try:
        x1 = upscale(I, 5000)
    except Exception:
        x1 = I
    try:
        O = crop(x1, ORIGIN, (1, 1))
    except Exception:
        O = I
    return O

def batt_huge_in_closure(I):
    try:
        x1 = fork(upscale, identity, size)
    except Exception:
        x1 = identity
    try:
        x2 = objects(I, T, F, F)
    except Exception:
        x2 = frozenset()
    try:
        x3 = mapply(x1, x2)
    except Exception:
        x3 = frozenset()
    try:
        O = paint(I, x3)
    except Exception:
        O = I
    return O
"""


def test_an_evaluation_over_the_cap_is_too_big_and_no_guard_catches_it():
    graph, programs, rejects = parse_source(SOURCE, "huge.py", semantics="batt")
    assert not rejects
    grid = tuple(tuple((i * j) % 3 for j in range(20)) for i in range(20))
    outcomes = evaluate(graph, programs, {"I": grid}, grid)
    assert [o.status for o in outcomes] == [TOO_BIG] * 3


@pytest.mark.parametrize("name", sorted(CAPPED))
def test_capped_primitive_keeps_the_parameters(name):
    # rbind/lbind read co_argcount; programs may pass arguments by keyword
    code, original = CAPPED[name].__code__, PRIMITIVES[name].impl.__code__
    assert code.co_argcount == original.co_argcount
    assert code.co_varnames[: code.co_argcount] == original.co_varnames[: original.co_argcount]
