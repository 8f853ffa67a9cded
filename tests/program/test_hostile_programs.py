"""Hostile program files: every non-DSL construct is rejected WITHOUT being executed, with
`file:function:line` and a reason, while the other functions of the file still load.

"Not executed" is proven three ways for every case: each payload would create a marker file
(`open(MARK, 'w')`, `os.system('touch ' + MARK)`) or import a recorder module that creates it;
an audit hook (`sys.addaudithook`) records any code object of the program folder being executed,
any open of the marker, any process started with it and any import of the recorder; and every
program that was accepted is then run through the reference executor. The marker never appears.
Positive controls show the watch does see a payload that really runs.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from battflow.execute import ERROR, MATCH
from battflow.execute.reference import evaluate, sample_inputs
from battflow.program import ProgramReject, load_programs, parse_source

GRID = ((1, 2), (3, 4))
RECORDER = "battflow_hostile_recorder"

# -- the watch ------------------------------------------------------------------------------------
_SPAWNS = ("open", "os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn")
_WATCH: dict | None = None  # {"dir": str, "marker": str, "events": list} while watching


def _audit(event: str, args: tuple) -> None:
    watch = _WATCH
    if watch is None:
        return
    try:
        if event == "exec":
            filename = getattr(args[0], "co_filename", "")
            if str(filename).startswith(watch["dir"]):
                watch["events"].append((event, filename))
        elif event == "import":
            if args and args[0] == RECORDER:
                watch["events"].append((event, args[0]))
        elif event in _SPAWNS and watch["marker"] in repr(args):
            watch["events"].append((event, repr(args)[:200]))
    except Exception:  # an audit hook must never raise
        pass


sys.addaudithook(_audit)


class Watch:
    """Context manager recording (see `_audit`) what the program folder's code would do."""

    def __init__(self, folder: Path, marker: Path):
        self.state = {"dir": str(folder), "marker": str(marker), "events": []}

    def __enter__(self) -> list:
        global _WATCH
        _WATCH = self.state
        return self.state["events"]

    def __exit__(self, *exc: object) -> None:
        global _WATCH
        _WATCH = None


@pytest.fixture
def env(tmp_path, monkeypatch):
    """(program folder, marker path); a recorder module on sys.path creates the marker on import
    and when `called()`."""
    marker = tmp_path / "executed.marker"
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / f"{RECORDER}.py").write_text(
        f"MARK = {str(marker)!r}\nopen(MARK, 'w').close()\n\n\n"
        "def called(*args, **kwargs):\n    open(MARK, 'w').close()\n    return called\n"
    )
    monkeypatch.syspath_prepend(str(lib))
    sys.modules.pop(RECORDER, None)
    folder = tmp_path / "programs"
    folder.mkdir()
    yield folder, marker
    sys.modules.pop(RECORDER, None)


def _fill(text: str, marker: Path) -> str:
    return text.replace("MARK", repr(str(marker))).replace("REC", repr(RECORDER))


def _load_and_run(folder: Path, marker: Path):
    """load_programs over the folder, then every accepted program through the reference
    executor, all under the watch; asserts nothing ran. Returns the ProgramSet."""
    with Watch(folder, marker) as events:
        merged = load_programs([folder])
        outcomes = evaluate(merged.graph, merged.programs, sample_inputs(GRID, (), ()), GRID)
    assert len(outcomes) == len(merged.programs)
    assert events == [], events
    assert not marker.exists(), "a hostile payload ran"
    assert RECORDER not in sys.modules
    return merged


HEADER = "from dsl import *\n\n\ndef good(I):\n    O = rot90(I)\n    return O\n\n\n"
FOOTER = "\n\n\ndef also_good(I):\n    O = identity(I)\n    return O\n"

# -- function-level constructs ------------------------------------------------------------------
TEN_MB = 10_000_000


def fn(*body: str, head: str = "def bad(I):") -> str:
    """A bad function: `head`, then the body lines indented once (`# <-` marks the line the reject
    must name)."""
    return "\n".join([*head.splitlines(), *("    " + line for line in body)])


