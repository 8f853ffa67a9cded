"""The time cap holds even when its first signal is swallowed (as Python does with an exception
raised inside a garbage-collector callback or a `__del__`)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from battflow.execute.limits import EvaluationTimeout, time_cap

SWALLOWED = textwrap.dedent(
    """
    import time
    from battflow.execute.limits import EvaluationTimeout, time_cap

    started = time.monotonic()
    try:
        with time_cap(0.05):
            try:  # the first expiry lands where it is ignored, as in a gc callback
                time.sleep(5)
            except EvaluationTimeout:
                pass
            while True:  # the evaluation goes on: the cap must still stop it
                pass
    except EvaluationTimeout:
        print(f"stopped {time.monotonic() - started:.2f}")
    """
)


def test_a_swallowed_expiry_is_raised_again():
    # in a child with a timeout of its own: without the repeat the loop above never ends
    done = subprocess.run(
        [sys.executable, "-c", SWALLOWED], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("stopped"), done.stdout
    assert float(done.stdout.split()[1]) < 2


def test_nothing_is_raised_after_the_block():
    with time_cap(0.02):
        pass
    time.sleep(0.1)  # a late signal would raise here


def test_the_cap_raises_in_time():
    started = time.monotonic()
    try:
        with time_cap(0.05):
            while True:
                pass
    except EvaluationTimeout:
        pass
    assert time.monotonic() - started < 5
