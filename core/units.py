"""The program's one pint unit registry. Every quantity in core is made by this registry.

pint's on-disk cache is deliberately not used (``cache_folder=None``): it has a known bug that can return
wrong results after definitions change.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pint

from core.paths import unit_definitions_file

# "ignore" lets units.txt replace pint's Julian year with a 365-day year; a test checks every unit we add.
registry: pint.UnitRegistry[Any] = pint.UnitRegistry(
    cache_folder=None,
    on_redefinition="ignore",
    autoconvert_offset_to_baseunit=True,
)
registry.load_definitions(str(unit_definitions_file()))

Quantity = registry.Quantity
Unit = registry.Unit

DIMENSIONLESS = registry.dimensionless


@lru_cache(maxsize=512)
def units_of(text: str) -> Any:
    """The pint units named by `text` ("" is a plain number); parsed once, as pint's parser is slow."""
    return registry.parse_units(text) if text.strip() else DIMENSIONLESS


@lru_cache(maxsize=64)
def dimensionality_of(dimension: str) -> Any:
    """The dimensionality named by `dimension` ("[energy]", "[power]", ...), looked up once."""
    return registry.get_dimensionality(dimension)


def quantity(magnitude: float, unit: str) -> Any:
    """Make a quantity of `magnitude` in `unit` (a pint unit string; empty means a plain number)."""
    return Quantity(float(magnitude), units_of(unit))
