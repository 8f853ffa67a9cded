"""What the fallback pass costs, program by program: the batched pass on real ARC samples in
this process, then the reference on every pair it flags, each pair timed.

    python benchmarks/fallback_cost.py --samples 250 \
        --programs programs/library storage/runs/full/generated/generate_1.py

Prints the two passes' times, the fallback causes, and the programs whose flagged pairs cost
the reference most (seconds, pairs, and the causes counted for that program): the list to
work down when the fallback pass is a large part of `battflow bench`'s worker time.
"""

from __future__ import annotations

import argparse
import collections
import time

import numpy as np

from battflow.engine.bench import add_workload_options, workload_from_options
from battflow.execute import batched
from battflow.execute.reference import SampleEvaluator, sample_inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    add_workload_options(parser)
    parser.add_argument("--timeout", type=float, default=1.0, help="reference cap per pair (s)")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    work = workload_from_options(args)
    mask = np.ones((len(work.programs), len(work.inputs)), bool)

    causes_of: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    original = batched.first_failures

    def counted(graph, program, flags, todo, causes):
        before = collections.Counter(causes)
        out = original(graph, program, flags, todo, causes)
        for cause, count in causes.items():
            if count > before.get(cause, 0):
                causes_of[program.name][cause] += count - before.get(cause, 0)
        return out

    batched.first_failures = counted
    t0 = time.perf_counter()
    result = batched.run_batched(work.graph, work.programs, work.inputs, work.expected, mask)
    batched_s = time.perf_counter() - t0
    batched.first_failures = original

    seconds: collections.Counter = collections.Counter()
    pairs: collections.Counter = collections.Counter()
    t0 = time.perf_counter()
    for c in np.nonzero(result.fallback.any(axis=0))[0]:
        evaluator = SampleEvaluator(work.graph, sample_inputs(work.inputs[c], (), ()))
        for p in np.nonzero(result.fallback[:, c])[0]:
            name = work.programs[p].name
            start = time.perf_counter()
            evaluator.run(work.programs[p], work.expected[c], args.timeout)
            seconds[name] += time.perf_counter() - start
            pairs[name] += 1
    fallback_s = time.perf_counter() - t0

    n_pairs = mask.size
    flagged = int(result.fallback.sum())
    print(f"workload: {work.description}")
    print(
        f"batched pass {batched_s:.1f} s; {flagged:,} of {n_pairs:,} pairs flagged "
        f"({1 - flagged / max(1, n_pairs):.2%} batched); fallback pass {fallback_s:.1f} s"
    )
    print("causes:", ", ".join(f"{k} {v:,}" for k, v in result.causes.most_common(12) if v))
    print(f"{'seconds':>8} {'pairs':>6}  program  (causes)")
    for name, secs in seconds.most_common(args.top):
        why = ", ".join(f"{k} {v}" for k, v in causes_of[name].most_common(3))
        print(f"{secs:8.2f} {pairs[name]:6d}  {name}  ({why})")


if __name__ == "__main__":
    main()
