"""Efficiency against demand (the Jevons paradox): the world's data-centre electricity over the years.

Chips get more efficient only where AI runs: the AI share of the data-centre load (about 15 % in 2024, IEA) does
`efficiency_gain` times more work per kWh with each chip generation, every `generation_years`, while the demand
for AI work grows by `demand_growth` a year. The rest of the load is held at its starting level, so the model
asks one question: does AI's efficiency outrun AI's demand? Total electricity after n years:

    start * (1 - ai_share) + start * ai_share * (1 + demand_growth) ** n / efficiency_gain ** (n / generation_years)

AI's part stays flat when demand grows by efficiency_gain ** (1 / generation_years) - 1 a year.

The defaults are sourced, not chosen for effect: Epoch AI's 50 % a year more work per kWh for leading ML hardware
over NVIDIA's two-year chip generations (2.25 times per generation), and the demand growth at which the model
meets the IEA's projection for 2030 (945 TWh), rounded to a whole percent. The reader can set any of them.

The last year is evaluated from the formula, with its steps for the reader; the first is the IEA's figure itself.
The years between are the rest plus AI's start times the yearly change to the power n, where the yearly change is
(1 + demand_growth) / efficiency_gain ** (1 / generation_years): one evaluation instead of one per year, so a
slider stays smooth (a test checks both ways agree).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from core import values
from core.calculator import Calculator
from core.errors import InvalidNumberError
from core.expression import Calculation
from core.units import quantity
from core.values import Estimate, exact, plain_number

#: The world's data centres in 2024 (IEA), the AI share of them, and the IEA's projection the defaults meet.
START = "datacentres_2024"
AI_SHARE = "ai_share_datacentres_2024"
OUTLOOK = "datacentres_2030"
OBSERVED = ("datacentres_2024", "datacentres_2025")
#: The sourced efficiency trend and chip cadence behind the default gain per generation.
EFFICIENCY_TREND = "ml_hardware_efficiency_growth"
CADENCE = "chip_generation_years"

REST = f"{START} * (1 - {AI_SHARE})"
AI_START = f"{START} * {AI_SHARE}"
FORMULA = f"{REST} + {AI_START} * (1 + demand_growth) ** years / efficiency_gain ** (years / generation_years)"
YEARLY_CHANGE = "(1 + demand_growth) / efficiency_gain ** (1 / generation_years)"
BREAK_EVEN = "efficiency_gain ** (1 / generation_years) - 1"
GAIN_PER_GENERATION = f"(1 + {EFFICIENCY_TREND}) ** ({CADENCE} / one_year)"
CALIBRATED_GROWTH = (
    f"(({OUTLOOK} - {REST}) / ({AI_START})) ** (1 / years) * efficiency_gain ** (1 / generation_years) - 1"
)

#: What the reader may set (and the command line accepts), so that every value means something.
GROWTH_RANGE = (-90.0, 1000.0)  # percent a year
GAIN_RANGE = (0.1, 100.0)  # times per generation
CADENCE_RANGE = (0.5, 20.0)  # years
YEARS_RANGE = (1, 30)


@dataclass(frozen=True)
class Assumptions:
    """The projection's inputs: demand growth (percent a year), gain per generation, years per generation and
    how many years ahead."""

    demand_growth: Estimate
    efficiency_gain: Estimate
    generation_years: float
    years: int


#: What the projection's assumptions are called in its steps, in each language.
_ASSUMPTION_NAMES = {
    "en": {
        "demand_growth": "growth in demand for AI work",
        "efficiency_gain": "work per kWh, new chips against old",
        "generation_years": "years between chip generations",
        "years": "years ahead",
    },
    "zh": {
        "demand_growth": "人工智能算力需求年增长率",
        "efficiency_gain": "新一代芯片每度电计算量相对上一代的倍数",
        "generation_years": "芯片换代间隔年数",
        "years": "预测年数",
    },
}


def assumption_labels(language: str) -> dict[str, str]:
    """The labels of the projection's assumptions in its steps ("growth in demand for AI work, assumed"): they
    are the starting assumptions or the reader's, and either way assumptions, not sourced figures."""
    mark = "，假设值" if language == "zh" else ", assumed"
    return {name: f"{label}{mark}" for name, label in _ASSUMPTION_NAMES[language].items()}


@dataclass(frozen=True)
class Projection:
    """Total electricity in each year from the start year on, and the last year's calculation with its steps."""

    start_year: int
    totals: tuple[Estimate, ...]
    final: Calculation

    @property
    def trend(self) -> int:
        """+1 when total electricity rises over the years, -1 when it falls, 0 when it stays within 1 %."""
        first, last = (float(total.value.to("TWh/year").magnitude) for total in (self.totals[0], self.totals[-1]))
        if abs(last - first) <= 0.01 * first:
            return 0
        return 1 if last > first else -1

    def rows(self) -> list[tuple[int, Estimate]]:
        """(year, total) for every year."""
        return [(self.start_year + index, total) for index, total in enumerate(self.totals)]


