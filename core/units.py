"""The program's one pint unit registry. Every quantity in core is made by this registry, and every module takes
pint from here (`from core.units import pint`), imported without numpy.

pint's on-disk cache is deliberately not used (``cache_folder=None``): it has a known bug that can return
wrong results after definitions change.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from core.errors import UnitDefinitionsError
from core.paths import unit_definitions_file


def _import_pint_without_numpy() -> ModuleType:
    """pint, told that numpy is absent. pint looks for numpy once, when it is first imported, and imports it if it
    can: 0.12 s of the 0.27 s pint costs to import here, and 11 MiB of memory. Core computes with plain Python numbers
    (`quantity` converts whatever it is given with float()), so it does without: numpy is hidden from pint's
    import only (Python's documented `sys.modules[name] = None`), also when the charts' pyqtgraph has loaded it
    before. pint then leaves numpy's arrays and scalars alone: `numpy.float64(2) * quantity` is an error, which is
    why no number from numpy may reach core unconverted. ruff's banned-api rule (TID251, pyproject.toml; run by
    tests/test_code_quality.py) keeps every other module from importing pint itself, with numpy, first."""
    if "pint" in sys.modules:
        return sys.modules["pint"]
    absent = object()
    loaded = sys.modules.get("numpy", absent)
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
    try:
        import pint as module
    finally:
        if loaded is not absent:
            sys.modules["numpy"] = loaded  # type: ignore[assignment]
        elif sys.modules.get("numpy", absent) is None:
            del sys.modules["numpy"]
    return module


if TYPE_CHECKING:
    import pint as pint  # the same module, as type checkers see it
else:
    pint = _import_pint_without_numpy()

# "ignore" lets units.txt replace pint's Julian year with a 365-day year; a test checks every unit we add.
registry: pint.UnitRegistry[Any] = pint.UnitRegistry(
    cache_folder=None,
    on_redefinition="ignore",
    autoconvert_offset_to_baseunit=True,
)


def load_definitions(into: Any, path: Path) -> UnitDefinitionsError | None:
    """Load the definitions file at `path` into the registry `into` and check that every unit it defines resolves
    to base units (a misspelt reference such as `度 = kilowat_hour` otherwise fails only when used). Returns the
    problem, or None: raising here would stop the program at import, before any front end can say what is wrong."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        into.load_definitions(str(path))
    except Exception as error:  # pint raises many kinds of error for a bad line; all mean "fix the file"
        return UnitDefinitionsError(
            f"{path.name}: cannot be read ({' '.join(str(error).split())[:200]}); fix the line it names",
            f"{path.name}无法读取（{' '.join(str(error).split())[:200]}）：请修改其中指出的那一行",
        )
    for number, line in enumerate(lines, start=1):
        name = line.split("#", 1)[0].split("=", 1)[0].strip()
        if not name or "=" not in line or name.startswith("@"):
            continue
        try:
            into.Quantity(1, into.parse_units(name)).to_base_units()
        except Exception as error:
            return UnitDefinitionsError(
                f"{path.name} line {number}: '{name}' does not resolve to known units ({error}); fix its definition",
                f"{path.name}第{number}行：“{name}”无法换算为已知单位（{error}）：请修改它的定义",
            )
    return None


DEFINITIONS_PROBLEM = load_definitions(registry, unit_definitions_file())


def check_definitions() -> None:
    """Raise the problem found in units.txt, if any (every front end calls this before calculating)."""
    if DEFINITIONS_PROBLEM is not None:
        raise DEFINITIONS_PROBLEM


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


@lru_cache(maxsize=1024)
def non_multiplicative_units(units: Any) -> tuple[str, ...]:
    """The names in `units` that cannot be multiplied or divided (temperatures in degC and degF, decibels): the
    calculator refuses them rather than give a wrong answer."""
    return tuple(name for name in units._units if not registry._is_multiplicative(name))
