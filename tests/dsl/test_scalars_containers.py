"""Edge cases of spec §1.2-§1.5 and of the primitives of §4.1-§4.4."""

# ruff: noqa: F405
import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from siso_model import siso_order

from battflow.dsl import *  # noqa: F403


class _IterRaisesStop:
    """Iterating this raises StopIteration from ``__iter__`` itself."""

    def __iter__(self):
        raise StopIteration


def _exact(got, expected):
    """Equal, with the same type at the top level and for tuple components."""
    assert got == expected
    assert type(got) is type(expected)
    if isinstance(expected, tuple):
        for g, e in zip(got, expected, strict=True):
            assert type(g) is type(e)


# =============================================================================================
# §1.2 Python semantics that are part of the contract


def test_bool_equals_int():
    assert equality(1, True) is True
    assert equality(0, False) is True


def test_floor_division_and_halving():
    _exact(divide(-7, 2), -4)
    _exact(halve(-3), -2)
    _exact(halve(3), 1)


@pytest.mark.parametrize(("n", "expected"), [(-3, False), (-4, True), (0, True), (7, False)])
def test_even_uses_python_modulo(n, expected):
    assert even(n) is expected


def test_equality_is_python_equality():
    assert equality((1, 2), frozenset({1, 2})) is False
    assert equality(frozenset({1}), {1}) is True
    assert equality(frozenset({(1, (0, 0))}), frozenset({(0, 0)})) is False
    assert equality((1, 2), (1, 2)) is True


# =============================================================================================
# §4.1 arithmetic: binary Numerical dispatch


@pytest.mark.parametrize(
    ("f", "a", "b", "expected"),
    [
        (add, 2, 3, 5),
        (add, (1, 2), 3, (4, 5)),
        (add, True, 1, 2),
        (add, True, True, 2),
        (add, (1, 2), (10, 20), (11, 22)),
        (add, 1, (10, 20), (11, 21)),
        (add, True, (1, 2), (2, 3)),
        (add, (1, 2), True, (2, 3)),
        (add, (1, 2, 3), (1, 1, 1), (2, 3)),
        (add, (1, 2, 3), (1, 1), (2, 3)),
        (add, (1, 2, 3), 1, (2, 3)),
        (add, 1, (1, 2, 3), (2, 3)),
        (add, (1, 2), 0.5, (1.5, 2.5)),
        (subtract, 10, (1, 2), (9, 8)),
        (subtract, (5, 5), (1, 2), (4, 3)),
        (subtract, (5, 5), 1, (4, 4)),
        (subtract, 3, 5, -2),
        (multiply, 2, (3, 4), (6, 8)),
        (multiply, (2, 3), (4, 5), (8, 15)),
        (multiply, (2, 3), 2, (4, 6)),
        (multiply, 3, 4, 12),
        (divide, (5, -5), 2, (2, -3)),
        (divide, -7, 2, -4),
        (divide, 7, (2, -2), (3, -4)),
        (divide, (7, -7), (2, 2), (3, -4)),
    ],
)
def test_binary_arithmetic(f, a, b, expected):
    _exact(f(a, b), expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [(1, 0), ((4, 4), 0), ((1, 2), (0, 1)), ((1, 2), (1, 0)), (1, (2, 0)), (True, False)],
)
def test_divide_by_zero(a, b):
    with pytest.raises(ZeroDivisionError):
        divide(a, b)


@pytest.mark.parametrize("f", [add, subtract, multiply, divide])
@pytest.mark.parametrize(("a", "b"), [((1,), (2,)), ((1, 2), (3,)), ((1,), (2, 3)), ((1,), 2)])
def test_binary_arithmetic_short_tuple_index_error(f, a, b):
    with pytest.raises(IndexError):
        f(a, b)


@pytest.mark.parametrize("f", [add, subtract, multiply, divide])
@pytest.mark.parametrize(("a", "b"), [(None, 1), (1.5, 2), (1.5, 2.5)])
def test_binary_arithmetic_unsubscriptable_a_type_error(f, a, b):
    with pytest.raises(TypeError):
        f(a, b)


# §4.1 unary Numerical dispatch


