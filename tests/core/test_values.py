"""Interval arithmetic on estimates: ranges, one-sided bounds, precision and the 'computed' mark, operation by
operation, with exact expected ends (core/values.py)."""

from __future__ import annotations

import pytest

from core import values
from core.errors import IncompatibleUnitsError, InvalidNumberError
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
    assert values.power(base, values.plain_number(0.5)).bound == "at_least"  # a root keeps the side


def test_precision_is_the_least_of_the_operands_and_a_bare_unit_changes_nothing() -> None:
    rough, fine = ranged(1, 3, "kWh", figures=1), ranged(2, 4, "", figures=4)
    assert values.multiply(rough, fine).significant_figures == 1
    written = Estimate(quantity(1287, "MWh"), significant_figures=4)
    as_is = values.multiply(written, values.exact(quantity(1, "")))
    assert (as_is.computed, as_is.significant_figures) == (False, 4)
    assert values.multiply(written, values.plain_number(2)).computed is True


NAN_EN = "the result is not a number (NaN): check for 0/0 or a missing value"
NAN_ZH = "结果不是数字（NaN）：请检查是否有0/0或缺少数值"
TOO_LARGE_EN = "the result is too large to mean anything (over 1e40 in SI units): check the exponents and zeros"
TOO_LARGE_ZH = "结果大得没有意义（国际单位制下超过1e40）：请检查指数和零的个数"


@pytest.mark.parametrize(
    ("estimate", "english", "chinese"),
    [
        (Estimate(quantity(float("nan"), "kWh")), NAN_EN, NAN_ZH),
        (Estimate(quantity(2e40, "J")), TOO_LARGE_EN, TOO_LARGE_ZH),
        (Estimate(quantity(1e38, "kWh")), TOO_LARGE_EN, TOO_LARGE_ZH),  # 3.6e44 J: the limit is in SI units
        (Estimate(quantity(1, "kWh"), quantity(1, "kWh"), quantity(float("inf"), "kWh")), TOO_LARGE_EN, TOO_LARGE_ZH),
    ],
)
def test_nonsense_results_are_refused(estimate: Estimate, english: str, chinese: str) -> None:
    with pytest.raises(InvalidNumberError) as raised:
        values.checked(estimate)
    assert (raised.value.message("en"), raised.value.message("zh")) == (english, chinese)


@pytest.mark.parametrize("estimate", [Estimate(quantity(1e39, "J")), Estimate(quantity(1e40, "J"))])
def test_a_sensible_result_up_to_1e40_si_units_passes_unchanged(estimate: Estimate) -> None:
    assert values.checked(estimate) is estimate


def test_a_source_range_without_a_central_value_is_centred_on_its_midpoint() -> None:
    written = values.from_figures(None, 620, 1050, "TWh/year", 2, True)
    assert (float(written.value.magnitude), ends(written)) == (835, (620, 1050))
    assert values.from_figures(800, 620, 1050, "TWh/year", 2, True).value.magnitude == 800
    assert float(values.from_figures(None, 0, 10, "percent", 1, False).value.magnitude) == 5  # an end at zero
    assert float(values.from_figures(None, -10, 0, "", 1, False).value.magnitude) == -5


def test_a_range_plus_or_minus_an_exact_number_keeps_its_range() -> None:
    one = values.exact(quantity(1, "kWh"))
    assert ends(values.add(ranged(1, 2), one)) == (2, 3)
    assert ends(values.subtract(one, ranged(0.25, 0.5))) == (0.5, 0.75)


def test_dividing_a_range_by_a_lower_bound_gives_an_upper_bound() -> None:
    assert values.divide(ranged(10, 20), Estimate(quantity(2, ""), bound="at_least")).bound == "at_most"


@pytest.mark.parametrize("divisor", [ranged(0, 2, ""), values.negate(ranged(0, 2, ""))])
def test_a_divisor_whose_range_reaches_zero_is_refused_in_both_languages(divisor: Estimate) -> None:
    with pytest.raises(InvalidNumberError) as raised:
        values.divide(values.exact(quantity(5, "kWh")), divisor)
    assert raised.value.message("en") == "division by zero (or by a range that includes zero): check the divisor"
    assert raised.value.message("zh") == "除以零（或除以包含零的范围）：请检查除数"


def test_exponents_up_to_twelve_and_the_root_of_zero_are_allowed() -> None:
    assert float(values.power(values.plain_number(2), values.plain_number(12)).value.magnitude) == 4096
    assert float(values.power(values.plain_number(0), values.plain_number(0.5)).value.magnitude) == 0


@pytest.mark.parametrize(
    ("base", "exponent", "english", "chinese"),
    [
        (0, -1, "division by zero: check the divisor", "除以零：请检查除数"),
        (
            1e30,
            12,
            "the result is too large to mean anything: check the exponents and zeros",
            "结果大得没有意义：请检查指数和零的个数",
        ),
    ],
)
def test_a_power_that_divides_by_zero_or_overflows_is_refused_in_both_languages(
    base: float, exponent: float, english: str, chinese: str
) -> None:
    with pytest.raises(InvalidNumberError) as raised:
        values.power(values.plain_number(base), values.plain_number(exponent))
    assert (raised.value.message("en"), raised.value.message("zh")) == (english, chinese)


@pytest.mark.parametrize(
    "one",
    [
        Estimate(quantity(1, ""), quantity(0.5, ""), quantity(1.5, "")),  # a range around 1
        Estimate(quantity(1, ""), computed=True),  # a result that happens to be 1
        Estimate(quantity(1, ""), significant_figures=4),  # 1.000 as a source wrote it
    ],
)
def test_a_one_that_was_measured_or_computed_is_not_a_bare_unit(one: Estimate) -> None:
    written = Estimate(quantity(1287, "MWh"), significant_figures=4)
    assert values.multiply(written, one).computed is True


def test_a_bare_unit_or_power_of_ten_leaves_the_other_side_as_it_was() -> None:
    written = Estimate(quantity(1287, "MWh"), significant_figures=4)
    assert values.multiply(written, values.plain_number(1e-3)).computed is False  # 1e-3 rescales, like milli
    result = Estimate(quantity(5, ""), computed=True)
    assert values.multiply(values.exact(quantity(1, "kWh")), result).computed is True


def test_a_rate_and_an_energy_cannot_be_added_and_the_message_says_why_in_both_languages() -> None:
    with pytest.raises(IncompatibleUnitsError) as raised:
        values.add(values.exact(quantity(9e9, "1/day")), values.exact(quantity(1, "kWh")))
    assert raised.value.message("en") == (
        "cannot add a rate per time (1/d) and an energy (kWh): multiply or divide by a time span so both sides "
        "measure the same thing"
    )
    assert (
        raised.value.message("zh")
        == "无法把单位时间的次数（1/d）和能量（kWh）相加：请乘或除以一段时间，使两边衡量同一种量"
    )


def test_a_plain_number_is_named_without_a_unit() -> None:
    with pytest.raises(IncompatibleUnitsError) as raised:
        values.add(values.plain_number(2), values.exact(quantity(1, "kWh")))
    assert raised.value.message("en") == "cannot add a plain number (no unit) and an energy (kWh)"
