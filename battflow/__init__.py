"""battflow: run thousands of ARC-DSL programs on thousands of ARC samples as one batched job.

Importing battflow never imports cupy, dask_cuda or touches CUDA: GPU code imports them inside the
functions that need them, so Dask-CUDA workers each get their own device.
"""

from .digest import digest

__version__ = "0.2.0"

__all__ = ["__version__", "digest"]
