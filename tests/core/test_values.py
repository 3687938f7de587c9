"""Interval arithmetic on estimates: ranges, one-sided bounds, precision and the 'computed' mark, operation by
operation, with exact expected ends (core/values.py)."""

from __future__ import annotations

import pytest

from core import values
from core.errors import InvalidNumberError
from core.units import quantity
from core.values import Estimate


def ranged(low: float, high: float, unit: str = "kWh", figures: int | None = None) -> Estimate:
    """A source-written range with its central value in the middle."""
    return Estimate(quantity((low + high) / 2, unit), quantity(low, unit), quantity(high, unit), figures)


def ends(estimate: Estimate) -> tuple[float, float]:
    low, high = estimate.bounds()
    return float(low.magnitude), float(high.magnitude)


def test_ranges_add_and_subtract_end_by_end() -> None:
    one, two = ranged(1, 2), ranged(10, 20)
    assert ends(values.add(one, two)) == (11, 22)
    assert ends(values.subtract(two, one)) == (8, 19)  # the low end takes the other's high end
    assert ends(values.subtract(one, two)) == (-19, -8)
    assert float(values.add(one, two).value.magnitude) == 16.5


def test_an_exact_number_added_to_an_exact_number_has_no_range() -> None:
    result = values.add(values.exact(quantity(1, "kWh")), values.exact(quantity(2, "kWh")))
    assert result.low is None and result.high is None and float(result.value.magnitude) == 3


def test_products_and_quotients_take_the_extreme_corners() -> None:
    assert ends(values.multiply(ranged(2, 3, ""), ranged(4, 5, ""))) == (8, 15)
    assert ends(values.divide(ranged(8, 15, ""), ranged(4, 5, ""))) == (1.6, 3.75)


def test_negation_flips_the_range_and_the_side() -> None:
    negated = values.negate(ranged(1, 2))
    assert ends(negated) == (-2, -1)
    at_least = Estimate(quantity(5, "kWh"), bound="at_least", computed=True)
    flipped = values.negate(at_least)
    assert (flipped.bound, flipped.computed, float(flipped.value.magnitude)) == ("at_most", True, -5)
    assert values.negate(values.exact(quantity(5, "kWh"))).computed is False


@pytest.mark.parametrize(
    ("operation", "left_bound", "right_bound", "result"),
    [
        (values.multiply, "at_least", None, "at_least"),
        (values.multiply, None, "at_most", "at_most"),
        (values.divide, None, "at_least", "at_most"),  # dividing by a lower bound gives an upper one
        (values.divide, "at_least", "at_most", "at_least"),
        (values.add, "more_than", "at_least", "more_than"),  # strict wins
        (values.subtract, "at_least", "at_least", None),  # opposite sides: no side at all
        (values.multiply, "at_least", "at_most", None),
    ],
)
def test_a_side_is_carried_through_arithmetic(operation, left_bound, right_bound, result) -> None:
    left = Estimate(quantity(10, "kWh"), bound=left_bound)
    right = Estimate(quantity(2, "kWh" if operation in (values.add, values.subtract) else ""), bound=right_bound)
    combined = operation(left, right)
    assert combined.bound == result
    assert combined.approximate is (result is None and None not in (left_bound, right_bound))


def test_a_negative_power_flips_the_side() -> None:
    base = Estimate(quantity(4, ""), bound="at_least")
    assert values.power(base, values.plain_number(-1)).bound == "at_most"
    assert values.power(base, values.plain_number(2)).bound == "at_least"
    assert float(values.power(base, values.plain_number(0.5)).value.magnitude) == 2


def test_precision_is_the_least_of_the_operands_and_a_bare_unit_changes_nothing() -> None:
    rough, fine = ranged(1, 3, "kWh", figures=1), ranged(2, 4, "", figures=4)
    assert values.multiply(rough, fine).significant_figures == 1
    written = Estimate(quantity(1287, "MWh"), significant_figures=4)
    as_is = values.multiply(written, values.exact(quantity(1, "")))
    assert (as_is.computed, as_is.significant_figures) == (False, 4)
    assert values.multiply(written, values.plain_number(2)).computed is True


@pytest.mark.parametrize(
    ("estimate", "english"),
    [
        (Estimate(quantity(float("nan"), "kWh")), "the result is not a number (NaN): check for 0/0 or a missing value"),
        (
            Estimate(quantity(2e40, "J")),
            "the result is too large to mean anything (over 1e40 in SI units): check the exponents and zeros",
        ),
        (
            Estimate(quantity(1, "kWh"), quantity(1, "kWh"), quantity(float("inf"), "kWh")),
            "the result is too large to mean anything (over 1e40 in SI units): check the exponents and zeros",
        ),
    ],
)
def test_nonsense_results_are_refused(estimate: Estimate, english: str) -> None:
    with pytest.raises(InvalidNumberError) as raised:
        values.checked(estimate)
    assert raised.value.message("en") == english


def test_a_sensible_result_passes_unchanged() -> None:
    estimate = Estimate(quantity(1e39, "J"))
    assert values.checked(estimate) is estimate


def test_a_source_range_without_a_central_value_is_centred_on_its_midpoint() -> None:
    written = values.from_figures(None, 620, 1050, "TWh/year", 2, True)
    assert (float(written.value.magnitude), ends(written)) == (835, (620, 1050))
    assert values.from_figures(800, 620, 1050, "TWh/year", 2, True).value.magnitude == 800