# (id, the bad function, expected text of the reason)
FUNCTION_CASES = [
    ("__import__", fn("x1 = __import__('os')  # <-", "return x1"), "unknown name '__import__'"),
    ("__import__-chain", fn("O = __import__(REC).called()  # <-", "return O"), "callee is attr"),
    ("os.system", fn("O = os.system('touch ' + MARK)  # <-", "return O"), "callee is attribute"),
    ("I.__class__", fn("O = I.__class__  # <-", "return O"), "attribute access is not straight"),
    (
        "dunder-escape",
        fn("O = I.__class__.__mro__[1].__subclasses__()  # <-", "return O"),
        "callee is attribute access",
    ),
    ("attr-argument", fn("O = rot90(I.__class__)  # <-", "return O"), "attribute access"),
    ("getattr", fn("O = getattr(I, '__class__')  # <-", "return O"), "unknown name 'getattr'"),
    ("globals", fn("O = globals()  # <-", "return O"), "unknown name 'globals'"),
    ("__builtins__", fn("O = __builtins__  # <-", "return O"), "unknown name '__builtins__'"),
    (
        "exec",
        fn("O = exec('open(' + repr(MARK) + ', \"w\")')  # <-", "return O"),
        "unknown name 'exec'",
    ),
    ("eval", fn("O = eval('__import__(' + REC + ')')  # <-", "return O"), "unknown name 'eval'"),
    ("compile", fn("O = compile('1', 'x', 'eval')  # <-", "return O"), "unknown name 'compile'"),
    ("open", fn("O = open(MARK, 'w')  # <-", "return O"), "unknown name 'open'"),
    ("print", fn("O = print(I)  # <-", "return O"), "unknown name 'print'"),
    ("lambda", fn("O = apply(lambda v: open(MARK, 'w'), I)  # <-", "return O"), "a lambda"),
    (
        "lambda-callee",
        fn("O = (lambda: open(MARK, 'w'))()  # <-", "return O"),
        "callee is a lambda",
    ),
    (
        "nested-def",
        fn("def g(J):  # <-", "    open(MARK, 'w')", "    return J", "O = g(I)", "return O"),
        "a nested function",
    ),
    (
        "nested-async-def",
        fn("async def g(J):  # <-", "    open(MARK, 'w')", "return I"),
        "`AsyncFunctionDef`",
    ),
    ("nested-class", fn("class K:  # <-", "    open(MARK, 'w')", "return I"), "`ClassDef`"),
    ("for", fn("for k in I:  # <-", "    open(MARK, 'w')", "return I"), "a `for` loop"),
    ("async-for", fn("async for k in I:  # <-", "    open(MARK, 'w')", "return I"), "`AsyncFor`"),
    (
        "while",
        fn("while True:  # <-", "    open(MARK, 'w')", "    break", "return I"),
        "a `while` loop",
    ),
    ("if", fn("if T:  # <-", "    open(MARK, 'w')", "return I"), "an `if` statement"),
    (
        "match",
        fn("match I:  # <-", "    case _:", "        open(MARK, 'w')", "return I"),
        "`Match`",
    ),
    ("list-comp", fn("O = rot90([open(MARK, 'w') for k in I])  # <-", "return O"), "a comprehen"),
    ("set-comp", fn("O = rot90({open(MARK, 'w') for k in I})  # <-", "return O"), "a comprehen"),
    ("dict-comp", fn("O = rot90({k: open(MARK) for k in I})  # <-", "return O"), "a comprehen"),
    ("generator", fn("O = rot90(open(MARK, 'w') for k in I)  # <-", "return O"), "a comprehen"),
    ("async-comp", fn("O = rot90([k async for k in I])  # <-", "return O"), "a comprehension"),
    ("f-string", fn("O = rot90(f\"{open(MARK, 'w')}\")  # <-", "return O"), "an f-string"),
    ("global", fn("global rot90  # <-", "O = rot90(I)", "return O"), "a global statement"),
    ("nonlocal", fn("nonlocal rot90  # <-", "return I"), "a nonlocal statement"),
    (
        "decorator",
        fn("return I", head="@__import__(REC).called\ndef bad(I):  # <-"),
        "decorators are not DSL code",
    ),
    ("decorator-dsl-name", fn("return I", head="@rot90\ndef bad(I):  # <-"), "decorators are not"),
    (
        "with",
        fn("with open(MARK, 'w') as f:  # <-", "    pass", "return I"),
        "a `with` statement",
    ),
    (
        "async-with",
        fn("async with open(MARK, 'w') as f:  # <-", "    pass", "return I"),
        "`AsyncWith`",
    ),
    ("yield", fn("O = yield open(MARK, 'w')  # <-", "return O"), "yield"),
    ("yield-from", fn("O = yield from open(MARK, 'w')  # <-", "return O"), "`YieldFrom`"),
    ("await", fn("O = await open(MARK, 'w')  # <-", "return O"), "await"),
    (
        "walrus",
        fn("O = rot90((x := open(MARK, 'w')))  # <-", "return O"),
        "an assignment expression",
    ),
    ("walrus-statement", fn("(O := open(MARK, 'w'))  # <-", "return O"), "`Expr`"),
    ("starred", fn("O = rot90(*[open(MARK, 'w')])  # <-", "return O"), "starred arguments"),
    (
        "double-starred",
        fn("O = rot90(**{'grid': open(MARK, 'w')})  # <-", "return O"),
        "`**` arguments",
    ),
    ("subscript", fn("O = rot90(I[0])  # <-", "return O"), "subscripting"),
    ("subscript-callee", fn("O = I[0](I)  # <-", "return O"), "callee is subscripting"),
    ("subscript-target", fn("I[0] = open(MARK, 'w')  # <-", "return I"), "assign to exactly one"),
    ("attribute-target", fn("rot90.__code__ = I  # <-", "return I"), "assign to exactly one"),
    ("call-callee", fn("O = __import__(REC)(I)  # <-", "return O"), "callee is `Call`"),
    (
        "conditional",
        fn("O = I if open(MARK, 'w') else I  # <-", "return O"),
        "a conditional expression",
    ),
    ("bool-op", fn("O = I or open(MARK, 'w')  # <-", "return O"), "a boolean operator"),
    ("compare", fn("O = rot90(I == open(MARK, 'w'))  # <-", "return O"), "a comparison"),
    ("operator", fn("O = add(ONE, 2 ** 10 ** 10)  # <-", "return O"), "an operator"),
    (
        "huge-hex-int",
        fn("O = add(ONE, 0x" + "f" * 10_000 + ")  # <-", "return O"),
        "integer literal of 40000 bits is too large",
    ),
    (
        "huge-negative-int",
        fn("O = add(ONE, -0x" + "f" * 17 + ")  # <-", "return O"),
        "integer literal of 68 bits is too large",
    ),
    ("shifted-int-in-tuple", fn("O = shift(I, (1 << 64, 0))  # <-", "return O"), "`Tuple`"),
    (
        "65-bit-int-in-tuple",
        fn("O = shift(I, (0x1" + "0" * 16 + ", 0))  # <-", "return O"),
        "integer literal of 65 bits is too large",
    ),
    ("10MB-string", fn("O = rot90('" + "x" * TEN_MB + "')  # <-", "return O"), "literal 'xxx"),
    ("bytes-operator", fn("O = rot90(b'\\x00' * 3)  # <-", "return O"), "an operator"),
    ("bytes", fn("O = rot90(b'xyz')  # <-", "return O"), "literal b'xyz'"),
    ("float", fn("O = add(ONE, 1e308)  # <-", "return O"), "literal 1e+308 is not DSL code"),
    ("complex", fn("O = add(ONE, 1j)  # <-", "return O"), "literal 1j is not DSL code"),
    ("ellipsis", fn("O = rot90(...)  # <-", "return O"), "literal Ellipsis"),
    ("list", fn("O = rot90([I])  # <-", "return O"), "a list"),
    ("dict", fn("O = rot90({1: I})  # <-", "return O"), "a dict"),
    ("set", fn("O = rot90({I})  # <-", "return O"), "a set display"),
    ("raise", fn("raise SystemExit(open(MARK, 'w'))  # <-"), "a raise statement"),
    ("assert", fn("assert open(MARK, 'w')  # <-", "return I"), "an assert statement"),
    ("del", fn("del I  # <-", "return I"), "a del statement"),
    (
        "aug-assign",
        fn("O = rot90(I)", "O += open(MARK, 'w')  # <-", "return O"),
        "an augmented assignment",
    ),
    ("ann-assign", fn("O: open(MARK, 'w') = I  # <-", "return O"), "`AnnAssign`"),
    ("expression-statement", fn("open(MARK, 'w')  # <-", "return I"), "`Expr`"),
    (
        "try-finally",
        fn("try:  # <-", "    O = rot90(I)", "finally:", "    open(MARK, 'w')", "return O"),
        "no else/finally",
    ),
    (
        "try-star",
        fn("try:  # <-", "    O = rot90(I)", "except* ValueError:", "    O = I", "return O"),
        "`TryStar`",
    ),
    (
        "except-default-call",
        fn(
            "try:", "    O = rot90(I)", "except ValueError:", "    O = open(MARK)  # <-", "return O"
        ),
        "an except default must be a name or a literal",
    ),
    (
        "except-class",
        fn("try:", "    O = I", "except __import__(REC).called():  # <-", "    O = I", "return O"),
        "built-in exception classes",
    ),
    ("import", fn("import os  # <-", "return I"), "an import"),
    ("from-import", fn("from os import system  # <-", "return I"), "an import"),
    (
        "param-default",
        fn("return I", head="def bad(I=open(MARK, 'w')):  # <-"),
        "parameters must be plain",
    ),
    (
        "kw-only-param",
        fn("return I", head="def bad(I, *, k=open(MARK, 'w')):  # <-"),
        "parameters must be plain",
    ),
    ("var-args", fn("return I", head="def bad(*I):  # <-"), "parameters must be plain"),
    (
        "param-annotation",
        fn("return I", head="def bad(I: open(MARK, 'w')):  # <-"),
        "annotations must be plain type names",
    ),
    (
        "return-annotation",
        fn("return I", head="def bad(I) -> __import__(REC).called():  # <-"),
        "annotations must be plain type names",
    ),
    ("return-attribute", fn("return I.__class__  # <-"), "attribute access"),
    ("return-nothing", fn("return  # <-"), "return needs a value"),
    ("shadow-dsl-name", fn("rot90 = open  # <-", "return I"), "assignment to the DSL name 'rot90'"),
    (
        "keyword-to-variable",
        fn("x1 = rbind(add, ONE)", "O = x1(open=MARK)  # <-", "return O"),
        "keyword arguments need a primitive",
    ),
    ("huge-identifier", fn("O = " + "a" * 1_000_000 + "(I)  # <-", "return O"), "unknown name 'aa"),
]


