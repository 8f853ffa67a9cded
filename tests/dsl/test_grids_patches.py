# ruff: noqa: F403, F405
"""Example-based tests for the grid and patch primitives, spec §4.5-§4.12.

Every expected value below is taken from (or derived by hand from) the entries of
/work/shared/dsl-spec.md. Types are asserted as well as values: a tuple never equals a
frozenset, and Grid results must be tuples of row tuples.
"""

import random

import pytest

from battflow.dsl import *

fs = frozenset

G23 = ((1, 2, 3), (4, 5, 6))
G33 = ((1, 2, 3), (4, 5, 6), (7, 8, 9))


def obj(*cells):
    """Build an Object (frozenset of (value, (i, j)) cells)."""
    return frozenset(cells)


def idx(*locs):
    """Build Indices (frozenset of (i, j))."""
    return frozenset(locs)


def is_grid(g):
    return isinstance(g, tuple) and all(isinstance(r, tuple) for r in g)


# ---------------------------------------------------------------------------
# §4.5 mostcolor / leastcolor: counts and the SISO tie rule (§1.6)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grid", "expected"),
    [
        (((0, 8), (8, 0)), 0),  # spec example: 0 inserted first, 8 probes to slot 1
        (((8, 0), (0, 8)), 8),  # spec example: 8 takes slot 0 first
        (((9, 9, 1, 1),), 9),  # spec example
        (((1, 1, 9, 9),), 1),  # spec example "with 1 first it is 1"
        (((8, 8, 0, 0, 1, 2),), 8),  # k = 4: slot order 8, 0, 2, 1
        (((8, 8, 0, 0, 1, 2, 3),), 0),  # k = 5: ascending
        (((9, 8, 7, 6, 5),), 5),  # k = 5, all tied: smallest
        (((3, 3, 3), (3, 1, 2)), 3),  # no tie
        (((7,),), 7),
    ],
)
def test_mostcolor_grid_siso(grid, expected):
    assert mostcolor(grid) == expected


@pytest.mark.parametrize(
    ("grid", "expected"),
    [
        (((0, 8), (8, 0)), 0),
        (((8, 0), (0, 8)), 8),
        (((9, 1),), 9),
        (((1, 9),), 1),
        (((9, 8, 7, 6, 5),), 5),  # k >= 5: ties go to the smallest colour
        (((9, 9, 8, 7, 6, 5, 5),), 6),  # 8, 7, 6 tie at 1 -> ascending -> 6
        (((3, 3, 3), (3, 1, 2)), 1),  # 1 and 2 tie; iteration order 1, 2, 3
        (((3, 3, 2), (3, 3, 1)), 1),  # 2 and 1 tie; iteration order 1, 2, 3
        (((8, 0, 3, 3),), 8),  # 8 and 0 tie; 8 inserted first takes slot 0
        (((0, 8, 3, 3),), 0),
    ],
)
def test_leastcolor_grid_siso(grid, expected):
    assert leastcolor(grid) == expected


def test_mostcolor_leastcolor_object():
    o = obj((1, (0, 0)), (1, (0, 1)), (2, (1, 1)), (1, (5, 5)))
    assert mostcolor(o) == 1
    assert leastcolor(o) == 2


def test_mostcolor_object_one_vote_per_cell():
    # two cells at one location both vote
    o = obj((1, (0, 0)), (2, (0, 0)), (2, (1, 1)), (1, (2, 2)), (2, (3, 3)))
    assert mostcolor(o) == 2
    assert leastcolor(o) == 1


def test_mostcolor_leastcolor_indices_read_row_index():
    # §1.4.4 / §4.5: Indices silently use the row index as the colour
    p = idx((0, 0), (1, 0), (1, 1), (1, 2), (3, 3), (3, 4))
    assert mostcolor(p) == 1
    assert leastcolor(p) == 0


@pytest.mark.parametrize("empty", [(), frozenset()])
def test_mostcolor_leastcolor_empty_raise_valueerror(empty):
    with pytest.raises(ValueError):
        mostcolor(empty)
    with pytest.raises(ValueError):
        leastcolor(empty)


# §4.5 colorcount


def test_colorcount_grid_object_indices():
    g = ((1, 2, 1), (1, 0, 0))
    assert colorcount(g, 1) == 3
    assert colorcount(g, 7) == 0
    assert type(colorcount(g, 7)) is int
    o = obj((1, (0, 0)), (2, (0, 1)), (1, (3, 3)))
    assert colorcount(o, 1) == 2
    assert colorcount(o, 5) == 0
    p = idx((2, 0), (2, 1), (0, 0))
    assert colorcount(p, 2) == 2  # row index counted as the colour
    assert colorcount(p, 1) == 0


# §4.5 colorfilter


def test_colorfilter_univalued_objects():
    a = obj((1, (0, 0)), (1, (0, 1)))
    b = obj((2, (1, 1)))
    c = obj((1, (3, 3)))
    res = colorfilter(fs({a, b, c}), 1)
    assert res == fs({a, c})
    assert isinstance(res, frozenset)
    assert colorfilter(fs({a, b, c}), 9) == frozenset()


def test_colorfilter_tuple_input_gives_frozenset():
    a = obj((1, (0, 0)))
    b = obj((2, (1, 1)))
    res = colorfilter((a, b, a), 1)
    assert isinstance(res, frozenset)
    assert res == fs({a})


def test_colorfilter_empty_object_raises_runtimeerror():
    # StopIteration inside the generator expression becomes RuntimeError (§1.5)
    with pytest.raises(RuntimeError):
        colorfilter(fs({frozenset()}), 1)


def test_colorfilter_empty_objects():
    res = colorfilter(frozenset(), 3)
    assert res == frozenset()
    assert isinstance(res, frozenset)


# §4.5 palette / numcolors


def test_palette_grid_object_indices():
    assert palette(((1, 2), (2, 3))) == fs({1, 2, 3})
    assert isinstance(palette(((1, 2), (2, 3))), frozenset)
    assert palette(obj((4, (0, 0)), (5, (9, 9)))) == fs({4, 5})
    assert palette(idx((0, 5), (3, 5), (3, 6))) == fs({0, 3})  # rows


@pytest.mark.parametrize("empty", [(), ((),), frozenset()])
def test_palette_empty(empty):
    res = palette(empty)
    assert res == frozenset()
    assert isinstance(res, frozenset)


@pytest.mark.parametrize(
    ("grid", "order"),
    [
        (((8, 0),), (8, 0)),
        (((0, 8),), (0, 8)),
        (((9, 1),), (9, 1)),
        (((1, 9),), (1, 9)),
        (((9, 8, 7, 6, 5),), (5, 6, 7, 8, 9)),
    ],
)
def test_palette_iteration_order_siso(grid, order):
    # §4.5: "Its iteration order follows the SISO rule, with values in row-major order"
    assert tuple(palette(grid)) == order


def test_numcolors_returns_int():
    n = numcolors(((1, 2), (2, 3)))
    assert n == 3
    assert type(n) is int
    assert numcolors(()) == 0
    assert type(numcolors(frozenset())) is int
    assert numcolors(obj((4, (0, 0)), (4, (0, 1)))) == 1
    assert numcolors(idx((0, 0), (1, 0), (1, 1))) == 2


# §4.5 color


def test_color():
    assert color(obj((3, (0, 0)), (3, (1, 1)))) == 3
    assert color(idx((4, 0))) == 4  # row of the first index
    with pytest.raises(StopIteration):
        color(frozenset())


# ---------------------------------------------------------------------------
# §4.6 height / width / shape / portrait
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("piece", "h", "w"),
    [
        ((), 0, 0),
        (((),), 1, 0),
        (((), ()), 2, 0),
        (frozenset(), 0, 0),
        (G23, 2, 3),
        (((1, 2, 3),), 1, 3),
        (idx((-2, -3), (4, 5)), 7, 9),  # spec example width 9
        (idx((1, 1), (1, 3)), 1, 3),  # bbox, not distinct rows
        (idx((0, 0), (5, 0)), 6, 1),
        (obj((1, (2, 2)), (2, (3, 5))), 2, 4),
    ],
)
def test_height_width_shape(piece, h, w):
    assert height(piece) == h
    assert width(piece) == w
    s = shape(piece)
    assert s == (h, w)
    assert isinstance(s, tuple)


def test_width_negative_coordinates_spec_example():
    assert width({(-2, -3), (4, 5)}) == 9


def test_width_reads_first_row():
    assert width(((1, 2, 3), (4,))) == 3
    assert width(((1,), (4, 5, 6))) == 1


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ((), False),
        (frozenset(), False),
        (((1,), (2,)), True),
        (((1, 2),), False),
        (((1,),), False),
        (((),), True),  # 1 row, 0 columns
        (idx((0, 0), (2, 0)), True),
        (idx((0, 0), (0, 2)), False),
    ],
)
def test_portrait(piece, expected):
    assert portrait(piece) is expected


