"""A model of the small-int set order rule (dsl-spec §1.6), shared by the DSL tests."""


def siso_order(values):
    """Iteration order of the distinct small ints (0..31) of `values` by the §1.6 rule."""
    distinct = list(dict.fromkeys(values))
    if len(distinct) >= 5:
        return sorted(distinct)
    slots = [None] * 8
    for v in distinct:
        s = v % 8
        while slots[s] is not None:
            s = (5 * s + 1) % 8
        slots[s] = v
    return [v for v in slots if v is not None]
