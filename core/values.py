"""Estimate: a quantity with an optional low-high range, and the interval arithmetic that carries ranges along.

The article and its sources often give ranges ("10-15 %", "6.5-10.2 kW"). An Estimate keeps a central value
and, when the source gave one, the range; every operation propagates both, so "100,000 servers x 6.5-10.2 kW"
gives a range of energies, not a single invented number.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from typing import Any

from core.errors import IncompatibleUnitsError, InvalidNumberError
from core.units import DIMENSIONLESS, Quantity, convert, dimensionality_of, pint, quantity, units_of

#: Magnitudes beyond this, in SI base units, are rejected: the world's yearly electricity is about 1e20 J.
LARGEST_SENSIBLE_MAGNITUDE = 1e40
#: Exponents beyond this are rejected: nothing in energy arithmetic needs more, and it keeps pint fast.
LARGEST_EXPONENT = 12


@dataclass(frozen=True, eq=False)
class Estimate:
    """A quantity with an optional range.

    `value` is the central value (the midpoint when a source gives only a range); `low` and `high` are both
    set or both None and share `value`'s units. `significant_figures` is the precision of the least precise
    input (None when every input is exact, such as 24 hours in a day). `approximate` is true when any input
    was marked as an approximation. `computed` is true for the result of arithmetic (shown with the precision
    its inputs allow), false for a number as a source or a reader wrote it (shown with its own digits).
    `bound` keeps a one-sided figure's side: "at_least", "more_than", "at_most" or "less_than" (None for a
    value that may lie either side); a result computed from a lower bound is a lower bound.
    """

    value: Any
    low: Any = None
    high: Any = None
    significant_figures: int | None = None
    approximate: bool = False
    computed: bool = False
    bound: str | None = None

    @property
    def has_range(self) -> bool:
        """True when the estimate carries a low-high range."""
        return self.low is not None

    @property
    def units(self) -> Any:
        """The pint units of the value."""
        return self.value.units

    def to(self, units: Any) -> Estimate:
        """Convert to `units` (pint units, or their text), raising IncompatibleUnitsError with a readable message
        if impossible."""
        if isinstance(units, str):
            units = units_of(units)  # parsed once: pint re-parses compound unit texts at every call
        try:
            return Estimate(
                convert(self.value, units),
                None if self.low is None else convert(self.low, units),
                None if self.high is None else convert(self.high, units),
                self.significant_figures,
                self.approximate,
                self.computed,
                self.bound,
            )
        except pint.DimensionalityError as error:
            raise IncompatibleUnitsError(*_incompatible_message(self.value.units, units, "convert")) from error

    def magnitudes(self) -> tuple[float, float | None, float | None]:
        """Return (value, low, high) as plain floats in the estimate's own units."""
        return (
            float(self.value.magnitude),
            None if self.low is None else float(self.low.magnitude),
            None if self.high is None else float(self.high.magnitude),
        )

    def bounds(self) -> tuple[Any, Any]:
        """Return (low, high), using the value for both when there is no range."""
        return (self.value, self.value) if self.low is None else (self.low, self.high)


def exact(quantity: Any) -> Estimate:
    """Wrap a quantity that is exact by definition (a number typed by the reader, 24 hours in a day)."""
    return checked(Estimate(quantity))


def from_figures(
    value: float | None,
    low: float | None,
    high: float | None,
    unit: str,
    significant_figures: int,
    approximate: bool,
    bound: str | None = None,
) -> Estimate:
    """An Estimate from numbers as a source writes them; a range without a central value uses its midpoint."""
    central = value if value is not None else (float(low or 0) + float(high or 0)) / 2
    return Estimate(
        quantity(central, unit),
        None if low is None else quantity(low, unit),
        None if high is None else quantity(high, unit),
        significant_figures,
        approximate,
        bound=bound,
    )


#: The sides a one-sided figure can keep, with the direction each points (+1 a lower bound, -1 an upper one) and
#: whether it is strict.
BOUNDS = {"at_least": (1, False), "more_than": (1, True), "at_most": (-1, False), "less_than": (-1, True)}
_BOUND_NAMES = {side: name for name, side in BOUNDS.items()}


