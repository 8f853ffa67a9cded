"""Spec §7: checklist of surprising behaviours, one test group per item."""

# ruff: noqa: F405
import pytest

from battflow.dsl import *  # noqa: F403

G2X3 = ((1, 2, 3), (4, 5, 6))
G3X3 = ((0, 0, 0), (0, 0, 0), (0, 0, 0))


class _IterRaisesStop:
    """A container whose ``__iter__`` raises StopIteration (to trigger it inside ``merge``)."""

    def __iter__(self):
        raise StopIteration


def _first_of_a(a, b):
    return first(a)


# ---------------------------------------------------------------------------------------------
# §7.1 last -> ValueError; first/extract/other/color -> StopIteration; StopIteration inside the
# per-element call of the generator-based primitives -> RuntimeError.


@pytest.mark.parametrize("empty", [(), frozenset()])
def test_checklist_01_last_empty_raises_value_error(empty):
    with pytest.raises(ValueError):
        last(empty)


@pytest.mark.parametrize(
    "call",
    [
        lambda: first(()),
        lambda: first(frozenset()),
        lambda: extract((), identity),
        lambda: extract((1, 3, 5), even),
        lambda: extract(frozenset({1, 3}), even),
        lambda: other(frozenset({1}), 1),
        lambda: other((), 1),
        lambda: color(frozenset()),
    ],
    ids=[
        "first-tuple",
        "first-set",
        "extract-empty",
        "extract-nomatch",
        "extract-set-nomatch",
        "other",
        "other-empty",
        "color",
    ],
)
def test_checklist_01_stop_iteration(call):
    with pytest.raises(StopIteration):
        call()


@pytest.mark.parametrize(
    "call",
    [
        lambda: apply(first, (frozenset(),)),
        lambda: rapply((first,), frozenset()),
        lambda: sfilter((frozenset(),), first),
        lambda: mfilter((frozenset(),), first),
        lambda: mapply(first, (frozenset(),)),
        lambda: papply(_first_of_a, (frozenset(),), (1,)),
        lambda: mpapply(_first_of_a, (frozenset(),), (1,)),
        lambda: prapply(_first_of_a, (frozenset(),), (1,)),
        lambda: extract((frozenset(),), first),
        lambda: colorfilter(frozenset({frozenset()}), 1),
        lambda: merge((_IterRaisesStop(),)),
    ],
    ids=[
        "apply",
        "rapply",
        "sfilter",
        "mfilter",
        "mapply",
        "papply",
        "mpapply",
        "prapply",
        "extract",
        "colorfilter",
        "merge",
    ],
)
def test_checklist_01_stop_iteration_becomes_runtime_error(call):
    with pytest.raises(RuntimeError):
        call()


# ---------------------------------------------------------------------------------------------
# §7.2 empty results that are not errors


@pytest.mark.parametrize("f", [maximum, minimum])
@pytest.mark.parametrize("empty", [(), frozenset()])
def test_checklist_02_maximum_minimum_empty_zero(f, empty):
    got = f(empty)
    assert got == 0
    assert type(got) is int


@pytest.mark.parametrize("f", [valmax, valmin])
def test_checklist_02_valmax_valmin_empty_is_compfunc_of_zero(f):
    assert f((), identity) == 0
    assert f(frozenset(), increment) == 1
    assert f((), toivec) == (0, 0)
    with pytest.raises(TypeError):
        f(frozenset(), size)  # len(0)


@pytest.mark.parametrize("f", [ulcorner, urcorner, llcorner, lrcorner, centerofmass])
def test_checklist_02_corner_of_empty_patch_is_empty_tuple(f):
    got = f(frozenset())
    assert got == ()
    assert type(got) is tuple


def test_checklist_02_corners_of_empty_patch():
    got = corners(frozenset())
    assert got == frozenset({()})
    assert type(got) is frozenset


def test_checklist_02_square_of_empty_patch_is_true():
    assert square(frozenset()) is True


