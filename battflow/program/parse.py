"""Parse solver and batt files into IR programs, without importing or executing them.

Accepted, per function (`def name(I)` or `def name(S, I, C)`, annotated with plain names or not):
- `x = callee(args...)`: callee a DSL primitive or an earlier variable; args are variables, the
  inputs, DSL primitives (as function values), DSL constants, int/bool/None literals (ints within
  64 bits), tuples of those, keyword arguments (primitive callees only) and nested calls
  (flattened, evaluated in Python's order);
- `x = y` for any such argument expression;
- `try: x = <call>` / `except [E | (E1, E2) [as e]]: x = <default>`, with one except clause: the
  batt form. The default is an argument expression, `frozenset()` or `tuple()`;
- docstrings, `pass`, and a final `return <expr>`.
Module level: docstrings, function definitions, and star imports of the DSL (`from dsl import *`,
`from constants import *`, `from arc_types import *`, `from battflow.dsl import *`) or `typing`.

Anything else is rejected, one function at a time, with `file:function:line` and the reason; the
rest of the file still loads. Nothing is imported or executed: a file is only read and handed to
`ast.parse`. Source that `ast.parse` cannot take (a syntax error, nesting too deep for CPython's
parser, null bytes, lone surrogates) rejects the whole file, function `<module>`.
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from battflow.dsl.constants import CONSTANTS
from battflow.dsl.registry import PRIMITIVES

from . import infer
from .ir import CALL, CONST, GUARD, INPUT, PRIM, Graph, Program, SourceRef

SIGNATURES = (("I",), ("S", "I", "C"))
PROGRAM_INPUTS = {"I": "Grid", "S": "Tuple", "C": "Tuple"}
SCORER_SIGNATURES = (("O", "C"), ("O", "C", "I"))
"""Differs (`scorers:`): a program's output O, the expected grid C, optionally the input I."""
SCORER_INPUTS = {"O": "Grid", "C": "Grid", "I": "Grid"}
DSL_MODULES = {"dsl", "constants", "arc_types", "battflow.dsl"}
SEMANTICS = ("solver", "batt")
MAX_INT_LITERAL = 2**63 - 1
"""Largest magnitude of an int literal (DSL integers are small; 64 bits is the batched path's)."""
_MAX_MODULE_PROBLEMS = 5  # module-level problems spelled out in each function's reject reason
_EXCEPTIONS = {
    name
    for name, obj in vars(builtins).items()
    if isinstance(obj, type) and issubclass(obj, BaseException)
}


@dataclass(frozen=True)
class ProgramReject:
    """A program (or a whole file, function `<module>`) that could not be loaded."""

    source: SourceRef
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class RejectProgram(Exception):
    """Raised inside the front end; becomes a ProgramReject for one function."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass
class ProgramSet:
    """Programs merged into one graph, plus what was rejected."""

    graph: Graph = field(default_factory=Graph)
    programs: list[Program] = field(default_factory=list)
    rejects: list[ProgramReject] = field(default_factory=list)


def _cut(text: str, limit: int = 200) -> str:
    """`text`, cut to `limit` characters: reject reasons quote hostile source."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _short(value: Any, limit: int = 60) -> str:
    """`repr(value)`, cut to `limit` characters."""
    if isinstance(value, str | bytes) and len(value) > limit:
        value = value[:limit]  # do not repr megabytes only to cut them
    return _cut(repr(value), limit)


def _describe(node: ast.AST) -> str:
    names = {
        ast.For: "a `for` loop",
        ast.While: "a `while` loop",
        ast.If: "an `if` statement",
        ast.With: "a `with` statement",
        ast.Lambda: "a lambda",
        ast.Attribute: "attribute access",
        ast.Subscript: "subscripting",
        ast.BinOp: "an operator",
        ast.BoolOp: "a boolean operator",
        ast.Compare: "a comparison",
        ast.UnaryOp: "an operator",
        ast.IfExp: "a conditional expression",
        ast.ListComp: "a comprehension",
        ast.SetComp: "a comprehension",
        ast.DictComp: "a comprehension",
        ast.GeneratorExp: "a comprehension",
        ast.Import: "an import",
        ast.ImportFrom: "an import",
        ast.FunctionDef: "a nested function",
        ast.AugAssign: "an augmented assignment",
        ast.Global: "a global statement",
        ast.Nonlocal: "a nonlocal statement",
        ast.Raise: "a raise statement",
        ast.Assert: "an assert statement",
        ast.Delete: "a del statement",
        ast.List: "a list",
        ast.Dict: "a dict",
        ast.Set: "a set display",
        ast.JoinedStr: "an f-string",
        ast.Starred: "a starred argument",
        ast.NamedExpr: "an assignment expression",
        ast.Await: "await",
        ast.Yield: "yield",
    }
    return names.get(type(node), f"`{type(node).__name__}`")


