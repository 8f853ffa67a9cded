"""Calls whose every argument is a constant (`Consts`, the same plain value in every sample):
the reference implementation, once per batch, gives the same value for every sample.

Such calls come from batt defaults and constant arguments (`size(frozenset())`,
`objects(((),), T, T, T)`, ...) that a rule has no form for. The result is a `Consts` (or an
error in every sample); primitives that build results of a size their arguments only bound
(those the reference executor caps, `SIZE_CAPPED`) are never folded, and neither is a call whose
reference raises MemoryError or RecursionError (resource limits, the fallback decides).
"""

from __future__ import annotations

from battflow.dsl.registry import PRIMITIVES

from .values import BValue, Consts, raises

SIZE_CAPPED = frozenset(
    {"canvas", "hupscale", "vupscale", "upscale", "hconcat", "vconcat", "interval", "product"}
    | {"backdrop", "delta"}
)
"""The primitives of the reference executor's size cap (`execute/size_cap.py`; a test keeps
the two lists equal)."""


def fold_constants(xp, name: str, args: list[BValue], b: int) -> BValue | None:
    """The value of `name` on constant arguments, or None where it is not folded here."""
    if name in SIZE_CAPPED or not args or not all(type(a) is Consts for a in args):
        return None
    if any(bool(a.fb.all()) for a in args):  # a value with no batched form (`unsupported`)
        return None
    values = [a.value for a in args]
    if any(callable(v) for v in values):
        return None
    try:
        out = PRIMITIVES[name].impl(*values)
    except (MemoryError, RecursionError):
        return None
    except Exception:
        return raises(xp, b)
    if callable(out):  # a function (a closure builder's): functions are Func trees here
        return None
    zeros = xp.zeros(b, dtype=bool)
    return Consts(zeros, zeros.copy(), out)