def test_checklist_02_occurrences_of_empty_object():
    got = occurrences(G2X3, frozenset())
    assert type(got) is frozenset
    assert got == frozenset((i, j) for i in range(3) for j in range(4))
    assert len(got) == (2 + 1) * (3 + 1)


# ---------------------------------------------------------------------------------------------
# §7.3 shift/normalize/box return an empty input unchanged; toindices returns Indices unchanged


@pytest.mark.parametrize("empty_factory", [tuple, frozenset, list])
def test_checklist_03_empty_returned_as_is(empty_factory):
    for f in (lambda p: shift(p, (1, 1)), normalize, box):
        p = empty_factory()
        got = f(p)
        assert got is p
        assert type(got) is type(p)


def test_checklist_03_shift_empty_tuple_stays_tuple():
    assert shift((), (3, 4)) == ()
    assert type(shift((), (3, 4))) is tuple
    assert type(normalize(())) is tuple
    assert type(box(())) is tuple


def test_checklist_03_toindices_returns_indices_unchanged():
    idx = frozenset({(0, 0), (1, 2)})
    assert toindices(idx) is idx
    tup = ((0, 0), (0, 0), (3, 1))
    assert toindices(tup) is tup
    assert toindices(G2X3) is G2X3


def test_checklist_03_toindices_object_and_empty():
    obj = frozenset({(1, (0, 0)), (2, (1, 2))})
    got = toindices(obj)
    assert got == frozenset({(0, 0), (1, 2)})
    assert type(got) is frozenset
    assert toindices(()) == frozenset()
    assert type(toindices(())) is frozenset


# ---------------------------------------------------------------------------------------------
# §7.4 SISO tie-breaking, and the background it feeds


@pytest.mark.parametrize(
    ("grid", "expected"),
    [
        (((0, 8), (8, 0)), 0),
        (((8, 0), (0, 8)), 8),
        (((9, 9, 1, 1),), 9),
        (((1, 1, 9, 9),), 1),
        (((3, 1, 4, 0, 2),), 0),  # k >= 5: ascending
        (((9, 7, 5, 3, 1),), 1),
    ],
)
def test_checklist_04_mostcolor_leastcolor_ties(grid, expected):
    assert mostcolor(grid) == expected
    assert leastcolor(grid) == expected


@pytest.mark.parametrize(
    ("seq", "expected"),
    [
        ((8, 0, 0, 8), 8),
        ((0, 8, 8, 0), 0),
        ((9, 9, 1, 1), 9),
        ((1, 1, 9, 9), 1),
        ((9, 7, 5, 3, 1), 1),
    ],
)
def test_checklist_04_mostcommon_leastcommon_ties(seq, expected):
    assert mostcommon(seq) == expected
    assert leastcommon(seq) == expected


def test_checklist_04_tie_feeds_objects_background():
    a = ((0, 8), (8, 0))  # bg 0
    b = ((8, 0), (0, 8))  # bg 8
    assert objects(a, T, F, T) == frozenset({frozenset({(8, (0, 1))}), frozenset({(8, (1, 0))})})
    assert objects(b, T, F, T) == frozenset({frozenset({(0, (0, 1))}), frozenset({(0, (1, 0))})})


def test_checklist_04_tie_feeds_fgpartition():
    assert fgpartition(((0, 8), (8, 0))) == frozenset({frozenset({(8, (0, 1)), (8, (1, 0))})})
    assert fgpartition(((8, 0), (0, 8))) == frozenset({frozenset({(0, (0, 1)), (0, (1, 0))})})


def test_checklist_04_tie_feeds_cover_and_move():
    assert cover(((0, 8), (8, 0)), frozenset({(0, 1)})) == ((0, 0), (8, 0))
    assert cover(((8, 0), (0, 8)), frozenset({(0, 1)})) == ((8, 8), (0, 8))
    assert move(((0, 8), (8, 0)), frozenset({(8, (0, 1))}), (1, 0)) == ((0, 0), (8, 8))
    assert move(((8, 0), (0, 8)), frozenset({(0, (0, 1))}), (1, 0)) == ((8, 8), (0, 0))


