"""Where the members of a set sit in CPython's hash table, bounded without the insertion order.

A frozenset built one member at a time (a generator or comprehension: `merge`, `shift`,
`recolor`, ...) iterates its table slot by slot. Which slot a member takes depends on the order
the members came in only where their probe sequences meet, so the slot of each member can be
bounded from the members' hashes alone:

- the table size is a function of the number of distinct members (the set resizes on fill
  counts alone; `table_slots`, read from this interpreter with `sys.getsizeof`);
- a member with hash `u` probes the window of slots `[s, s + LINEAR_PROBES]` starting at
  `s = u & mask` (only `s` itself where the window would pass the table's end), then jumps to
  `s' = (s * 5 + 1 + (u >> 5 * level)) & mask` and probes that window, and so on;
- it lands in the first free slot it probes, and slots are never freed.

`slot_bounds` over-approximates the process by linear probing on a multiset of window starts:
every member's home window, plus the next window of every member that might find a window full
(its linear-probing run reaches past the window's end), repeated until no new window is
needed. By induction over the insertion order, the real table's occupied slots are always a
subset of that linear-probing layout's, and each member lands within `[start, run end]` of one
of its windows; so `lo <= slot <= hi` whatever the order. Two members whose ranges do not
overlap are iterated in the order of their ranges.

`model_holds` checks these bounds against real sets of this interpreter once per process; where
they do not hold (a CPython whose set probing differs), nothing is decided from them.
"""

from __future__ import annotations

import sys
from functools import lru_cache

import numpy as np

from .setorder import StandIn

LINEAR_PROBES = 9
PERTURB_SHIFT = 5
MAX_LEVELS = 8
"""Members that might still find their MAX_LEVELS-th window full leave their sample unknown."""
MAX_MEMBERS = 1 << 18
"""Sets of more members are not bounded: table sizes are calibrated by growing a real set up to
the largest count asked for, which stays a few megabytes below this."""

_SIZES: list[int] = []
"""_SIZES[n]: slots of a set filled with n distinct members (calibrated lazily)."""
_SIZES_ARRAY = np.zeros(0, dtype=np.int64)
"""_SIZES as an array (rebuilt when _SIZES grows)."""
_GROWER: set = set()