# §4.6 square


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        (((1, 2), (3, 4)), True),
        (G23, False),
        (((1,),), True),
        (((),), False),
        (frozenset(), True),  # empty patch: 0 x 0 = 0
        (idx((0, 0), (0, 1), (1, 0), (1, 1)), True),
        (idx((0, 0), (1, 1)), False),  # square bbox but not filled
        (idx((5, 5)), True),
        (idx((0, 0), (0, 1)), False),
        (obj((1, (0, 0)), (2, (0, 0))), False),  # two cells at one location fail the area test
    ],
)
def test_square(piece, expected):
    assert square(piece) is expected


def test_square_empty_grid_raises_indexerror():
    with pytest.raises(IndexError):
        square(())


# §4.6 vline / hline


@pytest.mark.parametrize(
    ("patch", "v", "h"),
    [
        (idx((3, 3)), True, True),  # single cell
        (frozenset(), False, False),
        (idx((0, 0), (1, 0), (2, 0)), True, False),
        (idx((0, 0), (2, 0)), False, False),  # gap
        (idx((0, 0), (0, 1), (0, 2)), False, True),
        (idx((0, 0), (0, 2)), False, False),  # gap
        (idx((0, 0), (1, 1)), False, False),
        (obj((1, (0, 0)), (2, (1, 0))), True, False),
    ],
)
def test_vline_hline_patches(patch, v, h):
    assert vline(patch) is v
    assert hline(patch) is h


@pytest.mark.parametrize(
    ("grid", "v", "h"),
    [
        (((1,),), True, True),  # hline on a grid: only 1x1
        (((1,), (2,), (3,)), True, False),  # vline: any one-column grid
        (((1, 2, 3),), False, False),  # one row but not 1x1
        (((1, 2), (3, 4)), False, False),
    ],
)
def test_vline_hline_grids(grid, v, h):
    assert vline(grid) is v
    assert hline(grid) is h


# §4.6 uppermost / lowermost / leftmost / rightmost


def test_extremes():
    p = idx((2, -1), (-3, 4), (0, 0))
    assert uppermost(p) == -3
    assert lowermost(p) == 2
    assert leftmost(p) == -1
    assert rightmost(p) == 4
    o = obj((9, (1, 1)), (8, (4, 2)))
    assert (uppermost(o), lowermost(o), leftmost(o), rightmost(o)) == (1, 4, 1, 2)


@pytest.mark.parametrize("fn", ["uppermost", "lowermost", "leftmost", "rightmost"])
def test_extremes_empty_raise_valueerror(fn):
    f = globals()[fn]
    with pytest.raises(ValueError):
        f(frozenset())


# §4.6 corners


def test_corner_functions():
    p = idx((1, 3), (2, 0), (4, 2))
    assert ulcorner(p) == (1, 0)
    assert urcorner(p) == (1, 3)
    assert llcorner(p) == (4, 0)
    assert lrcorner(p) == (4, 3)
    o = obj((5, (-1, -2)), (6, (3, 7)))
    assert ulcorner(o) == (-1, -2)
    assert lrcorner(o) == (3, 7)
    for f in (ulcorner, urcorner, llcorner, lrcorner):
        assert isinstance(f(p), tuple)


@pytest.mark.parametrize("fn", ["ulcorner", "urcorner", "llcorner", "lrcorner"])
def test_corner_functions_empty_give_empty_tuple(fn):
    f = globals()[fn]
    res = f(frozenset())
    assert res == ()
    assert isinstance(res, tuple)


def test_ulcorner_of_grid_is_per_column_minima():
    # §4.6: a Grid passes through toindices unchanged, giving per-column minima
    assert ulcorner(((3, 1), (2, 5))) == (2, 1)


def test_corners():
    assert corners(idx((0, 0), (2, 3), (1, 1))) == fs({(0, 0), (0, 3), (2, 0), (2, 3)})
    assert corners(idx((1, 1))) == fs({(1, 1)})
    assert corners(idx((1, 1), (1, 4))) == fs({(1, 1), (1, 4)})
    assert isinstance(corners(idx((1, 1))), frozenset)


def test_corners_empty_gives_set_of_empty_tuple():
    res = corners(frozenset())
    assert res == frozenset({()})
    assert isinstance(res, frozenset)


# §4.6 center


@pytest.mark.parametrize(
    ("patch", "expected"),
    [
        (idx((0, 0), (1, 0)), (1, 0)),  # spec example: lower middle
        (idx((0, 0), (0, 3)), (0, 2)),  # spec example: right middle
        (idx((0, 0), (2, 2)), (1, 1)),
        (idx((5, 5)), (5, 5)),
        (idx((-3, -3), (-2, -2)), (-2, -2)),
        (obj((1, (0, 0)), (1, (3, 1))), (2, 1)),
    ],
)
def test_center(patch, expected):
    res = center(patch)
    assert res == expected
    assert isinstance(res, tuple)


def test_center_empty_raises_valueerror():
    with pytest.raises(ValueError):
        center(frozenset())


# §4.6 centerofmass


@pytest.mark.parametrize(
    ("patch", "expected"),
    [
        (idx((0, 0), (2, 2)), (1, 1)),
        (idx((0, 0), (0, 1), (1, 0), (1, 1)), (0, 0)),
        (idx((0, 0), (0, 1), (0, 2), (3, 0)), (0, 0)),  # floor(3/4), floor(3/4)
        (idx((-1, 0), (0, 0)), (-1, 0)),  # floor toward -inf
        (idx((1, 2), (2, 4), (3, 9)), (2, 5)),
        # divisor = number of elements (2) while sums run over distinct indices ({(2, 2)})
        (obj((1, (2, 2)), (2, (2, 2))), (1, 1)),
    ],
)
def test_centerofmass(patch, expected):
    res = centerofmass(patch)
    assert res == expected
    assert isinstance(res, tuple)


def test_centerofmass_empty_gives_empty_tuple():
    res = centerofmass(frozenset())
    assert res == ()
    assert isinstance(res, tuple)


# ---------------------------------------------------------------------------
# §4.7 toindices
# ---------------------------------------------------------------------------


def test_toindices_object():
    o = obj((1, (0, 0)), (2, (0, 0)), (3, (1, 2)))
    res = toindices(o)
    assert res == fs({(0, 0), (1, 2)})
    assert isinstance(res, frozenset)


def test_toindices_indices_identity():
    p = idx((0, 0), (1, 2))
    assert toindices(p) is p


def test_toindices_tuple_of_pairs_identity():
    t = ((0, 0), (1, 1), (0, 0))
    assert toindices(t) is t


def test_toindices_grid_identity():
    g = ((1, 2), (3, 4))
    assert toindices(g) is g


@pytest.mark.parametrize("empty", [frozenset(), ()])
def test_toindices_empty_gives_frozenset(empty):
    res = toindices(empty)
    assert res == frozenset()
    assert isinstance(res, frozenset)


def test_toindices_objects_raises_typeerror():
    with pytest.raises(TypeError):
        toindices(fs({obj((1, (0, 0)))}))


# §4.7 recolor


def test_recolor():
    assert recolor(3, idx((0, 0), (1, 1))) == fs({(3, (0, 0)), (3, (1, 1))})
    # several colours at one location collapse into one cell
    res = recolor(7, obj((1, (0, 0)), (2, (0, 0)), (1, (4, 4))))
    assert res == fs({(7, (0, 0)), (7, (4, 4))})
    assert isinstance(res, frozenset)
    res = recolor(5, ((0, 0), (0, 1)))
    assert res == fs({(5, (0, 0)), (5, (0, 1))})
    assert isinstance(res, frozenset)


def test_recolor_empty():
    res = recolor(3, frozenset())
    assert res == frozenset()
    assert isinstance(res, frozenset)


# §4.7 shift


def test_shift_indices_and_object():
    assert shift(idx((0, 0), (1, 2)), (1, -3)) == fs({(1, -3), (2, -1)})
    assert shift(obj((5, (0, 0)), (6, (1, 2))), (-1, 1)) == fs({(5, (-1, 1)), (6, (0, 3))})


def test_shift_tuple_patch_becomes_frozenset():
    res = shift(((0, 0), (1, 1)), (1, 1))
    assert res == fs({(1, 1), (2, 2)})
    assert isinstance(res, frozenset)


@pytest.mark.parametrize("empty", [(), frozenset()])
def test_shift_empty_returned_as_is(empty):
    res = shift(empty, (3, 4))
    assert res is empty


# §4.7 normalize


def test_normalize():
    assert normalize(idx((2, 3), (4, 1))) == fs({(0, 2), (2, 0)})
    assert normalize(obj((1, (-2, -2)), (2, (-1, 0)))) == fs({(1, (0, 0)), (2, (1, 2))})
    assert normalize(idx((0, 0))) == fs({(0, 0)})


