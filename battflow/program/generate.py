"""`battflow generate` and a pipeline's `generate:` entries: seeded, deterministic candidates.

    from battflow.program.generate import GenerateConfig, generate, render
    candidates = generate(GenerateConfig(seed=0, count=100))
    text = render(candidates, "batt")

`mode: mutate` mutates the programs found under `sources` (`mutate.py`); `mode: compose` composes
new programs from the signature table (`compose.py`), weighted by how often the primitives appear
in `sources`; `mode: mixed` (the default) does both, `mutate_share` of them mutants. Same config,
same files under `sources`: the same candidates, byte for byte. Duplicates (of each other or of a
parent) are drawn again, so `count` candidates are distinct programs.
"""

from __future__ import annotations

import ast
import random
from collections import Counter
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from battflow.dsl.registry import PRIMITIVES

from .compose import compose_program
from .emit import Candidate, Line, default_of_callee, default_of_kind, render
from .mutate import MUTATION_KINDS, Parent, mutate, parse_sources, read_parents

__all__ = ["GenerateConfig", "GenerateError", "generate", "op_weights", "render"]


class GenerateError(ValueError):
    """A generator config that cannot produce what it asks for; the message says why."""


class GenerateConfig(BaseModel):
    """What to generate. In a pipeline: `programs: [{generate: {seed: 0, count: 2000}}]`."""

    model_config = ConfigDict(extra="forbid")

    seed: int = 0
    count: int = Field(100, ge=1, le=1_000_000)
    mode: Literal["mixed", "mutate", "compose"] = "mixed"
    mutate_share: float = Field(0.5, ge=0, le=1)
    """In `mixed` mode, the share of candidates that are mutants."""
    sources: list[str] = ["programs/library"]
    """Solver files or folders: the parents of mutants, and the op mix compositions follow."""
    length: tuple[int, int] = (4, 12)
    """Steps of a composed program (after dead steps are dropped), low and high."""
    mutation_rate: float = Field(0.3, ge=0, lt=1)
    """After a mutant's first change, the chance of each further one (at most 5)."""
    kinds: dict[str, float] = {k: 1.0 for k in MUTATION_KINDS}
    """Weights of the mutation kinds: constant, primitive, argument (0 turns one off)."""
    form: Literal["batt", "solver"] = "batt"
    """How a pipeline writes the candidates: batt (every op guarded) or plain solver functions."""
    prefix: str = "gen"

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - set(MUTATION_KINDS))
        if unknown:
            raise ValueError(f"unknown mutation kinds {unknown}; known: {list(MUTATION_KINDS)}")
        if any(w < 0 for w in value.values()):
            raise ValueError("mutation kind weights must be >= 0")
        return value

    @field_validator("prefix")
    @classmethod
    def _identifier(cls, value: str) -> str:
        if not value.isidentifier():
            raise ValueError(f"prefix {value!r} is not a Python identifier")
        return value

    @model_validator(mode="after")
    def _lengths(self) -> GenerateConfig:
        low, high = self.length
        if not 1 <= low <= high <= 200:
            raise ValueError(f"length {list(self.length)} must be 1 <= low <= high <= 200")
        return self


def op_weights(sources: list[tuple[str, ast.Module]]) -> dict[str, float]:
    """primitive -> 1 + its uses (called or passed as a value) in parsed files
    (`parse_sources`)."""
    counts: Counter = Counter()
    for _, tree in sources:
        counts.update(
            n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in PRIMITIVES
        )
    return {name: 1.0 + counts[name] for name in PRIMITIVES}


def _composed(rng: random.Random, weights: dict[str, float], cfg: GenerateConfig, name: str):
    for _ in range(50):
        steps = compose_program(rng, weights, cfg.length)
        if steps is not None:
            lines = tuple(Line(s.name, s.expr, default_of_kind(s.kind)) for s in steps)
            return Candidate(name, lines, "O", "composed")
    raise GenerateError("the composer got stuck 50 times in a row; widen `length`")


def _mutant(rng: random.Random, parents: list[Parent], cfg: GenerateConfig, name: str):
    for _ in range(50):
        parent = rng.choice(parents)
        made = mutate(parent, rng, cfg.mutation_rate, cfg.kinds)
        if made is None:
            continue
        child, notes = made
        lines = tuple(Line(s.target, s.expr, default_of_callee(s.callee)) for s in child.statements)
        return Candidate(name, lines, child.output, f"mutant of {parent.name}: {'; '.join(notes)}")
    raise GenerateError("no parent has a site the allowed mutation kinds can change")


def _body(c: Candidate) -> tuple:
    return (*tuple((ln.target, ln.expr) for ln in c.lines), c.output)


def generate(cfg: GenerateConfig) -> list[Candidate]:
    """`cfg.count` distinct candidates, named `<prefix>_<seed>_<m|c><index>`, in a fixed order."""
    rng = random.Random(cfg.seed)
    sources = parse_sources(cfg.sources)
    weights = op_weights(sources)
    parents = read_parents(sources) if cfg.mode != "compose" else []
    if cfg.mode != "compose" and not parents:
        raise GenerateError(
            f"mode {cfg.mode!r} needs solver files to mutate; none found under {cfg.sources}"
        )
    seen = {(*tuple((s.target, s.expr) for s in p.statements), p.output) for p in parents}
    out: list[Candidate] = []
    for k in range(cfg.count):
        mutant = cfg.mode == "mutate" or (cfg.mode == "mixed" and rng.random() < cfg.mutate_share)
        name = f"{cfg.prefix}_{cfg.seed}_{'m' if mutant else 'c'}{k:05d}"
        for _ in range(20):
            c = _mutant(rng, parents, cfg, name) if mutant else _composed(rng, weights, cfg, name)
            if _body(c) not in seen:
                break
        else:
            raise GenerateError(
                f"no new distinct candidate in 20 draws after {k}: the sources and settings "
                "allow few programs (more parents, kinds or a wider `length` allow more)"
            )
        seen.add(_body(c))
        out.append(c)
    return out
