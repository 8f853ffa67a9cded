"""`python -m battflow.kernels` prints docs/dsl.md: the primitive table with batched coverage
(`make docs` writes it)."""

from battflow.dsl.registry import markdown

from .rules import load_rules

load_rules()
print(markdown(), end="")