@pytest.mark.parametrize("empty", [(), frozenset()])
def test_normalize_empty_returned_as_is(empty):
    assert normalize(empty) is empty


# §4.7 dneighbors / ineighbors / neighbors


def test_neighbours():
    d = dneighbors((0, 0))
    i = ineighbors((0, 0))
    n = neighbors((0, 0))
    assert d == fs({(-1, 0), (1, 0), (0, -1), (0, 1)})
    assert i == fs({(-1, -1), (-1, 1), (1, -1), (1, 1)})
    assert n == d | i
    assert len(n) == 8
    assert (0, 0) not in n
    for r in (d, i, n):
        assert isinstance(r, frozenset)
    assert dneighbors((5, 7)) == fs({(4, 7), (6, 7), (5, 6), (5, 8)})


# §4.7 connect


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 0), (0, 3), {(0, 0), (0, 1), (0, 2), (0, 3)}),
        ((3, 1), (0, 1), {(0, 1), (1, 1), (2, 1), (3, 1)}),
        ((0, 0), (2, 2), {(0, 0), (1, 1), (2, 2)}),
        ((2, 2), (0, 0), {(0, 0), (1, 1), (2, 2)}),
        ((0, 2), (2, 0), {(0, 2), (1, 1), (2, 0)}),  # anti-diagonal
        ((2, 0), (0, 2), {(0, 2), (1, 1), (2, 0)}),
        ((-1, -1), (1, -3), {(-1, -1), (0, -2), (1, -3)}),
        ((4, 5), (4, 5), {(4, 5)}),
        ((0, 0), (1, 2), set()),  # spec example: not on a line
        ((0, 0), (3, 1), set()),
    ],
)
def test_connect(a, b, expected):
    res = connect(a, b)
    assert res == frozenset(expected)
    assert isinstance(res, frozenset)


# §4.7 shoot


def test_shoot_unit_direction_43_cells():
    res = shoot((0, 0), (1, 1))
    assert isinstance(res, frozenset)
    assert len(res) == 43
    assert res == fs((k, k) for k in range(43))


def test_shoot_runs_into_negative_coordinates():
    res = shoot((5, 5), (0, -1))
    assert len(res) == 43
    assert res == fs((5, j) for j in range(-37, 6))
    assert len(shoot((2, 3), (-1, 0))) == 43
    assert (-40, 3) in shoot((2, 3), (-1, 0))


def test_shoot_direction_2_2_is_contiguous_85():
    res = shoot((0, 0), (2, 2))
    assert len(res) == 85
    assert res == fs((k, k) for k in range(85))


def test_shoot_zero_direction_gives_start():
    assert shoot((3, 4), (0, 0)) == fs({(3, 4)})


def test_shoot_non_line_direction_gives_empty():
    res = shoot((0, 0), (1, 2))
    assert res == frozenset()
    assert isinstance(res, frozenset)


# §4.7 vfrontier / hfrontier


def test_frontier_lines_always_30_cells():
    v = vfrontier((7, 3))
    h = hfrontier((7, 3))
    assert v == fs((i, 3) for i in range(30))
    assert h == fs((7, j) for j in range(30))
    assert len(vfrontier((-5, -2))) == 30
    assert vfrontier((100, -2)) == fs((i, -2) for i in range(30))
    assert isinstance(v, frozenset)
    assert isinstance(h, frozenset)


# §4.7 backdrop / delta / box


def test_backdrop_delta():
    p = idx((0, 0), (1, 2))
    bd = backdrop(p)
    assert bd == fs({(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)})
    assert isinstance(bd, frozenset)
    assert delta(p) == fs({(0, 1), (0, 2), (1, 0), (1, 1)})
    o = obj((1, (-1, -1)), (2, (0, 0)))
    assert backdrop(o) == fs({(-1, -1), (-1, 0), (0, -1), (0, 0)})
    assert delta(o) == fs({(-1, 0), (0, -1)})


def test_backdrop_delta_empty():
    for f in (backdrop, delta):
        res = f(frozenset())
        assert res == frozenset()
        assert isinstance(res, frozenset)


def test_box():
    assert box(idx((0, 0), (2, 2))) == fs(
        {(0, 0), (0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1), (2, 2)}
    )
    assert box(idx((4, 4))) == fs({(4, 4)})
    assert box(idx((1, 0), (1, 3))) == fs({(1, 0), (1, 1), (1, 2), (1, 3)})  # segment
    assert box(obj((1, (0, 0)), (2, (3, 0)))) == fs({(0, 0), (1, 0), (2, 0), (3, 0)})


@pytest.mark.parametrize("empty", [(), frozenset()])
def test_box_empty_returned_as_is(empty):
    assert box(empty) is empty


# §4.7 inbox / outbox


def ring(r0, c0, r1, c1):
    return fs(
        (i, j)
        for i in range(r0, r1 + 1)
        for j in range(c0, c1 + 1)
        if i in (r0, r1) or j in (c0, c1)
    )


def test_ring_helper():
    assert ring(0, 0, 2, 2) == box(idx((0, 0), (2, 2)))


def test_inbox_regular():
    # bbox 5x5 at (0,0): ring just inside the border
    assert inbox(idx((0, 0), (4, 4))) == ring(1, 1, 3, 3)
    # bbox 3x3: single middle cell
    assert inbox(idx((0, 0), (2, 2))) == fs({(1, 1)})


def test_inbox_single_cell_equals_outbox():
    p = idx((3, 3))
    assert inbox(p) == ring(2, 2, 4, 4)
    assert outbox(p) == ring(2, 2, 4, 4)
    assert inbox(p) == outbox(p)
    assert len(inbox(p)) == 8


def test_inbox_thin_patches():
    # height 1: rows r0-1 .. r0+1 (extends outside the bbox)
    assert inbox(idx((0, 0), (0, 4))) == ring(-1, 1, 1, 3)
    # height 2: rows r0 .. r1 (the bbox's own border lines)
    assert inbox(idx((0, 0), (1, 4))) == ring(0, 1, 1, 3)
    # height 3: the single middle row
    assert inbox(idx((0, 0), (2, 4))) == fs({(1, 1), (1, 2), (1, 3)})
    # columns behave the same way
    assert inbox(idx((0, 0), (4, 0))) == ring(1, -1, 3, 1)
    assert inbox(idx((0, 0), (4, 1))) == ring(1, 0, 3, 1)


def test_outbox():
    res = outbox(idx((1, 1), (2, 3)))
    assert res == ring(0, 0, 3, 4)
    assert isinstance(res, frozenset)
    assert outbox(obj((1, (0, 0)), (2, (0, 1)))) == ring(-1, -1, 1, 2)


@pytest.mark.parametrize("fn", ["inbox", "outbox"])
def test_inbox_outbox_empty_raise_valueerror(fn):
    f = globals()[fn]
    with pytest.raises(ValueError):
        f(frozenset())


# §4.7 asindices / ofcolor


def test_asindices():
    res = asindices(G23)
    assert res == fs((i, j) for i in range(2) for j in range(3))
    assert isinstance(res, frozenset)


@pytest.mark.parametrize("empty", [(), ((),), ((), ())])
def test_asindices_empty(empty):
    res = asindices(empty)
    assert res == frozenset()
    assert isinstance(res, frozenset)


def test_ofcolor():
    g = ((1, 2, 1), (0, 1, 2))
    res = ofcolor(g, 1)
    assert res == fs({(0, 0), (0, 2), (1, 1)})
    assert isinstance(res, frozenset)
    assert ofcolor(g, 7) == frozenset()
    assert isinstance(ofcolor(g, 7), frozenset)


# §4.7 toobject / asobject


def test_toobject_drops_out_of_grid():
    p = idx((0, 0), (1, 2), (-1, 0), (0, -1), (2, 0), (0, 3))
    res = toobject(p, G23)
    assert res == fs({(1, (0, 0)), (6, (1, 2))})
    assert isinstance(res, frozenset)


def test_toobject_recolours_object_from_grid():
    o = obj((9, (0, 1)), (9, (1, 1)))
    assert toobject(o, G23) == fs({(2, (0, 1)), (5, (1, 1))})


def test_toobject_empty_patch_and_empty_grid():
    assert toobject(frozenset(), G23) == frozenset()
    with pytest.raises(IndexError):
        toobject(idx((0, 0)), ())


def test_asobject():
    res = asobject(((1, 2), (3, 4)))
    assert res == fs({(1, (0, 0)), (2, (0, 1)), (3, (1, 0)), (4, (1, 1))})
    assert isinstance(res, frozenset)
    assert asobject(()) == frozenset()
    assert isinstance(asobject(()), frozenset)