def test_checklist_04_tie_feeds_underfill_and_underpaint():
    a = ((0, 8), (8, 0))
    b = ((8, 0), (0, 8))
    everything = asindices(a)
    assert underfill(a, 5, everything) == ((5, 8), (8, 5))
    assert underfill(b, 5, everything) == ((5, 0), (0, 5))
    obj = frozenset({(5, (0, 0)), (5, (0, 1))})
    assert underpaint(a, obj) == ((5, 8), (8, 0))
    assert underpaint(b, obj) == ((5, 0), (0, 8))


# ---------------------------------------------------------------------------------------------
# §7.5 paint: last duplicate wins; underpaint: first duplicate wins unless it is bg


def test_checklist_05_paint_last_duplicate_wins_tuple():
    cells = ((1, (0, 0)), (2, (0, 0)))
    assert paint(((0, 0),), cells) == ((2, 0),)
    assert paint(((0, 0),), cells[::-1]) == ((1, 0),)


def test_checklist_05_underpaint_first_duplicate_wins_tuple():
    cells = ((1, (0, 0)), (2, (0, 0)))
    assert underpaint(((0, 0),), cells) == ((1, 0),)
    assert underpaint(((0, 0),), cells[::-1]) == ((2, 0),)


def test_checklist_05_underpaint_first_duplicate_is_bg():
    # the first cell paints bg, so the location is still bg and the second cell wins
    cells = ((0, (0, 0)), (2, (0, 0)))
    assert underpaint(((0, 0),), cells) == ((2, 0),)


def test_checklist_05_paint_underpaint_frozenset_iteration_order():
    obj = frozenset({(1, (0, 0)), (2, (0, 0))})
    order_ = list(obj)
    assert paint(((0, 0),), obj) == ((order_[-1][0], 0),)
    assert underpaint(((0, 0),), obj) == ((order_[0][0], 0),)


# ---------------------------------------------------------------------------------------------
# §7.6 merge/mapply/mfilter of a tuple give a tuple; mpapply always a tuple; such tuples are Grids


def test_checklist_06_merge_tuple_of_sets_is_tuple():
    sets = (frozenset({1, 2}), frozenset({2, 3}))
    got = merge(sets)
    assert type(got) is tuple
    assert sorted(got) == [1, 2, 2, 3]
    assert got == tuple(e for s in sets for e in s)


def test_checklist_06_mapply_tuple_is_tuple():
    got = mapply(lambda x: frozenset({x, x + 1}), (1, 2))
    assert type(got) is tuple
    assert sorted(got) == [1, 2, 2, 3]
    assert got == tuple(frozenset({1, 2})) + tuple(frozenset({2, 3}))


def test_checklist_06_mfilter_tuple_is_tuple():
    sets = (frozenset({1, 2}), frozenset({9}), frozenset({2, 3}))
    got = mfilter(sets, lambda s: contained(2, s))
    assert type(got) is tuple
    assert sorted(got) == [1, 2, 2, 3]
    assert got == tuple(sets[0]) + tuple(sets[2])


def test_checklist_06_mpapply_always_tuple():
    got = mpapply(lambda a, b: frozenset({a, b}), (1, 2), (3, 4))
    assert type(got) is tuple
    assert sorted(got) == [1, 2, 3, 4]
    assert mpapply(astuple, (1, 2), (3, 4)) == (1, 3, 2, 4)


def test_checklist_06_tuple_of_cells_is_a_grid():
    cells = mapply(lambda k: frozenset({(k, (7, 7))}), (3, 4, 5))
    assert cells == ((3, (7, 7)), (4, (7, 7)), (5, (7, 7)))
    assert height(cells) == 3  # rows, not bbox height 1
    assert width(cells) == 2  # len of first "row" (3, (7, 7))
    assert shape(cells) == (3, 2)
    assert portrait(cells) is True
    assert palette(cells) == frozenset({3, 4, 5, (7, 7)})
    assert numcolors(cells) == 4
    assert mostcolor(cells) == (7, 7)  # row-entry counting, not cell colours
    assert colorcount(cells, (7, 7)) == 3
    assert hmirror(cells) == cells[::-1]
    assert type(hmirror(cells)) is tuple