def combined_bound(left: Estimate, right: Estimate, right_flips: bool) -> str | None:
    """The side a result keeps from its operands' sides (all magnitudes positive, as energies and counts are).

    A lower bound times (or plus) anything exact stays a lower bound; dividing by (or subtracting) a lower bound
    gives an upper one. Operands bounded on opposite sides leave the result unbounded either way: None.
    """
    sides = []
    for operand, flips in ((left, False), (right, right_flips)):
        if operand.bound is not None:
            direction, strict = BOUNDS[operand.bound]
            sides.append((-direction if flips else direction, strict))
    if not sides or len({direction for direction, _ in sides}) > 1:
        return None
    return _BOUND_NAMES[(sides[0][0], any(strict for _, strict in sides))]


def spanning(*estimates: Estimate) -> Estimate:
    """The range from the smallest to the largest of `estimates` (same dimension), as a source-figure range.

    For "2025 estimates: 0.24-0.34 Wh": the figures stay as their sources wrote them (not computed)."""
    units = estimates[0].units
    ends = [end.to(units) for estimate in estimates for end in estimate.bounds()]
    low, high = min(ends), max(ends)
    figures = [e.significant_figures for e in estimates if e.significant_figures is not None]
    return Estimate(
        (low + high) / 2,
        low,
        high,
        max(figures) if figures else None,
        any(e.approximate for e in estimates),
    )


def plain_number(number: float) -> Estimate:
    """Wrap a plain, exact, dimensionless number."""
    return exact(Quantity(float(number), DIMENSIONLESS))


def checked(estimate: Estimate) -> Estimate:
    """Return `estimate` if all its parts are finite and of sensible size, else raise InvalidNumberError."""
    for part in (estimate.value, estimate.low, estimate.high):
        if part is None:
            continue
        magnitude = float(part.magnitude)
        if math.isnan(magnitude):
            raise InvalidNumberError(
                "the result is not a number (NaN): check for 0/0 or a missing value",
                "结果不是数字（NaN）：请检查是否有0/0或缺少数值",
            )
        if math.isinf(magnitude) or _base_magnitude(part) > LARGEST_SENSIBLE_MAGNITUDE:
            raise InvalidNumberError(
                "the result is too large to mean anything (over 1e40 in SI units): check the exponents and zeros",
                "结果大得没有意义（国际单位制下超过1e40）：请检查指数和零的个数",
            )
    return estimate


def multiply(left: Estimate, right: Estimate) -> Estimate:
    """Multiply two estimates, carrying their ranges by interval arithmetic."""
    return _combine(left, right, lambda a, b: a * b, right_flips=False)


def divide(left: Estimate, right: Estimate) -> Estimate:
    """Divide two estimates; a divisor that is zero, or whose range includes zero, is an error."""
    low, high = right.bounds()
    if float(right.value.magnitude) == 0 or float(low.magnitude) * float(high.magnitude) <= 0:
        raise InvalidNumberError(
            "division by zero (or by a range that includes zero): check the divisor",
            "除以零（或除以包含零的范围）：请检查除数",
        )
    return _combine(left, right, lambda a, b: a / b, right_flips=True)


def add(left: Estimate, right: Estimate) -> Estimate:
    """Add two estimates of the same dimension; the result is in the left one's units."""
    right = _same_units(left, right, "add")
    bounds = (left.bounds()[0] + right.bounds()[0], left.bounds()[1] + right.bounds()[1])
    return _from_parts(left.value + right.value, _if_ranged(bounds, left, right), left, right, right_flips=False)


def subtract(left: Estimate, right: Estimate) -> Estimate:
    """Subtract `right` from `left`; the low end takes the right's high end and vice versa."""
    right = _same_units(left, right, "subtract")
    bounds = (left.bounds()[0] - right.bounds()[1], left.bounds()[1] - right.bounds()[0])
    return _from_parts(left.value - right.value, _if_ranged(bounds, left, right), left, right, right_flips=True)


def negate(operand: Estimate) -> Estimate:
    """Return minus `operand`, with its range flipped."""
    low, high = operand.bounds()
    flipped = replace(operand, bound=None if operand.bound is None else _BOUND_NAMES[_flip(operand.bound)])
    negated = _from_parts(-operand.value, _if_ranged((-high, -low), operand, operand), flipped, flipped, False)
    return replace(negated, computed=operand.computed)