def _bad_line(bad: str) -> int:
    """The file line of the `# <-` mark in the bad function (placed after HEADER)."""
    index = next(k for k, line in enumerate(bad.splitlines()) if line.endswith("# <-"))
    return HEADER.count("\n") + index + 1


@pytest.mark.parametrize(("bad", "reason"), [c[1:] for c in FUNCTION_CASES],
                         ids=[c[0] for c in FUNCTION_CASES])  # fmt: skip
def test_hostile_function_is_rejected_unexecuted_and_the_others_load(env, bad, reason):
    folder, marker = env
    path = folder / "hostile.py"
    path.write_text(HEADER + _fill(bad, marker) + FOOTER)

    merged = _load_and_run(folder, marker)

    assert [p.name for p in merged.programs] == ["good", "also_good"]
    (reject,) = merged.rejects
    assert isinstance(reject, ProgramReject)
    assert reject.source.file == str(path) and reject.source.function == "bad"
    assert reject.source.line == _bad_line(bad), str(reject)
    assert reason in reject.reason, reject.reason
    assert str(reject).startswith(f"{path}:bad:{reject.source.line}: ")
    assert len(reject.reason) < 300  # a 10 MB literal is not quoted back in full


def test_function_cases_are_distinct():
    assert len({c[0] for c in FUNCTION_CASES}) == len(FUNCTION_CASES) >= 80


