"""A stored run read back for exploration: `Run` (its summary, outcomes as pandas tables, solved
tasks), `TaskResult` (one task: its grids and every program's outcomes on it) and
`ProgramResult` (one program: its source, outcomes, and outputs recomputed on demand).

Outcomes come from `results.zarr` and `summary.json`; pictures of outputs are recomputed with the
reference DSL from the program's source file (exact by the contract of the run: the stored
outcome is what that source gives), and a recomputed outcome that disagrees with the stored one
is said next to the picture (the file changed since the run).
"""

from __future__ import annotations

import ast
import json
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from battflow.data import Dataset, open_dataset
from battflow.execute.outcome import MATCH, NOT_EVALUATED, PATH_NAMES, STATUS_NAMES
from battflow.execute.reference import evaluate, sample_inputs
from battflow.execute.scores import NO_GRID, SCORE_ARRAYS, scores_from_counts
from battflow.program import parse_source
from battflow.view import OutputsView, SummaryView, TaskView, summary_html, task_html

from .results import DIFFER_PREFIX, ResultsStore

if TYPE_CHECKING:
    import pandas as pd

ROLE_NAMES = ("demo", "test")
"""Index = role code of the dataset store (ROLE_DEMO, ROLE_TEST)."""

OUTPUT_TIMEOUT_S = 5.0
"""Time cap per (program, sample) when outputs are recomputed for pictures."""


