"""The primitive registry: exactly the spec's 160 primitives, its families, classes and tags."""

from collections import Counter
from pathlib import Path

import pytest

import battflow.dsl as dsl
from battflow.dsl import registry

ROOT = Path(__file__).resolve().parents[1]

# Spec §4 section sizes and §5 class / order totals.
FAMILY_SIZES = {
    "arithmetic": 17,
    "logic": 7,
    "containers": 30,
    "combinators": 13,
    "colours": 7,
    "bbox": 18,
    "patches": 20,
    "relations": 8,
    "extraction": 4,
    "grids": 28,
    "painting": 6,
    "periodicity": 2,
}
KIND_TOTALS = {"G": 33, "G/P": 15, "H": 21, "P": 45, "S": 46}
ORDER_TOTALS = {"no": 134, "tie": 7, "yes": 19}


def test_registry_has_the_160_primitives():
    assert len(registry.PRIMITIVES) == 160
    assert set(registry.PRIMITIVES) <= set(dsl.__all__)


def test_family_sizes_match_the_spec():
    assert {f: len(ps) for f, ps in registry.by_family()} == FAMILY_SIZES


def test_class_and_order_totals_match_the_spec():
    assert Counter(p.kind for p in registry.PRIMITIVES.values()) == KIND_TOTALS
    assert Counter(p.order for p in registry.PRIMITIVES.values()) == ORDER_TOTALS


@pytest.mark.parametrize("name", sorted(registry.PRIMITIVES))
def test_record_matches_the_exported_function(name):
    record = registry.get(name)
    assert getattr(dsl, name) is record.impl
    code = record.impl.__code__
    assert code.co_argcount == record.arity  # rbind/lbind read this
    assert record.param_names == code.co_varnames[: record.arity]
    assert record.returns
    assert all(p.type is not None for p in record.params) or name == "prapply"


def test_prapply_function_parameter_is_unannotated():
    assert registry.get("prapply").params[0] == registry.Param("function", None)


def test_unknown_name_is_a_clear_error():
    with pytest.raises(KeyError, match="'solve' is not a DSL primitive"):
        registry.get("solve")


def test_docs_table_is_generated_from_the_registry():
    from battflow.kernels.rules import load_rules

    load_rules()
    assert (ROOT / "docs" / "dsl.md").read_text() == registry.markdown(), (
        "docs/dsl.md is stale: run `make docs`"
    )
