"""The zarr dataset store: layout, idempotent ingest, content hash, read side."""

import json
import pickle

import numpy as np
import pytest
import zarr
from rich.console import Console

from battflow.data import (
    FORMAT_VERSION,
    ROLE_DEMO,
    ROLE_TEST,
    Dataset,
    content_hash,
    ingest,
    load_tasks,
    open_dataset,
)


def test_layout(mini, tmp_path):
    report = ingest(mini, None, "mini", root=tmp_path / "ds", samples_per_chunk=4)
    assert report.path == tmp_path / "ds" / "mini.zarr"
    assert (report.tasks, report.samples, report.rejects, report.rewritten) == (4, 10, [], True)
    group = zarr.open_group(report.path, mode="r")
    assert group.metadata.zarr_format == 3
    expected = {
        "inputs": ("int8", (10, 30, 30), (4, 30, 30)),
        "outputs": ("int8", (10, 30, 30), (4, 30, 30)),
        "input_shape": ("int16", (10, 2), (4, 2)),
        "output_shape": ("int16", (10, 2), (4, 2)),
        "task": ("int32", (10,), (4,)),
        "role": ("int8", (10,), (4,)),
        "pair": ("int16", (10,), (4,)),
    }
    for name, (dtype, shape, chunks) in expected.items():
        array = group[name]
        assert (str(array.dtype), array.shape, array.chunks) == (dtype, shape, chunks), name
    attrs = dict(group.attrs)
    assert attrs["task_ids"] == ["d4", "a1", "b2", "c3"]
    assert attrs["task_splits"] == ["default", "training", "training", "evaluation"]
    assert attrs["splits"] == ["default", "training", "evaluation"]
    assert attrs["source"] == str(mini)
    assert attrs["format_version"] == FORMAT_VERSION
    assert attrs["rejects"] == []
    assert attrs["hash"] == report.hash and len(report.hash) == 64
    # tasks: d4 (1 demo, 1 test), a1 (1, 2), b2 (2, 1), c3 (1, 1)
    assert group["task"][:].tolist() == [0, 0, 1, 1, 1, 2, 2, 2, 3, 3]
    assert group["role"][:].tolist() == [0, 1, 0, 1, 1, 0, 0, 1, 0, 1]
    assert group["pair"][:].tolist() == [0, 0, 0, 0, 1, 0, 1, 0, 0, 0]
    # a1 train[0]: input [[0,0],[0,9]] -> padded with -1 outside the 2x2 grid
    cells = group["inputs"][2]
    assert cells[:2, :2].tolist() == [[0, 0], [0, 9]]
    assert (cells[2:, :] == -1).all() and (cells[:, 2:] == -1).all()
    assert group["input_shape"][2].tolist() == [2, 2]
    assert group["output_shape"][4].tolist() == [1, 2]


def test_dataset_reads_back(mini, tmp_path):
    report = ingest(mini, None, "mini", root=tmp_path, samples_per_chunk=3)
    ds = open_dataset(report.path)
    assert isinstance(ds, Dataset)
    assert (ds.n, len(ds), ds.n_tasks, ds.samples_per_chunk) == (10, 10, 4, 3)
    assert ds.hash == report.hash and ds.source == str(mini)
    assert ds.task_splits == ["default", "training", "training", "evaluation"]
    assert ds.task.dtype == np.int32 and ds.role.dtype == np.int8 and ds.pair.dtype == np.int16
    assert ds.samples_of_task("a1").tolist() == [2, 3, 4]
    assert ds.samples_of_task("c3").tolist() == [8, 9]
    with pytest.raises(KeyError, match="zz"):
        ds.samples_of_task("zz")
    grid = ds.output_grid(4)
    assert grid == ((8, 8),)
    assert type(grid) is tuple and type(grid[0]) is tuple and type(grid[0][0]) is int
    assert ds.input_grid(-1) == ((5,),) == ds.input_grid(np.int64(9))
    with pytest.raises(IndexError):
        ds.input_grid(10)
    tasks = load_tasks(mini).tasks
    expected = [p for t in tasks for p in (*t.train, *t.test)]
    for start, stop in [(0, 10), (2, 7), (5, 5), (8, 100)]:
        ins, outs = ds.grids(start, stop)
        assert list(zip(ins, outs, strict=True)) == expected[start:stop]
    assert [ds.role[i] for i in ds.samples_of_task("b2")] == [ROLE_DEMO, ROLE_DEMO, ROLE_TEST]
    demos, tests = ds.task_pairs("b2")
    pairs = [(ds.input_grid(int(i)), ds.output_grid(int(i))) for i in ds.samples_of_task("b2")]
    assert (demos, tests) == (pairs[:2], pairs[2:])
    again = pickle.loads(pickle.dumps(ds))
    assert again.hash == ds.hash and again.output_grid(4) == grid
    assert ds.inputs.shape == (10, 30, 30) and ds.output_shape[4].tolist() == [1, 2]


