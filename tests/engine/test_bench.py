"""`battflow bench` on a tiny workload: every column is timed and the outcomes agree."""

from click.testing import CliRunner

from battflow.cli import main


def test_bench_times_the_reference_the_pool_and_battflow(project):
    project()  # writes the task folder and the programs
    result = CliRunner().invoke(
        main,
        ["bench", "--programs", "progs", "--source", "tasks", "--samples", "0", "--workers", "2"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    for row in ("reference (1 core)", "reference (pool)", "battflow numpy"):
        assert row in result.output
    assert "vs the pool" in result.output and "parity mismatches 0 of" in result.output
    assert "worker time: batched pass" in result.output


def test_gpu_column_machinery_without_a_gpu(project):
    """The GPU column's processes (one per device, an untimed pass, then a timed one, the
    flagged pairs on the CPU pool) run here with numpy standing in for cupy: the outcomes are
    the reference's, sample for sample, and the shares are put back in sample order."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from battflow.engine.bench import load_workload, reference_pass
    from battflow.engine.bench_gpu import gpu_pass

    project()
    long_line = "connect(ORIGIN, astuple(ZERO, multiply(height(I), 300)))"  # past MAX_LINE
    with open("progs/long.py", "w") as f:
        f.write(f"from dsl import *\n\ndef solve_long(I):\n    O = fill(I, ONE, {long_line})\n")
        f.write("    return O\n")
    work = load_workload(["progs"], "tasks", None, 0)
    want_status, want_digest = reference_pass(
        work.graph, work.programs, work.inputs, work.expected, 1.0
    )
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        run = gpu_pass(
            work.graph,
            work.programs,
            work.inputs,
            work.expected,
            2,
            pool,
            2,
            1.0,
            devices=["0", "1"],
            backend="numpy",
        )
    assert (run["status"] == want_status).all() and (run["digest"] == want_digest).all()
    assert run["fallback"].any()  # solve_long: the reference decides its pairs
    assert run["card"] == "numpy" and run["batched_seconds"] > 0


def test_gpu_counts_name_what_is_missing(monkeypatch):
    import pytest

    from battflow.engine import bench_gpu

    assert bench_gpu.gpu_counts("") == []
    monkeypatch.setattr(bench_gpu, "device_ids", lambda: ["0", "1"])
    monkeypatch.setattr("importlib.util.find_spec", lambda name: object())
    assert bench_gpu.gpu_counts("all") == [1, 2]
    assert bench_gpu.gpu_counts("1,2") == [1, 2]
    with pytest.raises(ValueError, match="asked for 4 GPUs; 2 visible"):
        bench_gpu.gpu_counts("1,4")
    with pytest.raises(ValueError, match="not a list of GPU counts"):
        bench_gpu.gpu_counts("two")
    monkeypatch.setattr(bench_gpu, "device_ids", lambda: [])
    with pytest.raises(ValueError, match="no GPU is visible"):
        bench_gpu.gpu_counts("1")


def test_balanced_picks_deal_alike_sizes_to_every_chunk():
    import numpy as np

    from battflow.engine.bench import balanced_picks

    rng = np.random.default_rng(0)
    sides = rng.integers(1, 31, (101, 2))
    inputs = [
        tuple(tuple(int(v) for v in row) for row in rng.integers(0, 4, (h, w))) for h, w in sides
    ]
    picks = balanced_picks(inputs, 4)
    flat = np.concatenate(picks)
    assert sorted(flat.tolist()) == list(range(101))
    assert all((np.diff(p) > 0).all() for p in picks)
    assert {len(p) for p in picks} <= {25, 26}
    even = balanced_picks(inputs[:100], 4)
    areas = [int((sides[p, 0] * sides[p, 1]).sum()) for p in even]
    assert max(areas) - min(areas) <= 900  # within one sample of ARC's largest