def default_assumptions(calculator: Calculator) -> Assumptions:
    """The sourced defaults: Epoch AI's efficiency trend over NVIDIA's two-year cadence, and the demand growth
    that meets the IEA's 2030 projection (rounded to a whole percent, as a slider shows it)."""
    gain = chip_efficiency_gain(calculator).result
    cadence = float(calculator.named_value(CADENCE).value.to("year").magnitude)
    years = outlook_year(calculator) - start_year(calculator)
    growth = calibrated_growth(calculator, gain, cadence, years).result
    whole_percent = round(float(growth.value.to("percent").magnitude))
    return Assumptions(exact(quantity(whole_percent, "percent")), gain, cadence, years)


def project(calculator: Calculator, assumptions: Assumptions) -> Projection:
    """Total electricity in each year from the start year to `assumptions.years` later; the last with its steps."""
    check_assumptions(assumptions)
    overrides = _overrides(assumptions)
    final = calculator.evaluate(FORMULA, {**overrides, "years": plain_number(assumptions.years)})
    rest, ai_start = _fixed_parts(calculator)
    change = calculator.evaluate(YEARLY_CHANGE, overrides).result
    earlier = [calculator.named_value(START)]  # the start year is the IEA's figure as it stands
    earlier += [
        values.add(rest, values.multiply(ai_start, values.power(change, plain_number(year))))
        for year in range(1, assumptions.years)
    ]
    return Projection(start_year(calculator), (*earlier, final.result.to("TWh/year")), final)


@functools.lru_cache(maxsize=4)
def _fixed_parts(calculator: Calculator) -> tuple[Estimate, Estimate]:
    """The rest of the load and AI's start: they depend on the data only, so a slider step does not recompute
    them (remembered per calculator)."""
    return calculator.evaluate(REST).result, calculator.evaluate(AI_START).result


def break_even_growth(calculator: Calculator, efficiency_gain: Estimate, generation_years: float) -> Calculation:
    """The yearly growth in demand at which AI's electricity stays flat (in percent)."""
    overrides = {"efficiency_gain": efficiency_gain, "generation_years": plain_number(generation_years)}
    return calculator.convert(calculator.evaluate(BREAK_EVEN, overrides), "percent")


def chip_efficiency_gain(calculator: Calculator) -> Calculation:
    """Work per kWh, one chip generation against the last: Epoch AI's yearly gain over NVIDIA's cadence."""
    return calculator.convert(calculator.evaluate(GAIN_PER_GENERATION), "dimensionless")


def calibrated_growth(
    calculator: Calculator, efficiency_gain: Estimate, generation_years: float, years: int
) -> Calculation:
    """The yearly growth in demand for AI work at which the model meets the IEA's projection for its year."""
    overrides = {
        "efficiency_gain": efficiency_gain,
        "generation_years": plain_number(generation_years),
        "years": plain_number(years),
    }
    return calculator.convert(calculator.evaluate(CALIBRATED_GROWTH, overrides), "percent")


def start_year(calculator: Calculator) -> int:
    """The year the projection starts from (the IEA's 2024 figure)."""
    return calculator.dataset.figure(START).year


def outlook_year(calculator: Calculator) -> int:
    """The year of the IEA's projection (2030)."""
    return calculator.dataset.figure(OUTLOOK).year


def check_assumptions(assumptions: Assumptions) -> None:
    """Raise InvalidNumberError, saying what to write, for an assumption outside what the model means."""
    growth = float(assumptions.demand_growth.value.to("percent").magnitude)
    gain = float(assumptions.efficiency_gain.value.to("dimensionless").magnitude)
    checks = [
        ("growth", growth, GROWTH_RANGE, "percent a year", "年增长率（%）"),
        ("gain", gain, GAIN_RANGE, "times the work per kWh per generation", "每代芯片每度电计算量的倍数"),
        ("cadence", assumptions.generation_years, CADENCE_RANGE, "years per chip generation", "芯片换代间隔（年）"),
        ("years", assumptions.years, YEARS_RANGE, "years ahead", "预测年数"),
    ]
    for name, number, (low, high), meaning, meaning_zh in checks:
        if not (math.isfinite(number) and low <= number <= high):
            raise InvalidNumberError(
                f"--{name} {number:g} is out of range: give {meaning} from {low:g} to {high:g}",
                f"--{name} {number:g}超出范围：{meaning_zh}须在{low:g}到{high:g}之间",
            )


def _overrides(assumptions: Assumptions) -> dict[str, Estimate]:
    """The reader's assumptions as the formula's named values."""
    return {
        "demand_growth": assumptions.demand_growth,
        "efficiency_gain": assumptions.efficiency_gain,
        "generation_years": plain_number(assumptions.generation_years),
    }


__all__ = [
    "AI_SHARE",
    "BREAK_EVEN",
    "FORMULA",
    "OBSERVED",
    "OUTLOOK",
    "START",
    "YEARLY_CHANGE",
    "Assumptions",
    "Projection",
    "assumption_labels",
    "break_even_growth",
    "calibrated_growth",
    "check_assumptions",
    "chip_efficiency_gain",
    "default_assumptions",
    "outlook_year",
    "project",
    "start_year",
]
