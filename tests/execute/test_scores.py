"""Built-in scores: the batched counts equal the reference's on random grids, and the scores
follow docs/scores.md (only a match scores 1000; no grid scores 0)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from battflow.execute.scores import (
    NO_GRID,
    batched_counts,
    empty_counts,
    grid_counts,
    palette_bits,
    scores_from_counts,
)
from battflow.kernels.values import grids_from_reference

ARC_COLOURS = st.integers(0, 9)


def grids(max_side=8, colours=ARC_COLOURS):
    return st.integers(0, max_side).flatmap(
        lambda h: st.integers(0 if h == 0 else 1, max_side).flatmap(
            lambda w: st.lists(
                st.lists(colours, min_size=w, max_size=w).map(tuple), min_size=h, max_size=h
            ).map(tuple)
        )
    )


def expected_grids(colours=ARC_COLOURS):
    return grids(colours=colours).filter(lambda g: len(g) > 0)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(grids(colours=st.integers(-2, 12)), expected_grids(st.integers(-1, 10))),
        min_size=1,
        max_size=12,
    )
)
def test_batched_counts_equal_the_reference(pairs):
    outs = grids_from_reference(np, [o for o, _ in pairs])
    exps = grids_from_reference(np, [e for _, e in pairs])
    counts, odd = batched_counts(np, outs.cells, outs.h, outs.w, exps.cells, exps.h, exps.w)
    for k, (out, exp) in enumerate(pairs):
        # an output's colours outside 0..9 are counted; an expected grid's are the reference's
        has_odd = any(not 0 <= c <= 9 for row in exp for c in row)
        assert bool(odd[k]) == has_odd
        if not has_odd:
            assert tuple(counts[k].tolist()) == grid_counts(out, exp), (out, exp)


def test_related_outputs_score_between_0_and_1000():
    same = grid_counts(((1, 2), (3, 4)), ((1, 2), (3, 4)))
    one_off = grid_counts(((1, 2), (3, 4)), ((1, 2), (3, 5)))
    other_shape = grid_counts(((1, 2),), ((1, 2), (3, 5)))
    scores = scores_from_counts(np.array([same, one_off, other_shape, NO_GRID]))
    assert scores["score"].tolist() == [1000, 200 + 450 + 120, 0 + 0 + 200 * 2 // 4, 0]
    assert scores["shape_agreement"].tolist() == [1, 1, 0, -1]
    assert scores["cell_accuracy"][:2].tolist() == [1.0, 0.75]
    assert np.isnan(scores["cell_accuracy"][2:]).all()
    assert scores["palette_agreement"][2] == 0.5 and np.isnan(scores["palette_agreement"][3])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(grids(), expected_grids())
def test_only_a_match_scores_1000(out, exp):
    score = int(scores_from_counts(np.array([grid_counts(out, exp)]))["score"][0])
    assert 0 <= score <= 1000
    assert (score == 1000) == (out == exp)
    if len(out) != len(exp) or (out and len(out[0]) != len(exp[0])):
        assert score <= 200


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.lists(
        st.lists(
            st.tuples(grids(max_side=12, colours=st.integers(-2, 12)), st.booleans()),
            min_size=6,
            max_size=6,
        ),
        min_size=1,
        max_size=5,
    ),
    st.lists(expected_grids(st.integers(-1, 10)), min_size=6, max_size=6),
)
def test_grid_outputs_scored_together_equal_one_by_one(outputs, expected):
    """GridScores pads the outputs of several programs (each on its own canvas, some samples
    left out) to common canvases and scores them in a few calls: status, digest, counts and
    fallback are those of scoring each program alone. A small cell budget forces many calls."""
    from battflow.execute.batched import GridScores, ScoreArrays, _score

    want_grids = grids_from_reference(np, expected, (12, 12))
    palette = palette_bits(np, want_grids.cells, want_grids.h, want_grids.w)
    p, b = len(outputs), len(expected)
    alone = [np.zeros((p, b), np.int8), np.zeros((p, b), np.uint64), np.zeros((p, b), bool)]
    together = [a.copy() for a in alone]
    counts_alone, counts_together = empty_counts((p, b)), empty_counts((p, b))
    scorer = GridScores(np, want_grids, palette, *together, counts_together)
    scorer.CELLS = 300
    for k, program in enumerate(outputs):
        values = [grid if grid else ((0,),) for grid, _ in program]
        out = grids_from_reference(np, values)  # a canvas of its own per program
        todo = np.array([keep for _, keep in program]) & ~out.fb
        one = GridScores(np, want_grids, palette, *alone, counts_alone)  # this program alone
        for arrays, counts, grids in (
            (alone, counts_alone, one),
            (together, counts_together, scorer),
        ):
            into = ScoreArrays(arrays[0][k], arrays[1][k], arrays[2][k], counts[k])
            _score(np, out, want_grids, palette, todo.copy(), into, grids.add(k))
        one.finish()
    scorer.finish()
    for a, t in zip(alone, together, strict=True):
        assert (a == t).all()
    assert (counts_alone == counts_together).all()


def test_palette_bits_against_python():
    rng = np.random.default_rng(4)
    b, H, W = 60, 7, 9
    cells = rng.integers(-2, 13, (b, H, W)).astype(np.int16)
    cells[rng.random((b, H, W)) < 0.8] = rng.integers(0, 4)  # mostly a few colours
    h, w = rng.integers(0, H + 1, b), rng.integers(0, W + 1, b)
    present, odd = palette_bits(np, cells, h, w)
    for k in range(b):
        values = {int(v) for v in cells[k, : h[k], : w[k]].reshape(-1)} if w[k] else set()
        assert present[k].tolist() == [c in values for c in range(10)]
        assert bool(odd[k]) == any(v < 0 or v > 9 for v in values)
