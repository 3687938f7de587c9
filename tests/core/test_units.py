from __future__ import annotations

import pint
import pytest

from core.units import Quantity, convert, registry, units_of


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
