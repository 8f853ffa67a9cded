"""Time the batched executor on numpy and on cupy for the same chunk (no dataset needed).

    python benchmarks/gpu_batched_timing.py [--samples 4096] [--programs programs/gsh]

Prints one line per backend: seconds, pairs/s, batched fraction; and whether the outcomes agree
on the pairs both backends decided.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from battflow.execute.batched import run_batched
from battflow.program import load_programs


def random_grids(n: int, seed: int) -> list:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        h, w = rng.integers(1, 31, size=2)
        grid = rng.integers(0, rng.integers(1, 10) + 1, size=(h, w))
        out.append(tuple(tuple(int(v) for v in row) for row in grid))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=4096)
    parser.add_argument("--programs", default="programs/gsh")
    parser.add_argument("--backends", default="numpy,cupy", help="comma separated")
    args = parser.parse_args()
    wanted = args.backends.split(",")
    programs = load_programs([args.programs])
    inputs, expected = random_grids(args.samples, 0), random_grids(args.samples, 1)
    mask = np.ones((len(programs.programs), len(inputs)), bool)
    pairs = mask.size
    results = {}
    backends = [("numpy", np)] if "numpy" in wanted else []
    if "cupy" in wanted:
        try:
            import cupy

            backends.append(("cupy", cupy))
        except ImportError:
            pass
    for name, xp in backends:
        run_batched(programs.graph, programs.programs, inputs[:64], expected[:64], mask[:, :64], xp)
        t0 = time.perf_counter()
        result = run_batched(programs.graph, programs.programs, inputs, expected, mask, xp)
        seconds = time.perf_counter() - t0
        results[name] = result
        print(
            f"{name:6s} {seconds:8.2f} s  {pairs / seconds:12,.0f} pairs/s  "
            f"batched {1 - result.fallback.mean():.2%}  ({len(programs.programs)} programs x "
            f"{len(inputs)} samples)"
        )
    if "cupy" in results and "numpy" in results:
        # Each backend groups samples its own way (numpy: small shape-sorted groups), and some
        # limits are per batch, so which pairs fall back may differ; outcomes never do.
        host, device = results["numpy"], results["cupy"]
        both = ~host.fallback & ~device.fallback
        same = all(
            np.array_equal(getattr(host, f)[both], getattr(device, f)[both])
            for f in ("status", "digest")
        )
        decided = int(both.sum())
        print(f"cupy outcomes identical to numpy on the {decided:,} pairs both decided: {same}")


if __name__ == "__main__":
    main()