def power(base: Estimate, exponent: Estimate) -> Estimate:
    """Raise `base` to a plain, exact number (no units, no range, at most LARGEST_EXPONENT in size)."""
    if not exponent.value.dimensionless or exponent.has_range:
        raise InvalidNumberError(
            "an exponent must be a plain number without units or range, as in (2 kW)**2",
            "指数必须是不带单位、不带范围的数字，例如(2 kW)**2",
        )
    number = float(exponent.value.to(DIMENSIONLESS).magnitude)
    if abs(number) > LARGEST_EXPONENT:
        raise InvalidNumberError(
            f"the exponent {number:g} is too large: use exponents up to {LARGEST_EXPONENT}",
            f"指数{number:g}太大：指数最大为{LARGEST_EXPONENT}",
        )
    if not number.is_integer() and min(float(part.magnitude) for part in base.bounds()) < 0:
        raise InvalidNumberError(
            f"a negative number has no real power {number:g}: use a whole exponent, or a positive base",
            f"负数的{number:g}次方不是实数：请用整数指数，或正的底数",
        )
    try:
        result = _combine(base, plain_number(number), lambda a, b: a ** float(b.magnitude), right_flips=False)
        if number < 0 and result.bound is not None:
            return replace(result, bound=_BOUND_NAMES[_flip(result.bound)])
        return result
    except (OverflowError, ZeroDivisionError, ValueError) as error:
        raise InvalidNumberError(
            f"cannot raise to the power {number:g}: {error}", f"无法计算{number:g}次方：{error}"
        ) from error


def _if_ranged(bounds: tuple[Any, Any], left: Estimate, right: Estimate) -> tuple[Any, Any] | None:
    """The bounds when either operand has a range, else None (no range is invented)."""
    return bounds if left.has_range or right.has_range else None


def _flip(bound: str) -> tuple[int, bool]:
    """The side opposite `bound`, as (direction, strict)."""
    direction, strict = BOUNDS[bound]
    return -direction, strict


def _combine(left: Estimate, right: Estimate, operation: Any, right_flips: bool) -> Estimate:
    """Apply a monotonic-per-argument `operation` to the value and to every corner of the two ranges."""
    try:
        value = operation(left.value, right.value)
        if not (left.has_range or right.has_range):
            return _from_parts(value, None, left, right, right_flips)
        corners = [operation(a, b) for a in left.bounds() for b in right.bounds()]
    except OverflowError as error:
        raise InvalidNumberError(
            "the result is too large to mean anything: check the exponents and zeros",
            "结果大得没有意义：请检查指数和零的个数",
        ) from error
    except ZeroDivisionError as error:
        raise InvalidNumberError("division by zero: check the divisor", "除以零：请检查除数") from error
    corners = [corner.to(value.units) for corner in corners]
    return _from_parts(value, (min(corners), max(corners)), left, right, right_flips)


def _from_parts(
    value: Any, bounds: tuple[Any, Any] | None, left: Estimate, right: Estimate, right_flips: bool
) -> Estimate:
    """Build a checked Estimate whose precision, approximation and side come from its two operands.

    Multiplying or dividing by a bare unit (exactly 1 kWh, say) leaves the number as it was written; anything
    else makes a computed result."""
    figures = [f for f in (left.significant_figures, right.significant_figures) if f is not None]
    bound = combined_bound(left, right, right_flips)
    opposed = bound is None and left.bound is not None and right.bound is not None
    if _is_bare_unit(right):
        computed = left.computed
    elif _is_bare_unit(left):
        computed = right.computed
    else:
        computed = True
    return checked(
        Estimate(
            value,
            None if bounds is None else bounds[0],
            None if bounds is None else bounds[1],
            min(figures) if figures else None,
            left.approximate or right.approximate or opposed,
            computed,
            bound,
        )
    )


def _is_bare_unit(estimate: Estimate) -> bool:
    """True for exactly one of a unit, or an exact plain power of ten, with nothing measured about it (the `kWh`
    in `1287 kWh`, the 亿 in `98.55亿度`): multiplying by it rescales a number without computing anything."""
    if estimate.significant_figures is not None or estimate.computed or estimate.has_range or estimate.bound:
        return False
    magnitude = abs(float(estimate.value.magnitude))
    if magnitude == 1:
        return True
    power_of_ten = magnitude > 0 and math.log10(magnitude) == round(math.log10(magnitude))
    return power_of_ten and bool(estimate.value.dimensionless)  # 1e8, not a reader's 100,000 MWh