# -- module-level code: rejects every function of the file, naming the line; nothing runs --------
MODULE_CASES = [
    ("import-os", "import os", "import of 'os'"),
    ("import-recorder", "import REC_NAME", "import of 'battflow_hostile_recorder'"),
    ("from-recorder-star", "from REC_NAME import *", "import of 'battflow_hostile_recorder'"),
    ("from-os-import", "from os import system", "import of 'os'"),
    ("relative-import", "from . import dsl", "import of None"),
    ("dsl-named-import", "from dsl import rot90", "import of 'dsl'"),
    ("call", "open(MARK, 'w')", "`Expr` at module level"),
    ("__import__-call", "__import__(REC).called()", "`Expr` at module level"),
    ("os.system", "__import__('os').system('touch ' + MARK)", "`Expr` at module level"),
    ("assignment", "x = open(MARK, 'w')", "`Assign` at module level"),
    ("ann-assignment", "x: int = open(MARK, 'w')", "`AnnAssign` at module level"),
    ("class", "class K:\n    open(MARK, 'w')", "`ClassDef` at module level"),
    ("async-def", "async def bad(I):\n    return open(MARK, 'w')", "`AsyncFunctionDef`"),
    ("main-guard", "if __name__ == '__main__':\n    open(MARK, 'w')", "an `if` statement"),
    ("for", "for k in range(1):\n    open(MARK, 'w')", "a `for` loop at module level"),
    ("while", "while True:\n    open(MARK, 'w')\n    break", "a `while` loop at module level"),
    ("with", "with open(MARK, 'w'):\n    pass", "a `with` statement at module level"),
    ("try", "try:\n    import REC_NAME\nexcept ImportError:\n    pass", "`Try` at module level"),
    ("global", "global x", "a global statement at module level"),
    ("del", "del rot90", "a del statement at module level"),
    ("assert", "assert open(MARK, 'w')", "an assert statement at module level"),
    ("raise", "raise SystemExit(open(MARK, 'w'))", "a raise statement at module level"),
    ("exec", "exec('open(' + repr(MARK) + ', \"w\")')", "`Expr` at module level"),
    ("walrus", "(x := open(MARK, 'w'))", "`Expr` at module level"),
    ("late-docstring", "'''not the first statement'''", "`Expr` at module level"),
    ("decorated-class", "@__import__(REC).called\nclass K:\n    pass", "`ClassDef`"),
]


