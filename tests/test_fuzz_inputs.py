"""Fuzz the two ingestion front ends with hypothesis: the program parser (random token soup,
mutations of the real solvers in programs/library/, random bytes as files) and the task loader
(random JSON-like values, task-shaped values with bad parts, mutated task files, random bytes).

Every input must either load or come back as the documented reject objects (`ProgramReject`,
`TaskReject`); nothing else may escape, and what loads must satisfy the documented contract.
Runs are derandomized (same examples every run) and bounded for CI.
"""

from __future__ import annotations

import ast
import copy
import json
import keyword
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from battflow.data import load_tasks, validate_task
from battflow.data.model import Task, TaskReject
from battflow.dsl.constants import CONSTANTS
from battflow.dsl.registry import PRIMITIVES
from battflow.engine.plan import program_set_hash
from battflow.program import Graph, Program, ProgramReject, load_programs, parse_source

LIBRARY = Path(__file__).resolve().parents[1] / "programs" / "library"
LIBRARY_TEXTS = sorted(p.read_text() for p in LIBRARY.glob("*.py")) if LIBRARY.is_dir() else []

_FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def fuzz(max_examples: int) -> settings:
    """Deterministic, deadline-free settings running `max_examples` examples."""
    return settings(_FUZZ, max_examples=max_examples)


PARSER_EXAMPLES = {"soup": 1000, "mutated": 1500, "bytes": 150}
LOADER_EXAMPLES = {"values": 600, "tasks": 500, "files": 150, "bytes": 200}

# -- program parser -------------------------------------------------------------------------------
_WORDS = sorted(PRIMITIVES)[:40] + sorted(CONSTANTS)[:10]
_KEYWORDS = [*keyword.kwlist, *keyword.softkwlist]


def _names(text: str) -> list[str]:
    return text.split()


_TOKENS = [
    *_WORDS,
    *_KEYWORDS,
    *_names("I S C O x1 x2 x3 e T F __import__ open exec eval os.system I.__class__ frozenset"),
    *["(", ")", "[", "]", "{", "}", ",", ":", "=", ":=", ".", "*", "**", "-", "+", "@", "->"],
    *["\n", "\n    ", "\n        ", "\t", " ", "#", "\\", '"""', "'s'", 'f"{I}"', "b'x'"],
    *["0", "1", "-1", "1.5", "1j", "...", "None", "True", "0x" + "f" * 20, "9" * 5000],
    *["\x00", "\udcff", "\r", "\u2028", "\u00e9", "\u2110"],
]
# Expressions that keep a solver line valid Python when they replace a word of it.
_EXPRESSIONS = [
    *_WORDS,
    *_names("I S C O x1 x2 x3 x99 T F None True False tuple frozenset ValueError"),
    *["__import__", "open", "exec", "eval", "print", "globals", "__builtins__", "os"],
    *["0", "-1", "7", "0x" + "f" * 16, "0x" + "f" * 4000, "1.5", "1j", "'s'", "b'x'", "..."],
    "__import__('os').system('x')",
    "I.__class__.__mro__",
    "(lambda v: v)",
    "[k for k in I]",
    "(x := I)",
    "I[0]",
    "x1(I)",
    "rot90(I)",
    "(I, I)",
    "(1, (2, (3, -4)))",
    "()",
    "f'{I}'",
    "(yield I)",
    "(await I)",
    "not I",
    "I if T else I",
    "rot90(" * 150 + "I" + ")" * 150,
]
_INSERTS = [
    *_TOKENS,
    *_EXPRESSIONS,
    "*I",
    "**I",
    "grid=I",
    "ZERO, ONE",
    "\ndef g(I):\n    return I\n",
    "\nimport os\n",
    "\n    try:\n        x9 = first(I)\n    except:\n        x9 = ORIGIN\n",
    "\n    global x1\n",
    "\n@rot90\n",
]
_WORD = re.compile(r"(?<!def )(?<!from )(?<!\.)\b(?!battflow\b)([A-Za-z_]\w*|\d+)")
_OPS = ["word"] * 6 + ["lines"] * 3 + ["delete", "insert", "indent", "cut", "nest"]


