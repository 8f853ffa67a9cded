"""Resource caps for reference evaluations: a time cap (SIGALRM) and a memory cap (RLIMIT_AS).

Both need the main thread of a process of their own; the sandbox (`sandbox.py`) gives each Dask
worker such a process. Caps are resource limits, not semantics: a `try/except` in a program never
catches them (EvaluationTimeout is a BaseException; MemoryError is turned into `too_big` before any
guard sees it).
"""

from __future__ import annotations

import resource
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class EvaluationTimeout(BaseException):
    """Raised in the evaluating thread when its time cap runs out."""


class Cap:
    """What `time_cap` yields: `expired` turns True when the cap runs out."""

    expired: bool = False


def can_cap_time() -> bool:
    """Whether this thread can use the SIGALRM time cap (main thread, POSIX)."""
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


@contextmanager
def time_cap(seconds: float | None) -> Iterator[Cap]:
    """Raise EvaluationTimeout in this (main) thread after `seconds` of wall time, once, and
    mark the yielded Cap `expired`. Python drops an exception raised inside a garbage-collector
    callback or a `__del__` ("Exception ignored in ..."), so evaluators also check `expired`
    between the steps they take (`SampleEvaluator.force`) and raise it themselves. The signal is
    not repeated: a repeat could land in the cap's own exit and leave it armed. A no-op where
    the thread cannot cap time or `seconds` is None."""
    cap = Cap()
    if seconds is None or not can_cap_time():
        yield cap
        return

    def expire(signum, frame):
        cap.expired = True
        raise EvaluationTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 1e-3))
    try:
        yield cap
    finally:
        for _ in range(2):  # the one signal may land here: then clean up again
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except EvaluationTimeout:
                continue


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
