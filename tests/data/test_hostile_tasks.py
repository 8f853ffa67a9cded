"""Hostile and broken task files: each is rejected with a named error (file, task, pair, row and
column where they apply) and never crashes ingestion; the good tasks of the same folder still load.

Complements tests/data/test_data_validate.py (one case per validation rule) with the inputs an
attacker or a broken export would produce: wrong types everywhere, huge and deep documents, bytes
that are not UTF-8 text, files that are not regular files.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import threading

import pytest

from battflow.data import check_grid, ingest, load_tasks, open_dataset, validate_task
from battflow.data.model import Task, TaskReject

GOOD = {
    "train": [
        {"input": [[0, 1], [1, 0]], "output": [[1, 0], [0, 1]]},
        {"input": [[2, 0, 0]], "output": [[0, 0, 2]]},
    ],
    "test": [{"input": [[3], [0]], "output": [[0], [3]]}],
}
MB = 1_000_000


def at(path: str, value):
    """The good task with the value at `path` (like `train.0.input`, `test`) replaced; the
    `DELETE` value removes the key."""
    task = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node = task
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    key = int(last) if isinstance(node, list) else last
    if value is DELETE:
        del node[key]
    else:
        node[key] = value
    return json.dumps(task)


DELETE = object()


def in_cell(json_text: str) -> str:
    """A task whose train[0].input is [[<json_text>]] (for raw JSON that json.dumps can't write)."""
    return at("train.0.input", [[12345]]).replace("12345", json_text, 1)


# (id, file content, expected pair, expected texts in the message)
CASES = [
    # -- not JSON at all --------------------------------------------------------------------------
    ("empty-file", b"", None, ["bad JSON", "line 1, column 1"]),
    ("whitespace-only", b" \n\t\n", None, ["bad JSON"]),
    ("truncated", at("train", GOOD["train"])[:-7], None, ["bad JSON", "line 1"]),
    ("trailing-garbage", json.dumps(GOOD) + " {}", None, ["bad JSON: Extra data"]),
    ("python-literal", repr(GOOD), None, ["bad JSON"]),
    ("single-quotes", "{'train': []}", None, ["bad JSON"]),
    ("comment", "// task\n" + json.dumps(GOOD), None, ["bad JSON"]),
    ("latin-1-bytes", json.dumps(GOOD).replace("train", "tr\xe4in").encode("latin-1"), None,
     ["bad JSON: not UTF-8 text"]),
    ("random-binary", bytes(range(256)) * 64, None, ["bad JSON"]),
    ("nul-bytes", b"\x00" * 1000, None, ["bad JSON"]),
    ("overlong-utf8", b'{"train": "\xc0\xaf"}', None, ["bad JSON: not UTF-8 text"]),
    ("nested-arrays-100000", "[" * 100_000 + "]" * 100_000, None,
     ["cannot read file", "recursion"]),
    ("nested-objects-100000", '{"a":' * 100_000 + "0" + "}" * 100_000, None,
     ["cannot read file", "recursion"]),
    ("nested-in-cell-100000", in_cell("[" * 100_000 + "]" * 100_000), None, ["recursion"]),
    ("int-with-5000-digits", in_cell("9" * 5000), None, ["cannot read file", "4300 digits"]),
    # -- the document is not a task object --------------------------------------------------------
    ("top-level-list", json.dumps([GOOD, GOOD]), None, ["task is not a JSON object (got list)"]),
    ("top-level-string", '"train"', None, ["not a JSON object (got string)"]),
    ("top-level-number", "42", None, ["not a JSON object (got int)"]),
    ("top-level-null", "null", None, ["not a JSON object (got null)"]),
    ("top-level-true", "true", None, ["not a JSON object (got bool)"]),
    ("empty-object", "{}", None, ["missing key 'train'"]),
    ("only-test", at("train", DELETE), None, ["missing key 'train'"]),
    ("train-null", at("train", None), None, ["'train' is not a list of pairs (got null)"]),
    ("train-string", at("train", "pairs"), None, ["'train' is not a list of pairs (got string)"]),
    ("test-object", at("test", {"input": [[1]]}), None, ["'test' is not a list of pairs (got obj"]),
    ("test-number", at("test", 3), None, ["'test' is not a list of pairs (got int)"]),
    ("empty-train", at("train", []), None, ["'train' is an empty list"]),
    ("empty-test", at("test", []), None, ["'test' is an empty list"]),
    # -- pairs ------------------------------------------------------------------------------------
    ("pair-null", at("test.0", None), "test[0]", ["pair is not an object (got null)"]),
    ("pair-list", at("train.1", [[[1]], [[1]]]), "train[1]", ["pair is not an object (got list)"]),
    ("pair-empty", at("train.0", {}), "train[0]", ["missing key 'input'"]),
    ("pair-no-output", at("train.1.output", DELETE), "train[1]", ["missing key 'output'"]),
    ("test-no-output", at("test.0.output", DELETE), "test[0]", ["no expected output"]),
    # -- grids of the wrong type ------------------------------------------------------------------
    ("grid-dict", at("train.0.input", {"0": [0]}), "train[0].input",
     ["grid is not a list of lists (got object)"]),
    ("grid-string", at("test.0.output", "[[0]]"), "test[0].output", ["(got string)"]),
    ("grid-null", at("train.1.output", None), "train[1].output", ["(got null)"]),
    ("grid-number", at("train.0.output", 7), "train[0].output", ["(got int)"]),
    ("grid-flat", at("test.0.input", [0, 1, 2]), "test[0].input", ["row 0 is 0 (int)"]),
    ("row-dict", at("train.0.input", [[0, 1], {"a": 1}]), "train[0].input",
     ["row 1 is {'a': 1} (object)"]),
    ("row-string", at("train.0.input", [[0, 1], "01"]), "train[0].input", ["row 1 is '01' (str"]),
    ("row-null", at("train.0.output", [[0], None]), "train[0].output", ["row 1 is None (null)"]),
    ("3d-grid", at("train.0.input", [[[0]]]), "train[0].input",
     ["row 0, column 0: [0] (list) is not a colour"]),
    # -- cells ------------------------------------------------------------------------------------
    ("cell-float", at("train.0.input", [[0, 1.0]]), "train[0].input",
     ["row 0, column 1: 1.0 (float)"]),
    ("cell-float-frac", at("train.0.input", [[0], [2.5]]), "train[0].input",
     ["row 1, column 0: 2.5 (float)"]),
    ("cell-exponent", in_cell("1e0"), "train[0].input", ["row 0, column 0: 1.0 (float)"]),
    ("cell-nan", in_cell("NaN"), "train[0].input", ["nan (float)"]),
    ("cell-infinity", in_cell("-Infinity"), "train[0].input", ["-inf (float)"]),
    ("cell-true", at("test.0.output", [[True], [False]]), "test[0].output",
     ["row 0, column 0: True is a bool"]),
    ("cell-false", at("test.0.output", [[0], [False]]), "test[0].output",
     ["row 1, column 0: False is a bool"]),
    ("cell-string", at("train.1.input", [["2", 0, 0]]), "train[1].input",
     ["row 0, column 0: '2' (string)"]),
    ("cell-null", at("train.1.output", [[0, 0, None]]), "train[1].output",
     ["row 0, column 2: None (null)"]),
    ("cell-dict", at("train.1.output", [[0, {}, 0]]), "train[1].output",
     ["row 0, column 1: {} (object)"]),
    ("cell-surrogate", in_cell('"\\udcff"'), "train[0].input", ["'\\udcff' (string)"]),
    ("cell-10MB-string", lambda: in_cell('"' + "x" * (10 * MB) + '"'), "train[0].input",
     ["'xxxxxxxxxx", "... (string) is not a colour"]),
    # -- colours ----------------------------------------------------------------------------------
    ("colour-10", at("test.0.input", [[3], [10]]), "test[0].input",
     ["row 1, column 0: colour 10 is outside 0..9"]),
    ("colour-minus-1", at("train.1.input", [[2, 0, -1]]), "train[1].input",
     ["row 0, column 2: colour -1 is outside 0..9"]),
    ("colour-255", at("train.0.output", [[255, 0], [0, 1]]), "train[0].output", ["colour 255"]),
    ("colour-2**63", at("train.0.output", [[1, 0], [0, 2**63]]), "train[0].output",
     ["row 1, column 1: colour 9223372036854775808 is outside"]),
    ("colour-4300-digits", in_cell("9" * 4300), "train[0].input", ["colour 9999", "..."]),
    # -- shapes -----------------------------------------------------------------------------------
    ("zero-rows", at("train.0.input", []), "train[0].input", ["grid has zero rows"]),
    ("zero-columns", at("train.0.input", [[], []]), "train[0].input", ["zero columns"]),
    ("ragged-short", at("train.0.input", [[0, 1], [0]]), "train[0].input",
     ["ragged rows: row 1 has 1 cells, row 0 has 2"]),
    ("ragged-long", at("test.0.output", [[0], [3], [0, 0]]), "test[0].output",
     ["row 2 has 2 cells, row 0 has 1"]),
    ("ragged-empty-row", at("train.1.input", [[2, 0, 0], []]), "train[1].input", ["row 1 has 0"]),
    ("31-rows", at("train.0.input", [[0]] * 31), "train[0].input", ["grid has 31 rows"]),
    ("31-columns", at("train.0.output", [[0] * 31] * 2), "train[0].output", ["31 columns"]),
    ("31x31", at("test.0.input", [[0] * 31] * 31), "test[0].input", ["31 rows; at most 30"]),
    ("10000-rows", at("train.1.output", [[0]] * 10_000), "train[1].output", ["10000 rows"]),
    ("10000-columns", at("train.1.output", [[0] * 10_000]), "train[1].output", ["10000 columns"]),
    ("1000x1000", at("test.0.output", [[1] * 1000] * 1000), "test[0].output", ["1000 rows"]),
    ("2000x2000-grid-file", lambda: in_cell("0],[".join(["7" + ",7" * 1999] * 2000)),
     "train[0].input", ["2000 rows; at most 30"]),
    ("50MB-string-cell", lambda: in_cell('"' + "y" * (50 * MB) + '"'), "train[0].input",
     ["'yyyyy", "(string)"]),
]  # fmt: skip

TEXTS_NOT_IN_SHORT_MESSAGES = ("x" * 100, "y" * 100, "9" * 100)


def _write(folder, name: str, content) -> str:
    """Write a task file; `content`: bytes, text, a dict (dumped) or a callable giving one."""
    path = folder / f"{name}.json"
    if callable(content):
        content = content()
    if isinstance(content, dict):
        content = json.dumps(content)
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    path.write_bytes(content)
    return str(path)


def test_case_ids_are_distinct_and_big_files_are_big():
    assert len({c[0] for c in CASES}) == len(CASES) >= 70
    sizes = {c[0]: len(c[1]()) for c in CASES if callable(c[1])}
    assert sizes["50MB-string-cell"] >= 50 * MB and sizes["cell-10MB-string"] >= 10 * MB
    assert sizes["2000x2000-grid-file"] >= 8 * MB


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_task_file_is_rejected_with_a_named_error(case, tmp_path):
    _, content, pair, texts = case
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "a-good", GOOD)
    bad = _write(folder, "bad", content)
    _write(folder, "z-good", GOOD)

    result = load_tasks(folder)

    assert [t.task_id for t in result.tasks] == ["a-good", "z-good"]
    (r,) = result.rejects
    assert isinstance(r, TaskReject)
    assert (r.source_file, r.task_id, r.pair) == (bad, "bad", pair)
    assert r.message.startswith(f"{bad}: task bad: " + (f"{pair}: " if pair else ""))
    for text in texts:
        assert text in r.message, r.message
    assert len(r.message) < len(bad) + 200, r.message[:300]
    assert not any(t in r.message for t in TEXTS_NOT_IN_SHORT_MESSAGES)