@st.composite
def token_soup(draw) -> str:
    head = draw(
        st.sampled_from(["", "from dsl import *\n", "def f(I):\n    ", "def f(S, I, C):\n"])
    )
    return head + "".join(draw(st.lists(st.sampled_from(_TOKENS), max_size=60)))


@st.composite
def mutated_solver(draw) -> str:
    """A real solver file after 1..3 edits: character deletes and inserts, word replacements,
    line duplication / swap / removal, re-indentation, truncation and deep nesting."""
    text = draw(st.sampled_from(LIBRARY_TEXTS))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(_OPS))
        at = draw(st.integers(0, len(text)))
        if op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        elif op == "insert":
            text = text[:at] + draw(st.sampled_from(_INSERTS)) + text[at:]
        elif op == "word":
            words = [w for w in _WORD.finditer(text) if not keyword.iskeyword(w.group())]
            if words:
                w = words[draw(st.integers(0, len(words) - 1))]
                text = text[: w.start()] + draw(st.sampled_from(_EXPRESSIONS)) + text[w.end() :]
        elif op == "lines" and text:
            lines = text.splitlines(keepends=True)
            a, b = (draw(st.integers(0, len(lines) - 1)) for _ in range(2))
            how = draw(st.sampled_from(["dup", "swap", "drop"]))
            if how == "dup":
                lines.insert(b, lines[a])
            elif how == "swap":
                lines[a], lines[b] = lines[b], lines[a]
            else:
                del lines[a]
            text = "".join(lines)
        elif op == "indent":
            text = text[:at] + draw(st.sampled_from(["    ", "\t", "  ", "\n"])) + text[at:]
        elif op == "cut":
            text = text[:at]
        else:
            depth = draw(st.sampled_from([2, 50, 199, 201, 1000, 30_000]))
            opener = draw(st.sampled_from(["(", "[", "not ", "-", "rot90(", "I if T else "]))
            text = text[:at] + opener * depth + text[at:]
    return text


def check_parse_result(text: str, result) -> None:
    """The documented contract of `parse_source`."""
    graph, programs, rejects = result
    assert isinstance(graph, Graph)
    assert all(isinstance(p, Program) for p in programs)
    assert all(isinstance(r, ProgramReject) for r in rejects)
    for r in rejects:
        assert r.source.file == "fuzz.py" and isinstance(r.source.line, int) and r.source.line >= 0
        assert isinstance(r.reason, str) and r.reason and len(r.reason) < 2000
        assert str(r).startswith(f"fuzz.py:{r.source.function}:{r.source.line}: ")
    for p in programs:
        assert p.params in (("I",), ("S", "I", "C"))
        assert all(0 <= n < len(graph) for n in (*p.statements, p.output))
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        assert programs == [] and [r.source.function for r in rejects] == ["<module>"]
        return
    functions = [s.name for s in tree.body if isinstance(s, ast.FunctionDef)]
    named = [r.source.function for r in rejects if r.source.function != "<module>"]
    if functions:  # every function is accounted for: loaded, or rejected by name
        assert sorted([p.name for p in programs] + named) == sorted(functions)
    else:
        assert programs == []
    if programs:  # what loads can be planned (hashing quotes every literal)
        assert len(program_set_hash(graph, programs)) == 64


@fuzz(PARSER_EXAMPLES["soup"])
@given(token_soup())
def test_fuzz_parser_token_soup(text):
    for semantics in ("solver", "batt"):
        check_parse_result(text, parse_source(text, "fuzz.py", semantics))


