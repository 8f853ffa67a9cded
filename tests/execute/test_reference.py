"""The reference executor: Python's semantics for solver and batt programs, statuses, digests."""

import textwrap

import pytest

import battflow
from battflow.execute import ERROR, MATCH, MISMATCH, NOT_GRID
from battflow.execute.reference import evaluate, sample_inputs
from battflow.program import parse_source

GRID = ((1, 2), (3, 4))


def run(src: str, grid=GRID, expected=None, semantics="solver"):
    graph, programs, rejects = parse_source(textwrap.dedent(src), "p.py", semantics)
    assert rejects == []
    return evaluate(graph, programs, sample_inputs(grid, (), ()), expected)


def test_match_mismatch_not_grid_and_error():
    outcomes = run(
        """
        def a(I):
            O = rot90(I)
            return O
        def b(I):
            O = rot180(I)
            return O
        def c(I):
            O = size(I)
            return O
        def d(I):
            O = divide(ONE, ZERO)
            return O
        """,
        expected=((3, 1), (4, 2)),
    )
    assert [o.status for o in outcomes] == [MATCH, MISMATCH, NOT_GRID, ERROR]
    assert outcomes[0].digest == battflow.digest(((3, 1), (4, 2)))
    assert outcomes[2].digest == outcomes[3].digest == 0


def test_a_raising_line_ends_the_program_even_if_the_output_does_not_need_it():
    (outcome,) = run(
        """
        def f(I):
            x0 = sfilter(I, flip)
            x1 = last(x0)
            O = rot90(I)
            return O
        """,
        expected=((3, 1), (4, 2)),
    )
    assert outcome.status == ERROR  # last(()) raises ValueError although O ignores x1


def test_batt_semantics_gives_the_typed_default_and_goes_on():
    (outcome,) = run(
        """
        def f(I):
            x1 = divide(ONE, ZERO)
            x2 = increment(x1)
            O = canvas(x2, UNITY)
            return O
        """,
        expected=((1,),),
        semantics="batt",
    )
    assert outcome.status == MATCH  # divide -> 0 (Integer default), increment -> 1


def test_explicit_try_except_is_honoured_in_solver_semantics():
    src = """
        def f(I):
            x0 = sfilter(I, flip)
            try:
                x1 = last(x0)
            except {cls}:
                x1 = ONE
            O = canvas(x1, UNITY)
            return O
        """
    assert run(src.format(cls="ValueError"), expected=((1,),))[0].status == MATCH
    assert run(src.format(cls="(TypeError, KeyError)"), expected=((1,),))[0].status == ERROR


def test_try_catches_errors_of_nested_calls_in_python_order():
    # g raises TypeError before h (ValueError) runs, so `except ValueError` does not catch it.
    src = """
        def f(I):
            try:
                x1 = astuple(add(I, NEG_ONE), last(sfilter(I, flip)))
            except {cls}:
                x1 = UNITY
            O = canvas(ZERO, x1)
            return O
        """
    assert run(src.format(cls="ValueError"), grid=((1,),), expected=((0,),))[0].status == ERROR
    assert run(src.format(cls="TypeError"), grid=((1,),), expected=((0,),))[0].status == MATCH


def test_shared_nodes_are_computed_once_per_sample():
    outcomes = run(
        """
        def a(I):
            x1 = objects(I, T, F, F)
            O = size(x1)
            return O
        def b(I):
            x1 = objects(I, T, F, F)
            O = merge(x1)
            return O
        """
    )
    assert [o.status for o in outcomes] == [NOT_GRID, NOT_GRID]


def test_s_and_c_inputs():
    graph, programs, _ = parse_source(
        "def f(S, I, C):\n    x1 = first(S)\n    O = last(x1)\n    return O\n", "p.py"
    )
    demos = ((GRID, ((9,),)),)
    (outcome,) = evaluate(graph, programs, sample_inputs(GRID, demos, (GRID,)), ((9,),))
    assert outcome.status == MATCH


def test_digest_is_pinned():
    # The digest is a documented, stable format: changing it breaks stored results.
    assert battflow.digest(((1, 2), (3, 4))) == 11278774078163047677
    assert battflow.digest(()) == 5423175411993113813
    assert battflow.digest(()) != battflow.digest(((),))
    assert battflow.digest(((True,),)) == battflow.digest(((1,),))
    with pytest.raises(ValueError):
        battflow.digest(((1, 2), (3,)))


def test_digest_many_is_digest_on_arrays():
    import numpy as np

    from battflow.digest import digest_many

    rng = np.random.default_rng(0)
    # colours 0..9 (read from the term table; padding -1 outside the grids), values outside
    # 0..9 in every grid or in a few cells (their terms from the definition), and int64 cells
    # past int32
    for low, high, sprinkle, dtype in (
        (0, 10, None, np.int16),
        (-1, 12, None, np.int16),
        (0, 10, (-7, 11, 300), np.int16),
        (0, 10, (2**40, -(2**62), 2**63 - 1), np.int64),
    ):
        cells = rng.integers(low, high, size=(40, 30, 30)).astype(dtype)
        if sprinkle is not None:
            at = rng.integers(0, 40 * 30 * 30, size=25)
            cells.reshape(-1)[at] = np.array(sprinkle, dtype=dtype)[at % len(sprinkle)]
        hs, ws = rng.integers(0, 31, size=40), rng.integers(0, 31, size=40)
        for k, (h, w) in enumerate(zip(hs, ws, strict=True)):
            cells[k, h:, :] = cells[k, :, w:] = -1
        expected = [
            battflow.digest(tuple(tuple(int(v) for v in row[:w]) for row in cells[k, :h]))
            if h
            else battflow.digest(())
            for k, (h, w) in enumerate(zip(hs, ws, strict=True))
        ]
        assert digest_many(hs, ws, cells).tolist() == expected


