"""Namespace contract of ``from battflow.dsl import *`` (spec §2, §3, §4 signatures)."""

import inspect
import types

import pytest

# Literal copy of the `* \`name(params) -> Ret\`` lines of spec §4 (do not read the spec at test
# time: CI may not have it).
SIGNATURES: dict[str, tuple[str, ...]] = {
    "add": ("a", "b"),
    "subtract": ("a", "b"),
    "multiply": ("a", "b"),
    "divide": ("a", "b"),
    "invert": ("n",),
    "double": ("n",),
    "halve": ("n",),
    "increment": ("x",),
    "decrement": ("x",),
    "crement": ("x",),
    "sign": ("x",),
    "toivec": ("i",),
    "tojvec": ("j",),
    "astuple": ("a", "b"),
    "even": ("n",),
    "positive": ("x",),
    "greater": ("a", "b"),
    "identity": ("x",),
    "flip": ("b",),
    "equality": ("a", "b"),
    "both": ("a", "b"),
    "either": ("a", "b"),
    "branch": ("condition", "a", "b"),
    "contained": ("value", "container"),
    "combine": ("a", "b"),
    "intersection": ("a", "b"),
    "difference": ("a", "b"),
    "dedupe": ("tup",),
    "order": ("container", "compfunc"),
    "repeat": ("item", "num"),
    "size": ("container",),
    "merge": ("containers",),
    "maximum": ("container",),
    "minimum": ("container",),
    "valmax": ("container", "compfunc"),
    "valmin": ("container", "compfunc"),
    "argmax": ("container", "compfunc"),
    "argmin": ("container", "compfunc"),
    "mostcommon": ("container",),
    "leastcommon": ("container",),
    "initset": ("value",),
    "sfilter": ("container", "condition"),
    "mfilter": ("container", "function"),
    "extract": ("container", "condition"),
    "totuple": ("container",),
    "first": ("container",),
    "last": ("container",),
    "insert": ("value", "container"),
    "remove": ("value", "container"),
    "other": ("container", "value"),
    "interval": ("start", "stop", "step"),
    "product": ("a", "b"),
    "pair": ("a", "b"),
    "sizefilter": ("container", "n"),
    "compose": ("outer", "inner"),
    "chain": ("h", "g", "f"),
    "matcher": ("function", "target"),
    "rbind": ("function", "fixed"),
    "lbind": ("function", "fixed"),
    "power": ("function", "n"),
    "fork": ("outer", "a", "b"),
    "apply": ("function", "container"),
    "rapply": ("functions", "value"),
    "mapply": ("function", "container"),
    "papply": ("function", "a", "b"),
    "mpapply": ("function", "a", "b"),
    "prapply": ("function", "a", "b"),
    "mostcolor": ("element",),
    "leastcolor": ("element",),
    "colorcount": ("element", "value"),
    "colorfilter": ("objs", "value"),
    "palette": ("element",),
    "numcolors": ("element",),
    "color": ("obj",),
    "height": ("piece",),
    "width": ("piece",),
    "shape": ("piece",),
    "portrait": ("piece",),
    "square": ("piece",),
    "vline": ("patch",),
    "hline": ("patch",),
    "uppermost": ("patch",),
    "lowermost": ("patch",),
    "leftmost": ("patch",),
    "rightmost": ("patch",),
    "ulcorner": ("patch",),
    "urcorner": ("patch",),
    "llcorner": ("patch",),
    "lrcorner": ("patch",),
    "center": ("patch",),
    "centerofmass": ("patch",),
    "corners": ("patch",),
    "toindices": ("patch",),
    "recolor": ("value", "patch"),
    "shift": ("patch", "directions"),
    "normalize": ("patch",),
    "dneighbors": ("loc",),
    "ineighbors": ("loc",),
    "neighbors": ("loc",),
    "connect": ("a", "b"),
    "shoot": ("start", "direction"),
    "vfrontier": ("location",),
    "hfrontier": ("location",),
    "backdrop": ("patch",),
    "delta": ("patch",),
    "box": ("patch",),
    "outbox": ("patch",),
    "inbox": ("patch",),
    "asindices": ("grid",),
    "ofcolor": ("grid", "value"),
    "toobject": ("patch", "grid"),
    "asobject": ("grid",),
    "hmatching": ("a", "b"),
    "vmatching": ("a", "b"),
    "manhattan": ("a", "b"),
    "adjacent": ("a", "b"),
    "bordering": ("patch", "grid"),
    "position": ("a", "b"),
    "gravitate": ("source", "destination"),
    "occurrences": ("grid", "obj"),
    "objects": ("grid", "univalued", "diagonal", "without_bg"),
    "partition": ("grid",),
    "fgpartition": ("grid",),
    "frontiers": ("grid",),
    "rot90": ("grid",),
    "rot180": ("grid",),
    "rot270": ("grid",),
    "hmirror": ("piece",),
    "vmirror": ("piece",),
    "dmirror": ("piece",),
    "cmirror": ("piece",),
    "crop": ("grid", "start", "dims"),
    "subgrid": ("patch", "grid"),
    "trim": ("grid",),
    "tophalf": ("grid",),
    "bottomhalf": ("grid",),
    "lefthalf": ("grid",),
    "righthalf": ("grid",),
    "hsplit": ("grid", "n"),
    "vsplit": ("grid", "n"),
    "hconcat": ("a", "b"),
    "vconcat": ("a", "b"),
    "hupscale": ("grid", "factor"),
    "vupscale": ("grid", "factor"),
    "upscale": ("element", "factor"),
    "downscale": ("grid", "factor"),
    "compress": ("grid",),
    "canvas": ("value", "dimensions"),
    "index": ("grid", "loc"),
    "cellwise": ("a", "b", "fallback"),
    "replace": ("grid", "replacee", "replacer"),
    "switch": ("grid", "a", "b"),
    "fill": ("grid", "value", "patch"),
    "paint": ("grid", "obj"),
    "underfill": ("grid", "value", "patch"),
    "underpaint": ("grid", "obj"),
    "cover": ("grid", "patch"),
    "move": ("grid", "obj", "offset"),
    "hperiod": ("obj",),
    "vperiod": ("obj",),
}

