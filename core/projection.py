"""Efficiency against demand (the Jevons paradox): total electricity over the years.

Each chip generation does `efficiency_gain` times more work per kWh and arrives every `generation_years`;
the work demanded grows by `demand_growth` a year. Total electricity after n years:

    start * (1 + demand_growth) ** n / efficiency_gain ** (n / generation_years)

It stays flat when demand grows by efficiency_gain ** (1 / generation_years) - 1 a year.

The last year is evaluated from that formula, with its steps for the reader. The years before it are the start
times the yearly change, (1 + demand_growth) / efficiency_gain ** (1 / generation_years), to the power n: one
evaluation instead of one per year, so a slider stays smooth. Each input appears once in the formula and every
operation in it is monotonic, so both ways give the same value and the same range (a test checks it).
"""

from __future__ import annotations

from dataclasses import dataclass

from core import values
from core.calculator import Calculator
from core.expression import Calculation
from core.values import Estimate, plain_number

FORMULA = "{start} * (1 + demand_growth) ** years / efficiency_gain ** (years / generation_years)"
YEARLY_CHANGE = "(1 + demand_growth) / efficiency_gain ** (1 / generation_years)"
BREAK_EVEN = "efficiency_gain ** (1 / generation_years) - 1"


@dataclass(frozen=True)
class Projection:
    """Total electricity in each year from 0 on, and the last year's calculation with its steps."""

    totals: tuple[Estimate, ...]
    final: Calculation


def project(
    calculator: Calculator,
    start_id: str,
    demand_growth: Estimate,
    efficiency_gain: Estimate,
    generation_years: float,
    years: int,
) -> Projection:
    """Total electricity in each year from 0 to `years`; the last year with its steps."""
    overrides = {
        "demand_growth": demand_growth,
        "efficiency_gain": efficiency_gain,
        "generation_years": plain_number(generation_years),
    }
    final = calculator.evaluate(FORMULA.format(start=start_id), {**overrides, "years": plain_number(years)})
    start = calculator.named_value(start_id)
    change = calculator.evaluate(YEARLY_CHANGE, overrides).result
    earlier = [values.multiply(start, values.power(change, plain_number(year))) for year in range(years)]
    return Projection((*earlier, final.result), final)


def break_even_growth(calculator: Calculator, efficiency_gain: Estimate, generation_years: float) -> Calculation:
    """The yearly growth in demand at which total electricity stays flat (in percent)."""
    overrides = {"efficiency_gain": efficiency_gain, "generation_years": plain_number(generation_years)}
    return calculator.convert(calculator.evaluate(BREAK_EVEN, overrides), "percent")


def chip_efficiency_gain(calculator: Calculator) -> Calculation:
    """The B200's work per kWh against the H100: NVIDIA's speed-up over its rise in rated power."""
    return calculator.evaluate("b200_speedup / b200_power_vs_h100")


__all__ = [
    "BREAK_EVEN",
    "FORMULA",
    "YEARLY_CHANGE",
    "Projection",
    "break_even_growth",
    "chip_efficiency_gain",
    "project",
]
