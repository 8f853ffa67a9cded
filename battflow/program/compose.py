"""Typed random composition: new straight-line programs drawn from the generator's signature table
(`kinds.OVERLOADS`), in Hodel's solver style.

A program grows forward from the input grid `I`. Each step picks a primitive overload (weighted by
how often solvers use the primitive, `op_weights`) and fills its parameters with earlier values of
an accepted kind (recent ones first), DSL constants, or new steps that make such a value. Function
parameters (`argmax`'s key, `sfilter`'s condition, `apply`'s map) get a primitive or a closure
built as its own step: `rbind`, `lbind`, `compose`, `fork`, `matcher`, `power`. Calls through a
closure variable (`x7 = x6(x4)`) are steps too. The last step makes the output grid `O` from the
most recent value; steps `O` does not depend on are dropped and the rest renumbered, so every
variable is used, as in a solver file. Everything depends only on the seed and the weights.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .kinds import (
    CONSTANTS,
    OVERLOADS,
    SIZE_PARAMS,
    Overload,
    accepts,
    func_kind,
    parse_func_kind,
)

MAX_DEPTH = 3
"""Deepest nesting of steps made to satisfy a parameter (and of closures inside closures)."""
CLOSURE_WEIGHTS = {"rbind": 5, "compose": 4, "fork": 3, "matcher": 3, "lbind": 2, "power": 1}
"""How often each closure builder is tried, roughly as solvers use them."""
_VAR = re.compile(r"\bx(\d+)\b")


BOUND_KINDS = ("G", "I", "C", "N", "B", "V", "O", "X")
"""Kinds a closure may bind (`rbind`, `lbind`): not whole containers of patches, which every
element's call would carry along (solvers bind single patches and scalars)."""
SCALARS = ("I", "C", "N", "B", "V")
NOT_MAPPED = {"occurrences"}
"""Primitives never put inside a closure: mapped over every object, a pattern search over the
whole grid per object is what no solver does and what costs the most on both paths."""


def _bindable(arg: str) -> tuple[str, ...]:
    """What a closure over `arg` may bind: a function of locations (mapped over Indices, up to 900
    of them) binds scalars only, so no call carries a patch per location."""
    return SCALARS if arg == "V" else BOUND_KINDS


@functools.cache
def _unary(arg: str, result: str) -> tuple[Overload, ...]:
    """One-parameter overloads taking `arg` and giving a value `result` accepts."""
    return tuple(
        o
        for o in OVERLOADS
        if o.arity == 1 and accepts(o.params[0], arg) and accepts(result, o.result)
    )


@functools.cache
def _binary(result: str) -> tuple[Overload, ...]:
    """Two-parameter overloads without function parameters giving a value `result` accepts,
    fit to go inside a closure (see NOT_MAPPED)."""
    return tuple(
        o
        for o in OVERLOADS
        if o.arity == 2
        and o.prim not in NOT_MAPPED
        and accepts(result, o.result)
        and not any(parse_func_kind(p) for p in o.params)
    )


class _Stuck(Exception):
    """No value of the kind asked for can be made here; the caller tries something else."""


@dataclass
class Step:
    name: str
    expr: str
    kind: str


