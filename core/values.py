"""Estimate: a quantity with an optional low-high range, and the interval arithmetic that carries ranges along.

The article and its sources often give ranges ("10-15 %", "6.5-10.2 kW"). An Estimate keeps a central value
and, when the source gave one, the range; every operation propagates both, so "100,000 servers x 6.5-10.2 kW"
gives a range of energies, not a single invented number.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Any

import pint

from core.errors import IncompatibleUnitsError, InvalidNumberError
from core.units import DIMENSIONLESS, Quantity, convert, dimensionality_of, quantity, units_of

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
    was marked as an approximation.
    """

    value: Any
    low: Any = None
    high: Any = None
    significant_figures: int | None = None
    approximate: bool = False

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
    value: float | None, low: float | None, high: float | None, unit: str, significant_figures: int, approximate: bool
) -> Estimate:
    """An Estimate from numbers as a source writes them; a range without a central value uses its midpoint."""
    central = value if value is not None else (float(low or 0) + float(high or 0)) / 2
    return Estimate(
        quantity(central, unit),
        None if low is None else quantity(low, unit),
        None if high is None else quantity(high, unit),
        significant_figures,
        approximate,
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
    return _combine(left, right, lambda a, b: a * b)


def divide(left: Estimate, right: Estimate) -> Estimate:
    """Divide two estimates; a divisor that is zero, or whose range includes zero, is an error."""
    low, high = right.bounds()
    if float(right.value.magnitude) == 0 or float(low.magnitude) * float(high.magnitude) <= 0:
        raise InvalidNumberError(
            "division by zero (or by a range that includes zero): check the divisor",
            "除以零（或除以包含零的范围）：请检查除数",
        )
    return _combine(left, right, lambda a, b: a / b)


def add(left: Estimate, right: Estimate) -> Estimate:
    """Add two estimates of the same dimension; the result is in the left one's units."""
    right = _same_units(left, right, "add")
    bounds = (left.bounds()[0] + right.bounds()[0], left.bounds()[1] + right.bounds()[1])
    return _from_parts(left.value + right.value, _if_ranged(bounds, left, right), left, right)


def subtract(left: Estimate, right: Estimate) -> Estimate:
    """Subtract `right` from `left`; the low end takes the right's high end and vice versa."""
    right = _same_units(left, right, "subtract")
    bounds = (left.bounds()[0] - right.bounds()[1], left.bounds()[1] - right.bounds()[0])
    return _from_parts(left.value - right.value, _if_ranged(bounds, left, right), left, right)


def negate(operand: Estimate) -> Estimate:
    """Return minus `operand`, with its range flipped."""
    low, high = operand.bounds()
    return _from_parts(-operand.value, _if_ranged((-high, -low), operand, operand), operand, operand)


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
    try:
        return _combine(base, plain_number(number), lambda a, b: a ** float(b.magnitude))
    except (OverflowError, ZeroDivisionError, ValueError) as error:
        raise InvalidNumberError(
            f"cannot raise to the power {number:g}: {error}", f"无法计算{number:g}次方：{error}"
        ) from error


def _if_ranged(bounds: tuple[Any, Any], left: Estimate, right: Estimate) -> tuple[Any, Any] | None:
    """The bounds when either operand has a range, else None (no range is invented)."""
    return bounds if left.has_range or right.has_range else None


def _combine(left: Estimate, right: Estimate, operation: Any) -> Estimate:
    """Apply a monotonic-per-argument `operation` to the value and to every corner of the two ranges."""
    try:
        value = operation(left.value, right.value)
        if not (left.has_range or right.has_range):
            return _from_parts(value, None, left, right)
        corners = [operation(a, b) for a in left.bounds() for b in right.bounds()]
    except OverflowError as error:
        raise InvalidNumberError(
            "the result is too large to mean anything: check the exponents and zeros",
            "结果大得没有意义：请检查指数和零的个数",
        ) from error
    except ZeroDivisionError as error:
        raise InvalidNumberError("division by zero: check the divisor", "除以零：请检查除数") from error
    corners = [corner.to(value.units) for corner in corners]
    return _from_parts(value, (min(corners), max(corners)), left, right)


def _from_parts(value: Any, bounds: tuple[Any, Any] | None, left: Estimate, right: Estimate) -> Estimate:
    """Build a checked Estimate whose precision and approximation come from its two operands."""
    figures = [f for f in (left.significant_figures, right.significant_figures) if f is not None]
    return checked(
        Estimate(
            value,
            None if bounds is None else bounds[0],
            None if bounds is None else bounds[1],
            min(figures) if figures else None,
            left.approximate or right.approximate,
        )
    )


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
    """Short unit text for messages ("kWh", "TWh / year")."""
    text = f"{Quantity(1, units).units:~P}"
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