class _FunctionCompiler:
    """Compiles one function body into a scratch graph."""

    def __init__(self, fn: ast.FunctionDef, file: str, semantics: str, scorer: bool = False):
        self.fn = fn
        self.file = file
        self.semantics = semantics
        self.signatures = SCORER_SIGNATURES if scorer else SIGNATURES
        self.input_types = SCORER_INPUTS if scorer else PROGRAM_INPUTS
        self.graph = Graph()
        self.env: dict[str, int] = {}
        self.statements: list[int] = []

    # -- expressions -------------------------------------------------------------------------
    def name(self, node: ast.Name) -> int:
        ident = node.id
        if ident in self.env:
            return self.env[ident]
        if ident in PRIMITIVES:
            return self.graph.add(PRIM, ident, (), infer.prim_type(ident))
        if ident in CONSTANTS:
            value = CONSTANTS[ident]
            return self.graph.add(CONST, value, (), _literal_type(value))
        raise RejectProgram(
            node.lineno, f"unknown name {_short(ident)} (not a variable, input or DSL name)"
        )

    def literal(self, node: ast.expr) -> Any:
        """The value of a literal argument (ints, bools, None, tuples of them); None if not one."""
        if isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, int)):
            return _checked_int(node.value, node.lineno)
        if (
            isinstance(node, ast.UnaryOp)
            and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant)
            and type(node.operand.value) is int
        ):
            return _checked_int(-node.operand.value, node.lineno)
        if isinstance(node, ast.Tuple):
            items = [self.literal(e) for e in node.elts]
            if any(i is _NOT_LITERAL for i in items):
                return _NOT_LITERAL
            return tuple(items)
        return _NOT_LITERAL

    def expr(self, node: ast.expr, guard_calls: bool) -> int:
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.Call):
            return self.call(node, guard_calls)
        value = self.literal(node)
        if value is not _NOT_LITERAL:
            return self.graph.add(CONST, value, (), _literal_type(value))
        if isinstance(node, ast.Constant):
            raise RejectProgram(node.lineno, f"literal {_short(node.value)} is not DSL code")
        raise RejectProgram(node.lineno, f"{_describe(node)} is not straight-line DSL code")

    def call(self, node: ast.Call, guard_calls: bool) -> int:
        if not isinstance(node.func, ast.Name):
            raise RejectProgram(node.lineno, f"callee is {_describe(node.func)}, not a DSL name")
        callee = self.name(node.func)
        callee_node = self.graph.nodes[callee]
        prim = callee_node.payload if callee_node.kind == PRIM else None
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise RejectProgram(node.lineno, "starred arguments are not DSL code")
        if any(k.arg is None for k in node.keywords):
            raise RejectProgram(node.lineno, "`**` arguments are not DSL code")
        if prim is None and node.keywords:
            raise RejectProgram(node.lineno, "keyword arguments need a primitive callee")
        if prim is not None:
            self._check_arity(prim, node)
        # Python evaluates the callee, then positional args, then keyword args, left to right.
        args = [self.expr(a, guard_calls) for a in node.args]
        args += [self.expr(k.value, guard_calls) for k in node.keywords]
        kwnames = tuple(k.arg for k in node.keywords)
        arg_types = [self.graph.nodes[a].type for a in args]
        result = infer.call_type(prim, callee_node.type, arg_types)
        call = self.graph.add(CALL, kwnames, (callee, *args), result)
        if guard_calls:
            default = self.graph.add(CONST, infer.default_for(result), (), result)
            call = self.graph.add(GUARD, None, (call, default), result)
        return call

    def _check_arity(self, prim: str, node: ast.Call) -> None:
        params = PRIMITIVES[prim].param_names
        given = len(node.args)
        kw = [k.arg for k in node.keywords]
        if given > len(params):
            raise RejectProgram(
                node.lineno, f"{prim}() takes {len(params)} arguments, {given + len(kw)} given"
            )
        for name in kw:
            if name not in params:
                raise RejectProgram(node.lineno, f"{prim}() has no parameter {_short(name)}")
            if name in params[:given] or kw.count(name) > 1:
                raise RejectProgram(node.lineno, f"{prim}() got {_short(name)} twice")
        if given + len(kw) != len(params):
            raise RejectProgram(
                node.lineno, f"{prim}() takes {len(params)} arguments, {given + len(kw)} given"
            )

    # -- statements --------------------------------------------------------------------------
    def assign_target(self, stmt: ast.Assign) -> str:
        if len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Name):
            raise RejectProgram(stmt.lineno, "assign to exactly one plain name")
        target = stmt.targets[0].id
        if target in PRIMITIVES or target in CONSTANTS:
            raise RejectProgram(stmt.lineno, f"assignment to the DSL name {target!r}")
        if target in self.fn_params:
            raise RejectProgram(stmt.lineno, f"assignment to the input {target!r}")
        return target

    def bind(self, target: str, node: int) -> None:
        self.env[target] = node
        if self.graph.nodes[node].kind in (CALL, GUARD):
            self.statements.append(node)

    def assign(self, stmt: ast.Assign) -> None:
        target = self.assign_target(stmt)
        self.bind(target, self.expr(stmt.value, self.semantics == "batt"))

    def try_assign(self, stmt: ast.Try) -> None:
        if stmt.orelse or stmt.finalbody or len(stmt.handlers) != 1:
            raise RejectProgram(
                stmt.lineno, "a try block needs exactly one except clause, no else/finally"
            )
        if len(stmt.body) != 1 or not isinstance(stmt.body[0], ast.Assign):
            raise RejectProgram(stmt.lineno, "a try block must hold exactly one assignment")
        handler = stmt.handlers[0]
        if len(handler.body) != 1 or not isinstance(handler.body[0], ast.Assign):
            raise RejectProgram(handler.lineno, "an except clause must hold exactly one assignment")
        body, fallback = stmt.body[0], handler.body[0]
        target = self.assign_target(body)
        if self.assign_target(fallback) != target:
            raise RejectProgram(fallback.lineno, f"the except clause must assign {_short(target)}")
        catches = self._caught(handler)
        # Nested calls inside a try are not guarded one by one: the try catches them all.
        value = self.expr(body.value, guard_calls=False)
        default = self.default(fallback.value)
        node = self.graph.nodes[value]
        if node.kind in (CALL, GUARD):
            value = self.graph.add(GUARD, catches, (value, default), node.type)
        self.bind(target, value)

    def default(self, node: ast.expr) -> int:
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("frozenset", "tuple")
            and not node.args
            and not node.keywords
            and node.func.id not in self.env
        ):
            value = frozenset() if node.func.id == "frozenset" else ()
            return self.graph.add(CONST, value, (), _literal_type(value))
        if isinstance(node, ast.Call):
            raise RejectProgram(node.lineno, "an except default must be a name or a literal")
        return self.expr(node, guard_calls=False)

    def _caught(self, handler: ast.ExceptHandler) -> tuple[str, ...] | None:
        if handler.type is None:
            return None
        names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        caught = []
        for n in names:
            if not isinstance(n, ast.Name) or n.id not in _EXCEPTIONS:
                raise RejectProgram(handler.lineno, "except must name built-in exception classes")
            caught.append(n.id)
        return tuple(caught)

    def compile(self) -> Program:
        fn = self.fn
        args = fn.args
        allowed = " or ".join(f"({', '.join(sig)})" for sig in self.signatures)
        if args.posonlyargs or args.kwonlyargs or args.vararg or args.kwarg or args.defaults:
            raise RejectProgram(fn.lineno, f"parameters must be plain: {allowed}")
        self.fn_params = tuple(a.arg for a in args.args)
        if self.fn_params not in self.signatures:
            raise RejectProgram(
                fn.lineno, f"signature ({', '.join(self.fn_params)}) is not {allowed}"
            )
        if fn.decorator_list:
            raise RejectProgram(fn.lineno, "decorators are not DSL code")
        for note in [a.annotation for a in args.args] + [fn.returns]:
            if note is not None and not isinstance(note, ast.Name):
                raise RejectProgram(note.lineno, "annotations must be plain type names (I: Grid)")
        for name in self.fn_params:
            self.env[name] = self.graph.add(INPUT, name, (), self.input_types[name])
        output = None
        body = fn.body
        for stmt in body:
            if output is not None:
                raise RejectProgram(stmt.lineno, "code after return")
            is_docstring = isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
            if isinstance(stmt, ast.Pass) or (is_docstring and isinstance(stmt.value.value, str)):
                continue
            if isinstance(stmt, ast.Assign):
                self.assign(stmt)
            elif isinstance(stmt, ast.Try):
                self.try_assign(stmt)
            elif isinstance(stmt, ast.Return):
                if stmt.value is None:
                    raise RejectProgram(stmt.lineno, "return needs a value")
                output = self.expr(stmt.value, self.semantics == "batt")
                if isinstance(stmt.value, ast.Call):
                    self.statements.append(output)
            else:
                raise RejectProgram(stmt.lineno, f"{_describe(stmt)} is not straight-line DSL code")
        if output is None:
            raise RejectProgram(fn.lineno, "no return statement")
        statements = tuple(dict.fromkeys(self.statements))  # a repeated pure call runs once
        where = SourceRef(self.file, fn.name, fn.lineno)
        return Program(fn.name, where, self.fn_params, statements, output)


