"""Turn quantities into text a reader expects, in English or Chinese. The one place numbers become words.

English picks the SI prefix that reads best and uses thousands separators and million/billion:
"27 GWh a day", "27 million kWh", "9 billion a day", "USD 100 billion".
Chinese counts energy in 度 (kWh) with 万 and 亿: "每天2700万度", "每年98.55亿度", "90亿", "1000亿美元".

Precision (one rule, for every front end): a number as its source or the reader wrote it keeps its own digits
(1,287 MWh; 512,821 servers; 0.3 Wh). A computed result shows no more than its inputs allow: three significant
figures, or two when an input is written with only one or two (6.764 minutes from "about 100 TWh" reads
"about 6.8 minutes"). A scenario that reproduces a number the article printed keeps the article's digits
(9.855 TWh, 98.55亿度: see core.calculator). Approximations read "about" / "约", one-sided figures keep their
side ("more than 50%" / "50%以上", "at least USD 100 billion" / "至少1000亿美元"); Chinese puts 约 and 至少 before
the number, after the period: 每年约98.55亿度.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.precision import decimals_for, round_to_significant, significant_figures_of
from core.units import Quantity, dimensionality_of, registry, units_of
from core.values import Estimate

LANGUAGES = ("en", "zh")

#: A number shown in the ladder's lowest scale (万, million) must stay this short: 10,791度, not 1.0791万度.
DEFAULT_DIGITS = 4
#: Digits for an exact number (24 hours, a reader's slider value) and, at most, for a figure a source wrote.
MOST_DIGITS = 6
#: Digits for a computed result: at most RESULT_DIGITS, and ROUGH_RESULT_DIGITS when an input is written with
#: that many or fewer.
RESULT_DIGITS = 3
ROUGH_RESULT_DIGITS = 2

_PERIOD_WORDS = {
    "year": ("a year", "每年"),
    "day": ("a day", "每天"),
    "hour": ("an hour", "每小时"),
    "week": ("a week", "每周"),
    "month": ("a month", "每月"),
    "minute": ("a minute", "每分钟"),
    "second": ("a second", "每秒"),
}


@dataclass(frozen=True)
class _Rung:
    """One rung of a ladder of scales: values of at least `at_least` read as `template` with n = value / divisor."""

    at_least: float
    divisor: float
    template: str
    compact_only: bool = False  # the lowest scale (万, million) only when the number stays short: 10,791度


def _ladder(*rungs: tuple[float, str], smallest: tuple[float, str], compact: bool = False) -> tuple[_Rung, ...]:
    """A ladder from (factor, template) pairs, largest first, and the rung for whatever is left."""
    lowest_scaled = min((f for f, _ in rungs if f > 1), default=None)
    return (
        *(_Rung(f, f, t, compact and f == lowest_scaled) for f, t in rungs),
        _Rung(0.0, smallest[0], smallest[1]),
    )


_ENERGY_EN = _ladder(  # in Wh
    (1e12, "{n} TWh"), (1e9, "{n} GWh"), (1e6, "{n} MWh"), (1e3, "{n} kWh"), smallest=(1, "{n} Wh")
)
_ENERGY_ZH = _ladder(
    (1e12, "{n}万亿度"), (1e8, "{n}亿度"), (1e4, "{n}万度"), (1, "{n}度"), smallest=(1e-3, "{n}瓦时"), compact=True
)
_KWH_EN = _ladder(
    (1e12, "{n} trillion kWh"), (1e9, "{n} billion kWh"), (1e6, "{n} million kWh"), smallest=(1, "{n} kWh")
)
_POWER_EN = _ladder((1e12, "{n} TW"), (1e9, "{n} GW"), (1e6, "{n} MW"), (1e3, "{n} kW"), smallest=(1, "{n} W"))
_POWER_ZH = _ladder((1e8, "{n}亿千瓦"), (1e4, "{n}万千瓦"), (1, "{n}千瓦"), smallest=(1e-3, "{n}瓦"))
_COUNT_EN = _ladder(
    (1e12, "{n} trillion"), (1e9, "{n} billion"), (1e6, "{n} million"), smallest=(1, "{n}"), compact=True
)
_COUNT_ZH = _ladder((1e12, "{n}万亿"), (1e8, "{n}亿"), (1e4, "{n}万"), smallest=(1, "{n}"), compact=True)
_MONEY_EN = tuple(_Rung(r.at_least, r.divisor, "USD " + r.template, r.compact_only) for r in _COUNT_EN)
_MONEY_ZH = tuple(_Rung(r.at_least, r.divisor, r.template + "美元", r.compact_only) for r in _COUNT_ZH)
_DURATION_EN = _ladder(
    (365 * 86400, "{n} years"),
    (86400, "{n} days"),
    (3600, "{n} hours"),
    (60, "{n} minutes"),
    smallest=(1, "{n} seconds"),
)
_DURATION_ZH = _ladder(
    (365 * 86400, "{n}年"), (86400, "{n}天"), (3600, "{n}小时"), (60, "{n}分钟"), smallest=(1, "{n}秒")
)
_MASS_EN = _ladder(
    (1e12, "{n} billion t"), (1e9, "{n} million t"), (1000, "{n} t"), (1, "{n} kg"), smallest=(1e-3, "{n} g")
)
_MASS_ZH = _ladder((1e11, "{n}亿吨"), (1e7, "{n}万吨"), (1000, "{n}吨"), (1, "{n}千克"), smallest=(1e-3, "{n}克"))

#: Water, in litres (a US gallon is about 3.785 L: a figure given in gallons reads in litres, as students learn).
_VOLUME_EN = _ladder((1e9, "{n} billion L"), (1e6, "{n} million L"), (1, "{n} L"), smallest=(1e-3, "{n} mL"))
_VOLUME_ZH = _ladder((1e8, "{n}亿升"), (1e4, "{n}万升"), (1, "{n}升"), smallest=(1e-3, "{n}毫升"), compact=True)
#: A grid's carbon intensity, in grams of CO2(e) per kWh (一度电排放多少克).
_INTENSITY_EN = _ladder((1000, "{n} kg/kWh"), smallest=(1, "{n} g/kWh"))
_INTENSITY_ZH = _ladder((1000, "{n}千克/度"), smallest=(1, "{n}克/度"))
#: Emissions per distance (a flight's per passenger-km).
_PER_KM_EN = _ladder(smallest=(1, "{n} kg/km"))
_PER_KM_ZH = _ladder(smallest=(1, "{n}千克/公里"))

#: For each kind of quantity: the unit values are converted to, then the English and the Chinese ladder.
_LADDERS: dict[str, tuple[str, str, tuple[_Rung, ...], tuple[_Rung, ...]]] = {
    "[energy]": ("Wh", "kWh", _ENERGY_EN, _ENERGY_ZH),
    "[power]": ("W", "kW", _POWER_EN, _POWER_ZH),
    "[currency]": ("USD", "USD", _MONEY_EN, _MONEY_ZH),
    "[time]": ("s", "s", _DURATION_EN, _DURATION_ZH),
    "[mass]": ("kg", "kg", _MASS_EN, _MASS_ZH),
    "[volume]": ("L", "L", _VOLUME_EN, _VOLUME_ZH),
    "[mass] / [energy]": ("g/kWh", "g/kWh", _INTENSITY_EN, _INTENSITY_ZH),
    "[mass] / [length]": ("kg/km", "kg/km", _PER_KM_EN, _PER_KM_ZH),
}
#: Kinds of quantity always worded by their ladder, never in the unit a figure was written in (ml, gal).
_ALWAYS_LADDERED = ("[volume]",)
#: Ranges in Chinese use the article's wave dash (5.7～8.9TWh); English uses an en dash.
_RANGE_SEPARATOR = {"en": "–", "zh": "～"}


#: The words that keep a one-sided figure's side, before the number (English, Chinese) or after it (Chinese 以上).
_BOUND_WORDS = {
    "at_least": ("at least {n}", "至少{n}"),
    "more_than": ("more than {n}", "{n}以上"),
    "at_most": ("at most {n}", "最多{n}"),
    "less_than": ("less than {n}", "不到{n}"),
}


def display_digits(estimate: Estimate) -> int:
    """How many significant figures to show for `estimate` (see the module docstring)."""
    precision = estimate.significant_figures
    if estimate.computed:
        return ROUGH_RESULT_DIGITS if precision is not None and precision <= ROUGH_RESULT_DIGITS else RESULT_DIGITS
    if precision is None:
        return MOST_DIGITS
    return min(MOST_DIGITS, precision)


def bound_prefix(bound: str | None, language: str) -> str:
    """The words a side puts before its number ("at most ", "最多"); "" for none, or for a side written after the
    number (Chinese 以上)."""
    if bound is None:
        return ""
    english, chinese = _BOUND_WORDS[bound]
    template = chinese if language == "zh" else english
    return template.removesuffix("{n}") if template.endswith("{n}") else ""


def marked(text: str, estimate: Estimate, language: str) -> str:
    """`text` (a number with its unit) with the estimate's side or "about": "at least …", "约…", "…以上"."""
    if estimate.bound is not None:
        english, chinese = _BOUND_WORDS[estimate.bound]
        return (chinese if language == "zh" else english).format(n=text)
    if estimate.approximate:
        return f"约{text}" if language == "zh" else f"about {text}"
    return text


