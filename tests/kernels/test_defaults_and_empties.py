"""Values that batt defaults and raising calls leave behind, decided exactly: `()` where a grid
is read, `frozenset()` where a patch is, a whole call raising inside `apply`/`mapply` under a
guard whose default has another form, `vsplit`/`hsplit` of an int, `index` outside the grid,
mostcolor/leastcolor of an empty patch, `()` read as no locations, argmax/order whose key
raises on some member (the reference computes every key first: it raises in any order), the
arithmetic of a set (`x[0]` of a frozenset raises), `()` painted (nothing is)."""

from __future__ import annotations

from test_rules_differential import compare_programs, mixed_grids

DECIDED = {
    "empty_tuple_as_grid": """
    try:
        x1 = apply(lbind(order, identity), dmirror(I))
    except Exception:
        x1 = ()
    O = dmirror(x1)""",
    "empty_tuple_constant_as_grid": """
    try:
        x1 = apply(rbind(order, identity), dmirror(I))
    except Exception:
        x1 = ()
    O = hmirror(x1)""",
    "empty_set_as_patch": """
    try:
        x1 = mapply(chain(shift, identity, identity), objects(I, T, F, T))
    except Exception:
        x1 = frozenset()
    O = fill(I, EIGHT, x1)""",
    "split_of_an_int": """
    x1 = hsplit(I, TWO)
    try:
        x3 = apply(lbind(vsplit, TWO), x1)
    except Exception:
        x3 = ()
    O = I""",
    "raising_map_other_default": """
    x6 = apply(tojvec, interval(ZERO, THREE, ONE))
    try:
        x8 = mapply(matcher(shift, ORIGIN), x6)
    except Exception:
        x8 = frozenset()
    O = fill(I, ONE, x8)""",
    "mostcolor_of_no_locations": """
    try:
        x1 = mostcolor(ofcolor(I, TEN))
    except Exception:
        x1 = ZERO
    O = replace(I, x1, FIVE)""",
    "leastcolor_of_an_empty_patch": """
    try:
        x1 = leastcolor(normalize(sizefilter(ofcolor(I, ONE), 99)))
    except Exception:
        x1 = ONE
    O = replace(I, x1, FIVE)""",
    "empty_tuple_as_no_locations": """
    x1 = apply(toivec, interval(THREE, ONE, ONE))
    try:
        x2 = subgrid(x1, I)
    except Exception:
        x2 = I
    O = fill(x2, TWO, backdrop(x1))""",
    "argmax_of_raising_keys": """
    x0 = objects(I, T, F, T)
    try:
        x1 = argmax(intersection(x0, x0), chain(lbind(divide, TEN), decrement, width))
    except Exception:
        x1 = frozenset()
    O = fill(I, ONE, x1)""",
    "order_of_raising_keys": """
    x0 = objects(I, T, F, T)
    try:
        x1 = order(intersection(x0, x0), chain(lbind(divide, TEN), decrement, height))
    except Exception:
        x1 = ()
    O = fill(I, ONE, merge(x1))""",
    "decrement_of_a_set": """
    try:
        x1 = decrement(palette(I))
    except Exception:
        x1 = 2
    O = upscale(I, x1)""",
    "halve_of_an_object": """
    try:
        x1 = halve(asobject(I))
    except Exception:
        x1 = ORIGIN
    O = crop(I, x1, UNITY)""",
    "paint_of_empty_tuple": """
    try:
        x1 = sfilter(asobject(I), fork(even, last, last))
    except Exception:
        x1 = ()
    x2 = paint(I, x1)
    O = underpaint(x2, x1)""",
    "corner_of_nothing_is_no_member": """
    x1 = lrcorner(ofcolor(I, TEN))
    x3 = contained(x1, ofcolor(I, ZERO))
    x4 = contained(x1, asindices(I))
    x5 = contained(x1, asobject(I))
    O = branch(both(x3, x4), I, branch(x5, I, rot90(I)))""",
    "none_default_then_read": """
    try:
        x1 = extract(objects(I, T, F, T), compose(lbind(contained, ORIGIN), toindices))
    except Exception:
        x1 = None
    try:
        x2 = height(x1)
    except Exception:
        x2 = 0
    O = upscale(I, increment(x2))""",
    "none_default_as_output": """
    try:
        x1 = argmax(objects(I, T, F, T), size)
    except Exception:
        x1 = None
    try:
        x2 = subgrid(x1, I)
    except Exception:
        x2 = x1
    O = x2""",
    "index_outside": """
    x1 = index(I, NEG_UNITY)
    x2 = equality(x1, ZERO)
    O = branch(x2, I, rot90(I))""",
}


def _programs() -> str:
    return "\n".join(f"def q_{name}(I):{body}\n    return O\n" for name, body in DECIDED.items())


def test_defaults_and_empties_are_decided_exactly():
    inputs = mixed_grids(11, 16)
    counts = compare_programs(_programs(), "batt", inputs, inputs)
    for name in DECIDED:
        decided, fb = counts[f"q_{name}:decided"], counts[f"q_{name}:fb"]
        assert decided >= 0.9 * (decided + fb), (name, decided, fb)