@pytest.mark.parametrize(
    ("f", "x", "expected"),
    [
        (invert, True, -1),
        (invert, 3, -3),
        (invert, (1, -2), (-1, 2)),
        (double, 4, 8),
        (double, (1, -2), (2, -4)),
        (double, True, 2),
        (halve, -3, -2),
        (halve, (5, -5), (2, -3)),
        (halve, True, 0),
        (halve, (4, 6, 8), (2, 3)),
        (increment, 1, 2),
        (increment, True, 2),
        (increment, (1, -1), (2, 0)),
        (decrement, 1, 0),
        (decrement, (1, -1), (0, -2)),
        (crement, 0, 0),
        (crement, 3, 4),
        (crement, -3, -4),
        (crement, True, 2),
        (crement, (0, -2), (0, -3)),
        (crement, (3, -3), (4, -4)),
        (sign, 7, 1),
        (sign, -7, -1),
        (sign, 0, 0),
        (sign, False, 0),
        (sign, (0, -5), (0, -1)),
        (sign, (9, 0), (1, 0)),
    ],
)
def test_unary_arithmetic(f, x, expected):
    _exact(f(x), expected)


@pytest.mark.parametrize("f", [invert, double, halve, increment, decrement, crement, sign])
def test_unary_arithmetic_long_tuple_truncated(f):
    got = f((4, -4, 99))
    assert type(got) is tuple
    assert got == (f(4), f(-4))


@pytest.mark.parametrize("f", [invert, double, halve, increment, decrement, crement, sign])
@pytest.mark.parametrize("x", [(1,), ()])
def test_unary_arithmetic_short_tuple_index_error(f, x):
    with pytest.raises(IndexError):
        f(x)


def test_vector_constructors():
    _exact(toivec(3), (3, 0))
    _exact(tojvec(3), (0, 3))
    _exact(toivec(-2), (-2, 0))
    _exact(astuple(1, 2), (1, 2))
    _exact(astuple("a", None), ("a", None))
    assert tojvec(True) == (0, 1)


def test_even_tuple_type_error():
    with pytest.raises(TypeError):
        even((1, 2))


def test_even_bool():
    assert even(True) is False
    assert even(False) is True


@pytest.mark.parametrize(("x", "expected"), [(0, False), (1, True), (-1, False), (True, True)])
def test_positive(x, expected):
    assert positive(x) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [(2, 1, True), (2, 2, False), (1, 2, False), ((1, 2), (1, 1), True), ((0, 9), (1, 0), False)],
)
def test_greater(a, b, expected):
    assert greater(a, b) is expected


# =============================================================================================
# §4.2 logic, identity and branching


def test_identity_returns_same_object():
    x = frozenset({1})
    assert identity(x) is x


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        (0, True),
        (frozenset(), True),
        ((), True),
        (None, True),
        (5, False),
        ("a", False),
        (True, False),
        (False, True),
        ((0,), False),
    ],
)
def test_flip_returns_real_bool(b, expected):
    assert flip(b) is expected


def test_both_returns_operand():
    assert both(0, 5) == 0
    assert both(2, 5) == 5
    a, b = frozenset(), frozenset({1})
    assert both(a, b) is a
    c = (1,)
    assert both(c, b) is b
    assert both(True, False) is False


def test_either_returns_operand():
    assert either(0, 5) == 5
    assert either(2, 5) == 2
    a, b = frozenset(), (1,)
    assert either(a, b) is b
    c = frozenset({3})
    assert either(c, b) is c
    assert either(0, "") == ""


def test_branch_truthiness_and_functions():
    assert branch(0, "a", "b") == "b"
    assert branch(frozenset({0}), "a", "b") == "a"
    assert branch(True, height, width) is height
    assert branch(False, height, width) is width
    assert branch((), height, width)(((1, 2, 3),)) == 3


def test_contained():
    assert contained(1, frozenset({1, 2})) is True
    assert contained(3, (1, 2)) is False
    # a Grid is compared against its rows
    assert contained((1, 2), ((1, 2), (3, 4))) is True
    assert contained(1, ((1, 2),)) is False
    # no Object/Indices conversion
    assert contained((0, 0), frozenset({(5, (0, 0))})) is False


def test_contained_unhashable_in_frozenset():
    with pytest.raises(TypeError):
        contained([1], frozenset({1}))


# =============================================================================================
# §1.3 / §4.3 combine, intersection, difference


def test_combine_frozensets_union():
    _exact(combine(frozenset({1, 2}), frozenset({2, 3})), frozenset({1, 2, 3}))


def test_combine_tuples_concatenate():
    _exact(combine((1, 2), (2, 3)), (1, 2, 2, 3))
    _exact(combine(((1,),), ((2,),)), ((1,), (2,)))


def test_combine_tuple_with_frozenset_appends_iteration_order():
    b = frozenset({2, 3, 9})
    _exact(combine((1,), b), (1, *tuple(b)))


def test_combine_frozenset_with_tuple_is_union():
    _exact(combine(frozenset({1}), (2, 2, 1)), frozenset({1, 2}))


