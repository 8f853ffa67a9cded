"""The candidate generator: its type table, determinism, parseability, mutation kinds, the files it
writes (loaded by battflow and by plain Python), and its config errors."""

import ast
import importlib
import sys

import pytest
from pydantic import ValidationError

from battflow.engine.config import ConfigError, load_pipeline
from battflow.program import parse_source
from battflow.program.emit import render
from battflow.program.generate import GenerateConfig, GenerateError, generate
from battflow.program.kinds import SIGNATURES, check_table, result_of
from battflow.program.mutate import parse_sources, read_parents

GRID = ((0, 0, 1, 1), (0, 2, 2, 1), (3, 3, 0, 0), (0, 0, 0, 4))


def test_signature_table_agrees_with_the_registry():
    assert check_table() == []
    assert result_of("argmax", ("OS", "F(O>I)")) == "O"
    assert result_of("fill", ("G", "I", "X")) == "G"  # any integer fills a colour parameter
    assert result_of("fill", ("G", "X", "X")) is None
    assert len(SIGNATURES) > 120


@pytest.mark.parametrize("mode", ["mixed", "mutate", "compose"])
def test_same_seed_same_programs_byte_for_byte(mode):
    cfg = GenerateConfig(seed=7, count=60, mode=mode)
    for form in ("solver", "batt"):
        assert render(generate(cfg), form) == render(generate(cfg), form)
    other = GenerateConfig(seed=8, count=60, mode=mode)
    assert render(generate(other), "solver") != render(generate(cfg), "solver")


@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_every_generated_program_parses(semantics):
    candidates = generate(GenerateConfig(seed=1, count=300))
    names = [c.name for c in candidates]
    assert len(set(names)) == len(names) == 300
    for form in ("solver", "batt"):
        _, programs, rejects = parse_source(render(candidates, form), "gen.py", semantics)
        assert rejects == []
        assert [p.name for p in programs] == names


def test_candidates_are_distinct_from_each_other_and_from_their_parents():
    candidates = generate(GenerateConfig(seed=2, count=200, mode="mutate"))
    bodies = [tuple((ln.target, ln.expr) for ln in c.lines) for c in candidates]
    assert len(set(bodies)) == len(bodies)
    library = read_parents(parse_sources(["programs/library"]))
    parents = {tuple((s.target, s.expr) for s in p.statements) for p in library}
    assert not parents & set(bodies)
    assert all(c.note.startswith("mutant of solve_") for c in candidates)


@pytest.mark.parametrize("kind", ["constant", "primitive", "argument"])
def test_mutation_kinds_change_only_what_they_say(kind):
    others = {k: 0.0 for k in ("constant", "primitive", "argument") if k != kind}
    cfg = GenerateConfig(seed=3, count=40, mode="mutate", kinds={kind: 1.0, **others})
    for c in generate(cfg):
        changes = c.note.split(": ", 1)[1].split("; ")
        assert all(change.startswith(f"{kind}@") for change in changes), c.note


def test_composed_programs_use_every_variable_and_end_in_a_grid_step():
    for c in generate(GenerateConfig(seed=4, count=100, mode="compose")):
        assert c.output == "O" and c.lines[-1].target == "O"
        used = {
            n.id for ln in c.lines for n in ast.walk(ast.parse(ln.expr)) if isinstance(n, ast.Name)
        }
        assert all(ln.target in used for ln in c.lines[:-1]), c.name
        assert 4 <= len(c.lines) <= 24


def test_batt_file_runs_in_plain_python_with_an_arc_dsl_layout(tmp_path, monkeypatch):
    # An arc-dsl-compatible layout: dsl.py and constants.py beside the generated file.
    (tmp_path / "dsl.py").write_text("from battflow.dsl import *\n")
    (tmp_path / "constants.py").write_text("from battflow.dsl.constants import *\n")
    candidates = generate(GenerateConfig(seed=5, count=50))
    (tmp_path / "cands.py").write_text(render(candidates, "batt"))
    (tmp_path / "solvers.py").write_text(render(candidates, "solver"))
    monkeypatch.syspath_prepend(str(tmp_path))
    for mod in ("dsl", "constants", "cands", "solvers"):
        sys.modules.pop(mod, None)
    cands = importlib.import_module("cands")
    solvers = importlib.import_module("solvers")
    ran = 0
    for c in candidates:
        getattr(cands, c.name)(GRID)  # every op is guarded: never raises
        try:
            getattr(solvers, c.name)(GRID)
            ran += 1
        except Exception:
            pass
    assert ran > 0


def test_config_errors_name_what_is_wrong(tmp_path):
    with pytest.raises(ValidationError, match="unknown mutation kinds"):
        GenerateConfig(kinds={"bogus": 1})
    with pytest.raises(ValidationError, match="length"):
        GenerateConfig(length=(5, 2))
    with pytest.raises(GenerateError, match="needs solver files"):
        generate(GenerateConfig(mode="mutate", sources=[str(tmp_path)]))
    bad = tmp_path / "p.yaml"
    bad.write_text("name: p\nprograms:\n  - path: programs/library\n    generate: {count: 3}\n")
    with pytest.raises(ConfigError, match="exactly one of"):
        load_pipeline(bad)
    bad.write_text("name: p\nprograms:\n  - generate: {count: 3, mode: sideways}\n")
    with pytest.raises(ConfigError, match="mode"):
        load_pipeline(bad)


def test_generate_command_writes_both_forms_and_names_bad_options(tmp_path):
    from click.testing import CliRunner

    from battflow.cli import main

    runner = CliRunner()
    result = runner.invoke(
        main, ["generate", "--count", "6", "--seed", "2", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    for form in ("solver", "batt"):
        text = (tmp_path / f"gen_2.{form}.py").read_text()
        _, programs, rejects = parse_source(text, f"gen_2.{form}.py", "solver")
        assert rejects == [] and len(programs) == 6
    bad = runner.invoke(main, ["generate", "--kinds", "bogus", "--out", str(tmp_path)])
    assert bad.exit_code != 0 and "unknown mutation kinds ['bogus']" in bad.output
    bad = runner.invoke(main, ["generate", "--length", "9:2", "--out", str(tmp_path)])
    assert bad.exit_code != 0 and "length [9, 2] must be" in bad.output