def _calibrate(upto: int) -> None:
    global _SIZES_ARRAY
    base = sys.getsizeof(set())
    n = len(_SIZES)
    while n <= upto:
        extra = sys.getsizeof(_GROWER) - base
        _SIZES.append(max(8, extra // 16))  # the small table is inside the object
        _GROWER.add(n)
        n += 1
    _SIZES_ARRAY = np.asarray(_SIZES, dtype=np.int64)


def table_slots(n) -> np.ndarray:
    """int64 [...]: the number of slots of a set into which n (int [...]) distinct members were
    inserted one by one, starting empty (CPython resizes on its fill count alone)."""
    n = np.asarray(n, dtype=np.int64)
    top = int(n.max()) if n.size else 0
    if top >= len(_SIZES):
        _calibrate(top)
    return _SIZES_ARRAY[n]


def _linear_runs(place):
    """For window starts `place` (int64 [E], on one line where samples never meet): (order,
    run start, run end, shared) per sorted entry: the layout of linear probing of all of them
    (order-free), and whether another entry starts at the same slot. Entries at one start
    are interchangeable (they get one run and one `shared`), so the sort need not be stable;
    window starts are hashes, where an unstable sort is several times faster."""
    order = np.argsort(place)
    s = place[order]
    k = np.arange(s.shape[0], dtype=np.int64)
    pos = k + np.maximum.accumulate(s - k)
    brk = np.ones(s.shape[0], dtype=bool)
    brk[1:] = pos[1:] > pos[:-1] + 1
    run = np.cumsum(brk) - 1
    heads = np.nonzero(brk)[0]
    tails = np.append(heads[1:] - 1, s.shape[0] - 1)
    shared = np.zeros(s.shape[0], dtype=bool)
    same = s[1:] == s[:-1]
    shared[1:] |= same
    shared[:-1] |= same
    return order, pos[heads][run], pos[tails][run], shared


def slot_bounds(sample, hashes, n_sets: int):
    """(lo, hi int64 [N], known bool [n_sets]) for the N distinct members of n_sets sets:
    member m belongs to set sample[m] (int64, 0..n_sets-1) and has hash hashes[m] (uint64).
    Where known, member m sits in a slot between lo[m] and hi[m] of its set's table, whatever
    order the members were inserted in (see the module docstring). Host arrays."""
    sample = np.asarray(sample, dtype=np.int64)
    hashes = np.asarray(hashes, dtype=np.uint64)
    counts = np.bincount(sample, minlength=n_sets)
    known = counts <= MAX_MEMBERS
    slots = table_slots(np.minimum(counts, MAX_MEMBERS))
    mask = (slots - 1).astype(np.uint64)
    span = slots + MAX_LEVELS * counts + 1  # room for runs past the table's end: sets never meet
    base = np.cumsum(span) - span
    n = sample.shape[0]
    # entries: one window of one member each (its home window first)
    owner = np.arange(n, dtype=np.int64)
    start = (hashes & mask[sample]).astype(np.int64)
    level = np.zeros(n, dtype=np.int64)
    run_end = np.zeros(n, dtype=np.int64)
    deepest = np.arange(n, dtype=np.int64)  # each member's last entry
    active = known & (counts > 0)  # sets whose layout may still gain windows
    while True:
        at = np.nonzero(active[sample[owner]])[0]  # sets never share a run: redo active ones
        if at.shape[0] == 0:
            break
        place = base[sample[owner[at]]] + start[at]
        order, head, end, shared = _linear_runs(place)
        at, place = at[order], place[order]
        tail = start[at] > mask[sample[owner[at]]].astype(np.int64) - LINEAR_PROBES
        full = np.where(tail, (head != place) | shared, end - place > LINEAR_PROBES)
        run_end[at] = end
        escaping = np.zeros(owner.shape[0], dtype=bool)
        escaping[at[full]] = True
        grow = deepest[escaping[deepest]]
        grown = np.zeros(n_sets, dtype=bool)
        grown[sample[owner[grow]]] = True
        stuck = np.unique(sample[owner[grow[level[grow] + 1 >= MAX_LEVELS]]])
        known[stuck] = False
        active &= grown & known
        grow = grow[active[sample[owner[grow]]]]
        if grow.shape[0] == 0:
            break
        who = owner[grow]
        nxt = level[grow] + 1
        perturb = hashes[who] >> (PERTURB_SHIFT * nxt).astype(np.uint64)
        jump = (start[grow].astype(np.uint64) * np.uint64(5) + np.uint64(1) + perturb) & mask[
            sample[who]
        ]
        fresh = np.arange(owner.shape[0], owner.shape[0] + grow.shape[0], dtype=np.int64)
        owner = np.concatenate([owner, who])
        start = np.concatenate([start, jump.astype(np.int64)])
        level = np.concatenate([level, nxt])
        run_end = np.concatenate([run_end, np.zeros(grow.shape[0], dtype=np.int64)])
        deepest[who] = fresh
    m = mask[sample[owner]].astype(np.int64)
    window_end = np.where(start > m - LINEAR_PROBES, start, start + LINEAR_PROBES)
    top = np.minimum(run_end - base[sample[owner]], window_end)
    lo = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    hi = np.full(n, -1, dtype=np.int64)
    np.minimum.at(lo, owner, start)
    np.maximum.at(hi, owner, top)
    return lo, hi, known


def check_bounds(rng: np.random.Generator, sizes=(3, 40, 700, 5000), orders: int = 2) -> bool:
    """Whether `slot_bounds` and `table_slots` hold for real sets of this interpreter: random
    hashes (some sharing home slots), inserted in random orders, the sets built by
    `frozenset` of a generator and of a tuple as the DSL builds them."""
    for n in sizes:
        hashes = rng.integers(0, 2**63, size=n, dtype=np.int64).astype(np.uint64)
        # crowd a quarter of them into a few home slots: windows fill, members jump
        crowd = min(n // 4, 30)
        hashes[:crowd] = (hashes[:crowd] << np.uint64(24)) | rng.integers(0, 12, crowd).astype(
            np.uint64
        )
        hashes[hashes == np.uint64(2**64 - 1)] = np.uint64(7)  # -1 is never a hash
        lo, hi, known = slot_bounds(np.zeros(n, dtype=np.int64), hashes, 1)
        if not known[0]:
            continue
        signed = hashes.view(np.int64).tolist()
        for k in range(orders):
            # built as the DSL builds its sets: from a generator (merge, shift, recolor, ...)
            # and from a tuple (combine)
            members = [StandIn(signed[i], i) for i in rng.permutation(n).tolist()]
            table = frozenset(m for m in members) if k % 2 == 0 else frozenset(tuple(members))
            if max(8, (sys.getsizeof(table) - sys.getsizeof(frozenset())) // 16) != table_slots(n):
                return False
            slot = np.empty(n, dtype=np.int64)
            for rank, key in enumerate(table):
                slot[key.i] = rank
            # a member whose range lies wholly before another's is iterated before it
            by_lo = np.argsort(lo, kind="stable")
            after = np.searchsorted(lo[by_lo], hi, side="right")  # first range past each
            later_min = np.append(np.minimum.accumulate(slot[by_lo][::-1])[::-1], n)
            if (later_min[after] < slot).any():
                return False
    return True


@lru_cache(maxsize=1)
def model_holds() -> bool:
    """`check_bounds` once per process (a few milliseconds)."""
    return check_bounds(np.random.default_rng(20261127), sizes=(3, 40, 700), orders=2)