class Run:
    """A finished (or partly finished) run folder, `storage/runs/<name>`.

    >>> run = battflow.open_run("storage/runs/quick")
    >>> run.summary["tasks_solved"]
    5
    >>> run.solved()["3c9b0459"]
    ['solve_3c9b0459', 'solve_6150a2bd']
    """

    def __init__(self, path: Path | str):
        self.path = Path(path)
        summary_path = self.path / "summary.json"
        if not (self.path / "results.zarr").exists():
            raise FileNotFoundError(f"{self.path}: no results.zarr (not a battflow run folder)")
        self.summary: dict[str, Any] = (
            json.loads(summary_path.read_text()) if summary_path.exists() else {}
        )
        """summary.json as a dict (empty while the run has not finished)."""
        self.store = ResultsStore.open(self.path / "results.zarr")
        self.programs: list[str] = list(self.store.attrs["programs"])
        """Program names, in store order (the rows of every [program, sample] array)."""
        self.sources: list[str] = list(self.store.attrs.get("sources", []))
        self._index = {name: k for k, name in enumerate(self.programs)}

    # -- what the run is -------------------------------------------------------------------

    @property
    def name(self) -> str:
        """The pipeline's name (the folder's name for an unfinished run).

        >>> run.name
        'quick'
        """
        return str(self.summary.get("name", self.path.name))

    @property
    def report_path(self) -> Path:
        """`report.html` of the run (written at the end of every run).

        >>> webbrowser.open(run.report_path.resolve().as_uri())
        """
        return self.path / "report.html"

    @cached_property
    def dataset(self) -> Dataset:
        """The dataset store the run evaluated (opened from the path the run recorded).

        >>> run.dataset.input_grid(0)
        """
        where = self.summary.get("dataset", {}).get("store") or self.store.attrs.get(
            "dataset_store"
        )
        if where is None:
            raise FileNotFoundError(f"{self.path}: the run does not say which dataset it used")
        return open_dataset(where)

    @cached_property
    def status(self) -> np.ndarray:
        """int8 [programs, samples]: status codes (`battflow.execute.outcome.STATUS_NAMES`).

        >>> (run.status == 1).sum()  # matched pairs
        """
        return np.asarray(self.store.status[:])

    @cached_property
    def mask(self) -> np.ndarray:
        """bool [programs, samples]: the pairs the run's pairing selected.

        >>> run.mask.sum()  # pairs selected
        """
        return np.asarray(self.store.mask[:])

    def __repr__(self) -> str:
        solved = self.summary.get("tasks_solved", "?")
        return (
            f"<Run {self.name}: {len(self.programs)} programs, {self.status.shape[1]} samples, "
            f"{solved} tasks solved ({self.path})>"
        )

    def _repr_html_(self) -> str:
        if not self.summary:
            return f"<p>run {self.name}: not finished (no summary.json)</p>"
        return summary_html(self.summary)

    def view(self) -> SummaryView:
        """The summary as a display object (HTML in Jupyter).

        >>> run.view()  # in a notebook cell: the summary table
        """
        return SummaryView(self.summary)

    # -- tables ----------------------------------------------------------------------------

    def samples(self) -> pd.DataFrame:
        """One row per sample: task, split, role (`demo`/`test`) and pair index.

        >>> run.samples().head(3)
        """
        import pandas as pd

        ds = self.dataset
        return pd.DataFrame(
            {
                "task": pd.Categorical([ds.task_ids[t] for t in ds.task]),
                "split": pd.Categorical([ds.task_splits[t] for t in ds.task]),
                "role": pd.Categorical.from_codes(ds.role.astype(np.int64), ROLE_NAMES),
                "pair": ds.pair.astype(np.int64),
            }
        ).rename_axis("sample")

    def _sample_columns(self) -> pd.MultiIndex:
        """The (task, role, pair) column index of the program x sample tables."""
        import pandas as pd

        samples = self.samples()
        return pd.MultiIndex.from_arrays(
            [samples["task"].astype(str), samples["role"].astype(str), samples["pair"]],
            names=["task", "role", "pair"],
        )

    def statuses(self) -> pd.DataFrame:
        """Statuses as a program x sample table of status names (categorical): index the
        program names, columns a MultiIndex (task, role, pair). Pairs the pairing did not
        select read `not_evaluated`.

        >>> table = run.statuses()
        >>> table.loc["solve_3c9b0459", "3c9b0459"]
        """
        import pandas as pd

        columns = self._sample_columns()
        codes = np.where(self.mask, self.status, NOT_EVALUATED).astype(np.int8)
        data = {
            k: pd.Categorical.from_codes(codes[:, k], STATUS_NAMES) for k in range(codes.shape[1])
        }
        table = pd.DataFrame(data, index=pd.Index(self.programs, name="program"))
        table.columns = columns
        return table

    def scores(self, name: str = "score") -> pd.DataFrame:
        """A score (docs/scores.md) as a program x sample table like `statuses`: `score`
        (0..1000, 0 without a grid output), `shape_agreement` (1, 0; -1 without a grid),
        `cell_accuracy` or `palette_agreement` (NaN where undefined), or a differ of the
        pipeline's `scorers:` as `differ_<name>` (NO_VALUE, the int64 minimum, where it has
        no value). KeyError naming the scores the run has.

        >>> run.scores().loc["solve_3c9b0459", "3c9b0459"]
        >>> run.scores("differ_palette_difference")
        """
        import pandas as pd

        differs = [f"{DIFFER_PREFIX}{d}" for d in self.store.scorers]
        known = ([*SCORE_ARRAYS] if self.store.keeps_scores else []) + differs
        if name not in known:
            have = ", ".join(known) or "none (stored by battflow before 0.3)"
            raise KeyError(f"run {self.name} has no score {name!r}; its scores: {have}")
        columns = self._sample_columns()
        values = np.asarray(self.store.group[name][:])
        return pd.DataFrame(values, index=pd.Index(self.programs, name="program"), columns=columns)

    def best_by_task(self) -> pd.DataFrame:
        """Per task, the program that scores best on its demo pairs (most matched, then mean
        score, then min score; the summary's `best_by_task`), one row per task.

        >>> run.best_by_task().sort_values("mean_score", ascending=False).head()
        """
        import pandas as pd

        rows = self.summary.get("best_by_task") or {}
        return pd.DataFrame.from_dict(rows, orient="index").rename_axis("task")

    def near_misses(self, n: int | None = 20) -> pd.DataFrame:
        """The unsolved tasks whose best program comes closest (most demo pairs matched, then
        highest mean demo score), best first; n rows (None: all).

        >>> run.near_misses(5)
        """
        import pandas as pd

        from .show import near_misses

        rows = dict(near_misses(self.summary, n))
        return pd.DataFrame.from_dict(rows, orient="index").rename_axis("task")

    def pairs(self) -> pd.DataFrame:
        """Long form: one row per evaluated (program, sample) pair, with program, sample,
        task, split, role, pair, status, path (`batched`/`reference`) and digest.

        >>> df = run.pairs()
        >>> df[df.status == "match"].groupby("task").program.unique()
        """
        import pandas as pd

        p, s = np.nonzero(self.mask & (self.status != NOT_EVALUATED))
        samples = self.samples()
        path = np.asarray(self.store.path[:])[p, s]
        digest = np.asarray(self.store.digest[:])[p, s]
        return pd.DataFrame(
            {
                "program": pd.Categorical.from_codes(p, self.programs),
                "sample": s,
                "task": samples["task"].to_numpy()[s],
                "split": samples["split"].to_numpy()[s],
                "role": samples["role"].to_numpy()[s],
                "pair": samples["pair"].to_numpy()[s],
                "status": pd.Categorical.from_codes(self.status[p, s], STATUS_NAMES),
                "path": pd.Categorical.from_codes(path, PATH_NAMES),
                "digest": digest,
            }
        )

    def solved(self) -> dict[str, list[str]]:
        """task id -> the programs that match every demo and test pair of that task.

        >>> run.solved()
        {'007bbfb7': ['solve_007bbfb7'], ...}
        """
        if "solved" in self.summary:
            return {task: list(names) for task, names in self.summary["solved"].items()}
        from .summary import solved_by

        found = solved_by(self.status, self.mask, self.dataset)
        return {
            self.dataset.task_ids[t]: [self.programs[p] for p in ps]
            for t, ps in sorted(found.items())
        }

    # -- one task, one program -------------------------------------------------------------

    def for_task(self, task_id: str) -> TaskResult:
        """One task: its grids and every program's outcomes on it (KeyError naming an unknown
        task).

        >>> run.for_task("3c9b0459")  # in a notebook: the task's pairs and its best programs
        """
        return TaskResult(self, task_id)

    def program(self, name: str) -> ProgramResult:
        """One program by name (KeyError listing close names when unknown).

        >>> prog = run.program("solve_3c9b0459")
        >>> print(prog.source_text)
        """
        if name not in self._index:
            close = [n for n in self.programs if name.lower() in n.lower()][:5]
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise KeyError(f"no program {name!r} in run {self.name}{hint}")
        return ProgramResult(self, self._index[name])


