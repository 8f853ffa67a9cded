"""Programs: parse solver/batt source into the IR, merged into one typed DAG."""

from .ir import CALL, CONST, GUARD, INPUT, PRIM, Graph, Node, Program, SourceRef
from .parse import ProgramReject, ProgramSet, load_programs, parse_source, python_files

__all__ = [
    "CALL",
    "CONST",
    "GUARD",
    "INPUT",
    "PRIM",
    "Graph",
    "Node",
    "Program",
    "ProgramReject",
    "ProgramSet",
    "SourceRef",
    "load_programs",
    "parse_source",
    "python_files",
]