def test_checklist_06_merged_cells_tuple_width_and_vmirror():
    cells = merge((frozenset({(1, (0, 0))}), frozenset({(2, (5, 0))})))
    assert type(cells) is tuple
    assert height(cells) == 2  # patch bbox height would be 6
    assert width(cells) == 2  # patch width would be 1
    assert vmirror(cells) == tuple(row[::-1] for row in cells)


# ---------------------------------------------------------------------------------------------
# §7.7 rbind/lbind arity from declared parameter count; power(f, 1) is f; power(f, n<=0) fails


def test_checklist_07_rbind_lbind_arity():
    assert rbind(subtract, 1)(10) == 9
    assert lbind(subtract, 10)(1) == 9
    assert rbind(interval, 2)(0, 6) == (0, 2, 4)
    assert lbind(interval, 0)(6, 2) == (0, 2, 4)
    grid = ((1, 0), (0, 1))
    assert rbind(objects, F)(grid, T, F) == objects(grid, T, F, F)
    assert lbind(objects, grid)(T, F, F) == objects(grid, T, F, F)
    assert rbind(subtract, 1).__code__.co_argcount == 1
    assert rbind(interval, 2).__code__.co_argcount == 2
    assert rbind(objects, T).__code__.co_argcount == 3
    assert lbind(subtract, 1).__code__.co_argcount == 1
    assert lbind(interval, 2).__code__.co_argcount == 2
    assert lbind(objects, grid).__code__.co_argcount == 3


@pytest.mark.parametrize("binder", [rbind, lbind])
@pytest.mark.parametrize(
    "closure",
    [
        compose(identity, identity),
        chain(identity, identity, identity),
        fork(astuple, identity, identity),
        matcher(identity, 1),
        power(identity, 2),
    ],
    ids=["compose", "chain", "fork", "matcher", "power"],
)
def test_checklist_07_one_parameter_closures_cannot_be_bound(binder, closure):
    bound = binder(closure, 1)  # building works
    with pytest.raises(TypeError):
        bound(1)
    with pytest.raises(TypeError):
        bound(1, 2, 3)


def test_checklist_07_power_one_is_same_object():
    assert power(increment, 1) is increment
    f = compose(double, increment)
    assert power(f, 1) is f


@pytest.mark.parametrize("n", [0, -1, -5])
def test_checklist_07_power_nonpositive_recursion_error(n):
    with pytest.raises(RecursionError):
        power(increment, n)


# ---------------------------------------------------------------------------------------------
# §7.8 crop/subgrid negative start wraps; index None out of bounds; fill/paint/toobject drop OOB


def test_checklist_08_crop_negative_start_wraps():
    assert crop(G2X3, (-1, 0), (2, 2)) == ()
    assert crop(((1, 2, 3), (4, 5, 6)), (0, -2), (2, 1)) == ((2,), (5,))


def test_checklist_08_subgrid_negative_start_wraps():
    # ulcorner (-1, 0), shape (2, 1): rows[-1:1] of a 2-row grid is empty
    assert subgrid(frozenset({(-1, 0), (0, 0)}), G2X3) == ()
    # ulcorner (0, -1), shape (1, 2): row[-1:1] of a 3-wide row is empty
    assert subgrid(frozenset({(0, -1), (0, 0)}), G2X3) == ((),)


@pytest.mark.parametrize("loc", [(-1, 0), (0, -1), (2, 0), (0, 3), (-1, -1), (5, 5)])
def test_checklist_08_index_out_of_bounds_is_none(loc):
    assert index(G2X3, loc) is None


def test_checklist_08_index_in_bounds():
    assert index(G2X3, (1, 2)) == 6
    assert index(G2X3, (0, 0)) == 1


