"""The generator's type table: the registry's signatures refined into concrete kinds.

The registry (`battflow.dsl.registry`) gives every primitive its parameters and result as the spec
writes them; many are deliberately wide (`Container`, `Patch`, `Any`). Generating programs that run
needs the narrower picture a solver author has in mind: `argmax` takes a set of objects and an
object -> integer key and gives an object. `SIGNATURES` lists, per primitive, the concrete
overloads the generator may emit, as kind strings:

    G grid          I integer       C colour (an integer 0-9)   N a factor (the constants 1-4)
    B boolean       V (i, j) pair   O Object                    X Indices
    OS set of Objects               XS set of Indices           IS set of integers
    GT tuple of grids               F(a>r) a one-argument function from kind a to kind r

C and N are integers too: they only choose the constants offered for a parameter; any integer
value may fill them. `check_table()` (run by the tests) verifies every entry against the registry:
known primitive, same arity.
"""

from __future__ import annotations

from dataclasses import dataclass

from battflow.dsl.registry import PRIMITIVES

VALUE_KINDS = ("G", "I", "C", "B", "V", "O", "X", "OS", "XS", "IS", "GT")
INTEGERS = ("I", "C", "N")
"""The integer kinds: any integer value fills a parameter of one of them; the kind only chooses
the constants on offer (and C marks values that are usually colours)."""

COLOURS = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")
CONSTANTS: dict[str, tuple[str, ...]] = {
    "C": COLOURS,
    "N": ("ONE", "TWO", "THREE", "FOUR"),
    "I": (*COLOURS, "TEN", "NEG_ONE", "NEG_TWO"),
    "B": ("T", "F"),
    "V": (
        "UP", "DOWN", "LEFT", "RIGHT", "ORIGIN", "UNITY", "NEG_UNITY", "UP_RIGHT", "DOWN_LEFT",
        "ZERO_BY_TWO", "TWO_BY_ZERO", "TWO_BY_TWO", "THREE_BY_THREE",
    ),
}  # fmt: skip
"""The DSL constants offered for a parameter of each kind (spec §3)."""

SIZE_PARAMS: dict[str, int] = {"upscale": 1, "hupscale": 1, "vupscale": 1, "shoot": 1}
"""Primitive -> the parameter that scales its result: a factor, or a direction whose length
multiplies the line's. Composed programs fill it with a constant only: computed ones (an object
upscaled by its own size, a grid by a cell count, a line shot from every location in a direction
computed from that location) built sets and grids of millions of cells, and made half of the
main job's reference time on a few dozen candidates."""

# One line per primitive: overloads separated by ";", each "args -> result" with kinds separated
# by spaces. Function parameters are written F(a>r).
_TABLE = """
add: I I -> I; V V -> V
subtract: I I -> I; V V -> V
multiply: I I -> I; V I -> V
divide: I N -> I; V N -> V
invert: I -> I; V -> V
double: I -> I; V -> V
halve: I -> I; V -> V
increment: I -> I; V -> V
decrement: I -> I; V -> V
sign: I -> I
toivec: I -> V
tojvec: I -> V
astuple: I I -> V
even: I -> B
positive: I -> B
greater: I I -> B
flip: B -> B
equality: G G -> B; O O -> B; I I -> B; X X -> B
both: B B -> B
either: B B -> B
branch: B G G -> G; B I I -> I
contained: C IS -> B; V X -> B; O OS -> B
combine: OS OS -> OS; X X -> X; O O -> O; IS IS -> IS
intersection: OS OS -> OS; X X -> X; IS IS -> IS
difference: OS OS -> OS; X X -> X; IS IS -> IS; O O -> O
size: OS -> I; X -> I; O -> I; IS -> I
merge: OS -> O; XS -> X
maximum: IS -> I
minimum: IS -> I
valmax: OS F(O>I) -> I
valmin: OS F(O>I) -> I
argmax: OS F(O>I) -> O; XS F(X>I) -> X
argmin: OS F(O>I) -> O; XS F(X>I) -> X
initset: O -> OS; X -> XS; V -> X; C -> IS
sfilter: OS F(O>B) -> OS; X F(V>B) -> X
mfilter: OS F(O>B) -> O
extract: OS F(O>B) -> O
first: OS -> O; XS -> X; GT -> G
last: OS -> O; XS -> X; GT -> G
insert: O OS -> OS; V X -> X; C IS -> IS
remove: O OS -> OS; V X -> X; C IS -> IS
other: OS O -> O; IS C -> I
sizefilter: OS N -> OS
apply: F(O>O) OS -> OS; F(O>X) OS -> XS; F(X>X) XS -> XS; F(G>G) GT -> GT
mapply: F(O>X) OS -> X; F(O>O) OS -> O; F(V>X) X -> X
mostcolor: G -> C; O -> C
leastcolor: G -> C; O -> C
colorcount: G C -> I; O C -> I
colorfilter: OS C -> OS
palette: G -> IS; O -> IS
numcolors: G -> I; O -> I
color: O -> C
height: G -> I; O -> I; X -> I
width: G -> I; O -> I; X -> I
shape: G -> V; O -> V; X -> V
portrait: G -> B; O -> B; X -> B
square: G -> B; O -> B; X -> B
vline: O -> B; X -> B
hline: O -> B; X -> B
uppermost: O -> I; X -> I
lowermost: O -> I; X -> I
leftmost: O -> I; X -> I
rightmost: O -> I; X -> I
ulcorner: O -> V; X -> V
urcorner: O -> V; X -> V
llcorner: O -> V; X -> V
lrcorner: O -> V; X -> V
center: O -> V; X -> V
centerofmass: O -> V; X -> V
corners: O -> X; X -> X
toindices: O -> X
recolor: C X -> O; C O -> O
shift: O V -> O; X V -> X
normalize: O -> O; X -> X
dneighbors: V -> X
ineighbors: V -> X
neighbors: V -> X
connect: V V -> X
shoot: V V -> X
vfrontier: V -> X
hfrontier: V -> X
backdrop: O -> X; X -> X
delta: O -> X; X -> X
inbox: O -> X; X -> X
outbox: O -> X; X -> X
box: O -> X; X -> X
asindices: G -> X
ofcolor: G C -> X
toobject: X G -> O
asobject: G -> O
hmatching: O O -> B; X X -> B
vmatching: O O -> B; X X -> B
manhattan: O O -> I; X X -> I
adjacent: O O -> B; X X -> B
bordering: O G -> B; X G -> B
position: O O -> V; X X -> V
gravitate: O O -> V; X X -> V
occurrences: G O -> X
objects: G B B B -> OS
partition: G -> OS
fgpartition: G -> OS
frontiers: G -> OS
rot90: G -> G
rot180: G -> G
rot270: G -> G
hmirror: G -> G; O -> O; X -> X
vmirror: G -> G; O -> O; X -> X
dmirror: G -> G; O -> O; X -> X
cmirror: G -> G; O -> O; X -> X
crop: G V V -> G
subgrid: O G -> G; X G -> G
trim: G -> G
tophalf: G -> G
bottomhalf: G -> G
lefthalf: G -> G
righthalf: G -> G
hsplit: G N -> GT
vsplit: G N -> GT
hconcat: G G -> G
vconcat: G G -> G
hupscale: G N -> G
vupscale: G N -> G
upscale: G N -> G; O N -> O
downscale: G N -> G
compress: G -> G
canvas: C V -> G
index: G V -> I
cellwise: G G C -> G
replace: G C C -> G
switch: G C C -> G
fill: G C X -> G; G C O -> G
paint: G O -> G
underfill: G C X -> G
underpaint: G O -> G
cover: G X -> G; G O -> G
move: G O V -> G
hperiod: O -> I
vperiod: O -> I
"""


