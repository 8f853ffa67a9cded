"""The time cap: it raises once, in time, never after its block; an expiry whose exception is
dropped (as Python drops one raised inside a garbage-collector callback or a `__del__`) still
stops the evaluation at its next step."""

from __future__ import annotations

import contextlib
import time

import pytest

from battflow.execute.limits import Cap, EvaluationTimeout, time_cap
from battflow.execute.reference import SampleEvaluator, sample_inputs
from battflow.program import parse_source


def test_a_swallowed_expiry_is_still_marked():
    with time_cap(0.05) as cap:
        with contextlib.suppress(EvaluationTimeout):  # dropped, as in a gc callback
            time.sleep(5)
        assert cap.expired


def test_an_evaluator_stops_at_its_next_step_after_a_dropped_expiry():
    graph, (program,), _ = parse_source(
        "def f(I):\n    x1 = rot90(I)\n    O = rot90(x1)\n    return O\n", "f.py"
    )
    evaluator = SampleEvaluator(graph, sample_inputs(((1, 2),), (), ()))
    evaluator.cap = Cap()
    evaluator.cap.expired = True
    with pytest.raises(EvaluationTimeout):
        evaluator.force(program.output)


def test_nothing_is_raised_after_the_block():
    with time_cap(0.02):
        pass
    time.sleep(0.1)  # a late signal would raise here


def test_the_cap_raises_in_time():
    started = time.monotonic()
    with pytest.raises(EvaluationTimeout), time_cap(0.05):
        while True:
            pass
    assert time.monotonic() - started < 5