@dataclass
class _Builder:
    rng: random.Random
    weights: dict[str, float]
    steps: list[Step] = field(default_factory=list)
    by_expr: dict[str, str] = field(default_factory=dict)

    # -- values ----------------------------------------------------------------------------------
    def emit(self, expr: str, kind: str) -> str:
        if expr in self.by_expr:  # never the same call twice
            return self.by_expr[expr]
        name = f"x{len(self.steps) + 1}"
        self.steps.append(Step(name, expr, kind))
        self.by_expr[expr] = name
        return name

    def have(self, param: str) -> list[str]:
        names = ["I"] if accepts(param, "G") else []
        return names + [s.name for s in self.steps if accepts(param, s.kind)]

    def value(self, param: str, depth: int) -> str:
        """An argument for a parameter of kind `param`."""
        f = parse_func_kind(param)
        if f is not None:
            return self.function(*f, depth)
        r = self.rng
        consts = CONSTANTS.get(param, ())
        if param == "N":  # factors stay small constants: a computed factor can blow a grid up
            return self.constant(param)
        have = self.have(param)
        if have and r.random() < 0.7:
            return have[-1] if r.random() < 0.5 else r.choice(have)
        if consts and (r.random() < 0.6 or depth >= MAX_DEPTH):
            return r.choice(consts)
        if depth < MAX_DEPTH:
            try:
                return self.produce(param, depth + 1)
            except _Stuck:
                pass
        if have:
            return r.choice(have)
        if consts:
            return r.choice(consts)
        raise _Stuck(param)

    def argument(self, o: Overload, at: int, depth: int) -> str:
        """A value for parameter `at` of `o`: a constant where it scales the result."""
        if SIZE_PARAMS.get(o.prim) == at:
            return self.constant(o.params[at])
        return self.value(o.params[at], depth)

    def constant(self, param: str) -> str:
        consts = CONSTANTS.get(param, ())
        if not consts:
            raise _Stuck(param)
        return self.rng.choice(consts)

    def produce(self, kind: str, depth: int) -> str:
        """A new step whose result has a kind `kind` accepts."""
        options = [o for o in OVERLOADS if accepts(kind, o.result)]
        return self.call_step(options, depth)

    def call_step(self, options: list[Overload], depth: int, first: str | None = None) -> str:
        """A step calling one of `options` (weighted), its first parameter `first` if given."""
        options = list(options)
        for _ in range(4):
            if not options:
                break
            o = self.weighted(options)
            try:
                args = [first] if first is not None else []
                args += [self.argument(o, i, depth) for i in range(len(args), o.arity)]
            except _Stuck:
                options.remove(o)
                continue
            if o.result != "G" and not any(a == "I" or _VAR.fullmatch(a) for a in args):
                continue  # a call of constants alone is a constant: solvers write none but canvas
            return self.emit(f"{o.prim}({', '.join(args)})", o.result)
        raise _Stuck(options[0].result if options else "?")

    # -- functions -------------------------------------------------------------------------------
    def function(self, arg: str, result: str, depth: int) -> str:
        """A function value from `arg` to `result`: a primitive, an earlier closure of that kind,
        or a new closure step."""
        r = self.rng
        kind = func_kind(arg, result)
        earlier = [s.name for s in self.steps if s.kind == kind]
        if earlier and r.random() < 0.3:
            return r.choice(earlier)
        prims = _unary(arg, result)
        if prims and (depth >= MAX_DEPTH or r.random() < 0.45):
            return self.pick_prim(prims)
        builders = dict(CLOSURE_WEIGHTS)
        if result != "B":
            builders.pop("matcher")
        if arg != result:
            builders.pop("power")
        names = list(builders)
        for _ in range(4):
            if not names or depth >= MAX_DEPTH:
                break
            how = r.choices(names, [builders[n] for n in names])[0]
            try:
                expr = getattr(self, f"c_{how}")(arg, result, depth + 1)
            except _Stuck:
                names.remove(how)
                continue
            return self.emit(expr, kind)
        if prims:
            return self.pick_prim(prims)
        raise _Stuck(kind)

    def weighted(self, options: Sequence[Overload]) -> Overload:
        """One of `options`, drawn by the op-mix weight of its primitive."""
        return self.rng.choices(options, [self.weights.get(o.prim, 1.0) for o in options])[0]

    def pick_prim(self, options: Sequence[Overload]) -> str:
        return self.weighted(options).prim

    def _bind(self, how: str, free: int, arg: str, result: str, depth: int) -> str:
        """`rbind`/`lbind` of a two-parameter primitive, leaving parameter `free` open for
        `arg` and binding the other to a value."""
        fixed = 1 - free
        options = [
            o
            for o in _binary(result)
            if accepts(o.params[free], arg)
            and o.params[fixed] in _bindable(arg)
            and SIZE_PARAMS.get(o.prim) != free
        ]
        if not options:
            raise _Stuck(how)
        o = self.weighted(options)
        return f"{how}({o.prim}, {self.argument(o, fixed, depth)})"

    def c_rbind(self, arg: str, result: str, depth: int) -> str:
        return self._bind("rbind", 0, arg, result, depth)

    def c_lbind(self, arg: str, result: str, depth: int) -> str:
        return self._bind("lbind", 1, arg, result, depth)

    def c_compose(self, arg: str, result: str, depth: int) -> str:
        mids = sorted(self._mids(arg, result))
        if not mids:
            raise _Stuck("compose")
        mid = self.rng.choice(mids)
        inner = self.function(arg, mid, depth)
        return f"compose({self.function(mid, result, depth)}, {inner})"

    def _mids(self, arg: str, result: str) -> set[str]:
        """Kinds m with a primitive arg -> m and a primitive m -> result."""
        firsts = {o.result for o in OVERLOADS if o.arity == 1 and accepts(o.params[0], arg)}
        return {m for m in firsts if _unary(m, result)}

    def c_matcher(self, arg: str, result: str, depth: int) -> str:
        keys = [k for k in ("C", "I", "V", "B") if _unary(arg, k)]
        if not keys:
            raise _Stuck("matcher")
        key = self.rng.choice(keys)
        target = self.value(key, MAX_DEPTH) if self.rng.random() < 0.7 else self.value(key, depth)
        return f"matcher({self.function(arg, key, depth)}, {target})"

    def c_fork(self, arg: str, result: str, depth: int) -> str:
        options = [
            o
            for o in _binary(result)
            if _unary(arg, o.params[0]) and _unary(arg, o.params[1]) and o.prim not in SIZE_PARAMS
        ]
        if not options:
            raise _Stuck("fork")
        o = self.weighted(options)
        a = self.function(arg, o.params[0], depth)
        b = self.function(arg, o.params[1], depth)
        return f"fork({o.prim}, {a}, {b})"

    def c_power(self, arg: str, result: str, depth: int) -> str:
        return f"power({self.function(arg, result, depth)}, {self.rng.choice(CONSTANTS['N'][:3])})"

    # -- whole programs --------------------------------------------------------------------------
    def step(self) -> None:
        """One forward step: a call of a closure variable, or a primitive call."""
        r = self.rng
        closures = [(s, parse_func_kind(s.kind)) for s in self.steps]
        callable_ = [(s, f) for s, f in closures if f is not None and self.have(f[0])]
        if callable_ and r.random() < 0.12:
            s, (arg, result) = r.choice(callable_)
            self.emit(f"{s.name}({self.value(arg, MAX_DEPTH)})", result)
            return
        options = list(OVERLOADS)
        last = self.steps[-1] if self.steps else None
        if last is not None and parse_func_kind(last.kind) is None and r.random() < 0.6:
            # grow from the latest value, as solvers mostly do
            taking = [o for o in options if o.params and accepts(o.params[0], last.kind)]
            if taking:
                self.call_step(taking, 1, first=last.name)
                return
        self.call_step(options, 1)

    def finish(self) -> str:
        """The output step: a grid made from the latest value where possible."""
        values = [s for s in self.steps if parse_func_kind(s.kind) is None]
        if values and values[-1].kind == "G":
            return values[-1].name
        grid_makers = [o for o in OVERLOADS if o.result == "G"]
        if values:
            last = values[-1]
            taking = [o for o in grid_makers if any(accepts(p, last.kind) for p in o.params)]
            for o in self.rng.sample(taking, len(taking)):
                scaling = SIZE_PARAMS.get(o.prim)
                at = next(
                    (i for i, p in enumerate(o.params) if accepts(p, last.kind) and i != scaling),
                    None,
                )
                if at is None:
                    continue
                try:
                    args = [
                        last.name if i == at else self.argument(o, i, MAX_DEPTH)
                        for i in range(o.arity)
                    ]
                except _Stuck:
                    continue
                return self.emit(f"{o.prim}({', '.join(args)})", "G")
        return self.call_step(grid_makers, MAX_DEPTH)