class _NotLiteral:
    pass


_NOT_LITERAL = _NotLiteral()


def _checked_int(value: Any, line: int) -> Any:
    if type(value) is int and abs(value) > MAX_INT_LITERAL:
        raise RejectProgram(
            line, f"integer literal of {value.bit_length()} bits is too large (at most 64 bits)"
        )
    return value


def _literal_type(value: Any) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, tuple) and len(value) == 2 and all(type(v) is int for v in value):
        return "IntegerTuple"
    if isinstance(value, tuple):
        return "Tuple"
    if isinstance(value, frozenset):
        return "FrozenSet"
    return "Any"


def _module_rejects(tree: ast.Module, file: str) -> list[ProgramReject]:
    problems = []
    for k, stmt in enumerate(tree.body):
        if isinstance(stmt, ast.FunctionDef):
            continue
        if k == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue
        if isinstance(stmt, ast.ImportFrom) and (
            (stmt.module in DSL_MODULES and [a.name for a in stmt.names] == ["*"])
            or stmt.module == "typing"
        ):
            continue
        if isinstance(stmt, ast.Import) and [a.name for a in stmt.names] == ["typing"]:
            continue
        what = _describe(stmt)
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            module = stmt.module if isinstance(stmt, ast.ImportFrom) else stmt.names[0].name
            what = f"import of {_short(module)} (only the DSL's star imports are allowed)"
        problems.append(
            ProgramReject(SourceRef(file, "<module>", stmt.lineno), f"{what} at module level")
        )
    return problems