def test_checklist_08_fill_drops_out_of_bounds():
    patch = frozenset({(-1, 0), (0, -1), (2, 0), (0, 3), (1, 1)})
    assert fill(G2X3, 9, patch) == ((1, 2, 3), (4, 9, 6))


def test_checklist_08_paint_drops_out_of_bounds():
    obj = frozenset({(9, (-1, 0)), (9, (0, -1)), (9, (2, 0)), (9, (0, 3)), (7, (1, 1))})
    assert paint(G2X3, obj) == ((1, 2, 3), (4, 7, 6))


def test_checklist_08_toobject_drops_out_of_bounds():
    patch = frozenset({(-1, 0), (0, -1), (2, 0), (0, 3), (0, 0), (1, 2)})
    got = toobject(patch, G2X3)
    assert got == frozenset({(1, (0, 0)), (6, (1, 2))})
    assert type(got) is frozenset


# ---------------------------------------------------------------------------------------------
# §7.9 frontiers span 0..29; shoot spans 42 steps


def test_checklist_09_vfrontier_hfrontier():
    assert vfrontier((5, 3)) == frozenset((i, 3) for i in range(30))
    assert hfrontier((5, 3)) == frozenset((5, j) for j in range(30))
    assert vfrontier((100, -2)) == frozenset((i, -2) for i in range(30))
    assert hfrontier((-7, 100)) == frozenset((-7, j) for j in range(30))


@pytest.mark.parametrize(
    ("start", "direction"),
    [((0, 0), (1, 0)), ((5, 5), (-1, -1)), ((2, 3), (0, 1)), ((4, 4), (-1, 1)), ((0, 0), (0, -1))],
)
def test_checklist_09_shoot_unit_direction_43_cells(start, direction):
    got = shoot(start, direction)
    assert got == frozenset(
        (start[0] + k * direction[0], start[1] + k * direction[1]) for k in range(43)
    )
    assert len(got) == 43


@pytest.mark.parametrize("direction", [(1, 2), (2, 1), (-1, 3)])
def test_checklist_09_shoot_non_line_is_empty(direction):
    got = shoot((0, 0), direction)
    assert got == frozenset()
    assert type(got) is frozenset


def test_checklist_09_shoot_two_two_contiguous():
    got = shoot((0, 0), (2, 2))
    assert got == frozenset((k, k) for k in range(85))
    assert len(got) == 85


def test_checklist_09_shoot_zero_direction():
    assert shoot((3, 4), (0, 0)) == frozenset({(3, 4)})


# ---------------------------------------------------------------------------------------------
# §7.10 inbox of thin patches


def test_checklist_10_inbox_single_cell_equals_outbox():
    cell = frozenset({(5, 5)})
    assert inbox(cell) == outbox(cell)
    assert inbox(cell) == neighbors((5, 5))


def test_checklist_10_inbox_one_high_extends_outside_bbox():
    patch = frozenset({(5, 2), (5, 3), (5, 4), (5, 5)})
    assert inbox(patch) == frozenset((i, j) for i in (4, 5, 6) for j in (3, 4))


def test_checklist_10_inbox_one_wide_extends_outside_bbox():
    patch = frozenset({(2, 5), (3, 5), (4, 5), (5, 5)})
    assert inbox(patch) == frozenset((i, j) for i in (3, 4) for j in (4, 5, 6))


def test_checklist_10_inbox_height_two_gives_bbox_border_rows():
    patch = frozenset((i, j) for i in (0, 1) for j in range(5))
    assert inbox(patch) == frozenset((i, j) for i in (0, 1) for j in (1, 2, 3))


def test_checklist_10_inbox_width_two_gives_bbox_border_columns():
    patch = frozenset((i, j) for i in range(5) for j in (3, 4))
    assert inbox(patch) == frozenset((i, j) for i in (1, 2, 3) for j in (3, 4))


# ---------------------------------------------------------------------------------------------
# §7.11 hsplit/vsplit assume a separator when not divisible


