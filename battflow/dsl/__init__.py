"""battflow's reference DSL: a clean-room implementation of Michael Hodel's ARC DSL.

`from battflow.dsl import *` gives every primitive (same names, same parameter names), the 28
constants and the type aliases, so a solver file written for arc-dsl runs by swapping its imports.
The behaviour is the contract of `dsl-spec.md`: return types, exceptions, and the construction order
of every frozenset, so that CPython's iteration order matches the original.

The primitive registry (`battflow.dsl.registry.PRIMITIVES`) lists the 160 primitives with their
signatures, families and order tags. This package imports nothing else of battflow.
"""

from . import constants as _constants
from . import types as _types
from .arithmetic import *
from .bbox import *
from .colours import *
from .combinators import *
from .constants import *
from .containers import *
from .dispatch import toindices
from .extraction import *
from .grids import *
from .logic import *
from .painting import *
from .patches import *
from .periodicity import *
from .registry import PRIMITIVES as _PRIMITIVES
from .relations import *
from .types import *

__all__ = [*_PRIMITIVES, *_constants.__all__, *_types.__all__]
