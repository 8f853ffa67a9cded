"""The primitive registry: one record per DSL primitive, the spine of battflow.

Each `Primitive` holds the reference implementation, the signature as the spec writes it (parameter
names and type-alias names), the result type, the spec's family (section of §4), its class for a
batched implementation (G, G/P, P, H, S; spec §5) and its order-dependence tag (no, tie, yes).
Later layers attach a batched rule to the record (`Primitive.batched`); coverage is read off here.

    from battflow.dsl import registry
    registry.PRIMITIVES["objects"].params
    # (Param('grid', 'Grid'), Param('univalued', 'Boolean'), ...)

`python -m battflow.kernels` prints the primitive table of docs/dsl.md (with batched coverage).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from . import (
    arithmetic,
    bbox,
    colours,
    combinators,
    containers,
    dispatch,
    extraction,
    grids,
    logic,
    painting,
    patches,
    periodicity,
    relations,
)

FAMILIES: Mapping[str, str] = MappingProxyType(
    {
        "4.1": "arithmetic",
        "4.2": "logic",
        "4.3": "containers",
        "4.4": "combinators",
        "4.5": "colours",
        "4.6": "bbox",
        "4.7": "patches",
        "4.8": "relations",
        "4.9": "extraction",
        "4.10": "grids",
        "4.11": "painting",
        "4.12": "periodicity",
    }
)
"""Spec section -> family name (the module that implements it, except `toindices`: see dispatch)."""

FAMILY_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "arithmetic": "Arithmetic and numeric predicates",
        "logic": "Logic, identity and branching",
        "containers": "Container utilities",
        "combinators": "Higher-order combinators",
        "colours": "Colour queries on grids and objects",
        "bbox": "Size, shape and bounding-box queries",
        "patches": "Patch construction and conversion",
        "relations": "Relations between patches, and between patches and grids",
        "extraction": "Object extraction",
        "grids": "Grid transforms and grid construction",
        "painting": "Painting and filling",
        "periodicity": "Periodicity",
    }
)

# name, spec section, class, order dependence: the spec's §5 table, in its order.
_SPEC_TABLE = """
add          4.1   S    no
subtract     4.1   S    no
multiply     4.1   S    no
divide       4.1   S    no
invert       4.1   S    no
double       4.1   S    no
halve        4.1   S    no
increment    4.1   S    no
decrement    4.1   S    no
crement      4.1   S    no
sign         4.1   S    no
toivec       4.1   S    no
tojvec       4.1   S    no
astuple      4.1   S    no
even         4.1   S    no
positive     4.1   S    no
greater      4.1   S    no
identity     4.2   S    no
flip         4.2   S    no
equality     4.2   S    no
both         4.2   S    no
either       4.2   S    no
branch       4.2   S    no
contained    4.2   S    no
combine      4.3   S    yes
intersection 4.3   S    no
difference   4.3   S    no
dedupe       4.3   S    no
order        4.3   H    yes
repeat       4.3   S    no
size         4.3   S    no
merge        4.3   S    yes
maximum      4.3   S    no
minimum      4.3   S    no
valmax       4.3   H    no
valmin       4.3   H    no
argmax       4.3   H    yes
argmin       4.3   H    yes
mostcommon   4.3   S    tie
leastcommon  4.3   S    tie
initset      4.3   S    no
sfilter      4.3   H    no
mfilter      4.3   H    yes
extract      4.3   H    yes
totuple      4.3   S    yes
first        4.3   S    yes
last         4.3   S    yes
insert       4.3   S    no
remove       4.3   S    no
other        4.3   S    yes
interval     4.3   S    no
product      4.3   S    no
pair         4.3   S    no
sizefilter   4.3   S    no
compose      4.4   H    no
chain        4.4   H    no
matcher      4.4   H    no
rbind        4.4   H    no
lbind        4.4   H    no
power        4.4   H    no
fork         4.4   H    no
apply        4.4   H    no
rapply       4.4   H    no
mapply       4.4   H    yes
papply       4.4   H    no
mpapply      4.4   H    yes
prapply      4.4   H    no
mostcolor    4.5   G/P  yes
leastcolor   4.5   G/P  yes
colorcount   4.5   G/P  no
colorfilter  4.5   P    yes
palette      4.5   G/P  no
numcolors    4.5   G/P  no
color        4.5   P    yes
height       4.6   G/P  no
width        4.6   G/P  no
shape        4.6   G/P  no
portrait     4.6   G/P  no
square       4.6   G/P  no
vline        4.6   P    no
hline        4.6   P    no
uppermost    4.6   P    no
lowermost    4.6   P    no
leftmost     4.6   P    no
rightmost    4.6   P    no
ulcorner     4.6   P    no
urcorner     4.6   P    no
llcorner     4.6   P    no
lrcorner     4.6   P    no
center       4.6   P    no
centerofmass 4.6   P    no
corners      4.6   P    no
toindices    4.7   P    no
recolor      4.7   P    no
shift        4.7   P    no
normalize    4.7   P    no
dneighbors   4.7   P    no
ineighbors   4.7   P    no
neighbors    4.7   P    no
connect      4.7   P    no
shoot        4.7   P    no
vfrontier    4.7   P    no
hfrontier    4.7   P    no
backdrop     4.7   P    no
delta        4.7   P    no
inbox        4.7   P    no
outbox       4.7   P    no
box          4.7   P    no
asindices    4.7   G    no
ofcolor      4.7   G    no
toobject     4.7   P    no
asobject     4.7   G    no
hmatching    4.8   P    no
vmatching    4.8   P    no
manhattan    4.8   P    no
adjacent     4.8   P    no
bordering    4.8   P    no
position     4.8   P    no
gravitate    4.8   P    no
occurrences  4.8   G    no
objects      4.9   P    tie
partition    4.9   P    no
fgpartition  4.9   P    tie
frontiers    4.9   P    no
rot90        4.10  G    no
rot180       4.10  G    no
rot270       4.10  G    no
hmirror      4.10  G/P  no
vmirror      4.10  G/P  no
dmirror      4.10  G/P  no
cmirror      4.10  G/P  no
crop         4.10  G    no
subgrid      4.10  G    no
trim         4.10  G    no
tophalf      4.10  G    no
bottomhalf   4.10  G    no
lefthalf     4.10  G    no
righthalf    4.10  G    no
hsplit       4.10  G    no
vsplit       4.10  G    no
hconcat      4.10  G    no
vconcat      4.10  G    no
hupscale     4.10  G    no
vupscale     4.10  G    no
upscale      4.10  G/P  no
downscale    4.10  G    no
compress     4.10  G    no
canvas       4.10  G    no
index        4.10  G    no
cellwise     4.10  G    no
replace      4.10  G    no
switch       4.10  G    no
fill         4.11  G    no
paint        4.11  G    yes
underfill    4.11  G    tie
underpaint   4.11  G    yes
cover        4.11  G    tie
move         4.11  G    tie
hperiod      4.12  P    no
vperiod      4.12  P    no
"""

_MODULES = (
    arithmetic,
    logic,
    containers,
    combinators,
    colours,
    bbox,
    dispatch,
    patches,
    relations,
    extraction,
    grids,
    painting,
    periodicity,
)


@dataclass(frozen=True)
class Param:
    """One parameter: its name and the spec's type-alias name (None where the DSL has none)."""

    name: str
    type: str | None


