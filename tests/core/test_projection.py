from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.projection import FORMULA, break_even_growth, chip_efficiency_gain, project
from core.units import Quantity
from core.values import Estimate, exact, plain_number


def test_b200_does_about_15_times_the_work_per_kwh(calculator: Calculator) -> None:
    gain = chip_efficiency_gain(calculator).result
    assert gain.value.magnitude == pytest.approx(15)
    assert gain.approximate  # "nearly" twice the power


def test_without_growth_efficiency_cuts_electricity(calculator: Calculator) -> None:
    growth = exact(Quantity(0, "percent"))
    projection = project(calculator, "datacentres_2024", growth, exact(Quantity(15, "")), 3, 6)
    assert len(projection.totals) == 7
    assert projection.totals[0].value.to("TWh/year").magnitude == pytest.approx(415)
    assert projection.totals[6].value.to("TWh/year").magnitude == pytest.approx(415 / 225)
    assert projection.final.result == projection.totals[6]
    assert projection.final.steps  # the last year is explained step by step


def test_demand_growing_at_break_even_keeps_electricity_flat(calculator: Calculator) -> None:
    gain = exact(Quantity(15, ""))
    break_even = break_even_growth(calculator, gain, 3).result
    assert break_even.value.magnitude == pytest.approx(100 * (15 ** (1 / 3) - 1))
    totals = project(calculator, "datacentres_2024", break_even, gain, 3, 5).totals
    assert [total.value.to("TWh/year").magnitude for total in totals] == pytest.approx([415] * 6)


def test_faster_demand_growth_means_more_electricity_despite_efficiency(calculator: Calculator) -> None:
    totals = project(
        calculator, "datacentres_2024", exact(Quantity(200, "percent")), exact(Quantity(15, "")), 3, 3
    ).totals
    assert totals[3].value.magnitude > totals[0].value.magnitude


@pytest.mark.parametrize(
    ("growth", "gain", "generation_years", "start"),
    [
        (exact(Quantity(0, "percent")), exact(Quantity(15, "")), 3, "datacentres_2024"),
        (exact(Quantity(250, "percent")), exact(Quantity(2.5, "")), 1.5, "datacentres_2024"),
        (exact(Quantity(40, "percent")), None, 3, "datacentres_2024"),  # NVIDIA's gain: approximate
        (
            exact(Quantity(30, "percent")),
            Estimate(Quantity(8, ""), Quantity(5, ""), Quantity(12, ""), 1),
            2,
            "datacentres_2024",
        ),
        (
            Estimate(Quantity(20, "percent"), Quantity(10, "percent"), Quantity(35, "percent"), 2),
            exact(Quantity(4, "")),
            2.5,
            "datacentres_2024",
        ),
    ],
)
def test_every_year_is_what_the_formula_gives_for_that_year(
    calculator: Calculator, growth: Estimate, gain: Estimate | None, generation_years: float, start: str
) -> None:
    """The years before the last come from the yearly change; they must equal the full formula, ranges included."""
    gain = gain or chip_efficiency_gain(calculator).result
    projection = project(calculator, start, growth, gain, generation_years, 8)
    overrides = {"demand_growth": growth, "efficiency_gain": gain, "generation_years": plain_number(generation_years)}
    for year, total in enumerate(projection.totals):
        formula = calculator.evaluate(FORMULA.format(start=start), {**overrides, "years": plain_number(year)}).result
        ours = [part for part in total.magnitudes() if part is not None]
        assert ours == pytest.approx([part for part in formula.magnitudes() if part is not None], rel=1e-12)
        assert total.value.units == formula.value.units
        assert (total.has_range, total.significant_figures, total.approximate) == (
            formula.has_range,
            formula.significant_figures,
            formula.approximate,
        )