def test_combine_list():
    _exact(combine([1], [2]), [1, 2])


def test_intersection():
    _exact(intersection(frozenset({1, 2}), frozenset({2, 3})), frozenset({2}))
    _exact(intersection(frozenset({1, 2}), {2}), frozenset({2}))
    obj = frozenset({(1, (0, 0))})
    _exact(intersection(obj, frozenset({(0, 0)})), frozenset())


@pytest.mark.parametrize(
    ("a", "b"), [((1, 2), (2,)), (frozenset({1}), (1,)), ((1,), frozenset({1}))]
)
def test_intersection_tuples_type_error(a, b):
    with pytest.raises(TypeError):
        intersection(a, b)


def test_difference():
    _exact(difference((1, 2, 3, 2), (2,)), (1, 3))
    _exact(difference(frozenset({1, 2, 3}), frozenset({2})), frozenset({1, 3}))
    _exact(difference(frozenset({1, 2, 3}), (2, 9)), frozenset({1, 3}))
    _exact(difference((3, 1, 3), frozenset({9})), (3, 1, 3))
    _exact(difference([1, 2], [2]), [1])


def test_difference_object_minus_indices_removes_nothing():
    obj = frozenset({(1, (0, 0)), (2, (0, 1))})
    _exact(difference(obj, frozenset({(0, 0), (0, 1)})), obj)


# §4.3 dedupe


def test_dedupe():
    _exact(dedupe((1, 2, 1, 3, 2)), (1, 2, 3))
    _exact(dedupe(()), ())
    _exact(dedupe((3, 3, 3)), (3,))
    _exact(dedupe([1, 1, 2]), (1, 2))


def test_dedupe_uses_equality():
    got = dedupe((1, True, 1.0, 2, 2.0))
    assert got == (1, 2)
    assert type(got[0]) is int
    assert type(got[1]) is int


def test_dedupe_frozenset_attribute_error():
    with pytest.raises(AttributeError):
        dedupe(frozenset({1, 2}))


# §4.3 order


def test_order_returns_sorted_tuple():
    _exact(order(frozenset({3, 1, 2}), identity), (1, 2, 3))
    _exact(order((3, 1, 2), invert), (3, 2, 1))
    _exact(order((), identity), ())
    _exact(order(frozenset(), identity), ())


def test_order_is_stable():
    items = (("b", 1), ("a", 1), ("c", 0))
    _exact(order(items, last), (("c", 0), ("b", 1), ("a", 1)))


def test_order_frozenset_ties_keep_iteration_order():
    s = frozenset({(0, 5), (1, 5), (2, 5), (3, 4)})
    expected = ((3, 4), *(e for e in s if e[1] == 5))
    _exact(order(s, last), expected)


def test_order_incomparable_keys_type_error():
    with pytest.raises(TypeError):
        order((1, "a"), identity)


# §4.3 repeat, size


def test_repeat():
    _exact(repeat("x", 3), ("x", "x", "x"))
    _exact(repeat(1, 0), ())
    _exact(repeat(1, -2), ())
    s = frozenset({1})
    got = repeat(s, 2)
    assert got[0] is s
    assert got[1] is s


def test_size():
    assert size(((1, 2), (3, 4), (5, 6))) == 3
    assert size(frozenset({1, 2})) == 2
    assert size(merge((frozenset({1}), frozenset({1})))) == 2
    assert size(()) == 0


@pytest.mark.parametrize("x", [identity, 5])
def test_size_type_error(x):
    with pytest.raises(TypeError):
        size(x)


# §4.3 merge


def test_merge_frozenset_of_sets_is_union():
    _exact(merge(frozenset({frozenset({1, 2}), frozenset({2, 3})})), frozenset({1, 2, 3}))
    _exact(merge(frozenset()), frozenset())


def test_merge_tuple_of_tuples_concatenates():
    _exact(merge(((1, 2), (2, 3))), (1, 2, 2, 3))
    _exact(merge(()), ())
    g1 = ((1, 2),)
    g2 = ((3, 4), (5, 6))
    _exact(merge((g1, g2)), ((1, 2), (3, 4), (5, 6)))


def test_merge_tuple_of_frozensets_is_tuple_with_duplicates():
    sets = (frozenset({1, 2}), frozenset({2, 3}), frozenset({1}))
    got = merge(sets)
    _exact(got, tuple(e for s in sets for e in s))
    assert sorted(got) == [1, 1, 2, 2, 3]


# §4.3 maximum, minimum, valmax, valmin, argmax, argmin


