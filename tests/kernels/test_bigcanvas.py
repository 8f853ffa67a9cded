"""Grids past the batched canvas, kept as a background and painted cells
(`kernels/bigcanvas.py`): every decided pair equals the reference, and the paths that keep the
note decide their samples."""

from __future__ import annotations

import numpy as np
import pytest
from test_rules_differential import compare_programs, mixed_grids

from battflow.execute.batched import run_batched
from battflow.kernels.bigcanvas import BIG_CELLS
from battflow.program.parse import parse_source

# Canvases past MAX_CANVAS (240) a side, sized from the input so that the batch mixes sizes.
TALL = "canvas(ZERO, astuple(multiply(height(I), 20), width(I)))"
WIDE = "canvas(SEVEN, astuple(THREE, multiply(width(I), 41)))"
SQUARE = "canvas(NEG_ONE, astuple(multiply(height(I), 9), multiply(width(I), 9)))"
DECIDED = {
    "tall_paint": f"paint({TALL}, shift(asobject(I), astuple(200, ZERO)))",
    "wide_paint": f"paint({WIDE}, asobject(I))",
    "square_fill": f"fill({SQUARE}, FIVE, shift(ofcolor(I, ZERO), astuple(100, 120)))",
    "square_paint_fill": f"fill(paint({SQUARE}, asobject(I)), TWO, ofcolor(I, ONE))",
    "underfill": f"underfill(paint({TALL}, asobject(I)), EIGHT, backdrop(asindices(I)))",
    "underpaint": f"underpaint(fill({WIDE}, ONE, ofcolor(I, TWO)), hmirror(asobject(I)))",
    "bare": TALL,
    "off_grid": f"paint({WIDE}, shift(asobject(I), astuple(NEG_TWO, 500)))",
}
CLASH = (  # two colours at rows 250 and on: past the 240-row canvas, inside the 300-row grid
    "merge(insert(shift(asobject(I), astuple(250, ZERO)), "
    "initset(shift(vmirror(asobject(I)), astuple(250, ZERO)))))"
)
UNDECIDED = {
    "clash_on_big_grid": f"paint(canvas(ZERO, astuple(300, 30)), {CLASH})",
    "feca6190": "paint(canvas(ZERO, astuple(multiply(size(sfilter(asobject(I), "
    "compose(positive, first))), FIVE), multiply(size(sfilter(asobject(I), "
    "compose(positive, first))), FIVE))), mapply(fork(recolor, first, compose(rbind(shoot, "
    "UP_RIGHT), last)), shift(sfilter(asobject(I), compose(positive, first)), toivec(decrement("
    "multiply(size(sfilter(asobject(I), compose(positive, first))), FIVE))))))",
    # not the majority: mostcolor is not the background, the reference decides
    "crowded": "underfill(fill(canvas(ZERO, astuple(250, TWO)), ONE, "
    "asindices(canvas(ZERO, astuple(200, TWO)))), THREE, asindices(I))",
    # a rule that reads the cells: falls back
    "mirrored": f"hmirror(paint({TALL}, asobject(I)))",
    "too_big": "canvas(ONE, astuple(3000, 3000))",
}


def _programs(semantics: str) -> str:
    out = []
    for name, expr in {**DECIDED, **UNDECIDED}.items():
        if semantics == "batt":
            body = f"    try:\n        O = {expr}\n    except Exception:\n        O = I\n"
        else:
            body = f"    O = {expr}\n"
        out.append(f"def q_{name}(I):\n{body}    return O\n")
    return "\n".join(out)


def _inputs(seed: int) -> list:
    return [g for g in mixed_grids(seed, 12) if g and g[0]]


@pytest.mark.parametrize("semantics", ["solver", "batt"])
def test_big_canvases_match_reference(semantics):
    inputs = _inputs(3)
    counts = compare_programs(_programs(semantics), semantics, inputs, inputs)
    for name in DECIDED:
        decided, fb = counts[f"q_{name}:decided"], counts[f"q_{name}:fb"]
        assert decided >= 0.8 * (decided + fb), (name, decided, fb)


def test_big_canvas_flags_without_a_note():
    """The samples a note cannot describe (past BIG_CELLS, or read by a cell rule) fall back."""
    inputs = [tuple(tuple((i * j) % 10 for j in range(15)) for i in range(15))] * 4
    source = _programs("solver")
    graph, programs, _ = parse_source(source, "p.py", "solver")
    mask = np.ones((len(programs), len(inputs)), bool)
    result = run_batched(graph, programs, inputs, inputs, mask)
    fallback = {p.name: bool(result.fallback[k].all()) for k, p in enumerate(programs)}
    assert fallback["q_too_big"] and fallback["q_mirrored"] and fallback["q_crowded"]
    assert not fallback["q_tall_paint"]
    assert BIG_CELLS < 3000 * 3000