@dataclass(frozen=True)
class Overload:
    """One concrete signature of a primitive: parameter kinds and result kind."""

    prim: str
    params: tuple[str, ...]
    result: str

    @property
    def arity(self) -> int:
        return len(self.params)


def accepts(param: str, kind: str) -> bool:
    """Whether a value of `kind` may fill a parameter of kind `param`."""
    return param == kind or (param in INTEGERS and kind in INTEGERS)


def func_kind(arg: str, result: str) -> str:
    return f"F({arg}>{result})"


def parse_func_kind(kind: str) -> tuple[str, str] | None:
    """(argument kind, result kind) of `F(a>r)`, None for a value kind."""
    if not (kind.startswith("F(") and kind.endswith(")")):
        return None
    arg, result = kind[2:-1].split(">")
    return arg, result


def _parse_table(text: str) -> dict[str, tuple[Overload, ...]]:
    table: dict[str, tuple[Overload, ...]] = {}
    for line in text.strip().splitlines():
        prim, rest = line.split(":", 1)
        overloads = []
        for part in rest.split(";"):
            params, result = part.split("->")
            overloads.append(Overload(prim.strip(), tuple(params.split()), result.strip()))
        table[prim.strip()] = tuple(overloads)
    return table


SIGNATURES: dict[str, tuple[Overload, ...]] = _parse_table(_TABLE)
"""primitive -> its concrete overloads, for generating programs."""
OVERLOADS: tuple[Overload, ...] = tuple(o for overloads in SIGNATURES.values() for o in overloads)
"""Every overload of the table, in table order."""


def result_of(prim: str, params: tuple[str, ...]) -> str | None:
    """The result kind of `prim` called with arguments of these kinds, None where no overload
    accepts them."""
    for o in SIGNATURES.get(prim, ()):
        if len(o.params) == len(params) and all(
            accepts(p, a) for p, a in zip(o.params, params, strict=True)
        ):
            return o.result
    return None


def check_table() -> list[str]:
    """Problems of the table against the registry (empty when it is consistent)."""
    problems = []
    for prim, overloads in SIGNATURES.items():
        if prim not in PRIMITIVES:
            problems.append(f"{prim}: not a DSL primitive")
            continue
        for o in overloads:
            if o.arity != PRIMITIVES[prim].arity:
                problems.append(f"{prim}: {o.params} has {o.arity} parameters")
            for k in (*o.params, o.result):
                f = parse_func_kind(k)
                kinds = f if f else (k,)
                for kk in kinds:
                    if kk not in VALUE_KINDS and kk not in INTEGERS:
                        problems.append(f"{prim}: unknown kind {kk}")
    return problems