def test_maximum_minimum():
    assert maximum(frozenset({1, 5, 3})) == 5
    assert minimum(frozenset({1, 5, 3})) == 1
    assert maximum((-1, -5)) == -1
    assert maximum(frozenset({(1, 2), (3, 0)})) == (3, 0)
    assert minimum(frozenset({(1, 2), (3, 0)})) == (1, 2)
    for f in (maximum, minimum):
        _exact(f(()), 0)
        _exact(f(frozenset()), 0)


def test_valmax_valmin():
    assert valmax((1, -5, 3), invert) == 5
    assert valmin((1, -5, 3), invert) == -3
    assert valmax(frozenset({(1, 2), (3,)}), size) == 2
    assert valmin(frozenset({(1, 2), (3,)}), size) == 1


def test_valmax_valmin_empty():
    assert valmax((), identity) == 0
    assert valmin((), decrement) == -1
    assert valmax(frozenset(), toivec) == (0, 0)
    with pytest.raises(TypeError):
        valmax(frozenset(), size)
    with pytest.raises(TypeError):
        valmin((), size)


def test_argmax_argmin_ties_first():
    assert argmax(("ab", "cd", "e"), size) == "ab"
    assert argmin(("ab", "c", "d"), size) == "c"
    assert argmax((1, 3, 2), identity) == 3
    assert argmin((1, 3, 2), invert) == 3


def test_argmax_argmin_frozenset_ties_iteration_order():
    s = frozenset({(0, 1), (1, 1), (2, 1), (5,)})
    assert argmax(s, size) == next(e for e in s if len(e) == 2)
    assert argmin(frozenset({(0,), (1,), (2,), (5, 5)}), size) == next(
        e for e in frozenset({(0,), (1,), (2,), (5, 5)}) if len(e) == 1
    )


@pytest.mark.parametrize("f", [argmax, argmin])
@pytest.mark.parametrize("empty", [(), frozenset()])
def test_argmax_argmin_empty_value_error(f, empty):
    with pytest.raises(ValueError):
        f(empty, identity)


# §4.3 mostcommon, leastcommon


def test_mostcommon_leastcommon():
    assert mostcommon((1, 2, 2, 3)) == 2
    assert mostcommon([3, 3, 1]) == 3
    assert leastcommon((1, 1, 2)) == 2
    assert leastcommon([3, 3, 1]) == 1


def test_mostcommon_grid_compares_rows():
    assert mostcommon(((1, 2), (3, 4), (1, 2))) == (1, 2)
    assert leastcommon(((1, 2), (3, 4), (1, 2))) == (3, 4)


@pytest.mark.parametrize(
    ("seq", "most", "least"),
    [
        ((8, 0, 0, 8), 8, 8),
        ((0, 8, 8, 0), 0, 0),
        ((9, 9, 1, 1), 9, 9),
        ((1, 1, 9, 9), 1, 1),
        ((8, 8, 0), 8, 0),
        ((9, 7, 5, 3, 1), 1, 1),
        ((4, 4, 2, 2, 9, 9, 0), 9, 0),  # set order 0, 9, 2, 4
        ((8, 16, 16, 8), 8, 8),  # 16 mod 8 == 0: probes 0 -> 1
        ((16, 8, 8, 16), 16, 16),
    ],
)
def test_mostcommon_leastcommon_siso_ties(seq, most, least):
    assert mostcommon(seq) == most
    assert leastcommon(seq) == least


@given(st.lists(st.integers(0, 31), min_size=1, max_size=12))
def test_mostcommon_leastcommon_follow_siso_rule(seq):
    seq = tuple(seq)
    candidates = siso_order(seq)
    top = max(seq.count(v) for v in candidates)
    bottom = min(seq.count(v) for v in candidates)
    assert mostcommon(seq) == next(v for v in candidates if seq.count(v) == top)
    assert leastcommon(seq) == next(v for v in candidates if seq.count(v) == bottom)


@pytest.mark.parametrize("f", [mostcommon, leastcommon])
def test_mostcommon_leastcommon_frozenset_attribute_error(f):
    with pytest.raises(AttributeError):
        f(frozenset({1, 2}))


@pytest.mark.parametrize("f", [mostcommon, leastcommon])
def test_mostcommon_leastcommon_empty_value_error(f):
    with pytest.raises(ValueError):
        f(())


# §4.3 initset, sfilter, mfilter, extract


def test_initset():
    _exact(initset(5), frozenset({5}))
    _exact(initset(frozenset()), frozenset({frozenset()}))
    _exact(initset((1, 2)), frozenset({(1, 2)}))