@dataclass(eq=False)
class Primitive:
    """A DSL primitive as battflow knows it."""

    name: str
    impl: Callable[..., Any]
    params: tuple[Param, ...]
    returns: str
    section: str
    kind: str
    order: str
    batched: Callable[..., Any] | None = field(default=None, repr=False)

    @property
    def family(self) -> str:
        return FAMILIES[self.section]

    @property
    def arity(self) -> int:
        return len(self.params)

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    def signature(self) -> str:
        """The signature as the spec writes it, e.g. `normalize(patch: Patch) -> Patch`."""
        args = ", ".join(p.name if p.type is None else f"{p.name}: {p.type}" for p in self.params)
        return f"{self.name}({args}) -> {self.returns}"


def _implementations() -> dict[str, Callable[..., Any]]:
    found: dict[str, Callable[..., Any]] = {}
    for module in _MODULES:
        for name, obj in vars(module).items():
            if (
                inspect.isfunction(obj)
                and obj.__module__ == module.__name__
                and not name.startswith("_")
            ):
                found.setdefault(name, obj)
    return found


def _build() -> dict[str, Primitive]:
    impls = _implementations()
    records: dict[str, Primitive] = {}
    for line in _SPEC_TABLE.strip().splitlines():
        name, section, kind, order = line.split()
        impl = impls[name]
        sig = inspect.signature(impl)
        params = tuple(
            Param(p.name, None if p.annotation is inspect.Parameter.empty else p.annotation)
            for p in sig.parameters.values()
        )
        records[name] = Primitive(name, impl, params, sig.return_annotation, section, kind, order)
    return records


PRIMITIVES: Mapping[str, Primitive] = MappingProxyType(_build())
"""Every primitive by name, in the spec's order (160 records)."""


def get(name: str) -> Primitive:
    """The record of a primitive; KeyError naming the unknown name otherwise."""
    try:
        return PRIMITIVES[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a DSL primitive") from None


def by_family() -> Iterator[tuple[str, list[Primitive]]]:
    """(family, primitives) in spec order."""
    for family in FAMILIES.values():
        yield family, [p for p in PRIMITIVES.values() if p.family == family]


def markdown() -> str:
    """The primitive table of docs/dsl.md, generated from the registry."""
    out = [
        "# The DSL primitives",
        "",
        "Generated from `battflow.dsl.registry` by `python -m battflow.kernels > docs/dsl.md`",
        "(`make docs`); do not edit by hand. Class and order tags are the spec's (`dsl-spec.md`",
        '§5): class G grid, P patch/object, G/P dispatches on "is tuple", H higher-order,',
        "S scalar/container; order `yes` = the value can depend on frozenset iteration order,",
        "`tie` = ties follow the small-int set order rule. *batched*: a batched rule exists.",
        "",
    ]
    for family, prims in by_family():
        section = prims[0].section
        out += [f"## §{section} {FAMILY_TITLES[family]} ({len(prims)})", ""]
        out += ["| primitive | signature | class | order | batched |", "|---|---|---|---|---|"]
        for p in prims:
            batched = "yes" if p.batched is not None else "no"
            out.append(f"| `{p.name}` | `{p.signature()}` | {p.kind} | {p.order} | {batched} |")
        out.append("")
    return "\n".join(out)