def test_idempotent_then_one_cell_changes_the_hash(mini, tmp_path):
    root = tmp_path / "ds"
    first = ingest(mini, None, "m", root=root)
    meta = first.path / "zarr.json"
    stamp = meta.stat().st_mtime_ns
    second = ingest(mini, None, "m", root=root)
    assert second.rewritten is False and second.hash == first.hash
    assert meta.stat().st_mtime_ns == stamp

    # same content, different bytes (key order, whitespace): same hash, nothing rewritten
    path = mini / "evaluation" / "c3.json"
    task = json.loads(path.read_text())
    path.write_text(json.dumps({"test": task["test"], "train": task["train"]}, indent=4))
    assert ingest(mini, None, "m", root=root).rewritten is False

    task["test"][0]["output"][0][0] = 6
    path.write_text(json.dumps(task))
    third = ingest(mini, None, "m", root=root)
    assert third.rewritten is True and third.hash != first.hash
    ds = open_dataset(third.path)
    assert ds.hash == third.hash and ds.output_grid(9) == ((6,),)
    assert sorted(p.name for p in root.iterdir()) == ["m.zarr"]  # no temp dirs left behind


def test_hash_depends_on_ids_splits_and_order(mini):
    tasks = load_tasks(mini).tasks
    base = content_hash(tasks)
    assert content_hash(list(reversed(tasks))) != base
    import dataclasses

    renamed = [dataclasses.replace(tasks[0], task_id="zz"), *tasks[1:]]
    moved = [dataclasses.replace(tasks[0], split="training"), *tasks[1:]]
    assert content_hash(renamed) != base and content_hash(moved) != base
    relocated = [dataclasses.replace(t, source_file="elsewhere.json") for t in tasks]
    assert content_hash(relocated) == base


def test_rewrite_when_settings_or_rejects_change(mini, tmp_path, write_task):
    root = tmp_path / "ds"
    h = ingest(mini, None, "m", root=root).hash
    chunked = ingest(mini, None, "m", root=root, samples_per_chunk=2)
    assert chunked.rewritten and chunked.hash == h
    assert open_dataset(chunked.path).samples_per_chunk == 2
    write_task(mini, "zz-bad", "{")
    with_reject = ingest(mini, None, "m", root=root, samples_per_chunk=2)
    assert with_reject.rewritten and with_reject.hash == h and len(with_reject.rejects) == 1
    assert open_dataset(with_reject.path).rejects == with_reject.rejects


def test_split_selection_and_default_name(mini, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = ingest(mini, ["training"])
    assert report.path.resolve() == tmp_path / "storage" / "datasets" / "mini-training.zarr"
    ds = open_dataset(report.path)
    assert ds.path == report.path.resolve()
    assert ds.task_ids == ["a1", "b2"] and ds.n == 6 and ds.task_splits == ["training"] * 2


def test_console_output(mini, tmp_path, write_task):
    write_task(mini / "training", "bad", {"train": [{"input": [[1]]}], "test": []})
    console = Console(record=True, width=200)
    ingest(mini, None, "m", root=tmp_path, console=console)
    text = console.export_text()
    assert "rejected" in text and "task bad: train[0]: missing key 'output'" in text
    assert "wrote" in text and "4 tasks, 10 samples, 1 rejected" in text
    ingest(mini, None, "m", root=tmp_path, console=console)
    assert "up to date" in console.export_text()


def test_bad_arguments(mini, tmp_path):
    with pytest.raises(ValueError, match="samples_per_chunk"):
        ingest(mini, None, "m", root=tmp_path, samples_per_chunk=0)
    for name in ("../escape", ".hidden", "a/b"):
        with pytest.raises(ValueError, match="bad dataset name"):
            ingest(mini, None, name, root=tmp_path)
    with pytest.raises(ValueError, match="unknown split 'nope'"):
        ingest(mini, ["nope"], "m", root=tmp_path)
    assert list(tmp_path.iterdir()) == [mini]


def test_open_dataset_errors(mini, tmp_path):
    with pytest.raises(FileNotFoundError):
        open_dataset(tmp_path / "missing.zarr")
    plain = zarr.create_group(store=str(tmp_path / "plain.zarr"), zarr_format=3)
    assert plain is not None
    with pytest.raises(ValueError, match="not a battflow dataset"):
        open_dataset(tmp_path / "plain.zarr")
    report = ingest(mini, None, "m", root=tmp_path)
    group = zarr.open_group(report.path, mode="r+")
    group.attrs["format_version"] = FORMAT_VERSION + 1
    with pytest.raises(ValueError, match="format_version"):
        open_dataset(report.path)
    again = ingest(mini, None, "m", root=tmp_path)  # another format version is rewritten
    assert again.rewritten and open_dataset(again.path).format_version == FORMAT_VERSION
