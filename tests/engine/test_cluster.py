"""Which cluster a pipeline gets (no GPU needed: the driver and packages are faked), and how a
block's fallback pairs are cut into tasks."""

import numpy as np
import pytest
from click.testing import CliRunner

from battflow.cli import main
from battflow.engine import cluster
from battflow.engine.cluster import ClusterError, resolve_cluster, visible_gpus
from battflow.engine.config import GPUConfig
from battflow.engine.run import FALLBACK_PAIRS, fallback_pieces


@pytest.fixture
def machine(monkeypatch):
    """Set what this machine has: set(gpus=..., missing=[...])."""

    def set_(gpus: int, missing: list[str]):
        monkeypatch.setattr(cluster, "_driver_gpu_count", lambda: gpus)
        monkeypatch.setattr(cluster, "missing_cuda_packages", lambda: list(missing))

    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    return set_


def test_cuda_without_a_gpu_is_a_clear_error(machine):
    machine(0, [])
    with pytest.raises(ClusterError, match=r"found no GPU.*use cluster: cpu"):
        resolve_cluster("cuda")


def test_cuda_without_cupy_names_the_packages(machine):
    machine(2, ["cupy", "dask_cuda"])
    with pytest.raises(ClusterError, match=r"needs cupy and dask_cuda.*battflow\[cuda13\]"):
        resolve_cluster("cuda")


def test_auto_picks_cuda_only_where_it_can_run_and_says_why_not(machine):
    machine(0, [])
    choice = resolve_cluster("auto")
    assert choice.kind == "cpu" and choice.backend == "numpy" and "no GPU" in choice.note
    machine(2, ["dask_cuda"])
    choice = resolve_cluster("auto")
    assert choice.kind == "cpu" and "dask_cuda missing" in choice.note
    machine(2, [])
    choice = resolve_cluster("auto")
    assert (choice.kind, choice.gpus, choice.backend) == ("cuda", 2, "cupy")
    assert resolve_cluster("cpu").kind == "cpu"
    remote = resolve_cluster("tcp://10.0.0.1:8786")
    assert remote.kind == "remote" and remote.address == "tcp://10.0.0.1:8786"


def test_visible_gpus_follow_the_device_list(machine, monkeypatch):
    machine(4, [])
    assert visible_gpus() == 4
    assert visible_gpus("0,2") == 2
    assert visible_gpus("0,1,2,3,4,5") == 4  # never more than the driver shows
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")
    assert visible_gpus() == 0
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "3")
    assert visible_gpus() == 1
    assert resolve_cluster("cuda", GPUConfig(devices="1,3")).gpus == 2


def test_cluster_cuda_on_a_cpu_machine_fails_before_any_work(project, machine):
    machine(0, [])
    result = CliRunner().invoke(main, ["run", str(project()), "cluster=cuda"])
    assert result.exit_code != 0
    assert "cluster: cuda found no GPU" in result.output
    assert "pipeline.yaml" in result.output


def test_dry_run_shows_the_cluster_and_backend(project, machine):
    machine(0, [])
    result = CliRunner().invoke(main, ["run", str(project()), "cluster=auto", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "cluster: cpu" in result.output and "backend: numpy" in result.output


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("workers", [1, 3, 14])
def test_fallback_pieces_cover_every_pair_in_bounded_ranges(seed, workers):
    rng = np.random.default_rng(seed)
    shape = (int(rng.integers(1, 300)), int(rng.integers(1, 2048)))
    needed = rng.random(shape) < rng.choice([0.0, 0.001, 0.05, 0.5])
    pieces = fallback_pieces(needed, workers)
    covered = np.zeros(shape[1], bool)
    most = max(FALLBACK_PAIRS[0], min(FALLBACK_PAIRS[1], -(-int(needed.sum()) // workers)))
    for piece in pieces:
        assert not covered[piece].any()  # disjoint, in order
        covered[piece] = True
        held = int(needed[:, piece].sum())
        assert held > 0
        assert held <= most or piece.stop - piece.start == 1
    assert not needed[:, ~covered].any()
    assert [p.start for p in pieces] == sorted(p.start for p in pieces)


def _hold(value):
    return value


def _slow(graph, k):
    import time

    time.sleep(0.2)
    return k


def _assigned(dask_scheduler):
    return {
        "processing": [len(ws.processing) for ws in dask_scheduler.workers.values()],
        "queued": len(dask_scheduler.queued),
    }


def test_tasks_on_held_values_wait_in_the_scheduler_not_on_a_worker():
    # As run.py submits them: every task depends on one of 9 held group graphs. A worker that
    # dies takes the tasks assigned to it down with it; queued ones are not assigned yet. (With
    # distributed's default root-ish thresholds, 34 of these 40 sat on the two workers.)
    import time

    from distributed import Client, wait

    with cluster.local_cpu_cluster(2) as local, Client(local) as client:
        graphs = [client.submit(_hold, g, key=("graph", g), pure=False) for g in range(9)]
        client.wait_for_workers(2)
        wait(graphs)
        keys = [("b", k) for k in range(40)]
        futures = client.map(_slow, [graphs[k % 9] for k in range(40)], list(range(40)), key=keys)
        time.sleep(0.7)
        state = client.run_on_scheduler(_assigned)
        assert max(state["processing"]) <= 1 and state["queued"] > 20, state
        assert client.gather(futures) == list(range(40))