def format_number(number: float, language: str = "en", digits: int = DEFAULT_DIGITS) -> str:
    """A plain number to `digits` significant figures, with thousands separators and no trailing zeros."""
    del language  # both languages write 2,700 and 9.855 the same way
    rounded = round_to_significant(number, digits)
    text = f"{rounded:,.{decimals_for(rounded, digits)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_estimate(estimate: Estimate, language: str = "en", keep_units: bool = False, asked: bool = False) -> str:
    """Format an Estimate (value or range, any supported dimension) for a reader, marking approximations.

    With `keep_units`, English keeps the estimate's own simple unit ("1,287 MWh", "29.3 TWh a year") instead
    of choosing a prefix, unless the number would fall below 1 (0.79 TWh reads 790 GWh); use it for a figure shown
    as its source wrote it. With `asked` too, the unit is the one the reader asked for and is kept however small
    the number ("0.2 TWh"). Chinese always counts energy in 度 with 万 and 亿.
    """
    _check_language(language)
    text = _format_parts(estimate, language, keep_units, asked)
    if language == "en":
        text = _ONE_TIME_UNIT.sub(r"\1", text)  # "1 year", not "1 years"
    return text


def format_quantity(quantity: Any, language: str = "en", digits: int = MOST_DIGITS) -> str:
    """Format one pint quantity, as written up to `digits` significant figures."""
    estimate = Estimate(quantity, significant_figures=digits)
    return format_estimate(estimate, language)


