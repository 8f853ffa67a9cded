"""Patch polymorphism (spec §1.4): the Object-vs-Indices test and `toindices`.

Every patch primitive goes through `toindices`, so it lives below the family modules that use it.
"""

from __future__ import annotations

from .types import Indices, Patch


def is_object(patch) -> bool:
    """The Object test of §1.4 on a non-empty patch: is the first element's 2nd part a tuple?"""
    return isinstance(next(iter(patch))[1], tuple)


def toindices(patch: Patch) -> Indices:
    """Locations of a patch: a fresh empty set, an Object's locations, or the argument itself."""
    if len(patch) == 0:
        return frozenset()
    if is_object(patch):
        return frozenset(index for value, index in patch)
    return patch
