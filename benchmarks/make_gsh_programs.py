"""Write seeded random straight-line programs built only from grid (G), scalar (S) and
higher-order (H) primitives, in Hodel's solver format: the batched engine's G/S/H workloads.

    python benchmarks/make_gsh_programs.py --count 240 --seed 0                 # programs/gsh
    python benchmarks/make_gsh_programs.py --count 240 --seed 1 --containers 0.4 --out programs/gshc

`programs/gsh` (no containers) is the grid-transform workload; `programs/gshc` mixes in the
container and mapping steps (hsplit/vsplit pieces, palettes, intervals, rows; first/last, argmax,
order, sfilter, extract, apply, mapply, papply, rapply, merge, ...) with probability --containers
per step (`pipelines/gshc.yaml`).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

GRID_UNARY = [
    "rot90",
    "rot180",
    "rot270",
    "hmirror",
    "vmirror",
    "dmirror",
    "cmirror",
    "trim",
    "tophalf",
    "bottomhalf",
    "lefthalf",
    "righthalf",
]
GRID_FACTOR = ["hupscale", "vupscale", "upscale", "downscale"]
GRID_TO_INT = ["height", "width", "mostcolor", "leastcolor", "numcolors", "size"]
INT_UNARY = ["invert", "double", "halve", "increment", "decrement", "crement", "sign"]
INT_BINARY = ["add", "subtract", "multiply", "divide"]
SPLITS = ["hsplit", "vsplit"]
GRID_KEYS = ["numcolors", "height", "width", "size", "mostcolor", "leastcolor"]
INT_MAPS = ["increment", "double", "halve", "invert", "decrement"]
FACTORS = ["ONE", "TWO", "THREE"]
COLOURS = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
SMALL_VECS = ["ORIGIN", "UNITY", "TWO_BY_TWO", "THREE_BY_THREE", "DOWN", "RIGHT", "ZERO_BY_TWO"]


class Builder:
    def __init__(self, rng: random.Random, containers: float = 0.0):
        self.rng = rng
        self.containers = containers
        self.lines: list[str] = []
        self.pool: dict[str, list[str]] = {
            "grid": ["I"],
            "int": [],
            "vec": [],
            "bool": [],
            "gfun": [],
            "pieces": [],
            "ints": [],
        }

    def new(self, kind: str, expr: str) -> str:
        name = f"x{len(self.lines) + 1}"
        self.lines.append(f"    {name} = {expr}")
        self.pool[kind].append(name)
        return name

    def pick(self, kind: str) -> str:
        # Prefer recent values, so programs chain rather than restart from I.
        options = self.pool[kind]
        return options[-1] if self.rng.random() < 0.6 else self.rng.choice(options)

    def int_arg(self) -> str:
        if self.pool["int"] and self.rng.random() < 0.5:
            return self.pick("int")
        return self.rng.choice(COLOURS)

    def step(self) -> None:
        r = self.rng
        if self.containers and r.random() < self.containers:
            self.container_step()
            return
        choice = r.random()
        g = self.pick("grid")
        if choice < 0.30:
            self.new("grid", f"{r.choice(GRID_UNARY)}({g})")
        elif choice < 0.38:
            self.new("grid", f"{r.choice(GRID_FACTOR)}({g}, {r.choice(FACTORS)})")
        elif choice < 0.46:
            op = r.choice(["replace", "switch"])
            self.new("grid", f"{op}({g}, {r.choice(COLOURS)}, {r.choice(COLOURS)})")
        elif choice < 0.52:
            op = r.choice(["hconcat", "vconcat"])
            self.new("grid", f"{op}({g}, {self.pick('grid')})")
        elif choice < 0.57:
            self.new("grid", f"crop({g}, {r.choice(SMALL_VECS[:3])}, {r.choice(SMALL_VECS)})")
        elif choice < 0.62:
            self.new("int", f"{r.choice(GRID_TO_INT)}({g})")
        elif choice < 0.66:
            self.new("int", f"colorcount({g}, {r.choice(COLOURS)})")
        elif choice < 0.70 and self.pool["int"]:
            self.new("int", f"{r.choice(INT_UNARY)}({self.pick('int')})")
        elif choice < 0.74 and self.pool["int"]:
            self.new("int", f"{r.choice(INT_BINARY)}({self.pick('int')}, {self.int_arg()})")
        elif choice < 0.78:
            dims = self.new("vec", f"shape({g})")
            self.new("grid", f"canvas({r.choice(COLOURS)}, {dims})")
        elif choice < 0.82:
            cond = self.new("bool", f"{r.choice(['portrait', 'square'])}({g})")
            self.new("grid", f"branch({cond}, {g}, {self.pool['grid'][0]})")
        elif choice < 0.88:
            a, b = r.sample(GRID_UNARY, 2)
            f = self.new("gfun", f"compose({a}, {b})")
            self.new("grid", f"{f}({g})")
        elif choice < 0.91:
            f = self.new("gfun", f"rbind({r.choice(GRID_FACTOR[:3])}, {r.choice(FACTORS[:2])})")
            self.new("grid", f"{f}({g})")
        elif choice < 0.94:
            f = self.new(
                "gfun",
                f"fork({r.choice(['hconcat', 'vconcat'])}, identity, {r.choice(GRID_UNARY)})",
            )
            self.new("grid", f"{f}({g})")
        elif choice < 0.97:
            f = self.new("gfun", f"power({r.choice(GRID_UNARY[:7])}, {r.choice(FACTORS[1:])})")
            self.new("grid", f"{f}({g})")
        else:
            f = self.new("gfun", f"chain({', '.join(r.sample(GRID_UNARY, 3))})")
            self.new("grid", f"{f}({g})")

    def pieces(self) -> str:
        """A tuple of grids: the pieces of a split (or an earlier tuple of grids)."""
        r = self.rng
        if self.pool["pieces"] and r.random() < 0.5:
            return self.pick("pieces")
        g = self.pick("grid")
        return self.new("pieces", f"{r.choice(SPLITS)}({g}, {r.choice(FACTORS[1:])})")

    def container_step(self) -> None:
        r = self.rng
        choice = r.random()
        g = self.pick("grid")
        if choice < 0.12:
            self.new("grid", f"{r.choice(['first', 'last'])}({self.pieces()})")
        elif choice < 0.24:
            op = r.choice(["argmax", "argmin"])
            self.new("grid", f"{op}({self.pieces()}, {r.choice(GRID_KEYS)})")
        elif choice < 0.32:
            ordered = self.new("pieces", f"order({self.pieces()}, {r.choice(GRID_KEYS)})")
            self.new("grid", f"merge({ordered})")
        elif choice < 0.40:
            mapped = self.new("pieces", f"apply({r.choice(GRID_UNARY)}, {self.pieces()})")
            self.new("grid", f"{r.choice(['first', 'last', 'merge'])}({mapped})")
        elif choice < 0.46:
            self.new("grid", f"mapply({r.choice(GRID_UNARY[:7])}, {self.pieces()})")
        elif choice < 0.52:
            count = self.new("gfun", f"rbind(colorcount, {r.choice(COLOURS)})")
            cond = self.new("gfun", f"compose(positive, {count})")
            kept = self.new("pieces", f"sfilter({self.pieces()}, {cond})")
            self.new("grid", f"first({kept})")
        elif choice < 0.56:
            cond = self.new("gfun", f"matcher({r.choice(GRID_KEYS)}, {self.int_arg()})")
            self.new("grid", f"extract({self.pieces()}, {cond})")
        elif choice < 0.62:
            pal = self.new("ints", f"palette({g})")
            op = r.choice(["size", "maximum", "minimum", "first", "last"])
            self.new("int", f"{op}({pal})")
        elif choice < 0.67:
            pal = self.new("ints", f"palette({g})")
            colour = self.new("int", f"other({pal}, {r.choice(COLOURS)})")
            self.new("grid", f"replace({g}, {colour}, {r.choice(COLOURS)})")
        elif choice < 0.71:
            pal = self.new("ints", f"palette({g})")
            there = self.new("bool", f"contained({r.choice(COLOURS)}, {pal})")
            self.new("grid", f"branch({there}, {g}, {r.choice(GRID_UNARY)}({g}))")
        elif choice < 0.77:
            stop = r.choice([f"height({g})", f"width({g})", self.int_arg()])
            iv = self.new("ints", f"interval(ZERO, {stop}, {r.choice(FACTORS[:2])})")
            mapped = self.new("ints", f"apply({r.choice(INT_MAPS)}, {iv})")
            op = r.choice(["size", "maximum", "minimum"])
            n = self.new("int", f"{op}({mapped})")
            self.new("grid", f"canvas({r.choice(COLOURS)}, astuple({n}, {r.choice(FACTORS)}))")
        elif choice < 0.82:
            pick_row = r.choice(["mostcommon", "leastcommon", "first", "last"])
            row = self.new("ints", f"{pick_row}({g})")
            self.new("grid", f"repeat({row}, {r.choice(FACTORS)})")
        elif choice < 0.87:
            op = r.choice(["dedupe", "rbind(order, identity)", "rbind(remove, ZERO)"])
            if op.startswith("rbind"):
                op = self.new("gfun", op)
            self.new("grid", f"apply({op}, {g})" if op != "dedupe" else f"dedupe({g})")
        elif choice < 0.92:
            a, b = self.pieces(), self.pieces()
            op = r.choice(["hconcat", "vconcat", "cellwise"])
            if op == "cellwise":
                op = self.new("gfun", f"rbind(cellwise, {r.choice(COLOURS)})")
            pairs = self.new("pieces", f"papply({op}, {a}, {b})")
            self.new("grid", f"merge({pairs})")
        elif choice < 0.96:
            a, b = r.sample(GRID_UNARY, 2)
            fs = self.new("gfun", f"astuple({a}, {b})")
            both = self.new("pieces", f"rapply({fs}, {g})")
            self.new("grid", f"{r.choice(['first', 'last', 'merge'])}({both})")
        else:
            key = r.choice(GRID_KEYS)
            self.new("int", f"{r.choice(['valmax', 'valmin'])}({self.pieces()}, {key})")

    def program(self, name: str) -> str:
        for _ in range(self.rng.randint(2, 9)):
            self.step()
        out = self.pick("grid")
        if out == "I":
            out = self.new("grid", f"{self.rng.choice(GRID_UNARY)}(I)")
        body = "\n".join(self.lines)
        return f"def {name}(I):\n{body}\n    O = identity({out})\n    return O\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=240)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="programs/gsh")
    parser.add_argument(
        "--containers", type=float, default=0.0, help="probability of a container step"
    )
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    per_file = 20
    prefix = out.name.replace("-", "_")
    for f in range(0, args.count, per_file):
        chunks = ["from dsl import *\n"]
        for k in range(f, min(f + per_file, args.count)):
            chunks.append(Builder(rng, args.containers).program(f"{prefix}_{k:04d}"))
        (out / f"{prefix}_{f // per_file:02d}.py").write_text("\n\n".join(chunks))
    print(f"wrote {args.count} programs to {out}")


if __name__ == "__main__":
    main()