def format_amount(estimate: Estimate, language: str = "en") -> str:
    """The amount of a per-period figure without its period, as the source wrote it: "500,000 kWh" / "50万度" of
    500,000 kWh a day (for "ChatGPT一天“吃”掉50万度电")."""
    _period, per_period = _split_period(estimate)
    return format_estimate(per_period, language, keep_units=True)


def format_in_kwh(estimate: Estimate, language: str = "en") -> str:
    """An energy (or energy per period) in kWh with words ("27 million kWh a day"); Chinese uses 度 anyway."""
    period, per_period = _split_period(estimate)
    if language == "zh" or not _has_dimension(per_period.units, "[energy]"):
        return format_estimate(estimate, language)
    text = _render(per_period.to("kWh"), _KWH_EN, display_digits(estimate), language)
    return _with_period(text, period, language, estimate)


def format_count(number: float, language: str = "en", digits: int = DEFAULT_DIGITS) -> str:
    """A count or ratio with words for large numbers ("9 billion", "90亿", "1,000")."""
    _check_language(language)
    ladder = _COUNT_ZH if language == "zh" else _COUNT_EN
    rung = _choose(abs(number), ladder, digits)
    return rung.template.format(n=_scaled(number, rung, language, digits))


def format_percent(number: float, language: str = "en", digits: int = 3) -> str:
    """A share in percent ("29.2%")."""
    return f"{format_number(number, language, digits)}%"


def _format_parts(estimate: Estimate, language: str, keep_units: bool, asked: bool = False) -> str:
    """Format value or range, choosing one scale for both ends of a range."""
    period, per_period = _split_period(estimate)
    digits = display_digits(estimate)
    units = per_period.units
    laddered = any(_has_dimension(per_period.units, dimension) for dimension in _ALWAYS_LADDERED)
    if (
        keep_units
        and not laddered
        and _is_simple_unit(per_period.units)
        and (asked or _reads_well_in_its_unit(per_period))
    ):
        unit_name = _unit_name(per_period, language)
        if unit_name is not None:
            number = _join_range(per_period, lambda q: format_number(float(q.magnitude), language, digits), language)
            spaced = unit_name if language == "zh" else f" {unit_name}"
            return _with_period(f"{number}{spaced}", period, language, estimate)
    if _is_dimensionless(units):
        return _with_period(_format_plain(per_period, language, digits), period, language, estimate)
    for dimension, (base_en, base_zh, ladder_en, ladder_zh) in _LADDERS.items():
        if _has_dimension(per_period.units, dimension):
            if language == "zh":
                text = _render(per_period.to(base_zh), ladder_zh, digits, language)
            else:
                text = _render(per_period.to(base_en), ladder_en, digits, language)
            return _with_period(text, period, language, estimate)
    value_text = _join_range(per_period, lambda q: format_number(float(q.magnitude), language, digits), language)
    return _with_period(f"{value_text} {per_period.units:~P}", period, language, estimate)


