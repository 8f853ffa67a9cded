"""The program front end: what it accepts, what it rejects (with file:function:line), and CSE."""

import textwrap

import pytest

from battflow.program import CALL, GUARD, load_programs, parse_source


def parse(src: str, semantics: str = "solver"):
    return parse_source(textwrap.dedent(src), "prog.py", semantics)


def test_solver_file_written_for_arc_dsl_loads_unchanged():
    graph, programs, rejects = parse(
        """
        from dsl import *
        from constants import *

        def solve_00000001(I):
            x1 = objects(I, T, F, T)
            x2 = rbind(bordering, I)
            x3 = compose(flip, x2)
            x4 = mfilter(x1, x3)
            O = fill(I, FIVE, x4)
            return O
        """
    )
    assert rejects == []
    (p,) = programs
    assert p.name == "solve_00000001" and p.params == ("I",)
    assert len(p.statements) == 5
    assert graph.nodes[p.output].type == "Grid"
    assert str(p.source) == "prog.py:solve_00000001:5"


def test_keyword_arguments_nested_calls_and_sic_signature():
    _, programs, rejects = parse(
        """
        from battflow.dsl import *

        def candidate(S, I, C):
            x1 = objects(grid=I, univalued=T, diagonal=F, without_bg=T)
            O = fill(I, size(x1), merge(x1))
            return O
        """
    )
    assert rejects == []
    assert programs[0].params == ("S", "I", "C")


SOLVER = "from dsl import *\n\ndef f(I):\n{body}\n"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("    O = nosuchprim(I)\n    return O", "unknown name 'nosuchprim'"),
        ("    O = rot90(I, I)\n    return O", "rot90() takes 1 arguments, 2 given"),
        ("    O = crop(I, ORIGIN)\n    return O", "crop() takes 3 arguments, 2 given"),
        ("    O = rot90(grd=I)\n    return O", "rot90() has no parameter 'grd'"),
        ("    O = crop(I, ORIGIN, dims=UNITY, start=UNITY)\n    return O", "got 'start' twice"),
        ("    for k in I:\n        pass\n    return I", "a `for` loop is not straight-line"),
        ("    while T:\n        pass\n    return I", "a `while` loop"),
        ("    if T:\n        pass\n    return I", "an `if` statement"),
        ("    x1 = apply(lambda v: v, I)\n    return x1", "a lambda"),
        ("    x1 = I.count(0)\n    return x1", "callee is attribute access"),
        ("    x1 = rot90(I[0])\n    return x1", "subscripting"),
        ("    x1 = add(ONE, 1 + 1)\n    return x1", "an operator"),
        ("    x1 = rot90('grid')\n    return x1", "literal 'grid' is not DSL code"),
        ("    x1 = apply(rot90, [I])\n    return x1", "a list"),
        ("    x1 = rot90(I)", "no return statement"),
        ("    return I\n    x1 = rot90(I)", "code after return"),
        ("    size = rot90(I)\n    return size", "assignment to the DSL name 'size'"),
        ("    I = rot90(I)\n    return I", "assignment to the input 'I'"),
        (
            "    x1 = rbind(add, ONE)\n    O = x1(x=I)\n    return O",
            "keyword arguments need a primitive",
        ),
        ("    import os\n    return I", "an import"),
        ("    x1, x2 = I\n    return x1", "assign to exactly one plain name"),
        ("    x1 = x2\n    x2 = rot90(I)\n    return x1", "unknown name 'x2'"),
        (
            "    try:\n        x1 = rot90(I)\n    except TypeError:\n        x1 = I\n"
            "    except ValueError:\n        x1 = I\n    return x1",
            "exactly one except clause",
        ),
        (
            "    try:\n        x1 = rot90(I)\n    except TypeError:\n        x2 = I\n    return x1",
            "the except clause must assign 'x1'",
        ),
        (
            "    try:\n        x1 = rot90(I)\n    except Oops:\n        x1 = I\n    return x1",
            "built-in exception classes",
        ),
    ],
)
def test_each_rejection_names_function_line_and_reason(body, reason):
    _, programs, rejects = parse(SOLVER.format(body=body))
    assert programs == []
    (reject,) = rejects
    assert reject.source.file == "prog.py" and reject.source.function == "f"
    assert reject.source.line >= 3
    assert reason in reject.reason
    assert str(reject).startswith("prog.py:f:")


