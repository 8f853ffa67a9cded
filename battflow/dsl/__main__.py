"""`python -m battflow.dsl` prints the primitive table of docs/dsl.md (`make docs` writes it)."""

from .registry import markdown

print(markdown(), end="")
