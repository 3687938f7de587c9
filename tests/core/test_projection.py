from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.errors import InvalidNumberError
from core.explain import describe_steps
from core.formatting import format_estimate
from core.projection import (
    FORMULA,
    Assumptions,
    assumption_labels,
    break_even_growth,
    chip_efficiency_gain,
    default_assumptions,
    project,
)
from core.units import Quantity
from core.values import Estimate, exact, plain_number


def _assumptions(growth: float, gain: float, cadence: float = 2, years: int = 6) -> Assumptions:
    return Assumptions(exact(Quantity(growth, "percent")), exact(Quantity(gain, "")), cadence, years)


def test_the_default_gain_is_epochs_yearly_trend_over_a_two_year_generation(calculator: Calculator) -> None:
    gain = chip_efficiency_gain(calculator)
    assert gain.result.value.magnitude == pytest.approx(1.5**2)
    assert gain.figures_used == ("ml_hardware_efficiency_growth", "chip_generation_years")
    assert "dc_hardware_life" not in gain.figures_used and "b200_speedup" not in gain.figures_used


def test_the_defaults_meet_the_ieas_2030_projection(calculator: Calculator) -> None:
    assumptions = default_assumptions(calculator)
    assert assumptions.demand_growth.value.magnitude == 118  # the calibrated growth, rounded to a whole percent
    assert (assumptions.generation_years, assumptions.years) == (2, 6)
    projection = project(calculator, assumptions)
    years = [year for year, _ in projection.rows()]
    assert years == [2024, 2025, 2026, 2027, 2028, 2029, 2030]
    totals = [total.value.to("TWh/year").magnitude for _, total in projection.rows()]
    assert totals[0] == pytest.approx(415)
    assert totals[-1] == pytest.approx(945, rel=0.10)
    assert totals[-1] == pytest.approx(939.3, abs=0.1)
    assert totals == sorted(totals)  # efficiency rose, and total use rose too
    assert projection.trend == 1


def test_the_default_rows_as_the_reader_sees_them(calculator: Calculator) -> None:
    projection = project(calculator, default_assumptions(calculator))
    english = [format_estimate(total, "en", keep_units=True) for _, total in projection.rows()]
    assert english == [
        "415 TWh a year",
        "about 440 TWh a year",
        "about 480 TWh a year",
        "about 540 TWh a year",
        "about 630 TWh a year",
        "about 760 TWh a year",
        "about 940 TWh a year",
    ]
    chinese = [format_estimate(total, "zh", keep_units=True) for _, total in projection.rows()]
    assert chinese[0] == "每年4150亿度"
    assert chinese[-1] == "每年约9400亿度"


def test_efficiency_applies_to_the_ai_share_only(calculator: Calculator) -> None:
    """With no growth in demand and a huge gain, AI's part vanishes but the other 85 % stays."""
    projection = project(calculator, _assumptions(0, 100, 1, 6))
    assert projection.totals[-1].value.to("TWh/year").magnitude == pytest.approx(415 * 0.85, rel=1e-3)
    assert projection.trend == -1


def test_demand_growing_at_break_even_keeps_electricity_flat(calculator: Calculator) -> None:
    gain = exact(Quantity(2.25, ""))
    break_even = break_even_growth(calculator, gain, 2).result
    assert break_even.value.magnitude == pytest.approx(50)
    assumptions = Assumptions(break_even, gain, 2, 5)
    totals = project(calculator, assumptions).totals
    assert [total.value.to("TWh/year").magnitude for total in totals] == pytest.approx([415] * 6)
    assert project(calculator, assumptions).trend == 0


def test_the_last_year_is_explained_step_by_step(calculator: Calculator) -> None:
    projection = project(calculator, default_assumptions(calculator))
    lines = describe_steps(projection.final, calculator.dataset, "en", assumption_labels("en"))
    assert lines[0] == "1 − 15% (AI servers' share of data-centre electricity, 2024) = 0.85"
    assert lines[-1] == "353 TWh a year + 587 TWh a year = 939 TWh a year"
    assert "1 + 118% (growth in demand for AI work, assumed) = 2.18" in lines
    chinese = describe_steps(projection.final, calculator.dataset, "zh", assumption_labels("zh"))
    assert "6（预测年数，假设值） ÷ 2（芯片换代间隔年数，假设值） = 3" in chinese


@pytest.mark.parametrize(
    ("name", "assumptions"),
    [
        ("growth", _assumptions(-95, 2)),
        ("gain", _assumptions(50, 0)),
        ("cadence", _assumptions(50, 2, 0)),
        ("years", _assumptions(50, 2, 2, 0)),
        ("years", _assumptions(50, 2, 2, 31)),
    ],
)
def test_assumptions_out_of_range_are_refused(calculator: Calculator, name: str, assumptions: Assumptions) -> None:
    with pytest.raises(InvalidNumberError) as error:
        project(calculator, assumptions)
    assert error.value.message("en").startswith(f"--{name} ")


@pytest.mark.parametrize(
    ("growth", "gain", "generation_years"),
    [
        (exact(Quantity(0, "percent")), exact(Quantity(15, "")), 3),
        (exact(Quantity(250, "percent")), exact(Quantity(2.5, "")), 1.5),
        (exact(Quantity(40, "percent")), None, 2),  # the sourced gain: approximate
        (exact(Quantity(30, "percent")), Estimate(Quantity(8, ""), Quantity(5, ""), Quantity(12, ""), 1), 2),
        (
            Estimate(Quantity(20, "percent"), Quantity(10, "percent"), Quantity(35, "percent"), 2),
            exact(Quantity(4, "")),
            2.5,
        ),
    ],
)
def test_every_year_is_what_the_formula_gives_for_that_year(
    calculator: Calculator, growth: Estimate, gain: Estimate | None, generation_years: float
) -> None:
    """The years between come from the yearly change; they must equal the full formula, ranges included."""
    gain = gain or chip_efficiency_gain(calculator).result
    projection = project(calculator, Assumptions(growth, gain, generation_years, 8))
    overrides = {"demand_growth": growth, "efficiency_gain": gain, "generation_years": plain_number(generation_years)}
    for year, total in enumerate(projection.totals[1:], start=1):
        formula = calculator.evaluate(FORMULA, {**overrides, "years": plain_number(year)}).result.to("TWh/year")
        ours = [part for part in total.to("TWh/year").magnitudes() if part is not None]
        assert ours == pytest.approx([part for part in formula.magnitudes() if part is not None], rel=1e-9)
        assert (total.has_range, total.significant_figures, total.approximate) == (
            formula.has_range,
            formula.significant_figures,
            formula.approximate,
        )
