"""Dask clusters for a run: `auto`/`cpu` start a LocalCluster, `tcp://...` joins a scheduler."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from distributed import Client, LocalCluster


@dataclass
class ClusterInfo:
    kind: str
    workers: int
    gpus: int
    dashboard: str | None

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "workers": self.workers,
            "gpus": self.gpus,
            "dashboard": self.dashboard,
        }


@contextmanager
def open_cluster(spec: str, workers: int | None = None) -> Iterator[tuple[Client, ClusterInfo]]:
    """A connected client for `spec` (`auto`, `cpu` or a scheduler address), closed on exit.

    Local clusters run one single-threaded worker process per core (`workers` to override):
    reference evaluations are pure Python, so processes, not threads, give parallelism.
    """
    if spec in ("auto", "cpu"):
        n = workers or os.cpu_count() or 1
        cluster = LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":8787",
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
        try:
            yield client, ClusterInfo("cpu", n, 0, client.dashboard_link)
        finally:
            client.close()
            cluster.close()
        return
    client = Client(spec)
    try:
        n = len(client.scheduler_info()["workers"])
        if n == 0:
            client.wait_for_workers(1, timeout=60)
            n = len(client.scheduler_info()["workers"])
        yield client, ClusterInfo("remote", n, 0, client.dashboard_link)
    finally:
        client.close()