# ---------------------------------------------------------------------------
# §4.8 hmatching / vmatching
# ---------------------------------------------------------------------------


def test_hmatching_vmatching():
    a = idx((0, 0), (2, 5))
    assert hmatching(a, idx((2, 9))) is True
    assert hmatching(a, idx((1, 0))) is False
    assert vmatching(a, idx((9, 5))) is True
    assert vmatching(a, idx((0, 1))) is False
    assert hmatching(obj((1, (3, 3))), idx((3, 0))) is True


def test_hmatching_vmatching_empty_false():
    assert hmatching(frozenset(), idx((0, 0))) is False
    assert vmatching(idx((0, 0)), frozenset()) is False


# §4.8 manhattan / adjacent


def test_manhattan_min_over_pairs():
    a = idx((0, 0), (5, 5))
    b = idx((5, 7), (0, 3))
    assert manhattan(a, b) == 2  # (5,5)-(5,7), not a bbox/centre distance
    assert manhattan(idx((0, 0)), idx((3, 4))) == 7
    assert manhattan(idx((0, 0), (1, 1)), idx((1, 1), (9, 9))) == 0  # overlap


def test_manhattan_empty_raises_valueerror():
    with pytest.raises(ValueError):
        manhattan(frozenset(), idx((0, 0)))
    with pytest.raises(ValueError):
        manhattan(idx((0, 0)), frozenset())


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (idx((0, 0)), idx((0, 1)), True),
        (idx((0, 0)), idx((1, 0)), True),
        (idx((0, 0)), idx((1, 1)), False),  # diagonal only
        (idx((0, 0)), idx((0, 2)), False),
        (idx((0, 0), (0, 1)), idx((0, 1), (0, 2)), False),  # overlap is not adjacent
        (idx((0, 0), (0, 1)), idx((0, 0), (0, 2)), False),  # overlap even though (0,1)-(0,2)
        (obj((3, (2, 2))), obj((4, (2, 3))), True),
    ],
)
def test_adjacent(a, b, expected):
    assert adjacent(a, b) is expected


def test_adjacent_empty_raises_valueerror():
    with pytest.raises(ValueError):
        adjacent(frozenset(), idx((0, 0)))


# §4.8 bordering


@pytest.mark.parametrize(
    ("patch", "expected"),
    [
        (idx((1, 1)), False),
        (idx((0, 1)), True),  # top
        (idx((1, 0)), True),  # left
        (idx((2, 1)), True),  # bottom (r1 == h - 1)
        (idx((1, 2)), True),  # right (c1 == w - 1)
        (idx((-1, 0)), True),  # spec example: only because c0 == 0
        (idx((-1, 1)), False),  # beyond the top edge is not bordering
        (idx((3, 1)), False),  # beyond the bottom edge
        (idx((1, 3)), False),  # beyond the right edge
        (idx((-1, 1), (1, 1)), False),
        (obj((5, (1, 1)), (5, (2, 1))), True),
    ],
)
def test_bordering(patch, expected):
    assert bordering(patch, G33) is expected


def test_bordering_uses_grid_width_and_height():
    g = ((0, 0, 0, 0),)  # 1 x 4
    assert bordering(idx((5, 3)), g) is True  # c1 == w - 1
    assert bordering(idx((5, 2)), g) is False


def test_bordering_empty_raises_valueerror():
    with pytest.raises(ValueError):
        bordering(frozenset(), G33)


# §4.8 position


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (idx((0, 0)), idx((0, 3)), (0, 1)),
        (idx((0, 3)), idx((0, 0)), (0, -1)),
        (idx((0, 0)), idx((0, 0)), (0, -1)),  # identical centres
        (idx((0, 0), (2, 2)), idx((1, 1)), (0, -1)),  # identical centres, different patches
        (idx((0, 0)), idx((3, 0)), (1, 0)),
        (idx((3, 0)), idx((0, 0)), (-1, 0)),
        (idx((0, 0)), idx((2, 2)), (1, 1)),
        (idx((2, 2)), idx((0, 0)), (-1, -1)),
        (idx((0, 2)), idx((2, 0)), (1, -1)),
        (idx((2, 0)), idx((0, 2)), (-1, 1)),
        (obj((1, (0, 0))), obj((2, (5, 0))), (1, 0)),
    ],
)
def test_position(a, b, expected):
    res = position(a, b)
    assert res == expected
    assert isinstance(res, tuple)


def test_position_empty_raises_valueerror():
    with pytest.raises(ValueError):
        position(frozenset(), idx((0, 0)))


# §4.8 gravitate


@pytest.mark.parametrize(
    ("source", "destination", "expected"),
    [
        (idx((0, 0)), idx((0, 4)), (0, 3)),  # spec example
        (idx((0, 0)), idx((5, 5)), (0, 42)),  # spec example: never adjacent
        (idx((0, 0)), idx((0, 0)), (-1, 0)),  # spec example: overlap keeps stepping
        (idx((0, 4)), idx((0, 0)), (0, -3)),
        (idx((0, 0)), idx((4, 0)), (3, 0)),  # vmatching: vertical step
        (idx((4, 0)), idx((0, 0)), (-3, 0)),
        (idx((0, 0)), idx((0, 1)), (0, 0)),  # already adjacent
        (idx((5, 5)), idx((0, 0)), (0, -42)),
        (obj((1, (2, 0)), (1, (2, 1))), obj((2, (2, 6))), (0, 4)),
    ],
)
def test_gravitate(source, destination, expected):
    res = gravitate(source, destination)
    assert res == expected
    assert isinstance(res, tuple)


def test_gravitate_equal_centre_rows_step_up():
    # vmatching and equal centre rows -> step (-1, 0); overlap keeps stepping until adjacent
    assert gravitate(idx((1, 0)), idx((0, 0), (1, 0), (2, 0))) == (-2, 0)


def test_gravitate_empty_raises_valueerror():
    with pytest.raises(ValueError):
        gravitate(frozenset(), idx((0, 0)))
    with pytest.raises(ValueError):
        gravitate(idx((0, 0)), frozenset())


# §4.8 occurrences


def test_occurrences_basic():
    g = ((1, 2, 1, 2), (0, 1, 2, 0))
    o = obj((1, (0, 0)), (2, (0, 1)))
    res = occurrences(g, o)
    assert res == fs({(0, 0), (0, 2), (1, 1)})
    assert isinstance(res, frozenset)


def test_occurrences_object_is_normalised():
    g = ((1, 2, 1, 2), (0, 1, 2, 0))
    o = obj((1, (7, 5)), (2, (7, 6)))
    assert occurrences(g, o) == fs({(0, 0), (0, 2), (1, 1)})


def test_occurrences_wildcards_inside_bbox():
    g = ((3, 0, 0), (9, 3, 0), (0, 8, 3))
    o = obj((3, (0, 0)), (3, (1, 1)))  # (0,1) and (1,0) are wildcards
    assert occurrences(g, o) == fs({(0, 0), (1, 1)})


def test_occurrences_empty_object_gives_h_plus_1_times_w_plus_1():
    res = occurrences(G23, frozenset())
    assert res == fs((i, j) for i in range(3) for j in range(4))
    assert len(res) == (2 + 1) * (3 + 1)


def test_occurrences_larger_than_grid_is_empty():
    o = obj((1, (0, 0)), (1, (0, 5)))
    assert occurrences(G23, o) == frozenset()


def test_occurrences_two_colours_at_one_location_never_match():
    g = ((1, 2), (2, 1))
    o = obj((1, (0, 0)), (2, (0, 0)))
    assert occurrences(g, o) == frozenset()


def test_occurrences_indices_raise_typeerror():
    with pytest.raises(TypeError):
        occurrences(G23, idx((0, 0)))


def test_occurrences_indices_larger_than_grid_no_error():
    assert occurrences(G23, idx((0, 0), (5, 0))) == frozenset()


# ---------------------------------------------------------------------------
# §4.9 objects: all 8 flag combinations on a hand-made grid
# ---------------------------------------------------------------------------

OG = (
    (1, 1, 0, 0),
    (0, 2, 0, 3),
    (0, 0, 3, 0),
    (4, 0, 0, 0),
)  # background (mostcolor) is 0


def cells(*locs):
    return frozenset((OG[i][j], (i, j)) for i, j in locs)


O_ONES = cells((0, 0), (0, 1))
O_TWO = cells((1, 1))
O_3A = cells((1, 3))
O_3B = cells((2, 2))
O_FOUR = cells((3, 0))
O_ZERO_SMALL = cells((0, 2), (0, 3), (1, 2))
O_ZERO_BIG = cells((1, 0), (2, 0), (2, 1), (3, 1), (3, 2), (3, 3), (2, 3))
O_WHOLE = frozenset((v, (i, j)) for i, r in enumerate(OG) for j, v in enumerate(r))


