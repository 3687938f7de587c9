from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.units import Quantity, convert, pint, quantity, registry, units_of

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize(
    ("text", "kwh"),
    [("1 度", 1), ("1 千瓦时", 1), ("1 兆瓦时", 1e3), ("1 吉瓦时", 1e6), ("1 太瓦时", 1e9), ("1000 瓦时", 1)],
)
def test_chinese_energy_units(text: str, kwh: float) -> None:
    assert registry.parse_expression(text).to("kWh").magnitude == pytest.approx(kwh)


def test_a_year_is_365_days_as_in_energy_statistics() -> None:
    assert Quantity(1, "year").to("day").magnitude == 365
    assert Quantity(1, "年").to("day").magnitude == 365


def test_a_kwh_per_year_is_a_power() -> None:
    assert Quantity(8760, "kWh/year").to("kW").magnitude == pytest.approx(1)


def test_registry_does_not_use_the_disk_cache() -> None:
    assert registry.cache_folder is None


@pytest.mark.parametrize(
    ("magnitude", "source", "target"),
    [
        (564.252, "MWh/day", "TWh/year"),
        (3, "Wh", "度"),
        (9e9, "1/day", "1/year"),
        (6.5, "kW", "MWh/year"),
        (146.6, "percent", ""),
        (20, "degC", "K"),  # an offset: pint converts it
        (68, "degF", "degC"),
    ],
)
def test_remembered_conversions_give_what_pint_gives(magnitude: float, source: str, target: str) -> None:
    value = Quantity(magnitude, units_of(source))
    ours, pints = convert(value, units_of(target)), value.to(units_of(target))
    assert ours.magnitude == pytest.approx(pints.magnitude, rel=1e-15)
    assert ours.units == pints.units


def test_remembered_conversions_still_refuse_different_dimensions() -> None:
    with pytest.raises(pint.DimensionalityError):
        convert(Quantity(1, units_of("kWh")), units_of("kW"))


@pytest.mark.parametrize("numpy_first", [False, True])
def test_core_works_without_numpy_whatever_was_imported_before(numpy_first: bool) -> None:
    """pint is imported without numpy (0.12 s of a cold start): core never loads it, and pint never treats a value
    as an array, also when the charts' pyqtgraph has loaded numpy first (as it does in the tests' process)."""
    code = (
        ("import numpy\n" if numpy_first else "")
        + "import sys\n"
        + "from core.calculator import Calculator\n"
        + "result = Calculator().evaluate('gpt3_training / household_cn_article')\n"
        + "from core.units import pint\n"
        + "print(pint.compat.HAS_NUMPY, 'numpy' in sys.modules, round(result.result.value.to('year').magnitude))\n"
    )
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT)
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.split() == ["False", str(numpy_first), "1000"]


def test_a_number_from_numpy_becomes_a_plain_number_in_a_quantity() -> None:
    """pint knows nothing of numpy here, so core converts what it is given (a chart's value is a numpy float)."""
    import numpy

    training = quantity(numpy.float64(1287), "MWh")
    assert type(training.magnitude) is float
    assert (training / quantity(numpy.int64(1287), "kWh/year")).to("year").magnitude == pytest.approx(1000)