def test_sfilter_preserves_type():
    _exact(sfilter((1, 2, 3, 4), even), (2, 4))
    _exact(sfilter(frozenset({1, 2, 3, 4}), even), frozenset({2, 4}))
    _exact(sfilter((0, 1, 2), identity), (1, 2))
    _exact(sfilter(((1, 2), (3,), (4, 5)), matcher(size, 2)), ((1, 2), (4, 5)))
    _exact(sfilter([1, 2], even), [2])
    _exact(sfilter((), even), ())


def test_sfilter_grid_gives_tuple_of_rows():
    grid = ((1, 1), (2, 3), (4, 4))
    _exact(sfilter(grid, lambda r: r[0] == r[1]), ((1, 1), (4, 4)))


def test_mfilter():
    sets = frozenset({frozenset({1, 2}), frozenset({3}), frozenset({2, 4})})
    _exact(mfilter(sets, lambda s: contained(2, s)), frozenset({1, 2, 4}))
    _exact(mfilter(frozenset(), identity), frozenset())
    _exact(mfilter(sets, lambda s: False), frozenset())
    _exact(mfilter(((1, 2), (3,), (2, 2)), lambda t: contained(2, t)), (1, 2, 2, 2))


def test_extract():
    assert extract((1, 2, 3, 4), even) == 2
    assert extract((0, "", 3, 5), identity) == 3
    assert extract(frozenset({1, 2, 3}), matcher(identity, 3)) == 3


def test_extract_frozenset_several_matches_first_in_iteration_order():
    s = frozenset({2, 4, 6, 7})
    assert extract(s, even) == next(e for e in s if e % 2 == 0)


@pytest.mark.parametrize("container", [(), (1, 3), frozenset({1, 3})])
def test_extract_no_match_stop_iteration(container):
    with pytest.raises(StopIteration):
        extract(container, even)


# §4.3 totuple, first, last


def test_totuple():
    s = frozenset({1, 2, 30})
    _exact(totuple(s), tuple(s))
    _exact(totuple(frozenset()), ())
    _exact(totuple((1, 1)), (1, 1))


def test_first_last():
    grid = ((1, 2), (3, 4), (5, 6))
    assert first(grid) == (1, 2)
    assert last(grid) == (5, 6)
    s = frozenset({1, 2, 30, 40})
    assert first(s) == next(iter(s))
    assert last(s) == tuple(s)[-1]
    assert first((7,)) == 7
    assert last((7,)) == 7


@pytest.mark.parametrize("empty", [(), frozenset()])
def test_first_empty_stop_iteration(empty):
    with pytest.raises(StopIteration):
        first(empty)


@pytest.mark.parametrize("empty", [(), frozenset()])
def test_last_empty_value_error(empty):
    with pytest.raises(ValueError):
        last(empty)


# §4.3 insert, remove, other


def test_insert():
    _exact(insert(3, frozenset({1})), frozenset({1, 3}))
    _exact(insert(1, frozenset({1})), frozenset({1}))
    _exact(insert(1, frozenset()), frozenset({1}))


def test_insert_into_tuple_attribute_error():
    with pytest.raises(AttributeError):
        insert(1, (2,))


def test_remove():
    _exact(remove(2, (1, 2, 3, 2)), (1, 3))
    _exact(remove(2, frozenset({1, 2})), frozenset({1}))
    _exact(remove(9, (1, 2)), (1, 2))
    _exact(remove(True, (1, 0, 1)), (0,))


def test_other():
    assert other(frozenset({1, 2}), 1) == 2
    assert other(frozenset({1, 2}), 2) == 1
    assert other((1, 2, 3), 1) == 2
    assert other((1, 1, 5), 1) == 5
    s = frozenset({1, 2, 3, 40})
    assert other(s, 1) == next(e for e in s if e != 1)


@pytest.mark.parametrize("container", [(), (1,), (1, 1), frozenset({1})])
def test_other_nothing_left_stop_iteration(container):
    with pytest.raises(StopIteration):
        other(container, 1)


# §4.3 interval, product, pair, sizefilter


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((5, 0, -2), (5, 3, 1)),
        ((0, 3, 1), (0, 1, 2)),
        ((3, 0, 1), ()),
        ((0, 0, 1), ()),
        ((0, 10, 4), (0, 4, 8)),
        ((-2, 2, 1), (-2, -1, 0, 1)),
        ((False, 3, True), (0, 1, 2)),
    ],
)
def test_interval(args, expected):
    _exact(interval(*args), expected)


