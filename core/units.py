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


@lru_cache(maxsize=4096)
def conversion_factor(source: Any, target: Any) -> float | None:
    """What a magnitude in `source` units is multiplied by to be in `target` units; None when the two are apart by
    an offset too (degC to K), so only pint can convert. Raises pint.DimensionalityError when they measure
    different things. Remembered per pair: pint takes 0.03-0.1 ms to work a conversion out, and a slider step
    formats dozens of numbers."""
    if Quantity(0.0, source).to(target).magnitude != 0:
        return None
    return float(Quantity(1.0, source).to(target).magnitude)


def convert(value: Any, target: Any) -> Any:
    """`value` (a pint quantity) in `target` units, as pint's `to` gives it."""
    factor = conversion_factor(value.units, target)
    if factor is None:
        return value.to(target)
    return Quantity(value.magnitude * factor, target)


def quantity(magnitude: float, unit: str) -> Any:
    """Make a quantity of `magnitude` in `unit` (a pint unit string; empty means a plain number)."""
    return Quantity(float(magnitude), units_of(unit))
