"""Nodes that only decided programs need are not evaluated, and no outcome changes."""

import numpy as np

from battflow.execute import batched
from battflow.execute.liveness import Liveness, ProgramNeeds
from battflow.program.parse import parse_source

SOURCE = """
def raises_first(I):
    x1 = divide(ONE, ZERO)
    x2 = objects(I, T, F, T)
    O = paint(I, merge(x2))
    return O

def raises_later(I):
    x1 = objects(I, T, F, T)
    x2 = divide(ONE, ZERO)
    x3 = hmirror(I)
    O = vmirror(x3)
    return O

def shares_prefix(I):
    x1 = objects(I, T, F, T)
    O = paint(I, merge(x1))
    return O
"""

GRIDS = [((0, 1), (1, 0)), ((2, 2, 0), (0, 0, 3)), ((5,),)]


def _prims_evaluated(programs, mask):
    graph, all_programs, _ = parse_source(SOURCE, "liveness.py", "solver")
    chosen = [p for p in all_programs if p.name in programs]
    seen: list[str] = []
    original = batched.ChunkEvaluator.node_value

    def recording(self, n, memo):
        node = graph.nodes[n]
        if node.kind == "call":
            seen.append(graph.nodes[node.args[0]].payload)
        return original(self, n, memo)

    batched.ChunkEvaluator.node_value = recording
    try:
        result = batched.run_batched(graph, chosen, GRIDS, GRIDS, mask, np, group=0)
    finally:
        batched.ChunkEvaluator.node_value = original
    return seen, result


def test_statements_after_a_failure_everywhere_are_skipped():
    seen, result = _prims_evaluated({"raises_first", "raises_later"}, np.ones((2, 3), bool))
    assert (result.status == batched.ERROR).all()
    assert "paint" not in seen and "merge" not in seen  # only raises_first needs them
    assert "hmirror" not in seen and "vmirror" not in seen  # after raises_later's divide
    assert "objects" in seen  # raises_later reads it before its divide


def test_a_node_shared_with_a_live_program_is_evaluated():
    seen, result = _prims_evaluated({"raises_first", "shares_prefix"}, np.ones((2, 3), bool))
    assert "paint" in seen and "merge" in seen
    assert (result.status[0] == batched.ERROR).all()
    assert not (result.status[1] == batched.ERROR).any()


def test_programs_asked_about_no_sample_are_not_evaluated():
    mask = np.zeros((1, 3), bool)
    seen, _ = _prims_evaluated({"shares_prefix"}, mask)
    assert seen == []


def test_liveness_follows_source_order_not_node_order():
    graph, programs, _ = parse_source(SOURCE, "liveness.py", "solver")
    program = next(p for p in programs if p.name == "raises_later")
    needs = ProgramNeeds.of(graph, [program])
    live = Liveness(needs, [program], np.ones((1, 2), bool))
    flags = {}
    fails = (np.ones(2, bool), np.zeros(2, bool))
    holds = (np.zeros(2, bool), np.zeros(2, bool))
    first, second = program.statements[:2]
    flags[second] = fails  # settled before the statement ahead of it: not yet decisive
    live.settled(second, flags)
    assert live.wanted(program.output)
    flags[first] = holds
    live.settled(first, flags)
    assert not live.wanted(program.output)
