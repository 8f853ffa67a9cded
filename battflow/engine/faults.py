"""Fault injection for reliability tests: a worker kills itself in a chosen task.

Set `BATTFLOW_INJECT_FAULT` in the environment the workers inherit (a LocalCluster's workers
inherit the client's) to

    kill:<stage>:<first sample>[:<marker file>]

(several separated by `;`). `stage` is `batched` or `fallback`, `first sample` the first dataset
sample of the task (a batched task covers a chunk, a fallback task a piece of one). The worker
process that starts such a task sends itself SIGKILL, as a segfault or the kernel's OOM killer
would. With a marker file, only the attempt that finds no marker dies (it creates the marker
first): the retry on another worker succeeds. Without one, every attempt dies, which is how a
task that keeps killing workers looks. Unset (the default), nothing happens.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

ENV = "BATTFLOW_INJECT_FAULT"


def inject(stage: str, first_sample: int) -> None:
    """Kill this process if BATTFLOW_INJECT_FAULT names this task (see the module docstring).

    >>> inject("batched", 0)  # a no-op unless the variable is set
    """
    for spec in os.environ.get(ENV, "").split(";"):
        kind, _, rest = spec.partition(":")
        want_stage, _, rest = rest.partition(":")
        start, _, marker = rest.partition(":")
        if kind != "kill" or want_stage != stage or start != str(first_sample):
            continue
        if marker:
            try:
                Path(marker).touch(exist_ok=False)
            except FileExistsError:
                continue  # an earlier attempt died here: this one runs
        os.kill(os.getpid(), signal.SIGKILL)
