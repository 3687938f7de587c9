"""The energy ladder: every figure that is an energy (or an energy per day or year) on one scale.

One-off energies (a search, a training run, a phone charge) stand as they are; rates stand at what they add
up to in one year, so a web search (0.3 Wh) and the world's yearly electricity (about 3e16 Wh) share a scale.
"""

from __future__ import annotations

from dataclasses import dataclass

from core import values
from core.dataset import Dataset, Figure
from core.units import Quantity, dimensionality_of, units_of
from core.values import Estimate

PERIODS = ("year", "day")


@dataclass(frozen=True)
class Rung:
    """A figure on the ladder: its energy (in Wh) for one item, or for one year when the figure is a rate."""

    figure: Figure
    energy: Estimate
    per_year: bool


def ladder(dataset: Dataset) -> list[Rung]:
    """Every energy and energy-per-period figure, from smallest to largest."""
    rungs = [rung for figure in dataset.figures.values() if (rung := _rung(figure)) is not None]
    return sorted(rungs, key=lambda rung: float(rung.energy.value.magnitude))


def _rung(figure: Figure) -> Rung | None:
    """The figure's place on the ladder, or None when it is not an energy (a power, a count, a share)."""
    estimate = figure.estimate()
    dimensionality = estimate.value.dimensionality
    if dimensionality == dimensionality_of("[energy]"):
        return Rung(figure, estimate.to(units_of("watt_hour")), per_year=False)
    if dimensionality == dimensionality_of("[power]") and _is_rate(estimate):
        one_year = values.exact(Quantity(1, units_of("year")))
        return Rung(figure, values.multiply(estimate, one_year).to(units_of("watt_hour")), per_year=True)
    return None


def _is_rate(estimate: Estimate) -> bool:
    """True for an energy per year or per day (TWh/year), not for a power rating (kW)."""
    return any(name in PERIODS and exponent == -1 for name, exponent in estimate.value.unit_items())
