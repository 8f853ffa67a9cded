"""Every public function and method of the notebook API has a docstring with an example, and
docs/api.md lists it."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest

API_MODULES = (
    "battflow.api",
    "battflow.engine.stored",
    "battflow.engine.report",
    "battflow.view.html",
    "battflow.view.png",
    "battflow.view.objects",
    "battflow.view.palette",
    "battflow.view.grids",
    "battflow.view.screenshot",
)
API_DOC = Path(__file__).resolve().parents[1] / "docs" / "api.md"


def _public(module_name: str):
    """(qualified name, function) of every public function, class and method of a module."""
    module = importlib.import_module(module_name)
    for name, obj in vars(module).items():
        if name.startswith("_") or getattr(obj, "__module__", None) != module_name:
            continue
        if inspect.isfunction(obj) or inspect.isclass(obj):
            yield name, obj
        if inspect.isclass(obj):
            for member_name, member in vars(obj).items():
                if member_name.startswith("_"):
                    continue
                fn = (
                    member.fget if isinstance(member, property) else getattr(member, "func", member)
                )
                if inspect.isfunction(fn):
                    yield f"{name}.{member_name}", fn


@pytest.mark.parametrize("module_name", API_MODULES)
def test_public_functions_have_an_example(module_name):
    missing = [name for name, obj in _public(module_name) if ">>>" not in (obj.__doc__ or "")]
    assert not missing, f"{module_name}: no example in the docstring of {missing}"


@pytest.mark.parametrize("module_name", API_MODULES)
def test_docs_api_lists_them(module_name):
    text = API_DOC.read_text()
    missing = [name for name, _ in _public(module_name) if f"`{name}" not in text]
    assert not missing, f"docs/api.md does not list {missing} (from {module_name})"
