"""`cluster: cuda` end to end on a LocalCUDACluster (GPU machines only): the same outcomes as
the CPU cluster, pair for pair, with the batched pass on cupy."""

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from battflow.cli import main
from battflow.engine.cluster import missing_cuda_packages, visible_gpus
from battflow.engine.results import ResultsStore

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(
        bool(missing_cuda_packages()) or visible_gpus() == 0,
        reason="needs a GPU with cupy and dask-cuda",
    ),
]


def test_cuda_cluster_matches_the_cpu_cluster(project):
    path = project()
    cpu = CliRunner().invoke(main, ["run", str(path), "name=cpu", "verify=all"])
    assert cpu.exit_code == 0, cpu.output
    gpu = CliRunner().invoke(
        main, ["run", str(path), "name=gpu", "cluster=cuda", "gpu.fallback_workers=2", "verify=all"]
    )
    assert gpu.exit_code == 0, gpu.output
    summary = json.loads(Path("storage/runs/gpu/summary.json").read_text())
    assert summary["backend"] == "cupy" and summary["cluster"]["kind"] == "cuda"
    assert summary["cluster"]["gpus"] == visible_gpus()
    assert summary["parity"]["mismatches"] == 0 and summary["parity"]["checked"] > 0
    a = ResultsStore.open("storage/runs/cpu/results.zarr")
    b = ResultsStore.open("storage/runs/gpu/results.zarr")
    np.testing.assert_array_equal(a.status[:], b.status[:])
    np.testing.assert_array_equal(a.digest[:], b.digest[:])


def test_a_gpu_worker_killed_mid_task_changes_nothing(project, tmp_path, monkeypatch):
    from battflow.engine.faults import ENV

    path = project(batch="{samples_per_chunk: 2}")
    calm = CliRunner().invoke(main, ["run", str(path), "name=calm", "cluster=cuda"])
    assert calm.exit_code == 0, calm.output
    marker = tmp_path / "gpu-worker-died"
    monkeypatch.setenv(ENV, f"kill:batched:2:{marker}")  # the GPU worker of chunk 1 dies once
    stormy = CliRunner().invoke(main, ["run", str(path), "name=stormy", "cluster=cuda"])
    assert stormy.exit_code == 0, stormy.output
    assert marker.exists()
    summary = json.loads(Path("storage/runs/stormy/summary.json").read_text())
    assert summary["backend"] == "cupy" and summary["failed_blocks"] == []
    a = ResultsStore.open("storage/runs/calm/results.zarr")
    b = ResultsStore.open("storage/runs/stormy/results.zarr")
    np.testing.assert_array_equal(a.status[:], b.status[:])
    np.testing.assert_array_equal(a.digest[:], b.digest[:])
    np.testing.assert_array_equal(a.path[:], b.path[:])
