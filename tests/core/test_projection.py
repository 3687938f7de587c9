from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.projection import break_even_growth, chip_efficiency_gain, project
from core.units import Quantity
from core.values import exact


def test_b200_does_about_15_times_the_work_per_kwh(calculator: Calculator) -> None:
    gain = chip_efficiency_gain(calculator).result
    assert gain.value.magnitude == pytest.approx(15)
    assert gain.approximate  # "nearly" twice the power


def test_without_growth_efficiency_cuts_electricity(calculator: Calculator) -> None:
    growth = exact(Quantity(0, "percent"))
    years = project(calculator, "datacentres_2024", growth, exact(Quantity(15, "")), 3, 6)
    assert len(years) == 7
    assert years[0].result.value.to("TWh/year").magnitude == pytest.approx(415)
    assert years[6].result.value.to("TWh/year").magnitude == pytest.approx(415 / 225)
    assert years[6].steps  # every year can be explained


def test_demand_growing_at_break_even_keeps_electricity_flat(calculator: Calculator) -> None:
    gain = exact(Quantity(15, ""))
    break_even = break_even_growth(calculator, gain, 3).result
    assert break_even.value.magnitude == pytest.approx(100 * (15 ** (1 / 3) - 1))
    years = project(calculator, "datacentres_2024", break_even, gain, 3, 5)
    assert years[5].result.value.to("TWh/year").magnitude == pytest.approx(415)


def test_faster_demand_growth_means_more_electricity_despite_efficiency(calculator: Calculator) -> None:
    years = project(calculator, "datacentres_2024", exact(Quantity(200, "percent")), exact(Quantity(15, "")), 3, 3)
    assert years[3].result.value.magnitude > years[0].result.value.magnitude
