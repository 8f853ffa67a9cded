"""What the batched pass costs per bucket of input size, against the reference on the same
buckets: where the batched path beats the reference least.

    python benchmarks/bucket_cost.py --samples 250 \
        --programs programs/library storage/runs/full/generated/generate_1.py

Runs the batched pass once over the samples in this process, timing each sample group (CPU
seconds, `time.process_time`, which the VM's stolen time does not inflate) and adding it to its
bucket (`batched.BUCKET_SIDES`); then times the reference on `--reference-samples` seeded
samples of each bucket (every program, one core). Prints, per bucket: samples, groups, batched
seconds per sample, flagged pairs, reference seconds per sample and their ratio. The reference
column is an estimate from few samples; compare batched columns between runs of one code only
when they ran alternately.
"""

from __future__ import annotations

import argparse
import collections
import time

import numpy as np

from battflow.engine.bench import add_workload_options, reference_pass, workload_from_options
from battflow.execute import batched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    add_workload_options(parser)
    parser.add_argument(
        "--reference-samples", type=int, default=6, help="per bucket (0: no reference column)"
    )
    parser.add_argument("--cells", type=int, default=None, help="CPU_GROUP_CELLS to use")
    args = parser.parse_args()
    if args.cells is not None:
        batched.CPU_GROUP_CELLS = args.cells
    work = workload_from_options(args)
    n_programs = len(work.programs)

    seconds: collections.Counter = collections.Counter()
    samples: collections.Counter = collections.Counter()
    groups: collections.Counter = collections.Counter()
    flagged: collections.Counter = collections.Counter()
    run_chunk = batched._run_chunk

    def timed(graph, programs, inputs, *rest):
        t0 = time.process_time()
        result = run_chunk(graph, programs, inputs, *rest)
        k = int(batched.input_shapes(inputs[:1])[2][0])  # a group never spans buckets
        seconds[k] += time.process_time() - t0
        samples[k] += len(inputs)
        groups[k] += 1
        flagged[k] += int(result.fallback.sum())
        return result

    batched._run_chunk = timed
    mask = np.ones((n_programs, len(work.inputs)), bool)
    t0 = time.process_time()
    batched.run_batched(work.graph, work.programs, work.inputs, work.expected, mask)
    total = time.process_time() - t0
    batched._run_chunk = run_chunk
    print(f"workload: {work.description}")
    print(f"batched pass {total:.1f} CPU s (CPU_GROUP_CELLS = {batched.CPU_GROUP_CELLS:,})")

    buckets = batched.input_shapes(work.inputs)[2]
    rng = np.random.default_rng(0)
    bounds = [f"<= {s}" for s in batched.BUCKET_SIDES] + [f"> {batched.BUCKET_SIDES[-1]}"]
    print("bucket    samples groups  batched/sample  flagged  reference/sample  ratio")
    for k in sorted(samples):
        per = seconds[k] / samples[k]
        line = (
            f"{bounds[k]:8s} {samples[k]:8d} {groups[k]:6d} {per * 1e3:12.0f} ms {flagged[k]:8,d}"
        )
        if args.reference_samples > 0:
            members = np.nonzero(buckets == k)[0]
            chosen = rng.choice(members, min(args.reference_samples, len(members)), replace=False)
            t0 = time.process_time()
            reference_pass(
                work.graph,
                work.programs,
                [work.inputs[i] for i in chosen],
                [work.expected[i] for i in chosen],
                1.0,
            )
            ref = (time.process_time() - t0) / len(chosen)
            line += f" {ref * 1e3:14.0f} ms {ref / per:7.1f}x"
        print(line, flush=True)


if __name__ == "__main__":
    main()