def _format_plain(estimate: Estimate, language: str, digits: int) -> str:
    """Counts in words, shares in percent."""
    if estimate.units == units_of("percent"):
        return _join_range(estimate, lambda q: format_number(float(q.magnitude), language, digits), language) + "%"
    plain = estimate.to(units_of("dimensionless"))
    ladder = _COUNT_ZH if language == "zh" else _COUNT_EN
    return _render(plain, ladder, digits, language)


def _render(estimate: Estimate, ladder: tuple[_Rung, ...], digits: int, language: str) -> str:
    """Scale an Estimate (in the ladder's unit) by the rung its largest end reaches; one scale for a range."""
    value, low, high = estimate.magnitudes()
    largest = max(abs(x) for x in (value, low, high) if x is not None)
    rung = _choose(largest, ladder, digits)
    if low is None or high is None:
        return rung.template.format(n=_scaled(value, rung, language, digits))
    low_rung = _choose(abs(low), ladder, digits) if language == "zh" else rung
    suffix = _unit_suffix(rung.template)
    if low_rung is not rung and _unit_suffix(low_rung.template) == suffix:
        # Chinese names each end in its own scale: 6200亿～1.05万亿度, not 0.62～1.05万亿度.
        low_text = low_rung.template.format(n=_scaled(low, low_rung, language, digits)).removesuffix(suffix)
    else:
        low_text = _scaled(low, rung, language, digits)
    return rung.template.format(n=join_range(low_text, _scaled(high, rung, language, digits), language))


def _scaled(number: float, rung: _Rung, language: str, digits: int) -> str:
    """`number` in the rung's scale; Chinese writes no thousands comma before 万 or 亿 (2700万度, 4600亿度), as the
    article does, and keeps it for plain numbers (1,287度)."""
    text = format_number(number / rung.divisor, language, digits)
    if language == "zh" and ("万" in rung.template or "亿" in rung.template):
        text = text.replace(",", "")
    return text


def _unit_suffix(template: str) -> str:
    """What follows the number and its scale word in a rung's template ("度" of "{n}亿度", "美元", "")."""
    tail = template.split("{n}", 1)[1]
    return tail.lstrip("万亿")


def _choose(magnitude: float, ladder: tuple[_Rung, ...], digits: int) -> _Rung:
    """The largest rung the magnitude reaches; compact-only rungs need a short mantissa."""
    for rung in ladder[:-1]:
        if magnitude < rung.at_least:
            continue
        if rung.compact_only:
            mantissa = round_to_significant(magnitude, digits) / rung.divisor
            if significant_figures_of(round(mantissa, 9)) > DEFAULT_DIGITS:
                continue
        return rung
    return ladder[-1]


def _join_range(estimate: Estimate, render: Callable[[Any], str], language: str) -> str:
    """Value, or "low–high" (Chinese "low～high")."""
    if not estimate.has_range:
        return render(estimate.value)
    return join_range(render(estimate.low), render(estimate.high), language)


def join_range(low: str, high: str, language: str) -> str:
    """Two ends as a range, "low–high" (Chinese "low～high"); ends that round to the same words are one number,
    not "0.11%–0.11%"."""
    return high if low == high else f"{low}{_RANGE_SEPARATOR[language]}{high}"


def _split_period(estimate: Estimate) -> tuple[str | None, Estimate]:
    """Separate a per-period rate ("Wh/day") into its period ("day") and the amount per period."""
    period = period_of(estimate.value.units)
    if period is None:
        return None, estimate
    name, amount_units = period
    return name, Estimate(
        Quantity(estimate.value.magnitude, amount_units),
        None if estimate.low is None else Quantity(estimate.low.magnitude, amount_units),
        None if estimate.high is None else Quantity(estimate.high.magnitude, amount_units),
        estimate.significant_figures,
        estimate.approximate,
        estimate.computed,
        estimate.bound,
    )


@functools.lru_cache(maxsize=1024)
def period_of(units: Any) -> tuple[str, Any] | None:
    """The period a pint unit is "per" and the units of the amount per period ("day" and Wh for Wh/day), or None."""
    for name, exponent in Quantity(1, units).unit_items():
        period = _CHINESE_PERIODS.get(name, name)  # 年, 天 and 日 are units of their own in units.txt
        if exponent == -1 and period in _PERIOD_WORDS:
            return str(period), (Quantity(1, units) * Quantity(1, units_of(name))).units
    return None


