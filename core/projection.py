"""Efficiency against demand (the Jevons paradox): total electricity over the years.

Each chip generation does `efficiency_gain` times more work per kWh and arrives every `generation_years`;
the work demanded grows by `demand_growth` a year. Total electricity after n years:

    start * (1 + demand_growth) ** n / efficiency_gain ** (n / generation_years)

It stays flat when demand grows by efficiency_gain ** (1 / generation_years) - 1 a year.
"""

from __future__ import annotations

from core.calculator import Calculator
from core.expression import Calculation
from core.values import Estimate, plain_number

FORMULA = "{start} * (1 + demand_growth) ** years / efficiency_gain ** (years / generation_years)"
BREAK_EVEN = "efficiency_gain ** (1 / generation_years) - 1"


def project(
    calculator: Calculator,
    start_id: str,
    demand_growth: Estimate,
    efficiency_gain: Estimate,
    generation_years: float,
    years: int,
) -> list[Calculation]:
    """Total electricity in each year from 0 to `years`, each with its steps."""
    overrides = {
        "demand_growth": demand_growth,
        "efficiency_gain": efficiency_gain,
        "generation_years": plain_number(generation_years),
    }
    formula = FORMULA.format(start=start_id)
    return [calculator.evaluate(formula, {**overrides, "years": plain_number(year)}) for year in range(years + 1)]


def break_even_growth(calculator: Calculator, efficiency_gain: Estimate, generation_years: float) -> Calculation:
    """The yearly growth in demand at which total electricity stays flat (in percent)."""
    overrides = {"efficiency_gain": efficiency_gain, "generation_years": plain_number(generation_years)}
    return calculator.convert(calculator.evaluate(BREAK_EVEN, overrides), "percent")


def chip_efficiency_gain(calculator: Calculator) -> Calculation:
    """The B200's work per kWh against the H100: NVIDIA's speed-up over its rise in rated power."""
    return calculator.evaluate("b200_speedup / b200_power_vs_h100")


__all__ = ["BREAK_EVEN", "FORMULA", "break_even_growth", "chip_efficiency_gain", "project"]