def test_interval_step_zero_value_error():
    with pytest.raises(ValueError):
        interval(0, 3, 0)


def test_product():
    _exact(product((1, 2), (3,)), frozenset({(1, 3), (2, 3)}))
    _exact(product((1, 1), (2,)), frozenset({(1, 2)}))
    _exact(product(frozenset({1}), frozenset({2, 3})), frozenset({(1, 2), (1, 3)}))
    _exact(product((), (1, 2)), frozenset())
    _exact(product((1, 2), frozenset()), frozenset())


def test_pair():
    _exact(pair((1, 2, 3), (4, 5)), ((1, 4), (2, 5)))
    _exact(pair((), (1,)), ())
    got = pair((1, 2), (3, 4))
    assert all(type(p) is tuple for p in got)


def test_sizefilter():
    items = (frozenset({1}), (1, 2), "ab", frozenset({1, 2}), (3,))
    _exact(sizefilter(items, 2), frozenset({(1, 2), "ab", frozenset({1, 2})}))
    _exact(sizefilter(items, 1), frozenset({frozenset({1}), (3,)}))
    _exact(sizefilter(items, 5), frozenset())
    _exact(sizefilter(frozenset({(1, 2), (3,)}), 1), frozenset({(3,)}))
    _exact(sizefilter((), 0), frozenset())


def test_sizefilter_elements_need_length():
    with pytest.raises(TypeError):
        sizefilter((1, 2), 1)


# =============================================================================================
# §4.4 higher-order combinators


def test_compose():
    assert compose(double, increment)(3) == 8
    assert compose(increment, double)(3) == 7


def test_chain_applies_f_first():
    assert chain(double, increment, invert)(3) == -4


def test_matcher():
    m = matcher(size, 2)
    assert m((1, 2)) is True
    assert m((1,)) is False


def test_fork():
    assert fork(astuple, first, last)((1, 2, 3)) == (1, 3)
    assert fork(add, double, halve)(10) == 25


def test_closures_are_not_cached():
    calls = []

    def counter(x):
        calls.append(x)
        return x

    f = compose(identity, counter)
    f(1)
    f(1)
    assert calls == [1, 1]


@pytest.mark.parametrize(
    "make",
    [
        lambda: compose(identity, identity),
        lambda: chain(identity, identity, identity),
        lambda: fork(astuple, identity, identity),
        lambda: matcher(identity, 1),
        lambda: power(identity, 2),
        lambda: power(identity, 5),
    ],
    ids=["compose", "chain", "fork", "matcher", "power2", "power5"],
)
def test_combinator_closures_declare_one_parameter(make):
    f = make()
    assert f.__code__.co_argcount == 1


# §4.4 rbind / lbind


def test_rbind_arity_two():
    f = rbind(subtract, 1)
    assert f(10) == 9
    assert f.__code__.co_argcount == 1


def test_rbind_arity_three():
    f = rbind(interval, 2)
    assert f(0, 6) == (0, 2, 4)
    assert f.__code__.co_argcount == 2


def test_rbind_arity_four():
    grid = ((1, 0), (0, 1))
    f = rbind(objects, T)
    assert f.__code__.co_argcount == 3
    assert f(grid, T, F) == objects(grid, T, F, T)


def test_lbind_arity_two():
    f = lbind(subtract, 10)
    assert f(1) == 9
    assert f.__code__.co_argcount == 1


def test_lbind_arity_three():
    f = lbind(interval, 0)
    assert f(6, 2) == (0, 2, 4)
    assert f.__code__.co_argcount == 2


def test_lbind_arity_four():
    grid = ((1, 0), (0, 1))
    f = lbind(objects, grid)
    assert f.__code__.co_argcount == 3
    assert f(T, F, F) == objects(grid, T, F, F)


@pytest.mark.parametrize("binder", [rbind, lbind])
@pytest.mark.parametrize("nargs", [0, 1, 2, 3])
def test_bind_one_parameter_function_fails_at_call_time(binder, nargs):
    bound = binder(invert, 1)  # no error when built
    assert bound.__code__.co_argcount == 3
    with pytest.raises(TypeError):
        bound(*range(nargs))


@pytest.mark.parametrize("binder", [rbind, lbind])
def test_bind_five_parameter_function_fails_at_call_time(binder):
    def five(a, b, c, d, e):
        return (a, b, c, d, e)

    bound = binder(five, 0)
    with pytest.raises(TypeError):
        bound(1, 2, 3)


@pytest.mark.parametrize("binder", [rbind, lbind])
def test_bind_closure_of_compose_fails_at_call_time(binder):
    bound = binder(compose(increment, identity), 1)
    with pytest.raises(TypeError):
        bound(1)
    with pytest.raises(TypeError):
        bound(1, 2, 3)