@pytest.mark.parametrize(("stmt", "reason"), [c[1:] for c in MODULE_CASES],
                         ids=[c[0] for c in MODULE_CASES])  # fmt: skip
def test_module_level_code_rejects_the_file_unexecuted(env, stmt, reason):
    folder, marker = env
    path = folder / "hostile.py"
    stmt = _fill(stmt.replace("REC_NAME", RECORDER), marker)
    path.write_text(HEADER + stmt + FOOTER)
    line = HEADER.count("\n") + 1 + ("@" in stmt)  # a decorated class starts at `class`

    merged = _load_and_run(folder, marker)

    assert merged.programs == []
    functions = [r.source.function for r in merged.rejects]
    assert functions[:1] == ["good"] and functions[-1] == "also_good"
    for r in merged.rejects:
        assert r.source.file == str(path)
        assert f"line {line}: " in r.reason and reason in r.reason, r.reason


# -- whole files the Python parser itself refuses: deep nesting, huge decimal ints, bad text ------
def _calls(depth: int) -> str:
    return "rot90(" * depth + "I" + ")" * depth


FILE_CASES = [
    ("calls-5000-deep", f"    O = {_calls(5000)}", "too many nested parentheses", 10),
    ("parens-100000-deep", "    O = " + "(" * 100_000 + "I" + ")" * 100_000, "too many nested", 10),
    ("brackets-100000-deep", "    O = rot90(" + "[" * 100_000 + "]" * 100_000 + ")", "nested", 10),
    ("not-100000-deep", "    O = " + "not " * 100_000 + "I", "nested too deeply", 10),
    ("minus-100000-deep", "    O = add(ONE, " + "-" * 100_000 + "1)", "nested too deeply", 10),
    ("lambda-10000-deep", "    O = " + "lambda: " * 10_000 + "I", "nested too deeply", 10),
    ("ifexp-10000-deep", "    O = " + "I if T else " * 10_000 + "I", "nested too deeply", 10),
    ("attribute-100000-long", "    O = I" + ".a" * 100_000, "nested too deeply", 10),
    ("operator-100000-long", "    O = I" + " + I" * 100_000, "nested too deeply", 10),
    ("invert-100000-deep", "    O = " + "~" * 100_000 + "I", "nested too deeply", 10),
    ("indent-200-deep", "".join("    " * (k + 1) + "if T:\n" for k in range(200)) + "    " * 201
     + "pass", "too many levels of indentation", None),
    ("decimal-10**10000", "    O = add(ONE, 1" + "0" * 10_000 + ")", "Exceeds the limit", 10),
    ("null-byte", "    O = rot90(I)\x00", "null bytes", None),
    ("lone-surrogate", "    O = rot90('\udcff')", "cannot parse", 0),
    ("unbalanced", "    O = rot90(I))", "unmatched ')'", 10),
    ("tab-space-mix", "\tO = rot90(I)\n        return O", "indent", None),
]  # fmt: skip


