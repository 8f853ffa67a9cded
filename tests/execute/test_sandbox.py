"""The capped sandbox: pathological programs are stopped and reported, never hang a worker."""

import os
import tempfile
import textwrap
import threading
import time

import numpy as np

from battflow.execute import MATCH, TIMEOUT, TOO_BIG
from battflow.execute.reference import sample_inputs
from battflow.execute.sandbox import Block, Sandbox
from battflow.program import parse_source

PROGRAMS = textwrap.dedent(
    """
    def solve_ok(I):
        O = rot90(I)
        return O

    def solve_gigabytes(I):
        x1 = interval(ZERO, 1000000000, ONE)
        O = size(x1)
        return O

    def solve_slow(I):
        x1 = canvas(ZERO, (2000, 2000))
        x2 = power(rot90, 60)
        O = x2(x1)
        return O

    def solve_huge_upscale(I):
        O = upscale(I, 100000)
        return O
    """
)
GRID = ((1, 2), (3, 4))
EXPECTED = ((3, 1), (4, 2))


def block(n_samples=2):
    graph, programs, rejects = parse_source(PROGRAMS, "caps.py")
    assert rejects == []
    samples = [(sample_inputs(GRID, (), ()), EXPECTED)] * n_samples
    return Block(graph, programs, samples, np.ones((len(programs), n_samples), bool))


def test_time_and_memory_caps_stop_pathological_programs():
    with Sandbox(timeout_s=1.0, memory_mb=256) as sandbox:
        started = time.monotonic()
        result = sandbox.evaluate(block())
        elapsed = time.monotonic() - started
    assert result.status[0].tolist() == [MATCH, MATCH]
    assert result.status[1].tolist() == [TOO_BIG, TOO_BIG]  # a gigabyte tuple
    assert result.status[2].tolist() == [TIMEOUT, TIMEOUT]  # minutes of rotations
    assert set(result.status[3].tolist()) <= {TIMEOUT, TOO_BIG}
    assert elapsed < 30


def test_a_killed_child_is_reported_and_the_rest_still_evaluated():
    with Sandbox(timeout_s=30.0, memory_mb=512) as sandbox:
        work = block(n_samples=3)
        work.mask[:] = False
        work.mask[0, :] = True  # solve_ok on every sample
        work.mask[2, 1] = True  # solve_slow on sample 1: killed from outside below

        def kill_soon():
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                proc = sandbox._proc
                if proc is not None and sandbox._mark[:8] == (1).to_bytes(8, "little"):
                    os.kill(proc.pid, 9)
                    return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_soon)
        killer.start()
        result = sandbox.evaluate(work)
        killer.join()
    assert result.status[0].tolist() == [MATCH, MATCH, MATCH]
    assert result.status[2, 1] == TOO_BIG  # a crash is reported as too_big
    assert result.crashes == 1


# Four programs that each keep a distinct interval of about 22 MB, then one that needs little.
HOARDERS = (
    "".join(
        f"def solve_big_{k}(I):\n    x1 = interval(ZERO, {600_000 + k}, ONE)\n    O = size(x1)\n"
        "    return O\n\n"
        for k in range(4)
    )
    + "def solve_ok(I):\n    O = rot90(I)\n    return O\n"
)


def test_what_earlier_programs_keep_never_makes_a_later_one_too_big():
    # Each interval takes about 22 MB, kept by the evaluator for the programs after it: together
    # they overrun a 64 MB cap that each fits alone.
    graph, programs, _ = parse_source(HOARDERS, "hoarders.py")
    samples = [(sample_inputs(GRID, (), ()), EXPECTED)]
    mask = np.ones((len(programs), 1), bool)
    with Sandbox(timeout_s=30.0, memory_mb=64) as sandbox:
        together = sandbox.evaluate(Block(graph, programs, samples, mask)).status[:, 0]
        alone = [
            sandbox.evaluate(Block(graph, [p], samples, np.ones((1, 1), bool))).status[0, 0]
            for p in programs
        ]
    assert together.tolist() == alone
    assert TOO_BIG not in alone and together[-1] == MATCH


def test_a_sandbox_leaves_no_file_behind_even_when_never_closed():
    def sandbox_files():
        return {n for n in os.listdir(tempfile.gettempdir()) if n.startswith("battflow-sandbox-")}

    before = sandbox_files()
    sandbox = Sandbox(timeout_s=1.0, memory_mb=256)
    result = sandbox.evaluate(block(1))
    assert result.status[0].tolist() == [MATCH]
    assert sandbox_files() == before  # the shared file has no name while the child runs
    sandbox._kill()  # as when a worker dies without closing its sandbox
    assert sandbox_files() == before
    sandbox.close()