@pytest.mark.parametrize("binder", [rbind, lbind])
@pytest.mark.parametrize(
    "func", [len, max, functools.partial(add, 1)], ids=["len", "max", "partial"]
)
def test_bind_builtin_attribute_error_at_bind_time(binder, func):
    with pytest.raises(AttributeError):
        binder(func, 1)


def test_double_rbind():
    g = rbind(rbind(fill, frozenset({(0, 0)})), 5)
    assert g.__code__.co_argcount == 1
    assert g(((0, 0),)) == ((5, 0),)


def test_double_lbind():
    g = lbind(lbind(interval, 0), 5)
    assert g.__code__.co_argcount == 1
    assert g(2) == (0, 2, 4)


def test_rbind_of_lbind_and_vice_versa():
    assert rbind(lbind(interval, 0), 2)(7) == (0, 2, 4, 6)
    assert lbind(rbind(interval, 2), 1)(6) == (1, 3, 5)


def test_bind_counts_parameters_with_defaults():
    def three(a, b, c=0):
        return (a, b, c)

    assert rbind(three, 5)(1, 2) == (1, 2, 5)
    assert lbind(three, 5)(1, 2) == (5, 1, 2)


def test_bind_closure_of_two_parameters():
    f = rbind(lambda a, b: (a, b), "r")
    assert f("x") == ("x", "r")
    g = lbind(lambda a, b, c: (a, b, c), "l")
    assert g(1, 2) == ("l", 1, 2)


# §4.4 power


def test_power_one_is_same_object():
    assert power(increment, 1) is increment


@pytest.mark.parametrize(("n", "expected"), [(2, 2), (3, 3), (7, 7)])
def test_power_applies_n_times(n, expected):
    f = power(increment, n)
    assert f is not increment
    assert f(0) == expected


def test_power_double():
    assert power(double, 2)(3) == 12
    assert power(rbind(add, (1, 0)), 3)((0, 0)) == (3, 0)


@pytest.mark.parametrize("n", [0, -1, -10])
def test_power_nonpositive_recursion_error_when_built(n):
    with pytest.raises(RecursionError):
        power(increment, n)


# §4.4 apply, rapply, mapply, papply, mpapply, prapply


def test_apply():
    _exact(apply(halve, frozenset({1, 2, 3})), frozenset({0, 1}))
    _exact(apply(double, (1, 2, 2)), (2, 4, 4))
    _exact(apply(first, ((1, 2), (3, 4))), (1, 3))
    _exact(apply(double, [1]), [2])
    _exact(apply(double, ()), ())
    _exact(apply(double, frozenset()), frozenset())


def test_rapply():
    _exact(rapply((double, halve), 4), (8, 2))
    _exact(rapply(frozenset({double, halve}), 4), frozenset({8, 2}))
    _exact(rapply(frozenset({double, identity}), 0), frozenset({0}))
    _exact(rapply((double, double), 1), (2, 2))


def test_mapply():
    sets = frozenset({frozenset({1}), frozenset({1, 2})})
    _exact(mapply(identity, sets), frozenset({1, 2}))
    _exact(mapply(lambda t: t + t, ((1,), (2,))), (1, 1, 2, 2))
    _exact(mapply(identity, frozenset()), frozenset())
    _exact(mapply(identity, ()), ())


def test_mapply_tuple_of_sets_is_tuple():
    got = mapply(dneighbors, ((0, 0), (0, 2)))
    assert type(got) is tuple
    assert len(got) == 8
    assert got.count((0, 1)) == 2
    assert got == tuple(dneighbors((0, 0))) + tuple(dneighbors((0, 2)))


def test_papply():
    _exact(papply(add, (1, 2, 3), (10, 20)), (11, 22))
    _exact(papply(astuple, (), (1,)), ())
    _exact(papply(astuple, (1, 2), (3, 4)), ((1, 3), (2, 4)))


def test_mpapply():
    _exact(mpapply(astuple, (1, 2), (3, 4)), (1, 3, 2, 4))
    got = mpapply(lambda a, b: frozenset({a, b}), (1, 2), (3, 3))
    assert type(got) is tuple
    assert sorted(got) == [1, 2, 3, 3]
    _exact(mpapply(astuple, (), ()), ())


