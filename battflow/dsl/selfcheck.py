"""A seconds-long self-check of the reference DSL, run by `battflow info` on any machine.

It evaluates a small solver-style program on a fixed grid and compares a few spec examples; the
full differential suite lives in tests/.
"""

from __future__ import annotations

from .bbox import center
from .colours import mostcolor
from .combinators import compose, rbind
from .constants import FIVE, F, T
from .containers import last, mfilter
from .extraction import objects
from .logic import flip
from .painting import fill
from .relations import bordering, gravitate

_GRID = (
    (0, 0, 0, 0, 0),
    (0, 3, 0, 0, 3),
    (0, 3, 0, 0, 0),
    (0, 0, 0, 3, 0),
    (0, 0, 0, 0, 0),
)
_EXPECTED = (
    (0, 0, 0, 0, 0),
    (0, 5, 0, 0, 3),
    (0, 5, 0, 0, 0),
    (0, 0, 0, 5, 0),
    (0, 0, 0, 0, 0),
)


def _recolour_inner_objects(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(bordering, I)
    x3 = compose(flip, x2)
    x4 = mfilter(x1, x3)
    return fill(I, FIVE, x4)


def run_selfcheck() -> list[str]:
    """Names of the checks that failed (empty when all pass)."""
    checks = {
        "program: recolour inner objects": lambda: _recolour_inner_objects(_GRID) == _EXPECTED,
        "mostcolor small-int tie ((0,8),(8,0)) -> 0": lambda: mostcolor(((0, 8), (8, 0))) == 0,
        "mostcolor small-int tie ((8,0),(0,8)) -> 8": lambda: mostcolor(((8, 0), (0, 8))) == 8,
        "center rounds to the lower middle": lambda: center(frozenset({(0, 0), (1, 0)})) == (1, 0),
        "gravitate({(0,0)}, {(0,4)}) == (0,3)": lambda: (
            gravitate(frozenset({(0, 0)}), frozenset({(0, 4)})) == (0, 3)
        ),
        "last of a tuple": lambda: last((1, 2, 3)) == 3,
    }
    failed = []
    for name, check in checks.items():
        try:
            ok = check()
        except Exception as exc:  # a self-check reports, it does not crash
            ok = False
            name = f"{name} ({type(exc).__name__}: {exc})"
        if not ok:
            failed.append(name)
    return failed
