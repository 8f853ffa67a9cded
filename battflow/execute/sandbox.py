"""A capped evaluation process: runs reference evaluations for a Dask worker.

The parent (`Sandbox`) keeps one child process (`python -m battflow.execute.sandbox`) and sends it
blocks of (program, sample) pairs; the child evaluates them in its main thread under the time cap
(SIGALRM) and memory cap (RLIMIT_AS) of `limits.py` and streams back one message per sample. Before
each evaluation the child writes the pair it is on into a small shared file; if the child dies (a
hard crash, or killed by the parent's watchdog because a C-level loop ignored the alarm), the parent
records that pair as `too_big` (crash) or `timeout` (watchdog), starts a fresh child and resumes
with the pairs not yet decided. A bad evaluation therefore never hangs or kills the Dask worker.
"""

from __future__ import annotations

import mmap
import os
import pickle
import select
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from battflow.program.ir import Graph, Program

from .outcome import TIMEOUT, TOO_BIG
from .scores import NO_VALUE, empty_counts

__all__ = ["Block", "BlockResult", "Sandbox", "SandboxBroken"]

_MARK = struct.Struct("<qq")  # (sample, program) being evaluated; (-1, -1) when idle
_FRAME = struct.Struct("<Q")  # length prefix of each pickled message


class SandboxBroken(RuntimeError):
    """The evaluation process cannot start or keeps dying before evaluating anything."""


def _send(stream, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_FRAME.pack(len(data)))
    stream.write(data)
    stream.flush()


def _recv(stream) -> Any:
    """One framed message from a blocking stream; EOFError at end of stream."""
    header = stream.read(_FRAME.size)
    if len(header) < _FRAME.size:
        raise EOFError
    (size,) = _FRAME.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


class _FrameReader:
    """Reads framed messages from a raw pipe fd without blocking past a deadline."""

    def __init__(self, fd: int):
        self.fd = fd
        self.buffer = bytearray()

    def _complete(self) -> Any:
        if len(self.buffer) >= _FRAME.size:
            (size,) = _FRAME.unpack_from(self.buffer)
            end = _FRAME.size + size
            if len(self.buffer) >= end:
                data = bytes(self.buffer[_FRAME.size : end])
                del self.buffer[:end]
                return pickle.loads(data)
        return _NOTHING

    def poll(self, timeout: float) -> Any:
        """The next message, `_NOTHING` if none arrived within `timeout`; EOFError if closed."""
        message = self._complete()
        if message is not _NOTHING:
            return message
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return _NOTHING
        chunk = os.read(self.fd, 1 << 20)
        if not chunk:
            raise EOFError
        self.buffer += chunk
        return self._complete()


_NOTHING = object()


@dataclass
class Block:
    """Work for the sandbox: `programs` (over `graph`) on `samples`, for the pairs in `mask`.

    samples: one (inputs, expected) per sample, inputs as `reference.sample_inputs` builds them.
    mask: bool [P, C]; True where the pair is to be evaluated.
    """

    graph: Graph
    programs: list[Program]
    samples: list[tuple[dict[str, Any], Any]]
    mask: np.ndarray
    keep_outputs: bool = False
    scorers: Any = None
    """A ProgramSet of differs to evaluate on every grid output, or None."""


@dataclass
class BlockResult:
    """status int8 [P, C] (0 where not evaluated), digest uint64 [P, C], kept output grids by pair,
    how many evaluations crashed or were killed by the watchdog, and the wall `seconds` taken."""

    status: np.ndarray
    digest: np.ndarray
    outputs: dict[tuple[int, int], Any] = field(default_factory=dict)
    crashes: int = 0
    seconds: float = 0.0
    counts: np.ndarray | None = None
    """int32 [P, C, 5]: the score counts (`scores.COUNTS`; NO_GRID without a grid output)."""
    differs: np.ndarray | None = None
    """int64 [S, P, C]: the differs' values (NO_VALUE where none); None without differs."""

    def __post_init__(self) -> None:
        if self.counts is None:
            self.counts = empty_counts(self.status.shape)