def sample_labels(dataset: Dataset, samples: np.ndarray) -> list[str]:
    """`demo 1`, `test 1`, ... (1-based pair numbers) for the given samples.

    >>> sample_labels(run.dataset, run.dataset.samples_of_task("3c9b0459"))
    ['demo 1', 'demo 2', 'demo 3', 'demo 4', 'test 1']
    """
    return [f"{ROLE_NAMES[dataset.role[i]]} {int(dataset.pair[i]) + 1}" for i in samples]


class TaskResult:
    """One task of a run: its demo and test pairs, and the programs' outcomes on them.

    >>> task = run.for_task("3c9b0459")
    >>> task.solvers
    ['solve_3c9b0459', 'solve_6150a2bd']
    >>> task.best(3)  # programs by pairs matched
    """

    def __init__(self, run: Run, task_id: str):
        self.run = run
        self.task_id = task_id
        self.demos, self.tests = run.dataset.task_pairs(task_id)
        self.samples = run.dataset.samples_of_task(task_id)

    @property
    def solvers(self) -> list[str]:
        """Programs that match every pair of the task.

        >>> run.for_task("3c9b0459").solvers
        ['solve_3c9b0459', 'solve_6150a2bd']
        """
        return self.run.solved().get(self.task_id, [])

    def _sample_columns(self) -> pd.MultiIndex:
        """The (task, role, pair) column index of the program x sample tables."""
        import pandas as pd

        samples = self.samples()
        return pd.MultiIndex.from_arrays(
            [samples["task"].astype(str), samples["role"].astype(str), samples["pair"]],
            names=["task", "role", "pair"],
        )

    def statuses(self) -> pd.DataFrame:
        """program x pair table of status names for this task (columns `demo 1`, ...).

        >>> run.for_task("3c9b0459").statuses()["test 1"].value_counts()
        """
        table = self.run.statuses().loc[:, self.task_id]
        table.columns = sample_labels(self.run.dataset, self.samples)
        return table

    def best(self, n: int = 10) -> pd.DataFrame:
        """The n programs that match most of this task's pairs, then score highest on average
        (where the run has scores): matched pairs, mean score, then one status column per pair.

        >>> run.for_task("3c9b0459").best(5)
        """
        import pandas as pd

        table = self.statuses()
        matched = (table == STATUS_NAMES[MATCH]).sum(axis=1)
        ranking = pd.DataFrame({"matched": matched})
        if self.run.store.keeps_scores:
            scores = self.run.scores().loc[:, self.task_id]
            ranking["mean score"] = scores.mean(axis=1).round(1)
        order = ranking.sort_values(list(ranking.columns), ascending=False, kind="stable")
        top = order.index[:n]
        return pd.concat([ranking.loc[top], table.loc[top]], axis=1)

    def view(self) -> TaskView:
        """The task's pairs as pictures (HTML in Jupyter, `.to_png(path)` for files).

        >>> run.for_task("3c9b0459").view().to_png("task.png")
        """
        return TaskView(self.task_id, self.demos, self.tests)

    def __repr__(self) -> str:
        return (
            f"<TaskResult {self.task_id}: {len(self.demos)} demo, {len(self.tests)} test pairs, "
            f"{len(self.solvers)} solvers>"
        )

    def _repr_html_(self) -> str:
        html = task_html(self.task_id, self.demos, self.tests)
        solvers = ", ".join(self.solvers) or "none"
        import html as html_lib

        html += f"<p><b>solved by</b> {html_lib.escape(solvers)}</p>"
        return html + self.best(10).to_html()