def _live(steps: list[Step], output: str) -> list[Step]:
    """The steps `output` depends on, renumbered x1..xn in order, the output named O."""
    needed = {output}
    for s in reversed(steps):
        if s.name in needed:
            needed.update(f"x{n}" for n in _VAR.findall(s.expr))
    kept = [s for s in steps if s.name in needed]
    rename = {s.name: f"x{k + 1}" for k, s in enumerate(kept)}
    rename[output] = "O"
    out = []
    for s in kept:
        expr = _VAR.sub(lambda m: rename[m.group(0)], s.expr)
        out.append(Step(rename[s.name], expr, s.kind))
    return out


def compose_program(
    rng: random.Random, weights: dict[str, float], length: tuple[int, int]
) -> list[Step] | None:
    """One program body (its steps, the last named O), or None if this draw got stuck or ended
    shorter than length[0] once dead steps were dropped."""
    b = _Builder(rng, weights)
    target = rng.randint(*length)
    try:
        while len(b.steps) < target:
            b.step()
        output = b.finish()
    except _Stuck:
        return None
    if output == "I":
        return None
    steps = _live(b.steps, output)
    if len(steps) < length[0] or len(steps) > 2 * length[1]:
        return None
    if _upscalings(steps) > 1:
        return None
    return steps


_UPSCALER = re.compile(r"\b(?:h|v)?upscale\b")


def _upscalings(steps: list[Step]) -> int:
    """How many value steps upscale something, directly or through a closure that does: each
    multiplies the size of what it is given, so a second one compounds the first (an object
    upscaled by four, three times over, has 4,096 times its cells)."""
    scaling: set[str] = set()
    uses = 0
    for s in steps:
        hit = bool(_UPSCALER.search(s.expr)) or any(
            f"x{n}" in scaling for n in _VAR.findall(s.expr)
        )
        if not hit:
            continue
        if parse_func_kind(s.kind) is not None:
            scaling.add(s.name)
        else:
            uses += 1
    return uses