def _too_deep_block(text: str) -> tuple[int, str]:
    """Best effort: the line the parser gives up on (else the first line of its top-level
    block), and ` in function 'f'` when that block is a function; (0, "") if not found."""

    def too_deep(source: str) -> bool:
        try:
            ast.parse(source)
        except (RecursionError, MemoryError):
            return True
        except (SyntaxError, ValueError):
            pass
        return False

    lines = text.splitlines(keepends=True)
    starts = [k for k, ln in enumerate(lines) if ln[:1] not in ("", " ", "\t", "\n", "\r", "#")]
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        if too_deep("".join(lines[a:b])):
            head = lines[a].split("(", 1)[0].split()
            name = head[1] if len(head) == 2 and head[0] == "def" else None
            line = next((k + 1 for k in range(a + 1, b) if too_deep(lines[k].strip())), a + 1)
            return line, f" in function {_short(name)}" if name else ""
    return 0, ""


def parse_source(
    text: str, file: str, semantics: str = "solver", scorer: bool = False
) -> tuple[Graph, list[Program], list[ProgramReject]]:
    """Compile every function of one source text into a fresh graph.

    A module-level problem (syntax error, a non-DSL import or statement) rejects every function of
    the file, each listed; a problem inside a function rejects that function only. `scorer`:
    the functions are differs, with the signatures SCORER_SIGNATURES instead of SIGNATURES.
    """
    if semantics not in SEMANTICS:
        raise ValueError(f"semantics must be one of {SEMANTICS}, not {semantics!r}")
    try:
        tree = ast.parse(text, filename=file)
    except SyntaxError as exc:
        where = SourceRef(file, "<module>", exc.lineno or 0)
        return Graph(), [], [ProgramReject(where, f"syntax error: {_cut(exc.msg)}")]
    except (RecursionError, MemoryError) as exc:
        # CPython's parser gives up on very deep nesting (`not not ... x`, `a.b.c...`) this way.
        line, block = _too_deep_block(text)
        reason = f"nested too deeply for the Python parser ({type(exc).__name__}){block}"
        return Graph(), [], [ProgramReject(SourceRef(file, "<module>", line), reason)]
    except ValueError as exc:  # lone surrogates, or null bytes on older Pythons
        reason = f"cannot parse: {_cut(str(exc))}"
        return Graph(), [], [ProgramReject(SourceRef(file, "<module>", 0), reason)]
    functions = [s for s in tree.body if isinstance(s, ast.FunctionDef)]
    module_problems = _module_rejects(tree, file)
    if module_problems:
        shown = module_problems[:_MAX_MODULE_PROBLEMS]
        reason = "; ".join(f"line {p.source.line}: {p.reason}" for p in shown)
        if len(module_problems) > len(shown):
            reason += f"; and {len(module_problems) - len(shown)} more module-level problems"
        rejects = [ProgramReject(SourceRef(file, f.name, f.lineno), reason) for f in functions]
        return Graph(), [], rejects or module_problems
    graph = Graph()
    programs: list[Program] = []
    rejects: list[ProgramReject] = []
    for fn in functions:
        compiler = _FunctionCompiler(fn, file, semantics, scorer)
        try:
            program = compiler.compile()
        except RejectProgram as exc:
            rejects.append(ProgramReject(SourceRef(file, fn.name, exc.line), exc.reason))
            continue
        except RecursionError:
            rejects.append(ProgramReject(SourceRef(file, fn.name, fn.lineno), "nested too deeply"))
            continue
        programs.extend(compiler.graph.transplant([program], graph))
    return graph, programs, rejects


def python_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .py files named or found (recursively, sorted) under `paths`; FileNotFoundError names
    a missing path."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.py") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"program path {str(path)!r} does not exist")
    return files


def load_programs(
    paths: Iterable[str | Path], semantics: str = "solver", scorer: bool = False
) -> ProgramSet:
    """Parse every file under `paths` and merge all programs into one graph (structural CSE).

    Programs are named by function; where two files define the same function name, both are
    named `<file stem>.<function>`. `scorer`: as in `parse_source`.
    """
    merged = ProgramSet()
    parsed: list[Program] = []
    for path in python_files(paths):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            where = SourceRef(str(path), "<module>", 0)
            merged.rejects.append(ProgramReject(where, f"cannot read: {exc}"))
            continue
        graph, programs, rejects = parse_source(text, str(path), semantics, scorer)
        parsed.extend(graph.transplant(programs, merged.graph))
        merged.rejects.extend(rejects)
    counts: dict[str, int] = {}
    for p in parsed:
        counts[p.name] = counts.get(p.name, 0) + 1
    for p in parsed:
        if counts[p.name] > 1:
            p = Program(
                f"{Path(p.source.file).stem}.{p.name}", p.source, p.params, p.statements, p.output
            )
        merged.programs.append(p)
    return merged