def test_every_bad_file_in_one_folder_still_ingests_the_good_ones(tmp_path):
    """The small cases all together (and a few files that are not regular files): ingestion
    finishes, stores the good tasks and records one reject per bad file, in task id order."""
    folder = tmp_path / "src"
    (folder / "training").mkdir(parents=True)
    small = [c for c in CASES if not callable(c[1])]
    for k, (_, content, _, _) in enumerate(small):
        _write(folder / "training", f"bad{k:03d}", content)
    _write(folder / "training", "good", GOOD)
    _write(folder, "good-default", GOOD)
    os.symlink(folder / "nowhere.json", folder / "training" / "dangling.json")

    report = ingest(folder, name="hostile", root=tmp_path / "store")

    assert report.tasks == 2 and report.samples == 6
    ids = [r.task_id for r in report.rejects]
    assert ids == [f"bad{k:03d}" for k in range(len(small))] + ["dangling"]
    assert "not a regular file" in report.rejects[-1].message
    ds = open_dataset(report.path)
    assert ds.task_ids == ["good-default", "good"]
    assert ds.rejects == report.rejects


def _run_with_deadline(fn, seconds: float):
    """fn() in a daemon thread; fails instead of hanging the test run."""
    out: dict = {}
    thread = threading.Thread(target=lambda: out.setdefault("value", fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return out["value"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_device_and_dangling_link_are_rejected_not_read(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "good", GOOD)
    os.mkfifo(folder / "fifo.json")  # reading it would block forever
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", folder / "zero.json")  # reading it would never end
    os.symlink(folder / "missing.json", folder / "dangling.json")

    result = _run_with_deadline(lambda: load_tasks(folder), 20)

    assert [t.task_id for t in result.tasks] == ["good"]
    assert {r.task_id for r in result.rejects} >= {"fifo", "dangling"}
    for r in result.rejects:
        assert r.message == f"{folder / r.task_id}.json: task {r.task_id}: " + (
            "cannot read file: not a regular file"
        )


def test_undecodable_file_name_is_named_and_stored(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "good", GOOD)
    raw = os.path.join(os.fsencode(folder), b"bad-\xff.json")
    with open(raw, "wb") as f:
        f.write(b"{nope")
    report = ingest(folder, name="t", root=tmp_path / "store")
    (r,) = report.rejects
    assert r.task_id == "bad-\udcff" and "bad JSON" in r.message
    assert open_dataset(report.path).rejects == report.rejects


def test_nesting_just_below_the_recursion_limit_never_escapes(tmp_path):
    """Arrays nested as deep as json.loads still accepts, as a cell or as a row, are rejected
    (quoting them cut short), never raising RecursionError out of load_tasks."""
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "good", GOOD)
    limit = sys.getrecursionlimit()
    depths = list(range(max(limit - 120, 1), limit + 10, 3))
    for d in depths:
        nested = "[" * d + "0" + "]" * d
        _write(folder, f"cell{d:05d}", in_cell(nested))
        _write(folder, f"grid{d:05d}", at("test.0.input", [[0]]).replace("[[0]]", nested, 1))
    result = load_tasks(folder)
    assert [t.task_id for t in result.tasks] == ["good"]
    assert len(result.rejects) == 2 * len(depths)
    assert all(len(r.message) < 300 for r in result.rejects)


def test_ten_thousand_square_grid_is_refused_without_scanning_it():
    """A 10,000 x 10,000 grid (in memory: one shared row) is refused on its row count."""
    row = [0] * 10_000
    grid = [row] * 10_000
    with pytest.raises(ValueError, match="grid has 10000 rows; at most 30"):
        check_grid(grid)
    task = {"train": [{"input": grid, "output": grid}], "test": [{"input": grid, "output": grid}]}
    result = validate_task(task, "huge", "default", "huge.json")
    assert isinstance(result, TaskReject) and result.pair == "train[0].input"


def test_whitespace_padded_50MB_task_loads(tmp_path):
    """Size alone is not an error: a valid task padded to 50 MB loads."""
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "padded", " " * (50 * MB) + json.dumps(GOOD) + "\n" * 1000)
    result = load_tasks(folder)
    assert result.rejects == [] and isinstance(result.tasks[0], Task)


def test_utf8_bom_and_utf16_documents_load(tmp_path):
    """json.loads detects these encodings; the task content is what counts."""
    folder = tmp_path / "src"
    folder.mkdir()
    _write(folder, "bom", b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
    _write(folder, "utf16", json.dumps(GOOD).encode("utf-16"))
    result = load_tasks(folder)
    assert [t.task_id for t in result.tasks] == ["bom", "utf16"] and result.rejects == []


@pytest.mark.parametrize(
    "raw",
    [
        None,
        [],
        "",
        0,
        1.5,
        {"train": [{"input": [[0]], "output": [[0]]}], "test": [{"input": [[0]], "output": 0}]},
        {"train": [{"input": [[0]] * 31, "output": [[0]]}], "test": "x"},
        {"train": (({"input": ((0,),), "output": ((0,),)}),), "test": []},
        {"train": [{"input": [[0, 1], [0]], "output": [[0]]}], "test": None},
        {"train": [{"input": [[set()]], "output": [[0]]}], "test": []},
        {"train": [{"input": [[object()]], "output": [[0]]}], "test": []},
        {"train": [{"input": [[b"\x00"]], "output": [[0]]}], "test": []},
    ],
)
def test_validate_task_never_raises_for_odd_python_values(raw):
    result = validate_task(raw, "t", "default", "f.json")
    assert isinstance(result, TaskReject)
    assert result.message.startswith("f.json: task t: ") and len(result.message) < 200