def test_bad_signature_is_rejected():
    _, programs, rejects = parse("def f(I, J):\n    return I\n")
    assert programs == [] and "is not (I) or (S, I, C)" in rejects[0].reason


def test_syntax_error_rejects_the_file_with_its_line():
    _, programs, rejects = parse("def f(I):\n    O = rot90(I\n    return O\n")
    assert programs == []
    assert rejects[0].source.function == "<module>"
    assert "syntax error" in rejects[0].reason and rejects[0].source.line >= 2


def test_import_of_another_module_rejects_every_function_of_the_file():
    _, programs, rejects = parse(
        "import numpy\nfrom dsl import *\n\ndef f(I):\n    return I\n\ndef g(I):\n    return I\n"
    )
    assert programs == []
    assert [r.source.function for r in rejects] == ["f", "g"]
    assert all("import of 'numpy'" in r.reason for r in rejects)


def test_one_bad_function_does_not_sink_the_others():
    _, programs, rejects = parse(
        """
        def good(I):
            O = rot90(I)
            return O

        def bad(I):
            O = rot90(I, I)
            return O

        def also_good(I):
            O = rot180(I)
            return O
        """
    )
    assert [p.name for p in programs] == ["good", "also_good"]
    assert [r.source.function for r in rejects] == ["bad"]


def test_batt_try_except_becomes_a_guard_with_its_default_and_classes():
    graph, programs, rejects = parse(
        """
        def batt(I):
            try:
                x1 = first(I)
            except (StopIteration, IndexError):
                x1 = ORIGIN
            try:
                x2 = last(x1)
            except:
                x2 = frozenset()
            return x2
        """
    )
    assert rejects == []
    (p,) = programs
    guards = [graph.nodes[s] for s in p.statements]
    assert [g.kind for g in guards] == [GUARD, GUARD]
    assert guards[0].payload == ("StopIteration", "IndexError")
    assert guards[1].payload is None
    assert graph.nodes[guards[0].args[1]].payload == (0, 0)
    assert graph.nodes[guards[1].args[1]].payload == frozenset()


def test_batt_semantics_guards_every_call_with_a_typed_default():
    graph, programs, _ = parse(
        "def f(I):\n    x1 = size(I)\n    O = canvas(x1, UNITY)\n    return O\n", "batt"
    )
    kinds = [graph.nodes[s].kind for s in programs[0].statements]
    assert kinds == [GUARD, GUARD]
    defaults = [graph.nodes[graph.nodes[s].args[1]].payload for s in programs[0].statements]
    assert defaults == [0, ()]


def test_structural_cse_merges_shared_subcomputations(tmp_path):
    (tmp_path / "a.py").write_text(
        "def solve_a(I):\n    x1 = objects(I, T, F, T)\n    O = merge(x1)\n    return O\n"
    )
    (tmp_path / "b.py").write_text(
        "def solve_b(I):\n    x1 = objects(I, T, F, T)\n    O = size(x1)\n    return O\n"
    )
    merged = load_programs([tmp_path])
    a, b = merged.programs
    assert a.statements[0] == b.statements[0]  # one `objects` node for both programs
    calls = [n for n in merged.graph.nodes if n.kind == CALL]
    assert len(calls) == 3


def test_constants_that_compare_equal_stay_apart():
    graph, programs, _ = parse(
        "def f(I):\n    x1 = add(T, ONE)\n    O = add(ONE, ONE)\n    return O\n"
    )
    call_t, call_one = (graph.nodes[s] for s in programs[0].statements)
    assert call_t.args != call_one.args  # True and 1 are different constants


def test_duplicate_function_names_are_qualified_by_file(tmp_path):
    for stem in ("x", "y"):
        (tmp_path / f"{stem}.py").write_text("def solve_t(I):\n    return I\n")
    names = [p.name for p in load_programs([tmp_path]).programs]
    assert names == ["x.solve_t", "y.solve_t"]


def test_missing_program_path_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does-not-exist"):
        load_programs([tmp_path / "does-not-exist"])