def _same_units(left: Estimate, right: Estimate, verb: str) -> Estimate:
    """Convert `right` to `left`'s units, or explain why two quantities cannot be added or subtracted."""
    if left.value.dimensionality != right.value.dimensionality:
        raise IncompatibleUnitsError(*_incompatible_message(left.units, right.units, verb))
    return right.to(left.units)


def _incompatible_message(first: Any, second: Any, verb: str) -> tuple[str, str]:
    """Explain, in English and Chinese, why two units cannot meet."""
    kinds = {describe_dimension(first), describe_dimension(second)}
    hint_en = hint_zh = ""
    if kinds == {"an energy", "a power (or an energy per time)"}:
        hint_en = ": add a time span (for example * 24 h) or divide by one (for example / year)"
        hint_zh = "：请乘以一段时间（例如 * 24 h）或除以一段时间（例如 / year）"
    elif "a rate per time" in kinds:
        hint_en = ": multiply or divide by a time span so both sides measure the same thing"
        hint_zh = "：请乘或除以一段时间，使两边衡量同一种量"
    elif verb == "convert" and describe_dimension(first) == "a mass" and describe_dimension(second) == "an energy":
        hint_en = (
            ": this is emissions (a mass of CO2-equivalent); show it in t or kg, or compare it with an emitter such as "
            "a car or a person (for example --as car_co2_year_us)"
        )
        hint_zh = (
            "：这是排放量（二氧化碳当量的质量）；请用吨（t）或千克（kg）表示，"
            "或与汽车、人均排放等排放源对比（例如 --as car_co2_year_us）"
        )
    first_en = f"{describe_dimension(first)} ({_unit_text(first)})"
    second_en = f"{describe_dimension(second)} ({_unit_text(second)})"
    first_zh = f"{describe_dimension(first, 'zh')}（{_unit_text(first)}）"
    second_zh = f"{describe_dimension(second, 'zh')}（{_unit_text(second)}）"
    if verb == "convert":
        return f"cannot convert {first_en} to {second_en}{hint_en}", f"无法把{first_zh}换算成{second_zh}{hint_zh}"
    verb_zh = "相加" if verb == "add" else "相减"
    return f"cannot {verb} {first_en} and {second_en}{hint_en}", f"无法把{first_zh}和{second_zh}{verb_zh}{hint_zh}"


def describe_dimension(units: Any, language: str = "en") -> str:
    """Name the kind of quantity `units` measure ("an energy" / "能量", "a power" / "功率", ...)."""
    dimensionality = Quantity(1, units).dimensionality
    for english, chinese, dimension in _DIMENSION_NAMES:
        if dimensionality == dimensionality_of(dimension):
            return chinese if language == "zh" else english
    return f"a quantity of {dimensionality}" if language == "en" else f"{dimensionality}类的量"


_DIMENSION_NAMES = (
    ("an energy", "能量", "[energy]"),
    ("a power (or an energy per time)", "功率（或单位时间的能量）", "[power]"),
    ("a time span", "时间", "[time]"),
    ("a rate per time", "单位时间的次数", "1 / [time]"),
    ("an amount of money", "金额", "[currency]"),
    ("a mass", "质量", "[mass]"),
    ("a plain number", "纯数字", "[]"),
)


def _unit_text(units: Any) -> str:
    """Short unit text for messages ("kWh", "TWh / year"); a product whose units cancel is named by what is left
    ("g·MWh/kWh" is "t")."""
    quantity: Any = Quantity(1, units)
    if len(list(quantity.unit_items())) > 2:
        quantity = quantity.to_reduced_units()
        if quantity.dimensionality == dimensionality_of("[mass]"):
            quantity = quantity.to("t")
    text = f"{quantity.units:~P}"
    return text or "no unit"


def _base_magnitude(quantity: Any) -> float:
    """Absolute magnitude of `quantity` in SI base units (currency counts as its own base), for the size check.

    The factor to base units is remembered per unit: pint takes about 0.07 ms per conversion, and every step of
    every calculation is checked. For an offset unit (degC) the factor is that of 1 degree, close enough for a
    bound of 1e40."""
    return abs(float(quantity.magnitude)) * _base_factor(quantity.units)


@functools.lru_cache(maxsize=1024)
def _base_factor(units: Any) -> float:
    """How many SI base units one `units` is."""
    return abs(float(Quantity(1.0, units).to_base_units().magnitude))
