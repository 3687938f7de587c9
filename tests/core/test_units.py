from __future__ import annotations

import pytest

from core.units import Quantity, registry


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