@pytest.mark.parametrize(
    ("univalued", "diagonal", "without_bg", "expected"),
    [
        (True, False, True, {O_ONES, O_TWO, O_3A, O_3B, O_FOUR}),
        (True, True, True, {O_ONES, O_TWO, O_3A | O_3B, O_FOUR}),
        (False, False, True, {O_ONES | O_TWO, O_3A, O_3B, O_FOUR}),
        (False, True, True, {O_ONES | O_TWO | O_3A | O_3B, O_FOUR}),
        (True, False, False, {O_ONES, O_TWO, O_3A, O_3B, O_FOUR, O_ZERO_SMALL, O_ZERO_BIG}),
        (True, True, False, {O_ONES, O_TWO, O_3A | O_3B, O_FOUR, O_ZERO_SMALL | O_ZERO_BIG}),
        (False, False, False, {O_WHOLE}),
        (False, True, False, {O_WHOLE}),
    ],
)
def test_objects_flag_combinations(univalued, diagonal, without_bg, expected):
    res = objects(OG, univalued, diagonal, without_bg)
    assert isinstance(res, frozenset)
    assert all(isinstance(o, frozenset) for o in res)
    assert res == frozenset(expected)


def test_objects_keyword_arguments():
    res = objects(grid=OG, univalued=True, diagonal=False, without_bg=True)
    assert res == fs({O_ONES, O_TWO, O_3A, O_3B, O_FOUR})


def test_objects_truthy_flags():
    assert objects(OG, 1, 0, 1) == objects(OG, True, False, True)
    assert objects(OG, "x", (), [0]) == objects(OG, True, False, True)


def test_objects_background_tie_rule():
    # §4.5/§1.6: bg = mostcolor tie rule
    a = objects(((0, 8), (8, 0)), True, False, True)
    assert a == fs({fs({(8, (0, 1))}), fs({(8, (1, 0))})})
    b = objects(((8, 0), (0, 8)), True, False, True)
    assert b == fs({fs({(0, (0, 1))}), fs({(0, (1, 0))})})


def test_objects_uniform_grid():
    g = ((5, 5), (5, 5))
    assert objects(g, True, False, True) == frozenset()
    whole = fs({(5, (0, 0)), (5, (0, 1)), (5, (1, 0)), (5, (1, 1))})
    assert objects(g, True, False, False) == fs({whole})


def test_objects_no_wrapping():
    # (0, 0) and (2, 2) would be diagonal neighbours only if coordinates wrapped
    g = ((1, 0, 0), (0, 0, 0), (0, 0, 1))
    res = objects(g, True, True, True)
    assert res == fs({fs({(1, (0, 0))}), fs({(1, (2, 2))})})
    g2 = ((1, 0, 0, 1),)
    assert len(objects(g2, True, True, False)) == 3


def test_objects_empty_grid_errors():
    with pytest.raises(ValueError):
        objects((), True, False, True)
    with pytest.raises(IndexError):
        objects((), True, False, False)


def test_objects_zero_column_grid():
    res = objects(((),), True, False, False)
    assert res == frozenset()
    assert isinstance(res, frozenset)


# §4.9 partition / fgpartition


def test_partition():
    g = ((1, 2, 1), (2, 2, 0))
    res = partition(g)
    assert isinstance(res, frozenset)
    assert res == fs(
        {
            fs({(1, (0, 0)), (1, (0, 2))}),
            fs({(2, (0, 1)), (2, (1, 0)), (2, (1, 1))}),
            fs({(0, (1, 2))}),
        }
    )


def test_partition_empty_grid():
    assert partition(()) == frozenset()
    assert isinstance(partition(()), frozenset)


def test_fgpartition():
    g = ((1, 2, 1), (2, 2, 0))
    res = fgpartition(g)
    assert isinstance(res, frozenset)
    assert res == fs({fs({(1, (0, 0)), (1, (0, 2))}), fs({(0, (1, 2))})})


def test_fgpartition_tie_rule():
    assert fgpartition(((0, 8), (8, 0))) == fs({fs({(8, (0, 1)), (8, (1, 0))})})
    assert fgpartition(((8, 0), (0, 8))) == fs({fs({(0, (0, 1)), (0, (1, 0))})})


def test_fgpartition_uniform_and_empty():
    assert fgpartition(((3, 3), (3, 3))) == frozenset()
    with pytest.raises(ValueError):
        fgpartition(())


# §4.9 frontiers


def test_frontiers_rows_and_columns():
    g = ((1, 1, 1), (2, 3, 1), (4, 4, 1))
    res = frontiers(g)
    assert isinstance(res, frozenset)
    assert res == fs(
        {
            fs({(1, (0, 0)), (1, (0, 1)), (1, (0, 2))}),
            fs({(1, (0, 2)), (1, (1, 2)), (1, (2, 2))}),
        }
    )


def test_frontiers_1x1_grid_gives_one_object():
    assert frontiers(((7,),)) == fs({fs({(7, (0, 0))})})


def test_frontiers_single_row():
    res = frontiers(((5, 5, 5),))
    row = fs({(5, (0, 0)), (5, (0, 1)), (5, (0, 2))})
    cols = {fs({(5, (0, j))}) for j in range(3)}
    assert res == fs({row} | cols)


def test_frontiers_none():
    res = frontiers(((1, 2), (2, 1)))
    assert res == frozenset()
    assert isinstance(res, frozenset)


def test_frontiers_empty_grid_raises_indexerror():
    with pytest.raises(IndexError):
        frontiers(())


# ---------------------------------------------------------------------------
# §4.10 rotations
# ---------------------------------------------------------------------------


def test_rotations_2x3():
    assert rot90(G23) == ((4, 1), (5, 2), (6, 3))
    assert rot180(G23) == ((6, 5, 4), (3, 2, 1))
    assert rot270(G23) == ((3, 6), (2, 5), (1, 4))
    for f in (rot90, rot180, rot270):
        assert is_grid(f(G23))


def test_rotations_thin():
    row = ((1, 2, 3),)
    assert rot90(row) == ((1,), (2,), (3,))
    assert rot270(row) == ((3,), (2,), (1,))
    assert rot180(row) == ((3, 2, 1),)
    col = ((1,), (2,), (3,))
    assert rot90(col) == ((3, 2, 1),)
    assert rot270(col) == ((1, 2, 3),)


@pytest.mark.parametrize("fn", ["rot90", "rot270"])
@pytest.mark.parametrize("grid", [(), ((),), ((), (), ())])
def test_quarter_rotations_zero_columns_give_empty(fn, grid):
    res = globals()[fn](grid)
    assert res == ()
    assert isinstance(res, tuple)


def test_rot180_degenerate():
    assert rot180(()) == ()
    assert rot180(((),)) == ((),)
    assert rot180(((), ())) == ((), ())


# §4.10 mirrors on grids


def test_mirrors_on_grids():
    assert hmirror(G23) == ((4, 5, 6), (1, 2, 3))
    assert vmirror(G23) == ((3, 2, 1), (6, 5, 4))
    assert dmirror(G23) == ((1, 4), (2, 5), (3, 6))
    assert cmirror(G23) == ((6, 3), (5, 2), (4, 1))
    for f in (hmirror, vmirror, dmirror, cmirror):
        assert is_grid(f(G23))


def test_mirrors_on_degenerate_grids():
    assert hmirror(()) == ()
    assert vmirror(()) == ()
    assert dmirror(()) == ()
    assert cmirror(()) == ()
    assert vmirror(((),)) == ((),)
    assert hmirror(((), ())) == ((), ())
    assert dmirror(((),)) == ()
    assert cmirror(((),)) == ()


def test_hmirror_tuple_patch_is_reversed():
    t = ((0, 0), (1, 1), (5, 5))
    assert hmirror(t) == ((5, 5), (1, 1), (0, 0))


# §4.10 mirrors on patches


def test_hmirror_vmirror_patches():
    p = idx((0, 0), (0, 1), (2, 1))
    assert hmirror(p) == fs({(2, 0), (2, 1), (0, 1)})
    assert vmirror(p) == fs({(0, 1), (0, 0), (2, 0)})
    o = obj((1, (0, 0)), (2, (2, 1)))
    assert hmirror(o) == fs({(1, (2, 0)), (2, (0, 1))})
    assert vmirror(o) == fs({(1, (0, 1)), (2, (2, 0))})
    q = idx((5, 5), (6, 8))  # mirror stays inside the bbox
    assert hmirror(q) == fs({(6, 5), (5, 8)})
    assert vmirror(q) == fs({(5, 8), (6, 5)})
    assert isinstance(hmirror(p), frozenset)


