"""Compare a result with a yardstick, reconciling time.

energy            / household's yearly use   -> N households for a year       (HOUSEHOLD_YEARS)
energy            / a city's yearly use      -> what the city uses in T        (DURATION)
energy per year   / household's yearly use   -> as much as N households use    (COUNT)
energy per year   / Three Gorges' yearly     -> 0.29 x the Three Gorges        (SHARE)
energy            / one phone charge         -> N phone charges                (COUNT)
energy per year   / one phone charge         -> N phone charges a day          (COUNT_PER_DAY)

Emissions (a mass of CO2) compare with emitters the same way: tonnes / a car's tonnes a year -> N cars for a
year (HOUSEHOLD_YEARS), tonnes / one flight -> N flights (COUNT).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core import values
from core.dataset import COUNTED_KINDS, Figure, YardstickKind
from core.errors import IncompatibleUnitsError
from core.expression import Calculation, Operation, Step, Term, TermKind
from core.units import Quantity, dimensionality_of, units_of
from core.values import Estimate, describe_dimension


class ComparisonKind(StrEnum):
    """How a result relates to a yardstick; decides the wording and what the number counts."""

    COUNT = "count"
    COUNT_PER_DAY = "count_per_day"
    HOUSEHOLD_YEARS = "household_years"
    DURATION = "duration"
    SHARE = "share"


@dataclass(frozen=True)
class Comparison:
    """A result measured in a yardstick: `amount` is a plain number, or a time span for DURATION."""

    yardstick: Figure
    kind: ComparisonKind
    amount: Estimate
    calculation: Calculation

    @property
    def subject(self) -> Estimate:
        """What was measured in the yardstick (the dividend of the last step)."""
        return self.calculation.steps[-1].operands[0].estimate


def compare(calculation: Calculation, yardstick: Figure) -> Comparison:
    """Measure `calculation`'s result in `yardstick`, adding the division as the last step."""
    if yardstick.yardstick is None:
        raise ValueError(f"{yardstick.id} is not a yardstick")
    result, measure = calculation.result, yardstick.estimate()
    kind, units = _kind_and_units(result, measure, yardstick)
    if kind is ComparisonKind.HOUSEHOLD_YEARS:
        # N households for a year: divide by one household-year of energy (or a car-year of CO2), a plain count.
        year_of_it = values.multiply(measure, values.exact(Quantity(1, units_of("year"))))
        measure = year_of_it.to(units_of("tonne" if _is_mass(year_of_it) else "kilowatt_hour"))
    amount = values.divide(result, measure).to(units)
    if kind is ComparisonKind.DURATION:
        amount = amount.to(readable_time_unit(amount))
    step = Step(Operation.DIVIDE, (calculation.result_term(), Term(measure, TermKind.FIGURE, yardstick.id)), amount)
    with_step = Calculation(
        calculation.expression,
        amount,
        (*calculation.steps, step),
        tuple(dict.fromkeys((*calculation.figures_used, yardstick.id))),
    )
    return Comparison(yardstick, kind, amount, with_step)


def _kind_and_units(result: Estimate, measure: Estimate, yardstick: Figure) -> tuple[ComparisonKind, Any]:
    """Decide the comparison from the two dimensions; explain when they cannot meet."""
    assert yardstick.yardstick is not None
    kind = yardstick.yardstick.kind
    counted = kind in COUNTED_KINDS
    by_the_year = kind in (YardstickKind.HOUSEHOLD, YardstickKind.EMITTER)  # "N households (cars) for a year"
    amounts = (dimensionality_of("[energy]"), dimensionality_of("[mass]"))
    time = dimensionality_of("[time]")
    result_dimension, measure_dimension = result.value.dimensionality, measure.value.dimensionality
    if result_dimension == measure_dimension:
        return (ComparisonKind.COUNT if counted else ComparisonKind.SHARE), units_of("dimensionless")
    if result_dimension in amounts and measure_dimension == result_dimension / time:
        if by_the_year:
            return ComparisonKind.HOUSEHOLD_YEARS, units_of("dimensionless")
        return ComparisonKind.DURATION, units_of("second")
    if measure_dimension in amounts and result_dimension == measure_dimension / time:
        return ComparisonKind.COUNT_PER_DAY, 1 / units_of("day")
    if kind is YardstickKind.EMITTER:
        raise IncompatibleUnitsError(
            f"cannot compare {describe_dimension(result.units)} ({result.units:~P}) with {yardstick.id} "
            f"({yardstick.unit}), which is emissions: compare a mass of CO2 (such as t), for example "
            f"gpt3_training * grid_intensity_cn_2024",
            f"无法把{describe_dimension(result.units, 'zh')}（{result.units:~P}）与{yardstick.label_zh}"
            f"（{yardstick.unit}，排放量）对比：请对比二氧化碳的质量（如t），"
            "例如gpt3_training * grid_intensity_cn_2024",
        )
    raise IncompatibleUnitsError(
        f"cannot compare {describe_dimension(result.units)} ({result.units:~P}) with {yardstick.id} "
        f"({yardstick.unit}): compare an energy (such as MWh) or an energy per year (such as TWh/year)",
        f"无法把{describe_dimension(result.units, 'zh')}（{result.units:~P}）与{yardstick.label_zh}（{yardstick.unit}）"
        "对比：请对比能量（如MWh）或每年的能量（如TWh/year）",
    )


def _is_mass(estimate: Estimate) -> bool:
    """True when `estimate` is a mass (of CO2)."""
    return bool(estimate.value.dimensionality == dimensionality_of("[mass]"))


def readable_time_unit(duration: Estimate) -> Any:
    """The time unit that reads best for a duration: seconds up to minutes, ..., years."""
    seconds = abs(float(duration.value.to("second").magnitude))
    for threshold, unit in ((365 * 86400, "year"), (86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= threshold:
            return units_of(unit)
    return units_of("second")