def test_checklist_11_hsplit():
    assert hsplit(((0, 1, 2, 3, 4),), 2) == (((0, 1),), ((3, 4),))
    assert hsplit(((0, 1, 2, 3, 4, 5, 6),), 3) == (((0, 1),), ((3, 4),), ((6,),))
    assert hsplit(((0, 1, 2, 3, 4, 5),), 3) == (((0, 1),), ((2, 3),), ((4, 5),))
    assert type(hsplit(((0, 1, 2, 3, 4),), 2)) is tuple


def test_checklist_11_vsplit():
    col5 = ((0,), (1,), (2,), (3,), (4,))
    assert vsplit(col5, 2) == (((0,), (1,)), ((3,), (4,)))
    col7 = tuple((k,) for k in range(7))
    assert vsplit(col7, 3) == (((0,), (1,)), ((3,), (4,)), ((6,),))
    col6 = tuple((k,) for k in range(6))
    assert vsplit(col6, 3) == (((0,), (1,)), ((2,), (3,)), ((4,), (5,)))
    assert type(vsplit(col5, 2)) is tuple


# ---------------------------------------------------------------------------------------------
# §7.12 lefthalf/righthalf of 1-column grid; rotations of 0-column grids


@pytest.mark.parametrize("f", [lefthalf, righthalf])
def test_checklist_12_half_of_one_column_grid_is_empty(f):
    assert f(((1,), (2,), (3,))) == ()
    assert f(((1,),)) == ()


@pytest.mark.parametrize("f", [rot90, rot270, dmirror, cmirror])
def test_checklist_12_zero_column_grid_gives_empty(f):
    assert f(((),)) == ()
    assert f(((), (), ())) == ()


# ---------------------------------------------------------------------------------------------
# §7.13 gravitate 42 steps when adjacency is never reached; overlap is not adjacency


def test_checklist_13_gravitate_never_adjacent():
    assert gravitate(frozenset({(0, 0)}), frozenset({(5, 5)})) == (0, 42)


def test_checklist_13_gravitate_reaches_adjacency():
    assert gravitate(frozenset({(0, 0)}), frozenset({(0, 4)})) == (0, 3)
    assert gravitate(frozenset({(0, 0)}), frozenset({(0, 1)})) == (0, 0)


def test_checklist_13_overlap_is_not_adjacent():
    assert adjacent(frozenset({(0, 0)}), frozenset({(0, 0), (0, 1)})) is False
    assert adjacent(frozenset({(0, 0)}), frozenset({(0, 0)})) is False
    assert gravitate(frozenset({(0, 0)}), frozenset({(0, 0)})) == (-1, 0)


# ---------------------------------------------------------------------------------------------
# §7.14 position never returns (0, 0)


def test_checklist_14_position_identical_centres():
    assert position(frozenset({(0, 0)}), frozenset({(0, 0)})) == (0, -1)
    assert position(frozenset({(2, 2)}), frozenset({(1, 1), (3, 3)})) == (0, -1)


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        ((0, 3), (0, 1)),
        ((0, -3), (0, -1)),
        ((3, 0), (1, 0)),
        ((-3, 0), (-1, 0)),
        ((2, 2), (1, 1)),
        ((-2, -2), (-1, -1)),
        ((2, -5), (1, -1)),
        ((-2, 5), (-1, 1)),
    ],
)
def test_checklist_14_position_directions(b, expected):
    got = position(frozenset({(0, 0)}), frozenset({b}))
    assert got == expected
    assert got != (0, 0)


# ---------------------------------------------------------------------------------------------
# §7.15 center rounds to lower/right middle; centerofmass divides by element count


def test_checklist_15_center():
    assert center(frozenset({(0, 0), (1, 0)})) == (1, 0)
    assert center(frozenset({(0, 0), (0, 3)})) == (0, 2)
    assert center(frozenset({(0, 0), (2, 2)})) == (1, 1)


