"""Registration of batched rules on the primitive registry.

A rule is `fn(xp, args: list[BValue], b: int) -> BValue | None`: the batched value of the
primitive applied to batched arguments (positional, in the primitive's parameter order). It must set
`err` exactly where the reference raises and `fb` wherever it cannot decide exactly; it returns None
when it does not handle this combination of argument representations (every sample then falls
back). Inputs' flags are merged by the caller, so a rule only adds its own.
"""

from __future__ import annotations

from collections.abc import Callable

from battflow.dsl.registry import PRIMITIVES

Rule = Callable[..., object]


def rule(*names: str) -> Callable[[Rule], Rule]:
    """Register `fn` as the batched rule of each primitive in `names`."""

    def register(fn: Rule) -> Rule:
        for name in names:
            if name not in PRIMITIVES:
                raise KeyError(f"{name!r} is not a DSL primitive")
            PRIMITIVES[name].batched = fn
        return fn

    return register


_loaded = False


def load_rules() -> None:
    """Import every rule family (idempotent)."""
    global _loaded
    if _loaded:
        return
    from . import (  # noqa: F401
        bigcanvas,
        closures,
        components,
        containers,
        grids,
        linesets,
        mappers,
        nones,
        objects,
        patches,
        scalars,
    )

    # Rules that extend another family's rule with a patch/object branch wrap it: only now is
    # every family's own rule registered, whatever order the modules were imported in.
    patches.extend_container_rules()
    objects.extend_rules()
    bigcanvas.extend_rules()  # after objects: it wraps the Object branch of paint
    nones.extend_rules()
    linesets.extend_rules()  # after every rule of sfilter, mfilter, merge and size

    _loaded = True


def coverage() -> dict[str, bool]:
    """Primitive name -> whether it has a batched rule."""
    load_rules()
    return {name: p.batched is not None for name, p in PRIMITIVES.items()}