@pytest.mark.parametrize(("body", "reason", "line"), [c[1:] for c in FILE_CASES],
                         ids=[c[0] for c in FILE_CASES])  # fmt: skip
def test_source_the_python_parser_refuses_is_one_module_reject(env, body, reason, line):
    folder, marker = env
    text = HEADER + "def bad(I):\n" + body + "\n    return O\n" + FOOTER
    _, programs, rejects = parse_source(text, "deep.py")  # never raises
    assert programs == []
    (reject,) = rejects
    assert reject.source.function == "<module>" and reject.source.file == "deep.py"
    assert reason in reject.reason, reject.reason
    if line is not None:
        assert reject.source.line == line, str(reject)
    assert len(reject.reason) < 300
    if "\udcff" in text:
        return  # cannot be written as UTF-8: see the non-UTF-8 file test
    (folder / "deep.py").write_text(text)
    (folder / "fine.py").write_text("def fine(I):\n    O = rot90(I)\n    return O\n")
    merged = _load_and_run(folder, marker)
    assert [p.name for p in merged.programs] == ["fine"]
    assert [r.source.function for r in merged.rejects] == ["<module>"]


def test_deep_parser_failure_names_the_function_when_it_can():
    text = HEADER + "def bad(I):\n    x1 = rot90(I)\n    O = " + "not " * 50_000 + "I\n"
    _, _, (reject,) = parse_source(text + FOOTER, "deep.py")
    assert str(reject).startswith("deep.py:<module>:11: nested too deeply")
    assert "in function 'bad'" in reject.reason


def test_deep_but_legal_nesting_loads_and_runs(env):
    """Calls nested as deep as CPython allows (199) are DSL code: accepted, flattened, and run by
    the (iterative) reference executor without touching Python's recursion limit."""
    folder, marker = env
    (folder / "deep.py").write_text(f"def deep(I):\n    O = {_calls(196)}\n    return O\n")
    merged = _load_and_run(folder, marker)
    assert merged.rejects == []
    (program,) = merged.programs
    assert len(program.statements) == 1
    outcome = evaluate(merged.graph, merged.programs, sample_inputs(GRID, (), ()), GRID)[0]
    assert outcome.status == MATCH  # 196 quarter turns = 49 full turns