@pytest.mark.skipif(not LIBRARY_TEXTS, reason="programs/library/ is not in this checkout")
@fuzz(PARSER_EXAMPLES["mutated"])
@given(mutated_solver(), st.sampled_from(["solver", "batt"]))
def test_fuzz_parser_mutated_library_solvers(text, semantics):
    check_parse_result(text, parse_source(text, "fuzz.py", semantics))


def test_the_library_itself_loads_whole():
    """The seeds of the mutation fuzz are valid programs (so mutations start from accepted code)."""
    if not LIBRARY_TEXTS:
        pytest.skip("programs/library/ is not in this checkout")
    merged = load_programs([LIBRARY])
    assert merged.rejects == [] and len(merged.programs) == len(LIBRARY_TEXTS)


@fuzz(PARSER_EXAMPLES["bytes"])
@given(
    st.lists(
        st.binary(max_size=300) | token_soup().map(lambda t: t.encode("utf-8", "surrogatepass")),
        min_size=1,
        max_size=3,
    )
)
def test_fuzz_load_programs_random_files(blobs):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k, blob in enumerate(blobs):
            (folder / f"p{k}.py").write_bytes(blob)
        (folder / "zz_good.py").write_text("def zz_good(I):\n    O = rot90(I)\n    return O\n")
        merged = load_programs([folder])
    assert "zz_good" in [p.name for p in merged.programs]
    assert all(isinstance(r, ProgramReject) for r in merged.rejects)
    assert all(isinstance(r.reason, str) and r.reason for r in merged.rejects)


# -- task loader ----------------------------------------------------------------------------------
_json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.integers(-2, 12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
)
json_values = st.recursive(
    _json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=6), inner, max_size=5)
    ),
    max_leaves=40,
)

# Task-shaped values: a valid task (1..3 train and 1..2 test pairs, grids up to 31 x 31 so the
# size limit is crossed too), then 0..3 corruptions anywhere in it: a value replaced by a random
# JSON value or by a near miss (bad colour, ragged row, empty list, wrong container), or a key
# dropped.
_side = st.sampled_from([1, 1, 2, 2, 3, 3, 4, 5, 30, 31])
_grid = st.tuples(_side, _side).flatmap(
    lambda hw: st.lists(
        st.lists(st.integers(0, 9), min_size=hw[1], max_size=hw[1]),
        min_size=hw[0],
        max_size=hw[0],
    )
)
_pair = st.fixed_dictionaries({"input": _grid, "output": _grid})
_valid_task = st.fixed_dictionaries(
    {
        "train": st.lists(_pair, min_size=1, max_size=3),
        "test": st.lists(_pair, min_size=1, max_size=2),
    }
)
_NEAR_MISSES = [10, -1, 1.0, True, None, "0", [], [[]], {}, [0], [[0], [0, 0]], [[0]] * 31]


def _places(node, path=()):
    """Every (container, key) inside `node`."""
    if isinstance(node, dict):
        items = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return
    for key, child in list(items):
        yield node, key
        yield from _places(child)


@st.composite
def task_like(draw):
    task = draw(_valid_task)
    for _ in range(draw(st.integers(0, 3))):
        places = list(_places(task))
        node, key = places[draw(st.integers(0, len(places) - 1))]
        how = draw(st.sampled_from(["near", "near", "random", "drop"]))
        if how == "drop":
            del node[key]
        else:
            node[key] = copy.deepcopy(
                draw(st.sampled_from(_NEAR_MISSES) if how == "near" else json_values)
            )
    return task


_PAIR = re.compile(r"(train|test)\[\d+\](\.(input|output))?")


def _oracle_grid(g) -> bool:
    return (
        isinstance(g, list)
        and 1 <= len(g) <= 30
        and all(isinstance(r, list) and len(r) == len(g[0]) for r in g)
        and 1 <= len(g[0]) <= 30
        and all(type(v) is int and 0 <= v <= 9 for r in g for v in r)
    )


