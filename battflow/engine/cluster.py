"""Dask clusters for a run.

- `cpu`: a LocalCluster, one single-threaded worker process per core;
- `cuda`: a dask-cuda LocalCUDACluster, one worker per GPU (resource `GPU`), for the batched
  pass on cupy, plus CPU worker processes (resource `CPU`) on the same scheduler for the
  reference pass of the pairs it flags;
- `auto`: `cuda` where a GPU is visible and cupy and dask-cuda import, else `cpu` (with a note
  saying why);
- `tcp://...`: an existing scheduler (its workers run the numpy pass).

Nothing here imports cupy or initialises CUDA in the client process: a CUDA context made before
the workers start would put every worker on GPU 0. GPUs are counted through NVML (no context),
or `nvidia-smi`, and dask-cuda is imported only to start the cluster.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

import dask
from distributed import Client, LocalCluster, Nanny

from .config import GPUConfig

GPU_RESOURCE = {"GPU": 1}
CPU_RESOURCE = {"CPU": 1}


def backend_of(kind: str) -> str:
    """The array library of the batched pass on a cluster of `kind`: cupy on GPU workers."""
    return "cupy" if kind == "cuda" else "numpy"


class ClusterError(ValueError):
    """A cluster the pipeline asks for cannot start here; the message says why and what to do."""


@dataclass(frozen=True)
class ClusterChoice:
    """What `cluster:` resolves to on this machine, decided before anything starts."""

    kind: str  # cpu | cuda | remote
    gpus: int = 0
    address: str | None = None
    note: str | None = None

    @property
    def backend(self) -> str:
        return backend_of(self.kind)


@dataclass
class ClusterInfo:
    kind: str
    workers: int
    gpus: int
    dashboard: str | None
    note: str | None = None

    @property
    def backend(self) -> str:
        return backend_of(self.kind)

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "workers": self.workers,
            "gpus": self.gpus,
            "backend": self.backend,
            "dashboard": self.dashboard,
            "note": self.note,
        }


def missing_cuda_packages() -> list[str]:
    """The packages `cluster: cuda` needs that do not import here (found without importing)."""
    return [name for name in ("cupy", "dask_cuda") if importlib.util.find_spec(name) is None]


def _driver_gpu_count() -> int:
    """GPUs the NVIDIA driver shows (NVML, else `nvidia-smi -L`); 0 without a driver."""
    try:
        import pynvml

        pynvml.nvmlInit()
        try:
            return int(pynvml.nvmlDeviceGetCount())
        finally:
            pynvml.nvmlShutdown()
    except Exception:  # no pynvml, no driver, no device: try the command line tool
        pass
    smi = shutil.which("nvidia-smi")
    if smi is None:
        return 0
    try:
        listing = subprocess.run([smi, "-L"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return 0
    if listing.returncode != 0:
        return 0
    return sum(1 for line in listing.stdout.splitlines() if line.startswith("GPU "))


def visible_gpus(devices: str | None = None) -> int:
    """How many GPUs a cuda cluster would use: those listed in `devices` (else in the
    CUDA_VISIBLE_DEVICES of this process, else all), and never more than the driver shows."""
    present = _driver_gpu_count()
    listed = devices if devices is not None else os.environ.get("CUDA_VISIBLE_DEVICES")
    if listed is None:
        return present
    entries = [e for e in listed.split(",") if e.strip() and e.strip() != "-1"]
    return min(len(entries), present)


def resolve_cluster(spec: str, gpu: GPUConfig | None = None) -> ClusterChoice:
    """What `spec` (the pipeline's `cluster:`) means here. ClusterError for `cuda` where it
    cannot run; `auto` never fails: it falls back to `cpu` and says why in `note`."""
    gpu = gpu or GPUConfig()
    if spec == "cpu":
        return ClusterChoice("cpu")
    if spec not in ("auto", "cuda"):
        return ClusterChoice("remote", address=spec)
    missing = missing_cuda_packages()
    n = visible_gpus(gpu.devices)
    if spec == "cuda":
        if missing:
            raise ClusterError(
                f"cluster: cuda needs {' and '.join(missing)}, which do not import here; install "
                "them (pip install 'battflow[cuda13]', or [cuda12] for CUDA 12) or use "
                "cluster: cpu"
            )
        if n == 0:
            where = f"gpu.devices={gpu.devices!r}" if gpu.devices is not None else "the driver"
            raise ClusterError(
                f"cluster: cuda found no GPU (none visible through {where}, "
                f"CUDA_VISIBLE_DEVICES={os.environ.get('CUDA_VISIBLE_DEVICES')!r}); use "
                "cluster: cpu"
            )
        return ClusterChoice("cuda", gpus=n)
    if n and not missing:
        return ClusterChoice("cuda", gpus=n, note=f"auto: {n} GPU(s) visible, cuda cluster")
    if n:
        return ClusterChoice(
            "cpu", note=f"auto: {n} GPU(s) visible but {' and '.join(missing)} missing: CPU cluster"
        )
    return ClusterChoice("cpu", note="auto: no GPU visible: CPU cluster")


def _scheduler_settings(allowed_failures: int | None) -> dict:
    """Dask settings of the schedulers battflow starts. One task at a time per single-threaded
    worker: a worker that dies takes no queued task down with it (each death counts against a
    task's allowed failures). Queuing covers only root-like task groups; battflow's tasks all
    depend on one of a few held values (a group's graph, the scorers), whose location does not
    matter, so any count of those still makes a group root-like (distributed's default, 5,
    left the batched tasks of full.yaml's 9 program groups assigned to workers up front: a
    worker that died took half of them down with it)."""
    settings: dict = {
        "distributed.scheduler.worker-saturation": 1.0,
        "distributed.scheduler.rootish-taskgroup-dependencies": 1_000_000,
    }
    if allowed_failures is not None:
        settings["distributed.scheduler.allowed-failures"] = allowed_failures
    return settings


def local_cpu_cluster(workers: int, allowed_failures: int | None = None) -> LocalCluster:
    """A LocalCluster of `workers` single-threaded worker processes (reference evaluations are
    pure Python: processes, not threads, give parallelism), dashboard on :8787."""
    with dask.config.set(_scheduler_settings(allowed_failures)):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":8787",
            silence_logs=logging.ERROR,
        )


@contextmanager
def open_cluster(
    choice: ClusterChoice,
    workers: int | None = None,
    gpu: GPUConfig | None = None,
    allowed_failures: int | None = None,
) -> Iterator[tuple[Client, ClusterInfo]]:
    """A connected client for `choice`, closed on exit. `allowed_failures`: worker deaths a
    task may cause before it fails, on the schedulers started here (distributed's default, 3,
    when None; an existing scheduler keeps its own setting).

    CPU workers are single-threaded processes (`workers`, default one per core): reference
    evaluations are pure Python, so processes, not threads, give parallelism. A cuda cluster
    has one worker per GPU and `gpu.fallback_workers` CPU workers (default: the cores left
    over, at least one); tasks pick theirs through the GPU and CPU resources.
    """
    if choice.kind == "cuda":
        settings = _scheduler_settings(allowed_failures)
        with dask.config.set(settings), _cuda_cluster(choice, gpu or GPUConfig()) as opened:
            yield opened
        return
    if choice.kind == "cpu":
        n = workers or os.cpu_count() or 1
        cluster = local_cpu_cluster(n, allowed_failures)
        client = Client(cluster)
        with _closing(client, cluster):
            yield client, ClusterInfo("cpu", n, 0, client.dashboard_link, note=choice.note)
        return
    client = Client(choice.address)
    with _closing(client):
        if not client.scheduler_info()["workers"]:
            client.wait_for_workers(1, timeout=60)
        yield client, describe_client(client, "remote")


@contextmanager
def _closing(*closeable: Client | LocalCluster) -> Iterator[None]:
    """Close each of `closeable` on exit. When the body raised (a lost scheduler, say), an error
    while closing is dropped, so that the body's error is the one reported."""
    try:
        yield
    except BaseException:
        for item in closeable:
            with suppress(Exception):
                item.close()
        raise
    for item in closeable:
        item.close()


def describe_client(client: Client, kind: str) -> ClusterInfo:
    """The cluster behind a client battflow did not start, as `kind` (`remote`, `connected`),
    unless it has workers with the GPU resource beside workers with the CPU resource (what
    `cluster: cuda` makes, or `dask cuda worker --resources GPU=1` and `dask worker --resources
    CPU=1`): then it is a cuda cluster, cupy on the GPU workers and the fallback pass on the CPU
    workers. Anything else runs numpy on any worker."""
    workers = list(client.scheduler_info()["workers"].values())
    gpus = sum(1 for w in workers if w.get("resources", {}).get("GPU"))
    cpus = sum(1 for w in workers if w.get("resources", {}).get("CPU"))
    if gpus and cpus:
        return ClusterInfo("cuda", len(workers), gpus, client.dashboard_link)
    return ClusterInfo(kind, len(workers), 0, client.dashboard_link)


@contextmanager
def use_client(client: Client) -> Iterator[tuple[Client, ClusterInfo]]:
    """An already connected client (a notebook's, from `battflow.connect`), described by
    `describe_client` and left open on exit: the run shares it with its owner."""
    yield client, describe_client(client, "connected")


async def _start_cpu_workers(address: str, n: int) -> list[Nanny]:
    """n single-threaded CPU worker processes on the scheduler at `address`; they see no GPU."""
    nannies = [
        Nanny(
            address,
            nthreads=1,
            resources=CPU_RESOURCE,
            env={"CUDA_VISIBLE_DEVICES": ""},
            name=f"cpu-{i}",
            silence_logs=logging.ERROR,
        )
        for i in range(n)
    ]
    await asyncio.gather(*(nanny.start() for nanny in nannies))
    return nannies


async def _close_workers(nannies: list[Nanny]) -> None:
    await asyncio.gather(*(nanny.close() for nanny in nannies), return_exceptions=True)


@contextmanager
def _cuda_cluster(choice: ClusterChoice, gpu: GPUConfig) -> Iterator[tuple[Client, ClusterInfo]]:
    from dask_cuda import LocalCUDACluster  # here, never at import time (see module docstring)

    options = {"CUDA_VISIBLE_DEVICES": gpu.devices} if gpu.devices is not None else {}
    if gpu.rmm_pool_size is not None:
        options["rmm_pool_size"] = gpu.rmm_pool_size
    cluster = LocalCUDACluster(
        protocol=gpu.protocol,
        threads_per_worker=1,
        dashboard_address=":8787",
        silence_logs=logging.ERROR,
        resources=GPU_RESOURCE,
        **options,
    )
    cpu = gpu.fallback_workers or max(1, (os.cpu_count() or 1) - choice.gpus)
    nannies: list[Nanny] = []
    client = None
    try:
        nannies = cluster.sync(_start_cpu_workers, cluster.scheduler_address, cpu)
        client = Client(cluster)
        client.wait_for_workers(choice.gpus + cpu, timeout=120)
        gpus = len(cluster.workers)
        info = ClusterInfo("cuda", gpus + cpu, gpus, client.dashboard_link, choice.note)
        yield client, info
    finally:  # CPU workers first, while their scheduler is still there to say goodbye to
        cluster.sync(_close_workers, nannies)
        if client is not None:
            client.close()
        cluster.close()