def _documented_digest(grid) -> int:
    """The digest's definition (battflow/digest.py docstring), in Python integers."""
    mask = 2**64 - 1

    def mix(z):
        z ^= z >> 30
        z = (z * 0xBF58476D1CE4E5B9) & mask
        z ^= z >> 27
        z = (z * 0x94D049BB133111EB) & mask
        return z ^ (z >> 31)

    h = len(grid)
    w = len(grid[0]) if h else 0
    cells = 0
    for t, c in enumerate(int(c) for row in grid for c in row):
        cells += mix((c * 0x9E3779B97F4A7C15 + t * 0xD1B54A32D192ED03 + 0x2545F4914F6CDD1D) & mask)
    shape = mix((h * 0xA24BAED4963EE407 + w * 0x9FB21C651E98DF25 + 0x4BE98134A5976FD3) & mask)
    return mix((cells & mask) ^ shape) or 1


def test_digest_follows_its_documented_definition():
    import numpy as np

    rng = np.random.default_rng(3)
    grids = [(), ((),), ((), ()), ((2**63 - 1, -(2**63)), (-1, 0)), ((True, False),)]
    for _ in range(30):
        h, w = (int(x) for x in rng.integers(1, 31, size=2))
        grids.append(tuple(tuple(int(v) for v in row) for row in rng.integers(-3, 12, (h, w))))
    for grid in grids:
        assert battflow.digest(grid) == _documented_digest(grid), grid


def _odd_values():
    """Grids and near-grids: every way a value can fail to be one, and bool and extreme cells."""
    import numpy as np

    rng = np.random.default_rng(5)
    cells = [0, 1, -1, 9, 2**63 - 1, -(2**63), True, False]
    odd = [2**63, -(2**63) - 1, 2**64, 1.0, 2.5, None, "a", (1,), (), frozenset(), [1]]
    values = [(), ((),), ((), ()), ((1,), ()), [[1]], ([1],), (1, 2), ((1, 2), [3, 4])]
    values += [(frozenset({1}), frozenset({2})), (((1, 2), (3, 4)),), ((1, 2), (3,))]
    for _ in range(400):
        h, w = (int(x) for x in rng.integers(1, 5, size=2))
        grid = [[cells[int(rng.integers(len(cells)))] for _ in range(w)] for _ in range(h)]
        if rng.random() < 0.4:
            grid[int(rng.integers(h))][int(rng.integers(w))] = odd[int(rng.integers(len(odd)))]
        values.append(tuple(tuple(row) for row in grid))
    return values


def test_grid_cells_accepts_what_as_grid_accepts():
    """grid_cells (numpy in one call) and as_grid (row by row) agree on every value, and the
    digest of the cells is the grid's digest."""
    from battflow.digest import as_grid, digest_of_cells, grid_cells

    for value in _odd_values():
        cells = grid_cells(value)
        assert (cells is None) == (as_grid(value) is None), value
        if cells is not None:
            assert digest_of_cells(cells) == battflow.digest(value), value
            assert cells.tolist() == [[int(c) for c in row] for row in value]


def test_large_and_shared_row_grids():
    """Outputs past one digest block (65,536 cells) and grids whose rows are one shared tuple
    (a canvas, a painted canvas): the blocked digest, the row-shared conversion, the counts'
    palette and the paints that copy only the rows they write give what the plain definitions
    give."""
    import numpy as np

    from battflow.digest import as_grid, digest_many, digest_of_cells, grid_cells
    from battflow.dsl import canvas, fill, paint, underfill, underpaint
    from battflow.execute.scores import grid_counts

    rng = np.random.default_rng(11)
    row = (3,) * 300
    shared = tuple(row for _ in range(300))
    painted = paint(shared, frozenset({(5, (1, 2)), (7, (299, 0)), (4, (400, 1))}))
    odd = tuple(row if k % 2 else (3,) * 299 + (2**63,) for k in range(6))
    for grid in (shared, painted, canvas(0, (700, 100)), odd):
        cells = grid_cells(grid)
        assert (cells is None) == (as_grid(grid) is None)
        if cells is None:
            continue
        assert cells.tolist() == [list(r) for r in grid]
        assert digest_of_cells(cells) == _documented_digest(grid)
        h, w = cells.shape
        assert digest_of_cells(cells) == int(digest_many([h], [w], cells[None])[0])
    expected = ((1, 3), (5, 9))
    plain_palette = len({c for r in painted for c in r} | {1, 3, 5, 9})
    assert grid_counts(painted, expected)[4] == plain_palette
    grid = tuple(tuple(int(v) for v in r) for r in rng.integers(0, 3, (6, 5)))
    patch = frozenset((int(i), int(j)) for i, j in rng.integers(-1, 7, (12, 2)))
    obj = frozenset((int(c), loc) for c, loc in zip(rng.integers(0, 5, 12), patch, strict=False))

    def copied(g):
        return tuple(tuple(r) for r in g)

    for f, args in ((fill, (7, patch)), (underfill, (7, patch)), (paint, (obj,)),
                    (underpaint, (obj,))):  # fmt: skip
        assert f(grid, *args) == f(copied(grid), *args)
        assert all(type(r) is tuple for r in f(grid, *args))
    with pytest.raises(TypeError):  # rows that are not iterable raise as list(row) does
        paint((1, 2), frozenset())