def test_many_module_problems_keep_reasons_short(env):
    folder, marker = env
    stmts = "\n".join(f"x{k} = open(MARK, 'w')" for k in range(20_000))
    (folder / "many.py").write_text(_fill(HEADER + stmts + FOOTER, marker))
    merged = _load_and_run(folder, marker)
    assert [r.source.function for r in merged.rejects] == ["good", "also_good"]
    reason = merged.rejects[0].reason
    assert reason.endswith("and 19995 more module-level problems") and len(reason) < 600


def test_non_utf8_and_binary_files_are_rejected_as_unreadable(env):
    folder, marker = env
    (folder / "latin1.py").write_bytes(b"def f(I):\n    O = rot90(I)  # caf\xe9\n    return O\n")
    (folder / "binary.py").write_bytes(bytes(range(256)) * 100)
    (folder / "fine.py").write_text("def fine(I):\n    O = rot90(I)\n    return O\n")
    merged = _load_and_run(folder, marker)
    assert [p.name for p in merged.programs] == ["fine"]
    reasons = {Path(r.source.file).name: r.reason for r in merged.rejects}
    assert set(reasons) == {"latin1.py", "binary.py"}
    assert all(r.startswith("cannot read: ") for r in reasons.values()), reasons


def test_a_hostile_dsl_module_beside_the_solvers_is_parsed_never_imported(env):
    """`from dsl import *` resolves to battflow's registry, not to a `dsl.py` in the folder: a
    hostile one there is only parsed (and rejected)."""
    folder, marker = env
    (folder / "dsl.py").write_text(
        _fill("open(MARK, 'w')\n\ndef rot90(I):\n    return I\n", marker)
    )
    (folder / "__init__.py").write_text(_fill("__import__(REC).called()\n", marker))
    (folder / "solve.py").write_text("from dsl import *\n\ndef solve(I):\n    O = rot90(I)\n"
                                     "    return O\n")  # fmt: skip
    (folder / "loop").symlink_to(folder)  # a symlink loop is not followed
    merged = _load_and_run(folder, marker)
    assert [p.name for p in merged.programs] == ["solve"]
    assert {(Path(r.source.file).name, r.source.function) for r in merged.rejects} == {
        ("dsl.py", "rot90"),
        ("__init__.py", "<module>"),
    }
    outcome = evaluate(merged.graph, merged.programs, sample_inputs(GRID, (), ()), GRID)[0]
    assert outcome.status != ERROR and outcome.output == ((3, 1), (4, 2))  # battflow's rot90


# -- positive controls: the watch does see a payload that really runs ----------------------------
def test_control_the_watch_sees_a_payload_that_runs(env):
    folder, marker = env
    path = folder / "hostile.py"
    path.write_text(_fill("open(MARK, 'w').close()\n", marker))
    with Watch(folder, marker) as events:
        exec(compile(path.read_text(), str(path), "exec"), {})
    assert marker.exists()
    assert [e[0] for e in events] == ["exec", "open"]


def test_control_the_watch_sees_the_recorder_imported(env):
    folder, marker = env
    with Watch(folder, marker) as events:
        __import__(RECORDER)  # what an `import` statement runs
    assert marker.exists() and ("import", RECORDER) in events


def test_parse_source_rejects_bad_semantics_name_only():
    with pytest.raises(ValueError, match="semantics"):
        parse_source("def f(I):\n    return I\n", "x.py", "eval")


def test_function_cases_are_valid_python():
    """Else they would test the syntax-error path instead."""
    for _, bad, _ in FUNCTION_CASES:
        if len(bad) < 100_000:
            ast.parse(HEADER + bad + FOOTER)