def test_dmirror_patch_transposes_about_ulcorner():
    p = idx((1, 2), (1, 3), (1, 4), (2, 2))
    assert dmirror(p) == fs({(1, 2), (2, 2), (3, 2), (1, 3)})
    # cells may leave the original bbox
    assert dmirror(idx((0, 0), (0, 1), (0, 2))) == fs({(0, 0), (1, 0), (2, 0)})
    o = obj((7, (1, 2)), (8, (1, 4)))
    assert dmirror(o) == fs({(7, (1, 2)), (8, (3, 2))})


def test_cmirror_patch():
    p = idx((0, 0), (0, 1), (0, 2), (1, 0))
    assert cmirror(p) == fs({(2, 1), (1, 1), (0, 1), (2, 0)})
    assert cmirror(p) == vmirror(dmirror(vmirror(p)))
    o = obj((1, (0, 0)), (2, (0, 2)))
    assert cmirror(o) == fs({(1, (2, 0)), (2, (0, 0))})


@pytest.mark.parametrize(
    ("fn", "exc"),
    [
        ("hmirror", IndexError),
        ("vmirror", IndexError),
        ("dmirror", ValueError),
        ("cmirror", IndexError),
    ],
)
def test_mirrors_empty_patch_exceptions(fn, exc):
    with pytest.raises(exc):
        globals()[fn](frozenset())


# §4.10 crop / subgrid


@pytest.mark.parametrize(
    ("start", "dims", "expected"),
    [
        ((0, 0), (2, 2), ((1, 2), (4, 5))),
        ((1, 1), (1, 2), ((5, 6),)),
        ((1, 1), (5, 5), ((5, 6),)),  # clipped at bottom/right
        ((-1, 0), (2, 2), ()),  # spec example: negative start wraps
        ((0, -2), (2, 1), ((2,), (5,))),  # spec example
        ((-1, 0), (5, 3), ((4, 5, 6),)),  # rows [-1:4] -> [1:2]
        ((0, 0), (2, 0), ((), ())),  # spec example
        ((0, 0), (0, 2), ()),
        ((1, 0), (-1, 2), ()),
        ((5, 5), (2, 2), ()),
    ],
)
def test_crop(start, dims, expected):
    res = crop(G23, start, dims)
    assert res == expected
    assert is_grid(res)


def test_subgrid():
    assert subgrid(idx((0, 0), (1, 1)), G33) == ((1, 2), (4, 5))
    assert subgrid(obj((9, (1, 2)), (9, (2, 1))), G33) == ((5, 6), (8, 9))
    assert subgrid(idx((1, 1)), G33) == ((5,),)
    assert subgrid(idx((2, 2), (4, 4)), G33) == ((9,),)  # clipped


def test_subgrid_negative_ulcorner_wraps():
    # crop(G33, (-1, 0), (2, 2)) -> rows [2:1] -> ()
    assert subgrid(idx((-1, 0), (0, 1)), G33) == ()
    # crop(G33, (0, -1), (2, 2)) -> columns [2:1] -> rows of ()
    assert subgrid(idx((0, -1), (1, 0)), G33) == ((), ())


def test_subgrid_empty_patch_raises_indexerror():
    with pytest.raises(IndexError):
        subgrid(frozenset(), G33)


# §4.10 trim


@pytest.mark.parametrize(
    ("grid", "expected"),
    [
        (G33, ((5,),)),
        (((1, 2, 3, 4),) * 4, ((2, 3), (2, 3))),
        (G23, ()),  # h <= 2
        (((1,),), ()),
        (((1, 2), (3, 4), (5, 6)), ((),)),  # h >= 3, w <= 2: rows of ()
        ((), ()),
    ],
)
def test_trim(grid, expected):
    res = trim(grid)
    assert res == expected
    assert is_grid(res)


# §4.10 halves


def test_tophalf_bottomhalf():
    g = ((1,), (2,), (3,))
    assert tophalf(g) == ((1,),)
    assert bottomhalf(g) == ((3,),)  # middle row dropped
    g4 = ((1,), (2,), (3,), (4,))
    assert tophalf(g4) == ((1,), (2,))
    assert bottomhalf(g4) == ((3,), (4,))
    assert tophalf(((1, 2),)) == ()
    assert bottomhalf(((1, 2),)) == ()
    assert tophalf(()) == ()
    assert bottomhalf(()) == ()


def test_lefthalf_righthalf():
    assert lefthalf(G23) == ((1,), (4,))
    assert righthalf(G23) == ((3,), (6,))  # middle column dropped
    g = ((1, 2, 3, 4), (5, 6, 7, 8))
    assert lefthalf(g) == ((1, 2), (5, 6))
    assert righthalf(g) == ((3, 4), (7, 8))
    for f in (lefthalf, righthalf):
        assert is_grid(f(g))


@pytest.mark.parametrize("grid", [((1,), (2,)), ((1,),), ((),), ((), ()), ()])
def test_lefthalf_righthalf_narrow_give_empty(grid):
    # w <= 1: the result is () (zero rows), not h empty rows
    assert lefthalf(grid) == ()
    assert righthalf(grid) == ()


# §4.10 hsplit / vsplit


def test_hsplit_divisible():
    g = ((1, 2, 3, 4), (5, 6, 7, 8))
    res = hsplit(g, 2)
    assert res == (((1, 2), (5, 6)), ((3, 4), (7, 8)))
    assert isinstance(res, tuple)


def test_hsplit_width5_n2_separator():
    g = ((0, 1, 2, 3, 4),)
    assert hsplit(g, 2) == (((0, 1),), ((3, 4),))


def test_hsplit_width7_n3_separator():
    g = ((0, 1, 2, 3, 4, 5, 6), (10, 11, 12, 13, 14, 15, 16))
    assert hsplit(g, 3) == (
        ((0, 1), (10, 11)),
        ((3, 4), (13, 14)),
        ((6,), (16,)),
    )


def test_hsplit_n_greater_than_w():
    res = hsplit(((1, 2), (3, 4)), 3)
    assert res == (((), ()), ((), ()), ((), ()))


def test_hsplit_n1():
    assert hsplit(G23, 1) == (G23,)


def test_hsplit_errors():
    with pytest.raises(ZeroDivisionError):
        hsplit(G23, 0)
    with pytest.raises(IndexError):
        hsplit((), 2)


def test_vsplit():
    g = ((0,), (1,), (2,), (3,), (4,))
    assert vsplit(g, 2) == (((0,), (1,)), ((3,), (4,)))
    g7 = tuple((k,) for k in range(7))
    assert vsplit(g7, 3) == (((0,), (1,)), ((3,), (4,)), ((6,),))
    g4 = tuple((k, k) for k in range(4))
    assert vsplit(g4, 2) == (((0, 0), (1, 1)), ((2, 2), (3, 3)))
    assert isinstance(vsplit(g4, 2), tuple)


def test_vsplit_n_greater_than_h():
    assert vsplit(G23, 3) == ((), (), ())


def test_vsplit_errors():
    with pytest.raises(ZeroDivisionError):
        vsplit(G23, 0)
    with pytest.raises(IndexError):
        vsplit((), 2)


# §4.10 hconcat / vconcat


def test_hconcat():
    assert hconcat(((1,), (2,)), ((3, 4), (5, 6))) == ((1, 3, 4), (2, 5, 6))
    assert hconcat(((1,), (2,)), ((3,),)) == ((1, 3),)  # min row count
    assert hconcat((), G23) == ()
    assert is_grid(hconcat(((1,), (2,)), ((3,), (4,))))


def test_vconcat():
    assert vconcat(((1, 2),), ((3, 4),)) == ((1, 2), (3, 4))
    assert vconcat(((1, 2),), ((3,),)) == ((1, 2), (3,))  # widths unchecked
    assert vconcat((), ()) == ()


# §4.10 hupscale / vupscale / upscale / downscale


def test_hupscale():
    assert hupscale(((1, 2), (3, 4)), 2) == ((1, 1, 2, 2), (3, 3, 4, 4))
    assert hupscale(((1, 2), (3, 4)), 1) == ((1, 2), (3, 4))
    assert hupscale(((1, 2), (3, 4)), 0) == ((), ())
    assert hupscale(((1, 2),), -1) == ((),)


def test_vupscale():
    assert vupscale(((1, 2), (3, 4)), 2) == ((1, 2), (1, 2), (3, 4), (3, 4))
    assert vupscale(((1, 2),), 0) == ()
    assert vupscale(((1, 2),), -3) == ()


def test_upscale_grid():
    res = upscale(((1, 2), (3, 4)), 2)
    assert res == ((1, 1, 2, 2), (1, 1, 2, 2), (3, 3, 4, 4), (3, 3, 4, 4))
    assert is_grid(res)
    assert upscale(((5,),), 3) == ((5, 5, 5),) * 3
    assert upscale(((1, 2),), 0) == ()
    assert upscale(((1, 2),), -1) == ()