_CHINESE_PERIODS = {"年": "year", "天": "day", "日": "day", "小时": "hour"}


def _with_period(text: str, period: str | None, language: str, estimate: Estimate) -> str:
    """Mark `text` as the estimate's side or approximation, then add "a day" / "每天" around it (每天约2700万度)."""
    text = marked(text, estimate, language)
    if period is None:
        return text
    english, chinese = _PERIOD_WORDS[period]
    return f"{chinese}{text}" if language == "zh" else f"{text} {english}"


_ONE_TIME_UNIT = re.compile(r"(?<![\d.,])(1 (?:year|day|hour|minute|second|week|month))s\b")

#: Time units spelled out when a figure keeps its unit ("24 hours a day", "每天24小时").
_TIME_UNIT_NAMES = {
    "hour": ("hours", "小时"),
    "day": ("days", "天"),
    "year": ("years", "年"),
    "week": ("weeks", "周"),
    "month": ("months", "个月"),
    "minute": ("minutes", "分钟"),
    "second": ("seconds", "秒"),
}


def _unit_name(estimate: Estimate, language: str) -> str | None:
    """The name a kept unit is written with, or None when the language has its own scale for it (Chinese 度)."""
    name = next(iter(estimate.value.unit_items()))[0]
    if name in _TIME_UNIT_NAMES:
        english, chinese = _TIME_UNIT_NAMES[name]
        return chinese if language == "zh" else english
    if language == "zh":
        return None
    return _unit_symbol(estimate.units)


@functools.lru_cache(maxsize=1024)
def _unit_symbol(units: Any) -> str:
    """A pint unit in its short printed form ("MWh")."""
    return f"{units:~P}"


def format_unit(units: Any) -> str:
    """Unit text for machine-readable output: symbols, with time spelled out ("TWh/year", "Wh/day", "1/day")."""
    numerator: list[str] = []
    denominator: list[str] = []
    items: list[tuple[str, Any]] = list(Quantity(1, units).unit_items())
    for name, exponent in items:
        symbol = name if name in _TIME_UNIT_NAMES and name != "hour" else registry.get_symbol(name)
        power = abs(float(exponent))
        text = symbol if power == 1 else f"{symbol}^{power:g}"
        (numerator if float(exponent) > 0 else denominator).append(text)
    top = "*".join(numerator) or ("1" if denominator else "")
    return f"{top}/{'/'.join(denominator)}" if denominator else top


def _reads_well_in_its_unit(estimate: Estimate) -> bool:
    """A kept unit reads well unless the number falls below 1 where a smaller prefix exists (0.79 TWh)."""
    largest = max(abs(part) for part in estimate.magnitudes() if part is not None)
    name = next(iter(estimate.value.unit_items()))[0]
    has_smaller_prefix = name not in ("watt_hour", "watt") and name not in _TIME_UNIT_NAMES
    return largest >= 1 or not has_smaller_prefix


# What a unit is does not depend on the number in front of it, and pint takes about 0.1 ms to work out a
# dimensionality: formatting asks these for every number a view shows, so they are remembered per unit.


@functools.lru_cache(maxsize=1024)
def _is_simple_unit(units: Any) -> bool:
    """True for one plain unit such as MWh, kW or t (not percent, not a compound such as MWh*year/kWh)."""
    items = list(Quantity(1, units).unit_items())
    return (
        len(items) == 1
        and items[0][1] == 1
        and items[0][0] not in ("percent", "US_dollar")
        and not _is_dimensionless(units)
    )


@functools.lru_cache(maxsize=1024)
def _has_dimension(units: Any, dimension: str) -> bool:
    """True when a pint unit has `dimension` (a pint dimension name such as "[energy]")."""
    return bool(Quantity(1, units).dimensionality == dimensionality_of(dimension))


@functools.lru_cache(maxsize=1024)
def _is_dimensionless(units: Any) -> bool:
    """Whether a pint unit is a pure number (a count, a share)."""
    return bool(Quantity(1, units).dimensionless)


def _check_language(language: str) -> None:
    """Only English and Chinese are supported."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")


__all__ = [
    "LANGUAGES",
    "bound_prefix",
    "display_digits",
    "format_amount",
    "format_count",
    "format_estimate",
    "format_in_kwh",
    "format_number",
    "format_percent",
    "format_quantity",
    "format_unit",
    "join_range",
    "marked",
    "period_of",
]


def display_width(text: str) -> int:
    """How wide `text` is in columns of a terminal or half-width characters: wide and full-width characters (Chinese)
    take two."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)