def test_prapply():
    _exact(prapply(add, (1, 2), (10, 20)), frozenset({11, 12, 21, 22}))
    _exact(prapply(lambda a, b: 0, (1, 2), (3,)), frozenset({0}))
    _exact(prapply(add, (), (1,)), frozenset())
    _exact(prapply(astuple, frozenset({1}), [2]), frozenset({(1, 2)}))


# =============================================================================================
# §1.3 container-type rules (summary)


@pytest.mark.parametrize(
    ("call", "typ"),
    [
        (lambda: dedupe([1]), tuple),
        (lambda: order(frozenset({1}), identity), tuple),
        (lambda: repeat(1, 1), tuple),
        (lambda: totuple(frozenset({1})), tuple),
        (lambda: interval(0, 1, 1), tuple),
        (lambda: pair((1,), (2,)), tuple),
        (lambda: papply(add, (1,), (2,)), tuple),
        (lambda: mpapply(lambda a, b: frozenset({a}), (1,), (2,)), tuple),
        (lambda: astuple(1, 2), tuple),
        (lambda: initset(1), frozenset),
        (lambda: product((1,), (2,)), frozenset),
        (lambda: prapply(add, (1,), (2,)), frozenset),
        (lambda: sizefilter(((1,),), 1), frozenset),
        (lambda: colorfilter((frozenset({(1, (0, 0))}),), 1), frozenset),
        (lambda: insert(1, frozenset()), frozenset),
        (lambda: intersection(frozenset({1}), frozenset({1})), frozenset),
        (lambda: mfilter(((1,), (2,)), identity), tuple),
        (lambda: mapply(identity, ((1,), (2,))), tuple),
        (lambda: merge([[1], [2]]), list),
        (lambda: remove(1, [1, 2]), list),
        (lambda: rapply([identity], 1), list),
    ],
)
def test_container_type_rules(call, typ):
    assert type(call()) is typ


def test_colorfilter_tuple_of_objects_gives_frozenset():
    objs = (frozenset({(1, (0, 0))}), frozenset({(2, (0, 0))}), frozenset({(1, (5, 5))}))
    _exact(colorfilter(objs, 1), frozenset({objs[0], objs[2]}))


# =============================================================================================
# §1.5 StopIteration -> RuntimeError inside generator-based primitives, pass-through elsewhere


def _first_of_a(a, b):
    return first(a)


@pytest.mark.parametrize(
    "call",
    [
        lambda: apply(first, (frozenset(),)),
        lambda: apply(first, frozenset({frozenset()})),
        lambda: apply(first, ((1,), ())),
        lambda: rapply((first,), frozenset()),
        lambda: rapply(frozenset({first}), ()),
        lambda: sfilter((frozenset(),), first),
        lambda: sfilter(frozenset({frozenset()}), first),
        lambda: mfilter((frozenset(),), first),
        lambda: mfilter(frozenset({frozenset()}), first),
        lambda: mapply(first, (frozenset(),)),
        lambda: mapply(first, frozenset({frozenset()})),
        lambda: papply(_first_of_a, (frozenset(),), (1,)),
        lambda: mpapply(_first_of_a, (frozenset(),), (1,)),
        lambda: prapply(_first_of_a, (frozenset(),), (1,)),
        lambda: prapply(_first_of_a, frozenset({frozenset()}), frozenset({1})),
        lambda: extract((frozenset(),), first),
        lambda: extract(frozenset({frozenset()}), first),
        lambda: colorfilter(frozenset({frozenset()}), 1),
        lambda: colorfilter((frozenset(),), 1),
        lambda: merge((_IterRaisesStop(),)),
        lambda: merge(frozenset({_IterRaisesStop()})),
        lambda: sfilter((1, 2), lambda x: other((x,), x)),
    ],
)
def test_stop_iteration_becomes_runtime_error(call):
    with pytest.raises(RuntimeError):
        call()


@pytest.mark.parametrize(
    "call",
    [
        lambda: argmax((frozenset(),), first),
        lambda: argmin((frozenset(),), first),
        lambda: valmax((frozenset(),), first),
        lambda: valmin((frozenset(),), first),
        lambda: order((frozenset(),), first),
        lambda: order(((1,), ()), first),
        lambda: compose(first, identity)(frozenset()),
        lambda: compose(identity, first)(frozenset()),
        lambda: chain(identity, identity, first)(()),
        lambda: chain(first, identity, identity)(()),
        lambda: fork(astuple, first, identity)(frozenset()),
        lambda: fork(astuple, identity, first)(frozenset()),
        lambda: matcher(first, 1)(frozenset()),
        lambda: power(first, 2)(((),)),
    ],
)
def test_stop_iteration_passes_through(call):
    with pytest.raises(StopIteration):
        call()