class Sandbox:
    """One capped child process; not thread-safe (use one per thread)."""

    def __init__(self, timeout_s: float = 5.0, memory_mb: int = 1024, grace_s: float = 5.0):
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.grace_s = grace_s
        self._proc: subprocess.Popen | None = None
        self._reader: _FrameReader | None = None
        self._failed_starts = 0
        # An unnamed file (gone from the file system already), shared with the child by its
        # descriptor: nothing is left behind however this process ends.
        self._mark_file = tempfile.TemporaryFile(prefix="battflow-sandbox-")  # noqa: SIM115
        self._mark_file.write(_MARK.pack(-1, -1))
        self._mark_file.flush()
        self._mark = mmap.mmap(self._mark_file.fileno(), _MARK.size)

    # -- process management ------------------------------------------------------------------
    def _start(self) -> subprocess.Popen:
        fd = self._mark_file.fileno()
        args = [sys.executable, "-m", "battflow.execute.sandbox", str(fd)]
        args += [str(self.timeout_s), str(self.memory_mb)]
        env = dict(os.environ)
        env.setdefault("PYTHONHASHSEED", "0")
        proc = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, pass_fds=(fd,)
        )
        self._reader = _FrameReader(proc.stdout.fileno())
        return proc

    def _process(self) -> subprocess.Popen:
        if self._proc is None or self._proc.poll() is not None:
            _MARK.pack_into(self._mark, 0, -1, -1)
            self._proc = self._start()
        return self._proc

    def _kill(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait()
            self._proc = None

    def close(self) -> None:
        """Stop the child and close the shared file."""
        if self._proc is not None and self._proc.poll() is None:
            try:
                self._proc.stdin.close()
                self._proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self._kill()
        self._proc = None
        self._mark.close()
        self._mark_file.close()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- evaluation ----------------------------------------------------------------------------
    def evaluate(self, block: Block) -> BlockResult:
        """Outcomes of every masked pair of `block`."""
        n_programs, n_samples = block.mask.shape
        result = BlockResult(
            np.zeros((n_programs, n_samples), np.int8), np.zeros((n_programs, n_samples), np.uint64)
        )
        if block.scorers is not None and block.scorers.programs:
            shape = (len(block.scorers.programs), n_programs, n_samples)
            result.differs = np.full(shape, NO_VALUE, np.int64)
        todo = block.mask.copy()
        started = time.perf_counter()
        while todo.any():
            self._run(block, todo, result)
        result.seconds = time.perf_counter() - started
        return result

    def _run(self, block: Block, todo: np.ndarray, result: BlockResult) -> None:
        """Send the pending pairs to the child and collect until done or the child dies."""
        proc = self._process()
        request = (
            block.graph,
            block.programs,
            block.samples,
            todo,
            block.keep_outputs,
            block.scorers,
        )
        try:
            _send(proc.stdin, request)
        except OSError:
            self._kill()
            self._crashed(todo, result, watchdog=False)
            return
        last_mark, last_change = None, time.monotonic()
        while True:
            try:
                message = self._reader.poll(0.25)
            except (EOFError, OSError, pickle.UnpicklingError):
                self._kill()
                self._crashed(todo, result, watchdog=False)
                return
            if message is _NOTHING:
                mark, now = _MARK.unpack_from(self._mark, 0), time.monotonic()
                if mark != last_mark:
                    last_mark, last_change = mark, now
                elif mark[0] >= 0 and now - last_change > self.timeout_s + self.grace_s:
                    self._kill()
                    self._crashed(todo, result, watchdog=True)
                    return
                continue
            self._failed_starts = 0
            if message is None:  # block done
                todo[:] = False
                return
            c, rows = message
            for p, status, digest, output, counts, values in rows:
                result.status[p, c] = status
                result.digest[p, c] = digest
                if counts is not None:
                    result.counts[p, c] = counts
                if values is not None:
                    result.differs[:, p, c] = values
                if output is not None:
                    result.outputs[(p, c)] = output
            todo[:, c] = False

    def _crashed(self, todo: np.ndarray, result: BlockResult, watchdog: bool) -> None:
        """Record the pair the dead child was on (`timeout` if the watchdog killed it, else
        `too_big`); the rest of `todo` is retried by a fresh child."""
        c, p = _MARK.unpack_from(self._mark, 0)
        _MARK.pack_into(self._mark, 0, -1, -1)
        if c < 0 or not todo[p, c]:
            self._failed_starts += 1
            if self._failed_starts >= 3:
                raise SandboxBroken("the evaluation process died 3 times before evaluating")
            return
        self._failed_starts = 0
        result.crashes += 1
        result.status[p, c] = TIMEOUT if watchdog else TOO_BIG
        todo[p, c] = False


# -- the child ----------------------------------------------------------------------------------
def _child(mark_fd: int, timeout_s: float, memory_mb: int) -> None:
    from .differs import reference_values
    from .limits import cap_memory, virtual_memory_bytes
    from .reference import SampleEvaluator

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but protocol messages on the pipe
    mark = mmap.mmap(mark_fd, _MARK.size)
    os.close(mark_fd)  # the mapping keeps the file
    limit = cap_memory(memory_mb)
    # Values an evaluator keeps for the programs it ran count against the cap of the next one:
    # past half of the headroom, the next program starts from a fresh evaluator.
    roomy = None if limit is None else limit - memory_mb * 1024 * 1024 // 2
    while True:
        try:
            graph, programs, samples, todo, keep, scorers = _recv(stdin)
        except EOFError:
            return
        for c, (inputs, expected) in enumerate(samples):
            wanted = np.nonzero(todo[:, c])[0]
            if len(wanted) == 0:
                continue
            evaluator, shared = SampleEvaluator(graph, inputs), False
            rows = []
            for p in wanted:
                _MARK.pack_into(mark, 0, c, int(p))
                if shared and roomy is not None and virtual_memory_bytes() > roomy:
                    evaluator, shared = SampleEvaluator(graph, inputs), False
                outcome = evaluator.run(programs[p], expected, timeout_s)
                if outcome.status == TOO_BIG and shared:
                    # what earlier programs left may be what ran out: the program alone decides
                    evaluator = SampleEvaluator(graph, inputs)
                    outcome = evaluator.run(programs[p], expected, timeout_s)
                shared = True
                output = outcome.output if keep else None
                values = None
                if scorers is not None and scorers.programs and outcome.counts is not None:
                    grid = inputs["I"]
                    values = reference_values(scorers, outcome.output, expected, grid, timeout_s)
                row = (int(p), outcome.status, outcome.digest, output, outcome.counts, values)
                rows.append(row)
            _MARK.pack_into(mark, 0, -1, -1)
            del evaluator
            _send(stdout, (c, rows))
        _send(stdout, None)


if __name__ == "__main__":
    _child(int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]))
