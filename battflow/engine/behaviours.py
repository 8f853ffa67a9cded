"""Observational dedup: programs that behave identically on the samples of a run.

Two programs *behave alike* when they were evaluated on the same samples (identical mask rows)
and give the same status and the same output digest on every one of them. Each program gets a
behaviour key, a hash of its row; equal rows give equal keys, and distinct rows give distinct keys
up to a 64-bit hash collision.
"""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np

_ROW_BYTES_PER_BLOCK = 1 << 26
"""About how many bytes of [status, digest, mask] rows `behaviour_keys` reads at once."""


def behaviour_keys(status: Any, digest: Any, mask: Any) -> np.ndarray:
    """One uint64 behaviour key per program, from `status` (int8 [P, N]), `digest`
    (uint64 [P, N]) and `mask` (bool [P, N]); numpy arrays, or anything sliceable by rows into
    them (zarr arrays are read in blocks of rows).

    A program's key is the first 8 bytes (little-endian) of a blake2b hash of its samples in
    order, each sample encoded with a fixed layout: its mask bit, then, where masked, its status
    and digest (zeros where unmasked, so values left outside the mask don't count). So two
    programs get the same key exactly when their masks are identical and they give the same
    status and digest on every masked sample (up to a 64-bit hash collision).
    """
    shape = tuple(status.shape)
    if len(shape) != 2 or tuple(digest.shape) != shape or tuple(mask.shape) != shape:
        raise ValueError(
            f"status, digest and mask must share one [P, N] shape, got "
            f"{tuple(status.shape)}, {tuple(digest.shape)}, {tuple(mask.shape)}"
        )
    n_programs, n_samples = shape
    keys = np.zeros(n_programs, np.uint64)
    rows = max(1, _ROW_BYTES_PER_BLOCK // max(10 * n_samples, 1))
    record = np.dtype([("mask", "u1"), ("status", "i1"), ("digest", "<u8")])
    for lo in range(0, n_programs, rows):
        hi = min(lo + rows, n_programs)
        m = np.asarray(mask[lo:hi], bool)
        packed = np.zeros((hi - lo, n_samples), record)
        packed["mask"] = m
        packed["status"] = np.where(m, np.asarray(status[lo:hi], np.int8), 0)
        packed["digest"] = np.where(m, np.asarray(digest[lo:hi], np.uint64), 0)
        for p in range(hi - lo):
            h = hashlib.blake2b(packed[p].tobytes(), digest_size=8)
            keys[lo + p] = int.from_bytes(h.digest(), "little")
    return keys


def behaviour_groups(keys: np.ndarray) -> list[np.ndarray]:
    """The program indices of each distinct key (ascending within a group), one array per key:
    largest group first, groups of equal size by their first (lowest) program index."""
    keys = np.asarray(keys)
    if keys.size == 0:
        return []
    _, first, inverse, counts = np.unique(
        keys, return_index=True, return_inverse=True, return_counts=True
    )
    order = np.lexsort((first, -counts))
    members = np.argsort(inverse, kind="stable")
    bounds = np.concatenate(([0], np.cumsum(counts)))
    return [members[bounds[g] : bounds[g + 1]] for g in order]
