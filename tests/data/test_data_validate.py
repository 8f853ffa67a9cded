"""Every validation error rejects its task with a message naming file, task and pair, while the
good tasks of the same folder still ingest."""

import json

import pytest

from battflow.data import check_grid, ingest, open_dataset, validate_task
from battflow.data.model import Task, TaskReject


def _set(path: str, value):
    """Mutation setting task[path] (path like 'train.0.input') to value."""

    def mutate(task: dict) -> None:
        *parents, last = path.split(".")
        node = task
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


def _delete(path: str):
    def mutate(task: dict) -> None:
        *parents, last = path.split(".")
        node = task
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        del node[last]

    return mutate


# (case id, mutation of the good task or raw file text, expected pair, expected text in message)
CASES = [
    ("bad-json", '{"train": [{"input": [[1]]', None, "bad JSON"),
    ("not-utf8", b"\xff\xfe{}", None, "bad JSON"),
    ("task-not-object", "[1, 2, 3]", None, "not a JSON object"),
    ("missing-train", _delete("train"), None, "missing key 'train'"),
    ("missing-test", _delete("test"), None, "missing key 'test'"),
    ("train-not-list", _set("train", {"input": [[1]]}), None, "not a list of pairs"),
    ("empty-train", _set("train", []), None, "'train' is an empty list"),
    ("empty-test", _set("test", []), None, "'test' is an empty list"),
    ("pair-not-object", _set("train.1", [[1]]), "train[1]", "pair is not an object"),
    ("missing-input", _delete("train.0.input"), "train[0]", "missing key 'input'"),
    ("missing-output", _delete("train.1.output"), "train[1]", "missing key 'output'"),
    ("missing-test-output", _delete("test.0.output"), "test[0]", "no expected output"),
    ("grid-not-list", _set("train.0.input", "0110"), "train[0].input", "not a list of lists"),
    ("row-not-list", _set("train.0.input", [1, 2]), "train[0].input", "row 0 is 1"),
    ("zero-rows", _set("train.1.output", []), "train[1].output", "zero rows"),
    ("zero-columns", _set("test.0.input", [[]]), "test[0].input", "zero columns"),
    ("ragged", _set("train.0.output", [[1, 0], [0]]), "train[0].output", "row 1 has 1 cells"),
    ("side-31-rows", _set("train.1.input", [[0]] * 31), "train[1].input", "31 rows"),
    ("side-31-cols", _set("test.0.output", [[0] * 31]), "test[0].output", "31 columns"),
    ("colour-10", _set("train.0.input", [[0, 1], [10, 0]]), "train[0].input", "row 1, column 0"),
    ("colour-minus-1", _set("test.0.output", [[0], [-1]]), "test[0].output", "colour -1"),
    ("bool-colour", _set("train.1.output", [[0, 0, True]]), "train[1].output", "bool"),
    ("float-colour", _set("train.1.input", [[2.0, 0, 0]]), "train[1].input", "(float)"),
    ("string-colour", _set("train.1.input", [[2, "0", 0]]), "train[1].input", "column 1"),
    ("null-colour", _set("train.1.input", [[2, 0, None]]), "train[1].input", "column 2"),
]


def _content(case, good_task: dict):
    mutation = case[1]
    if isinstance(mutation, str | bytes):
        return mutation
    mutation(good_task)
    return json.dumps(good_task)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_task_is_rejected_and_the_rest_ingest(case, tmp_path, good_task, write_task):
    _, _, pair, expected = case
    folder = tmp_path / "src"
    write_task(folder, "good1", good_task)
    write_task(folder, "good2", good_task)
    bad = folder / "bad.json"
    content = _content(case, good_task)
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content)

    report = ingest(folder, name="t", root=tmp_path / "store")

    assert report.tasks == 2 and report.samples == 6
    assert len(report.rejects) == 1
    r = report.rejects[0]
    assert r.task_id == "bad"
    assert r.pair == pair
    assert r.source_file == str(bad)
    assert str(bad) in r.message and "task bad" in r.message
    if pair is not None:
        assert pair in r.message
    assert expected in r.message, r.message
    assert str(r) == r.message
    ds = open_dataset(report.path)
    assert ds.task_ids == ["good1", "good2"]
    assert ds.rejects == report.rejects


def test_first_problem_only_one_reject_per_task(good_task):
    good_task["train"][0]["input"] = [[10]]
    good_task["test"][0]["output"] = [[11]]
    result = validate_task(good_task, "t", "default", "f.json")
    assert isinstance(result, TaskReject)
    assert result.pair == "train[0].input"
    assert (
        result.message
        == "f.json: task t: train[0].input: row 0, column 0: colour 10 is outside 0..9"
    )


def test_valid_task_becomes_tuples(good_task):
    task = validate_task(good_task, "t", "default", "f.json")
    assert isinstance(task, Task)
    assert task.train[0] == (((0, 1), (1, 0)), ((1, 0), (0, 1)))
    assert task.test == ((((3,), (0,)), ((0,), (3,))),)
    assert task.n_samples == 3


def test_check_grid_limits():
    assert check_grid([[9] * 30] * 30) == tuple((9,) * 30 for _ in range(30))
    assert check_grid([[0]]) == ((0,),)
    with pytest.raises(ValueError, match="row 0, column 1: True is a bool"):
        check_grid([[1, True]])
    with pytest.raises(ValueError, match="row 2 has 3 cells, row 0 has 2"):
        check_grid([[1, 1], [1, 1], [1, 1, 1]])


def test_extra_keys_are_ignored(tmp_path, good_task, write_task):
    good_task["name"] = "x"
    good_task["train"][0]["note"] = 1
    write_task(tmp_path / "src", "t", good_task)
    report = ingest(tmp_path / "src", name="t", root=tmp_path)
    assert report.rejects == [] and report.tasks == 1


def test_rejects_only_source_is_an_error(tmp_path, write_task):
    write_task(tmp_path / "src", "bad", "{nope")
    with pytest.raises(ValueError, match=r"no valid task.*bad\.json: task bad: bad JSON"):
        ingest(tmp_path / "src", name="t", root=tmp_path / "store")
    assert not (tmp_path / "store" / "t.zarr").exists()


def test_reject_round_trip_to_dict():
    r = TaskReject("f.json", "t", "test[0]", "f.json: task t: test[0]: x")
    assert TaskReject.from_dict(r.to_dict()) == r