def _oracle(raw) -> bool:
    """Independent statement of the contract in battflow/data/validate.py."""
    return isinstance(raw, dict) and all(
        isinstance(raw.get(role), list)
        and raw[role]
        and all(
            isinstance(p, dict)
            and "input" in p
            and "output" in p
            and _oracle_grid(p["input"])
            and _oracle_grid(p["output"])
            for p in raw[role]
        )
        for role in ("train", "test")
    )


def check_task_result(raw, result) -> None:
    assert isinstance(result, Task | TaskReject)
    assert isinstance(result, Task) == _oracle(raw), result
    if isinstance(result, TaskReject):
        assert (result.source_file, result.task_id) == ("fuzz.json", "t")
        assert result.message.startswith("fuzz.json: task t: ")
        assert result.pair is None or _PAIR.fullmatch(result.pair), result.pair
        if result.pair is not None:
            assert result.message.startswith(f"fuzz.json: task t: {result.pair}: ")
        assert len(result.message) < 300
        return
    assert result.n_samples == len(raw["train"]) + len(raw["test"])
    for grid in (g for pair in (*result.train, *result.test) for g in pair):
        assert isinstance(grid, tuple) and all(type(row) is tuple for row in grid)


@fuzz(LOADER_EXAMPLES["values"])
@given(json_values)
def test_fuzz_validate_random_json_values(raw):
    check_task_result(raw, validate_task(raw, "t", "default", "fuzz.json"))


@fuzz(LOADER_EXAMPLES["tasks"])
@given(task_like())
def test_fuzz_validate_task_shaped_values(raw):
    check_task_result(raw, validate_task(raw, "t", "default", "fuzz.json"))


GOOD = {
    "train": [{"input": [[0, 1], [1, 0]], "output": [[1, 0], [0, 1]]}],
    "test": [{"input": [[3], [0]], "output": [[0], [3]]}],
}
GOOD_BYTES = json.dumps(GOOD).encode()


@st.composite
def task_file_bytes(draw) -> bytes:
    """Bytes of a task file: random bytes, a dumped value, or a good task with bytes changed."""
    kind = draw(st.sampled_from(["bytes", "value", "task", "mutated"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind in ("value", "task"):
        value = draw(json_values if kind == "value" else task_like())
        return json.dumps(value, allow_nan=True).encode()
    data = bytearray(GOOD_BYTES)
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["flip", "insert", "delete"]))
        byte = draw(st.integers(0, 255))
        if how == "flip":
            data[at] = byte
        elif how == "insert":
            data.insert(at, byte)
        else:
            del data[at]
    return bytes(data)


def _load_folder(blobs: list[bytes]):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k, blob in enumerate(blobs):
            (folder / f"f{k}.json").write_bytes(blob)
        (folder / "zz_good.json").write_bytes(GOOD_BYTES)
        result = load_tasks(folder)
        return str(folder), result


def check_load_result(folder: str, blobs: list[bytes], result) -> None:
    assert result.tasks[-1].task_id == "zz_good"
    assert len(result.tasks) + len(result.rejects) == len(blobs) + 1
    for r in result.rejects:
        assert isinstance(r, TaskReject)
        assert r.source_file == f"{folder}/{r.task_id}.json"
        assert r.message.startswith(f"{r.source_file}: task {r.task_id}: ")
        assert len(r.message) < len(r.source_file) + 300
    for t in result.tasks:  # what loads is what json + the oracle call valid
        k = t.task_id
        if k != "zz_good":
            assert _oracle(json.loads(blobs[int(k[1:])]))


@fuzz(LOADER_EXAMPLES["files"])
@given(st.lists(task_file_bytes(), min_size=1, max_size=4))
def test_fuzz_load_tasks_from_files(blobs):
    folder, result = _load_folder(blobs)
    check_load_result(folder, blobs, result)


@fuzz(LOADER_EXAMPLES["bytes"])
@given(st.binary(min_size=0, max_size=2000))
def test_fuzz_load_tasks_random_bytes(blob):
    folder, result = _load_folder([blob])
    check_load_result(folder, [blob], result)