def test_checklist_15_centerofmass_divides_by_element_count():
    obj = frozenset({(1, (2, 2)), (2, (2, 2)), (1, (4, 4))})
    # sums over distinct indices (6, 6), divided by 3 elements
    assert centerofmass(obj) == (2, 2)
    assert centerofmass(frozenset({(2, 2), (4, 4)})) == (3, 3)


def test_checklist_15_centerofmass_floor():
    assert centerofmass(frozenset({(-1, -1), (0, 0)})) == (-1, -1)
    assert centerofmass(frozenset({(0, 0), (0, 1), (1, 0)})) == (0, 0)


# ---------------------------------------------------------------------------------------------
# §7.16 bordering uses exact edge equality


def test_checklist_16_bordering_exact_equality():
    assert bordering(frozenset({(-1, 1), (0, 1)}), G3X3) is False
    assert bordering(frozenset({(0, 1)}), G3X3) is True
    assert bordering(frozenset({(-1, 0)}), G3X3) is True  # c0 == 0
    assert bordering(frozenset({(1, 1)}), G3X3) is False
    assert bordering(frozenset({(1, 1), (1, 3)}), G3X3) is False  # past the right edge
    assert bordering(frozenset({(1, 1), (3, 1)}), G3X3) is False  # past the bottom edge
    assert bordering(frozenset({(2, 1)}), G3X3) is True
    assert bordering(frozenset({(1, 2)}), G3X3) is True


# ---------------------------------------------------------------------------------------------
# §7.17 hline/vline on grids


def test_checklist_17_hline_on_grid():
    assert hline(((7,),)) is True
    assert hline(((1, 2, 3),)) is False
    assert hline(((1,), (2,))) is False
    assert hline(((1, 1), (1, 1))) is False


def test_checklist_17_vline_on_grid():
    assert vline(((1,), (2,), (3,))) is True
    assert vline(((5,),)) is True
    assert vline(((1, 2), (3, 4))) is False
    assert vline(((1, 2, 3),)) is False


# ---------------------------------------------------------------------------------------------
# §7.18 colour primitives on Indices read the row index


def test_checklist_18_colour_primitives_on_indices():
    idx = frozenset({(3, 0), (3, 1), (5, 2)})
    assert mostcolor(idx) == 3
    assert leastcolor(idx) == 5
    assert palette(idx) == frozenset({3, 5})
    assert numcolors(idx) == 2
    assert colorcount(idx, 3) == 2
    assert colorcount(idx, 0) == 0
    assert color(frozenset({(4, 7)})) == 4
    objs = frozenset({frozenset({(2, 9)}), frozenset({(6, 1)})})
    assert colorfilter(objs, 2) == frozenset({frozenset({(2, 9)})})


# ---------------------------------------------------------------------------------------------
# §7.19 numcolors returns an int


def test_checklist_19_numcolors_is_int():
    got = numcolors(((1, 2), (2, 3)))
    assert got == 3
    assert type(got) is int
    obj_count = numcolors(frozenset({(1, (0, 0)), (4, (0, 1))}))
    assert obj_count == 2
    assert type(obj_count) is int
    assert numcolors(frozenset()) == 0


# ---------------------------------------------------------------------------------------------
# §7.20 colorfilter/color look only at the first-iterated cell


def test_checklist_20_color_first_cell_tuple_object():
    assert color(((2, (0, 0)), (3, (0, 1)))) == 2
    assert color(((3, (0, 1)), (2, (0, 0)))) == 3


def test_checklist_20_colorfilter_first_cell_tuple_object():
    obj = ((2, (0, 0)), (3, (0, 1)))
    objs = frozenset({obj})
    assert colorfilter(objs, 2) == objs
    assert colorfilter(objs, 3) == frozenset()


def test_checklist_20_multicolour_frozenset_follows_iteration_order():
    obj = frozenset({(2, (0, 0)), (3, (0, 1)), (4, (1, 1))})
    head = next(iter(obj))[0]
    assert color(obj) == head
    objs = frozenset({obj})
    assert colorfilter(objs, head) == objs
    for other_colour in {2, 3, 4} - {head}:
        assert colorfilter(objs, other_colour) == frozenset()
