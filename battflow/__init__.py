"""battflow: run thousands of ARC-DSL programs on thousands of ARC samples as one batched job.

The notebook API (`battflow.run`, `evaluate`, `open_run`, `connect`, `disconnect`; docs/api.md)
is loaded on first use, so `import battflow` stays light.

Importing battflow never imports cupy, dask_cuda or touches CUDA: GPU code imports them inside the
functions that need them, so Dask-CUDA workers each get their own device.
"""

from typing import Any

from .digest import digest

__version__ = "0.5.10"

_API = (
    "connect",
    "disconnect",
    "evaluate",
    "open_run",
    "run",
    "Run",
    "TaskResult",
    "ProgramResult",
)

__all__ = ["__version__", "digest", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'battflow' has no attribute {name!r}")