# §3 constants: name -> (value, exact type)
CONSTANTS: dict[str, tuple[object, type]] = {
    "F": (False, bool),
    "T": (True, bool),
    "ZERO": (0, int),
    "ONE": (1, int),
    "TWO": (2, int),
    "THREE": (3, int),
    "FOUR": (4, int),
    "FIVE": (5, int),
    "SIX": (6, int),
    "SEVEN": (7, int),
    "EIGHT": (8, int),
    "NINE": (9, int),
    "TEN": (10, int),
    "NEG_ONE": (-1, int),
    "NEG_TWO": (-2, int),
    "DOWN": ((1, 0), tuple),
    "RIGHT": ((0, 1), tuple),
    "UP": ((-1, 0), tuple),
    "LEFT": ((0, -1), tuple),
    "ORIGIN": ((0, 0), tuple),
    "UNITY": ((1, 1), tuple),
    "NEG_UNITY": ((-1, -1), tuple),
    "UP_RIGHT": ((-1, 1), tuple),
    "DOWN_LEFT": ((1, -1), tuple),
    "ZERO_BY_TWO": ((0, 2), tuple),
    "TWO_BY_ZERO": ((2, 0), tuple),
    "TWO_BY_TWO": ((2, 2), tuple),
    "THREE_BY_THREE": ((3, 3), tuple),
}

# §2 value-type names
TYPE_NAMES = (
    "Boolean",
    "Integer",
    "IntegerTuple",
    "Numerical",
    "IntegerSet",
    "Grid",
    "Cell",
    "Object",
    "Objects",
    "Indices",
    "IndicesSet",
    "Patch",
    "Element",
    "Piece",
    "TupleTuple",
    "ContainerContainer",
    "Callable",
    "Container",
    "FrozenSet",
    "Tuple",
    "Any",
)


@pytest.fixture(scope="module")
def ns() -> dict:
    namespace: dict = {}
    exec("from battflow.dsl import *", namespace)
    return namespace


def test_table_has_160_primitives():
    assert len(SIGNATURES) == 160


# §3
def test_exactly_28_constants_in_table():
    assert len(CONSTANTS) == 28


@pytest.mark.parametrize("name", sorted(CONSTANTS))
def test_constant_value_and_type(ns, name):
    value, typ = CONSTANTS[name]
    assert name in ns
    got = ns[name]
    assert type(got) is typ
    assert got == value
    if typ is tuple:
        assert len(got) == 2
        assert all(type(c) is int for c in got)


def test_bool_constants_are_the_singletons(ns):
    assert ns["T"] is True
    assert ns["F"] is False


@pytest.mark.parametrize("name", ["UP_LEFT", "DOWN_RIGHT"])
def test_no_diagonal_aliases(ns, name):
    # §3: "There are no UP_LEFT or DOWN_RIGHT constants."
    assert name not in ns


# §2
@pytest.mark.parametrize("name", TYPE_NAMES)
def test_type_names_exported(ns, name):
    assert name in ns


# §4
@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_primitive_signature(ns, name):
    assert name in ns, f"{name} missing from star import"
    f = ns[name]
    assert isinstance(f, types.FunctionType)
    assert hasattr(f, "__code__")
    params = inspect.signature(f).parameters
    assert tuple(params) == SIGNATURES[name]
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in params.values())
    # rbind/lbind read the declared positional-parameter count (§4.4)
    assert f.__code__.co_argcount == len(SIGNATURES[name])


def test_exactly_160_primitive_functions_exported(ns):
    exported = {
        name
        for name, obj in ns.items()
        if isinstance(obj, types.FunctionType)
        and not name.startswith("_")
        and (obj.__module__ or "").startswith("battflow")
    }
    assert exported == set(SIGNATURES)
    assert len(exported) == 160


def test_keyword_call_objects(ns):
    # §4: programs may pass keyword arguments such as objects(grid=I, univalued=T, ...)
    objects = ns["objects"]
    grid = ((1, 0), (0, 1))
    got = objects(grid=grid, univalued=True, diagonal=False, without_bg=False)
    assert got == objects(grid, True, False, False)
    assert len(got) == 4


def test_only_objects_has_four_parameters():
    # §4.9: objects "is the only 4-parameter primitive"
    assert [n for n, p in SIGNATURES.items() if len(p) == 4] == ["objects"]
