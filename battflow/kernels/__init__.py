"""Batched rules: one function per primitive over an array namespace `xp` (numpy or cupy),
grouped by family, registered on the primitive registry (`Primitive.batched`), plus the batched
value representations (`values.py`). Never imports cupy: callers pass `xp`."""
