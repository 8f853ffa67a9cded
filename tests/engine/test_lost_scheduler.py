"""A run whose client loses its scheduler ends with RunInterrupted, saying how many blocks are
stored and to run the same command again (not with an error from inside the loop, nor one from
closing the cluster or fetching Dask's performance report)."""

from __future__ import annotations

from contextlib import suppress

import pytest
from distributed import Client, LocalCluster
from rich.console import Console

from battflow.engine.config import load_pipeline
from battflow.engine.plan import make_plan
from battflow.engine.results import ResultsStore
from battflow.engine.run import RunInterrupted, execute_plan


def test_a_lost_scheduler_ends_the_run_with_what_to_do(project, monkeypatch):
    path = project(batch="{samples_per_chunk: 1}")
    plan = make_plan(load_pipeline(str(path), ["output.dir=runs/lost"]))
    cluster = LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    )
    client = Client(cluster)
    write_block = ResultsStore.write_block

    def write_then_lose_the_scheduler(self, *args, **kwargs):
        write_block(self, *args, **kwargs)
        if cluster.scheduler.status.name == "running":
            client.sync(cluster.scheduler.close)

    monkeypatch.setattr(ResultsStore, "write_block", write_then_lose_the_scheduler)
    try:
        with pytest.raises(RunInterrupted, match=r"lost the connection to the scheduler .*: 1 of "):
            execute_plan(plan, Console(quiet=True), client)
    finally:  # the scheduler is gone: do not wait the default 30 s for it
        with suppress(TimeoutError):
            client.close(timeout=2)
        with suppress(TimeoutError):
            cluster.close(timeout=2)
    done = ResultsStore.open("runs/lost/results.zarr").done[:]
    assert done.sum() == 1