def test_upscale_object_anchored_at_ulcorner():
    o = obj((5, (2, 3)), (6, (2, 4)))
    res = upscale(o, 2)
    assert isinstance(res, frozenset)
    assert res == fs(
        {
            (5, (2, 3)),
            (5, (2, 4)),
            (5, (3, 3)),
            (5, (3, 4)),
            (6, (2, 5)),
            (6, (2, 6)),
            (6, (3, 5)),
            (6, (3, 6)),
        }
    )


def test_upscale_object_negative_ulcorner():
    o = obj((1, (-1, -1)), (2, (0, 0)))
    assert upscale(o, 2) == fs(
        {
            (1, (-1, -1)),
            (1, (-1, 0)),
            (1, (0, -1)),
            (1, (0, 0)),
            (2, (1, 1)),
            (2, (1, 2)),
            (2, (2, 1)),
            (2, (2, 2)),
        }
    )


def test_upscale_object_degenerate():
    o = obj((5, (2, 3)))
    for res in (upscale(o, 0), upscale(o, -2), upscale(frozenset(), 3)):
        assert res == frozenset()
        assert isinstance(res, frozenset)
    assert upscale(o, 1) == o


def test_upscale_indices_raise_typeerror():
    with pytest.raises(TypeError):
        upscale(idx((0, 0), (1, 1)), 2)


def test_downscale():
    g = ((1, 1, 2, 2), (1, 1, 2, 2), (3, 3, 4, 4), (3, 3, 4, 4))
    assert downscale(g, 2) == ((1, 2), (3, 4))
    assert downscale(G33, 2) == ((1, 3), (7, 9))  # ceil(h/f) x ceil(w/f)
    assert downscale(G23, 1) == G23
    assert downscale(G23, 5) == ((1,),)
    # blocks are not checked for uniformity
    assert downscale(((1, 2), (3, 4)), 2) == ((1,),)


def test_downscale_errors():
    with pytest.raises(ZeroDivisionError):
        downscale(G23, 0)
    with pytest.raises(IndexError):
        downscale((), 2)


# §4.10 compress


@pytest.mark.parametrize(
    ("grid", "expected"),
    [
        (((1, 2), (1, 2)), ((), ())),  # spec example: all columns uniform
        (((1, 1), (2, 2)), ()),  # all rows uniform
        (((0, 0, 0, 0), (0, 1, 0, 2), (0, 3, 0, 4)), ((1, 2), (3, 4))),
        (((1, 2), (3, 4)), ((1, 2), (3, 4))),
        (((5,),), ()),
        ((), ()),
    ],
)
def test_compress(grid, expected):
    res = compress(grid)
    assert res == expected
    assert is_grid(res)


def test_compress_rows_and_columns_decided_on_input():
    # row 0 is uniform and column 0 is uniform in the input; both are removed
    g = ((7, 7, 7), (7, 1, 2), (7, 3, 3))
    assert compress(g) == ((1, 2), (3, 3))


# §4.10 canvas


@pytest.mark.parametrize(
    ("value", "dims", "expected"),
    [
        (7, (2, 3), ((7, 7, 7), (7, 7, 7))),
        (0, (1, 1), ((0,),)),
        (1, (0, 3), ()),
        (1, (-1, 3), ()),
        (1, (2, 0), ((), ())),
        (1, (2, -4), ((), ())),
    ],
)
def test_canvas(value, dims, expected):
    res = canvas(value, dims)
    assert res == expected
    assert is_grid(res)


# §4.10 index


def test_index():
    assert index(G23, (0, 0)) == 1
    assert index(G23, (1, 2)) == 6
    assert index(G23, (2, 0)) is None
    assert index(G23, (0, 3)) is None
    assert index(G23, (-1, 0)) is None  # no wrapping
    assert index(G23, (0, -1)) is None


def test_index_empty_grid_raises_indexerror():
    with pytest.raises(IndexError):
        index((), (0, 0))


# §4.10 cellwise


def test_cellwise():
    a = ((1, 2), (3, 4))
    b = ((1, 0), (3, 0))
    res = cellwise(a, b, 9)
    assert res == ((1, 9), (3, 9))
    assert is_grid(res)
    # extra rows/columns of b are ignored
    big = ((1, 2, 7), (0, 4, 7), (7, 7, 7))
    assert cellwise(a, big, 0) == ((1, 2), (0, 4))


def test_cellwise_errors():
    with pytest.raises(IndexError):
        cellwise(((1, 2), (3, 4)), ((1, 2),), 0)
    with pytest.raises(IndexError):
        cellwise(((1, 2), (3, 4)), ((1,), (3,)), 0)
    with pytest.raises(IndexError):
        cellwise((), ((1,),), 0)


# §4.10 replace / switch


def test_replace():
    g = ((1, 2, 1), (0, 1, 3))
    res = replace(g, 1, 5)
    assert res == ((5, 2, 5), (0, 5, 3))
    assert is_grid(res)
    assert replace(g, 9, 5) == g
    assert replace((), 1, 2) == ()


def test_switch():
    g = ((1, 2, 1), (0, 2, 3))
    res = switch(g, 1, 2)
    assert res == ((2, 1, 2), (0, 1, 3))
    assert is_grid(res)
    assert switch(g, 1, 1) == g
    assert switch(g, 0, 7) == ((1, 2, 1), (7, 2, 3))


# ---------------------------------------------------------------------------
# §4.11 fill / paint / underfill / underpaint / cover / move
# ---------------------------------------------------------------------------

Z22 = ((0, 0), (0, 0))


def test_fill_skips_out_of_grid():
    p = idx((-1, 0), (0, 1), (2, 2), (1, 1), (0, -1), (5, 0))
    res = fill(Z22, 5, p)
    assert res == ((0, 5), (0, 5))
    assert is_grid(res)


def test_fill_ignores_object_colours_and_accepts_tuple_patch():
    assert fill(Z22, 3, obj((9, (0, 0)), (8, (1, 1)))) == ((3, 0), (0, 3))
    assert fill(Z22, 4, ((0, 0), (0, 1))) == ((4, 4), (0, 0))
    assert fill(Z22, 4, frozenset()) == Z22


def test_paint_basic_and_out_of_grid():
    o = obj((1, (0, 0)), (2, (1, 1)), (3, (-1, 0)), (4, (0, 2)))
    res = paint(Z22, o)
    assert res == ((1, 0), (0, 2))
    assert is_grid(res)


def test_paint_last_duplicate_wins():
    assert paint(Z22, ((1, (0, 0)), (2, (0, 0)))) == ((2, 0), (0, 0))
    assert paint(Z22, ((2, (0, 0)), (1, (0, 0)))) == ((1, 0), (0, 0))


def test_paint_indices_raise_typeerror():
    with pytest.raises(TypeError):
        paint(Z22, idx((0, 0)))


def test_paint_empty_object():
    assert paint(Z22, frozenset()) == Z22


def test_underfill():
    g = ((0, 0), (0, 1))
    res = underfill(g, 5, idx((0, 0), (1, 1), (3, 3), (-1, -1)))
    assert res == ((5, 0), (0, 1))
    assert is_grid(res)


def test_underfill_tie_rule():
    assert underfill(((0, 8), (8, 0)), 5, asindices(Z22)) == ((5, 8), (8, 5))
    assert underfill(((8, 0), (0, 8)), 5, asindices(Z22)) == ((5, 0), (0, 5))


def test_underfill_bg_computed_once_on_input():
    # counts 0:3, 1:3 tie; first appearance 0, 1 -> bg 0. Were bg recomputed on the partly
    # filled grid it would become 1 and the later 0 cells would stay unfilled.
    g = ((0, 0, 1), (1, 1, 0))
    assert underfill(g, 1, asindices(g)) == ((1, 1, 1), (1, 1, 1))


def test_underpaint():
    g = ((0, 0), (0, 1))
    res = underpaint(g, obj((3, (0, 0)), (4, (1, 1)), (5, (2, 2))))
    assert res == ((3, 0), (0, 1))
    assert is_grid(res)


def test_underpaint_first_duplicate_wins():
    g = ((0, 0), (0, 1))
    assert underpaint(g, ((3, (0, 0)), (4, (0, 0)))) == ((3, 0), (0, 1))
    assert underpaint(g, ((4, (0, 0)), (3, (0, 0)))) == ((4, 0), (0, 1))


def test_underpaint_first_duplicate_with_bg_colour_does_not_block():
    g = ((0, 0), (0, 1))
    assert underpaint(g, ((0, (0, 0)), (4, (0, 0)))) == ((4, 0), (0, 1))


def test_underpaint_indices_raise_typeerror():
    with pytest.raises(TypeError):
        underpaint(Z22, idx((0, 0)))


def test_cover():
    g = ((1, 1), (1, 2))
    res = cover(g, idx((1, 1), (5, 5)))
    assert res == ((1, 1), (1, 1))
    assert is_grid(res)
    assert cover(g, obj((9, (1, 1)))) == ((1, 1), (1, 1))


