"""Resource caps for reference evaluations: a time cap (SIGALRM) and a memory cap (RLIMIT_AS).

Both need the main thread of a process of their own; the sandbox (`sandbox.py`) gives each Dask
worker such a process. Caps are resource limits, not semantics: a `try/except` in a program never
catches them (EvaluationTimeout is a BaseException; MemoryError is turned into `too_big` before any
guard sees it).
"""

from __future__ import annotations

import gc
import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class EvaluationTimeout(BaseException):
    """Raised in the evaluating thread when its time cap runs out."""


RETRY_S = 0.01
"""After the cap, SIGALRM repeats at this interval until the capped block is left."""


def can_cap_time() -> bool:
    """Whether this thread can use the SIGALRM time cap (main thread, POSIX)."""
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


@contextmanager
def time_cap(seconds: float | None) -> Iterator[None]:
    """Raise EvaluationTimeout in this (main) thread after `seconds` of wall time, and again
    every RETRY_S while the block still runs: Python drops an exception raised inside a garbage
    collector callback or a `__del__` ("Exception ignored in ..."), so one signal alone could
    leave the evaluation uncapped. The collector is paused inside the block (DSL values hold no
    reference cycles; it runs again after), so its callbacks, which libraries such as hypothesis
    install, are not where the signal lands. Once the block is left no signal raises. A no-op
    where the thread cannot cap time or `seconds` is None."""
    if seconds is None or not can_cap_time():
        yield
        return
    collecting = gc.isenabled()
    gc.disable()
    armed = [True]

    def expire(signum, frame):
        if armed[0]:
            raise EvaluationTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3), RETRY_S)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if collecting:
            gc.enable()


def virtual_memory_bytes() -> int:
    """This process's current virtual size (Linux /proc; 0 where unknown)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def cap_memory(extra_mb: int) -> int | None:
    """Limit this process's address space to its current size plus `extra_mb` MiB, so that one
    evaluation cannot take more than about that much. Returns the limit (None if unsupported)."""
    base = virtual_memory_bytes()
    if base == 0:
        return None
    limit = base + extra_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return limit