class ProgramResult:
    """One program of a run: where it came from, its outcomes, and its outputs as pictures.

    >>> prog = run.program("solve_3c9b0459")
    >>> prog.statuses().value_counts()
    >>> prog.outputs("3c9b0459")  # in a notebook: input, expected and output side by side
    """

    def __init__(self, run: Run, index: int):
        self.run = run
        self.index = index
        self.name = run.programs[index]
        ref = run.sources[index] if index < len(run.sources) else ""
        file, _, rest = ref.rpartition(":")
        self.file, _, self.function = file.rpartition(":")
        self.line = int(rest) if rest.isdigit() else 0

    @property
    def source(self) -> str:
        """`file:function:line` of the program's definition.

        >>> run.program("solve_3c9b0459").source
        'programs/library/3c9b0459.py:solve_3c9b0459:4'
        """
        return f"{self.file}:{self.function}:{self.line}"

    @property
    def source_text(self) -> str:
        """The program's function as written in its file (read now: the file may have
        changed since the run).

        >>> print(run.program("solve_3c9b0459").source_text)
        """
        text = Path(self.file).read_text()
        for node in ast.parse(text).body:
            if isinstance(node, ast.FunctionDef) and node.name == self.function:
                return ast.get_source_segment(text, node) or ""
        raise KeyError(f"{self.file} no longer defines {self.function!r}")

    def statuses(self) -> pd.Series:
        """Status name per sample (index: task, role, pair) of this program.

        >>> prog.statuses().loc["3c9b0459"]
        """
        return self.run.statuses().iloc[self.index]

    def solved(self) -> list[str]:
        """The tasks this program solves.

        >>> run.program("solve_3c9b0459").solved()
        ['3c9b0459', '6150a2bd']
        """
        return [task for task, names in self.run.solved().items() if self.name in names]

    def outputs(self, task_id: str, timeout_s: float = OUTPUT_TIMEOUT_S) -> OutputsView:
        """The program's outputs on every pair of `task_id`, recomputed with the reference DSL
        from its source file, beside the expected grids (differing cells marked).

        >>> run.program("solve_3c9b0459").outputs("3c9b0459").to_png("outputs.png")
        """
        dataset = self.run.dataset
        demos, tests = dataset.task_pairs(task_id)
        samples = dataset.samples_of_task(task_id)
        semantics = str(self.run.store.attrs.get("semantics", "solver"))
        graph, programs, rejects = parse_source(self.read_file(), self.file, semantics)
        found = [p for p in programs if p.source.function == self.function]
        if not found:
            reason = "; ".join(str(r) for r in rejects) or "not found"
            raise KeyError(f"{self.file}: {self.function!r} cannot be evaluated now ({reason})")
        rows = []
        stored = self.run.status[self.index]
        for label, sample, (grid, expected) in zip(
            sample_labels(dataset, samples), samples, demos + tests, strict=True
        ):
            inputs = sample_inputs(grid, demos, [pair[0] for pair in tests])
            (outcome,) = evaluate(graph, found[:1], inputs, expected, timeout_s)
            score = int(scores_from_counts(np.array([outcome.counts or NO_GRID]))["score"][0])
            detail = f"score {score}"
            was = int(stored[sample])
            if was != NOT_EVALUATED and was != outcome.status:
                detail += f"; the run stored {STATUS_NAMES[was]}: the file changed since the run?"
            rows.append(
                {
                    "label": label,
                    "input": grid,
                    "expected": expected,
                    "output": outcome.output,
                    "status": outcome.status_name,
                    "detail": detail,
                }
            )
        return OutputsView(f"{self.name} on {task_id}", rows)

    def read_file(self) -> str:
        """The text of the program's source file (FileNotFoundError naming it).

        >>> text = run.program("solve_3c9b0459").read_file()
        """
        try:
            return Path(self.file).read_text()
        except OSError as exc:
            raise FileNotFoundError(f"{self.name}: cannot read {self.file} ({exc})") from None

    def __repr__(self) -> str:
        return f"<ProgramResult {self.name} ({self.source}): solves {len(self.solved())} tasks>"

    def _repr_html_(self) -> str:
        import html

        counts = self.statuses().value_counts()
        rows = "".join(
            f"<tr><td>{html.escape(str(k))}</td><td>{int(v):,}</td></tr>"
            for k, v in counts.items()
            if v
        )
        try:
            code = html.escape(self.source_text)
        except (OSError, KeyError, SyntaxError) as exc:
            code = html.escape(f"(source not readable: {exc})")
        solved = html.escape(", ".join(self.solved()) or "none")
        return (
            f"<div class='bf-program'><h4>{html.escape(self.name)}</h4>"
            f"<p><code>{html.escape(self.source)}</code></p><pre>{code}</pre>"
            f"<p><b>solves</b> {solved}</p><table>{rows}</table></div>"
        )