def test_cover_tie_rule():
    assert cover(((0, 8), (8, 0)), idx((0, 1))) == ((0, 0), (8, 0))
    assert cover(((8, 0), (0, 8)), idx((0, 1))) == ((8, 8), (0, 8))


def test_move():
    g = ((0, 0, 0), (0, 3, 0), (0, 0, 0))
    o = obj((3, (1, 1)))
    res = move(g, o, (1, 1))
    assert res == ((0, 0, 0), (0, 0, 0), (0, 0, 3))
    assert is_grid(res)
    assert move(g, o, (0, 0)) == g


def test_move_off_grid_disappears():
    g = ((0, 0, 0), (0, 3, 0), (0, 0, 0))
    assert move(g, obj((3, (1, 1))), (5, 5)) == ((0, 0, 0),) * 3
    assert move(g, obj((3, (1, 1))), (-2, 0)) == ((0, 0, 0),) * 3


def test_move_indices_raise_typeerror():
    g = ((0, 0, 0), (0, 3, 0), (0, 0, 0))
    with pytest.raises(TypeError):
        move(g, idx((1, 1)), (1, 0))


@pytest.mark.parametrize(
    ("call", "exc"),
    [
        (lambda: fill((), 1, frozenset()), IndexError),
        (lambda: fill((), 1, idx((0, 0))), IndexError),
        (lambda: paint((), frozenset()), IndexError),
        (lambda: underfill((), 1, frozenset()), IndexError),
        (lambda: underpaint((), frozenset()), IndexError),
        (lambda: cover((), frozenset()), ValueError),
        (lambda: move((), frozenset(), (0, 0)), ValueError),
    ],
    ids=["fill", "fill-nonempty", "paint", "underfill", "underpaint", "cover", "move"],
)
def test_painting_on_empty_grid(call, exc):
    with pytest.raises(exc):
        call()


# ---------------------------------------------------------------------------
# §4.12 hperiod / vperiod
# ---------------------------------------------------------------------------


def hrow(*colours, row=0, col=0):
    return frozenset((c, (row, col + j)) for j, c in enumerate(colours))


def vcol(*colours, row=0, col=0):
    return frozenset((c, (row + i, col)) for i, c in enumerate(colours))


@pytest.mark.parametrize(
    ("o", "expected"),
    [
        (hrow(1, 1, 1), 1),  # spec example
        (hrow(1, 2, 1, 2, 1), 2),  # spec example
        (obj((1, (0, 0)), (1, (0, 2))), 2),  # spec example
        (hrow(1, 2, 3), 3),  # no p passes -> W
        (hrow(4), 1),
        (hrow(1, 2, 1, 2, 1, row=5, col=-7), 2),  # normalised first
        (obj((1, (0, 0)), (1, (0, 1)), (1, (0, 3))), 2),  # holes are only subset constraints
        (hrow(1, 2, 3, 1, 2), 3),
    ],
)
def test_hperiod(o, expected):
    assert hperiod(o) == expected


@pytest.mark.parametrize(
    ("o", "expected"),
    [
        (vcol(1, 1, 1), 1),
        (vcol(1, 2, 1, 2), 2),
        (vcol(1, 2, 3), 3),
        (obj((1, (0, 0)), (1, (2, 0))), 2),
        (vcol(6, row=-3, col=4), 1),
    ],
)
def test_vperiod(o, expected):
    assert vperiod(o) == expected


def test_periods_of_2d_object():
    o = obj(
        (1, (0, 0)),
        (2, (0, 1)),
        (1, (0, 2)),
        (2, (0, 3)),
        (3, (1, 0)),
        (3, (1, 1)),
        (3, (1, 2)),
        (3, (1, 3)),
    )
    assert hperiod(o) == 2
    assert vperiod(o) == 2


def test_periods_empty_give_zero():
    assert hperiod(frozenset()) == 0
    assert vperiod(frozenset()) == 0


def test_periods_indices():
    # W >= 2 (resp. H >= 2): TypeError; W <= 1: W is returned without iterating
    with pytest.raises(TypeError):
        hperiod(idx((0, 0), (0, 1)))
    with pytest.raises(TypeError):
        vperiod(idx((0, 0), (1, 0)))
    assert hperiod(idx((0, 0), (1, 0))) == 1
    assert vperiod(idx((0, 0), (0, 1))) == 1


# ---------------------------------------------------------------------------
# §1.3 / §1.4 any tuple is a Grid for the "is tuple" dispatchers
# ---------------------------------------------------------------------------


def test_tuple_of_pairs_is_measured_as_grid():
    t = ((0, 0), (1, 1), (5, 5))
    assert height(t) == 3  # number of "rows", not the bbox height 6
    assert width(t) == 2  # length of the first "row"
    assert shape(t) == (3, 2)
    assert portrait(t) is True
    assert square(((0, 0), (1, 1))) is True  # 2 rows x 2 columns


def test_tuple_of_pairs_vline_hline_use_grid_semantics():
    assert vline(((0, 0), (1, 0))) is False  # width = len(first row) = 2
    assert hline(((0, 0), (0, 1))) is False


def test_tuple_of_cells_palette_reads_rows():
    assert palette(((1, (0, 0)),)) == frozenset({1, (0, 0)})
    assert colorcount(((1, (0, 0)), (1, (0, 1))), 1) == 2


def test_upscale_tuple_of_cells_uses_grid_branch():
    res = upscale(((1, (0, 0)),), 2)
    assert res == ((1, 1, (0, 0), (0, 0)), (1, 1, (0, 0), (0, 0)))


# §4.7 neighbours: a location whose first component is a tuple fails on arithmetic (TypeError)
# before a missing second component is read (found by the black-box comparison with arc-dsl).
@pytest.mark.parametrize("fn", [dneighbors, ineighbors, neighbors])
@pytest.mark.parametrize("loc", [((),), ((6, 0),), [(5, 1)]])
def test_neighbours_of_a_bad_location_raise_typeerror(fn, loc):
    with pytest.raises(TypeError):
        fn(loc)


# Behaviours found by the black-box comparison with arc-dsl on malformed inputs (kept exact).
def test_backdrop_takes_its_end_corner_from_the_patch_itself():
    odd = frozenset({(0, (1, (2, 3)))})  # cells whose locations look like cells
    assert backdrop(odd) == frozenset()
    assert delta(odd) == frozenset()
    with pytest.raises(TypeError):
        backdrop(frozenset({(0, (2, (2, 3)))}))


def test_index_subscripts_the_location_itself():
    with pytest.raises(TypeError):
        index(((1, 2),), frozenset({0, 1}))
    assert index(((1, 2),), frozenset({5, 6})) is None


# canvas and connect are written for speed; their spec forms, literally:
def _canvas_spec(value, dimensions):
    return tuple(tuple(value for _ in range(dimensions[1])) for _ in range(dimensions[0]))


def _connect_spec(a, b):
    ai, aj = a
    bi, bj = b
    si, ei = min(ai, bi), max(ai, bi) + 1
    sj, ej = min(aj, bj), max(aj, bj) + 1
    if ai == bi:
        return frozenset((ai, j) for j in range(sj, ej))
    if aj == bj:
        return frozenset((i, aj) for i in range(si, ei))
    if bi - ai == bj - aj:
        return frozenset(zip(range(si, ei), range(sj, ej), strict=False))
    if bi - ai == aj - bj:
        return frozenset(zip(range(si, ei), range(ej - 1, sj - 1, -1), strict=False))
    return frozenset()


def _outcome(fn, *args):
    """(value, iteration order) or the exception class."""
    try:
        out = fn(*args)
    except Exception as error:  # the class is the outcome
        return type(error)
    return out, tuple(out), tuple(type(x) for x in out)


_ODD = [0, 1, -1, 2, 5, True, False, 2.5, None, "a", (1,), (), 10**20, -(10**20)]


@pytest.mark.parametrize("seed", range(3))
def test_canvas_and_connect_equal_their_spec_forms(seed):
    """Values, iteration orders and error classes, on ordinary and odd arguments."""
    rng = random.Random(seed)
    for _ in range(600):
        pick = [rng.choice(_ODD) if rng.random() < 0.15 else rng.randint(-4, 8) for _ in range(4)]
        a, b = (pick[0], pick[1]), (pick[2], pick[3])
        if any(isinstance(v, int) and abs(v) > 10**6 for v in pick):
            continue  # a range that large is never built (either way it runs out of time)
        assert _outcome(connect, a, b) == _outcome(_connect_spec, a, b), (a, b)
        dims = (pick[0], pick[1]) if rng.random() < 0.9 else (pick[0],)
        assert _outcome(canvas, pick[2], dims) == _outcome(_canvas_spec, pick[2], dims), dims
