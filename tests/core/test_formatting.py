from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.formatting import (
    bound_prefix,
    format_amount,
    format_count,
    format_estimate,
    format_in_kwh,
    format_number,
    format_unit,
)
from core.units import Quantity, quantity, registry, units_of
from core.values import Estimate


def _estimate(value: float, unit: str, figures: int | None = 4) -> Estimate:
    return Estimate(Quantity(value, unit), significant_figures=figures)


@pytest.mark.parametrize(
    ("value", "unit", "english", "chinese"),
    [
        (27e9, "Wh/day", "27 GWh a day", "每天2700万度"),
        (9.855e12, "Wh/year", "9.855 TWh a year", "每年98.55亿度"),
        (564252, "kWh/day", "564.3 MWh a day", "每天56.43万度"),
        (0.3, "Wh", "0.3 Wh", "0.3瓦时"),
        (1287, "kWh", "1.287 MWh", "1,287度"),
        (1000, "TWh/year", "1,000 TWh a year", "每年1万亿度"),
        (6.5, "kW", "6.5 kW", "6.5千瓦"),
        (100e9, "USD", "USD 100 billion", "1000亿美元"),
        (7e12, "USD", "USD 7 trillion", "7万亿美元"),
        (9e9, "1/day", "9 billion a day", "每天90亿"),
        (29.2, "percent", "29.2%", "29.2%"),
        (23.09, "minute", "23.09 minutes", "23.09分钟"),
    ],
)
def test_formats_read_naturally_in_both_languages(value: float, unit: str, english: str, chinese: str) -> None:
    estimate = _estimate(value, unit)
    assert format_estimate(estimate, "en") == english
    assert format_estimate(estimate, "zh") == chinese


def test_chinese_uses_wan_only_when_the_number_stays_short() -> None:
    assert format_estimate(_estimate(10791, "kWh/year", 5), "zh") == "每年10,791度"
    assert format_estimate(_estimate(31772, "TWh/year", 5), "zh") == "每年31.772万亿度"  # larger scales always
    assert format_estimate(_estimate(1.2345e9, "", 5), "zh") == "12.345亿"
    assert format_estimate(_estimate(10791, "kWh/year", 4), "zh") == "每年1.079万度"


def test_english_also_says_it_in_kwh_with_words() -> None:
    assert format_in_kwh(_estimate(27e9, "Wh/day"), "en") == "27 million kWh a day"


@pytest.mark.parametrize(
    ("number", "english", "chinese"),
    [
        (512821, "512,821", "512,821"),
        (400000, "400,000", "40万"),
        (1.5e6, "1.5 million", "150万"),
        (28936, "28,936", "28,936"),
    ],
)
def test_counts_use_words_only_when_the_number_is_round(number: float, english: str, chinese: str) -> None:
    assert format_count(number, "en", 6) == english
    assert format_count(number, "zh", 6) == chinese


def test_ranges_share_one_scale_and_the_chinese_wave_dash() -> None:
    estimate = Estimate(Quantity(7.3, "TWh/year"), Quantity(5.7, "TWh/year"), Quantity(8.9, "TWh/year"), 2)
    assert format_estimate(estimate, "en") == "5.7–8.9 TWh a year"
    assert format_estimate(estimate, "zh") == "每年57～89亿度"


def test_approximations_are_marked() -> None:
    estimate = Estimate(Quantity(100, "TWh/year"), significant_figures=1, approximate=True)
    assert format_estimate(estimate, "en") == "about 100 TWh a year"
    assert format_estimate(estimate, "zh") == "每年约1000亿度"


def test_no_invented_precision() -> None:
    assert format_number(1000.0000000002) == "1,000"
    assert format_number(0.29200002772, digits=4) == "0.292"
    assert format_estimate(_estimate(100, "TWh/year", 1), "en") == "100 TWh a year"


def test_a_figure_keeps_the_unit_its_source_wrote(calculator: Calculator) -> None:
    figure = calculator.dataset.figure("gpt3_training")
    assert format_estimate(figure.estimate(), "en", keep_units=True) == "1,287 MWh"
    assert format_estimate(figure.estimate(), "zh", keep_units=True) == "128.7万度"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        format_estimate(_estimate(1, "kWh"), "fr")


@pytest.mark.parametrize(
    ("unit", "text"), [("TWh/year", "TWh/year"), ("Wh/day", "Wh/day"), ("1/day", "1/day"), ("kW", "kW")]
)
def test_unit_text_spells_out_time(unit: str, text: str) -> None:
    assert format_unit(registry.parse_units(unit)) == text


def test_one_of_a_time_unit_is_singular() -> None:
    assert format_estimate(_estimate(1, "year"), "en", keep_units=True) == "1 year"
    assert format_estimate(_estimate(1, "year"), "en") == "1 year"
    assert format_estimate(_estimate(21, "year"), "en", keep_units=True) == "21 years"
    assert format_estimate(_estimate(1.5, "day"), "en", keep_units=True) == "1.5 days"


def test_a_kept_unit_gives_way_below_one() -> None:
    assert format_estimate(_estimate(0.7884, "TWh/year"), "en", keep_units=True) == "788.4 GWh a year"
    assert format_estimate(_estimate(0.3, "Wh"), "en", keep_units=True) == "0.3 Wh"


@pytest.mark.parametrize(
    ("units", "written"),
    [
        ("TWh/year", "TWh/year"),
        ("Wh/day", "Wh/day"),
        ("1/day", "1/day"),
        ("kWh", "kWh"),
        ("m**2", "m^2"),
        ("kW*hour", "kW*h"),
        ("km/hour**2", "km/h^2"),
        ("kWh/day/year", "kWh/day/year"),
        ("", ""),
    ],
)
def test_machine_readable_units(units: str, written: str) -> None:
    """--json's unit text: symbols, time spelled out except the hour, powers with ^, several per-units."""
    assert format_unit(units_of(units)) == written


@pytest.mark.parametrize(
    ("magnitude", "unit", "shown"),
    [
        (1, "kWh", "1 kWh"),  # exactly 1 keeps its unit
        (1.5, "kWh", "1.5 kWh"),
        (0.79, "TWh", "790 GWh"),  # below 1 where a smaller prefix exists
        (0.5, "Wh", "0.5 Wh"),  # no prefix below the watt-hour
        (0.5, "W", "0.5 W"),
        (0.5, "hour", "0.5 hours"),  # nor below a time unit
    ],
)
def test_a_kept_unit_gives_way_only_below_one_and_only_to_a_smaller_prefix(
    magnitude: float, unit: str, shown: str
) -> None:
    assert format_estimate(Estimate(quantity(magnitude, unit)), "en", keep_units=True) == shown


@pytest.mark.parametrize(
    ("number", "digits", "written"),
    [(-0.0, 3, "0"), (0, 3, "0"), (2.5, 3, "2.5"), (2.50001, 3, "2.5"), (100, 3, "100"), (1287, 4, "1,287")],
)
def test_plain_numbers_lose_trailing_zeros_and_a_negative_zero(number: float, digits: int, written: str) -> None:
    assert format_number(number, "en", digits) == written
    assert format_number(number, "zh", digits) == written


def test_an_amount_per_period_keeps_its_own_unit_without_the_period(calculator: Calculator) -> None:
    """The title's 500,000 kWh of "ChatGPT一天'吃'50万度电", without its "a day"."""
    title = calculator.dataset.figure("chatgpt_title_energy").estimate()
    assert format_amount(title, "en") == "500,000 kWh"
    assert format_amount(title, "zh") == "50万度"


def test_in_kwh_english_counts_kilowatt_hours_in_words_and_chinese_in_du(calculator: Calculator) -> None:
    daily = calculator.run_scenario("google_ai_demand_daily").result
    assert format_in_kwh(daily, "en") == "about 27 million kWh a day"
    assert format_in_kwh(daily, "zh") == "每天约2700万度"


@pytest.mark.parametrize(
    ("bound", "english", "chinese"),
    [
        ("at_least", "at least ", "至少"),
        ("more_than", "more than ", ""),  # 以上 follows the number
        ("at_most", "at most ", "最多"),
        ("less_than", "less than ", "不到"),
        (None, "", ""),
    ],
)
def test_a_side_puts_its_words_before_the_number_except_chinese_yishang(bound, english: str, chinese: str) -> None:
    assert (bound_prefix(bound, "en"), bound_prefix(bound, "zh")) == (english, chinese)


@pytest.mark.parametrize(
    ("estimate", "english", "chinese"),
    [
        (
            Estimate(quantity(564252, "kWh/day"), significant_figures=4, approximate=True),
            "about 564,300 kWh",
            "约56.43万度",
        ),
        (Estimate(quantity(564252, "kWh/day"), computed=True), "564,000 kWh", "56.4万度"),
        (Estimate(quantity(564252, "kWh/day"), bound="at_least"), "at least 564,252 kWh", "至少564,252度"),
    ],
)
def test_an_amount_without_its_period_keeps_its_digits_and_its_marks(
    estimate: Estimate, english: str, chinese: str
) -> None:
    assert (format_amount(estimate, "en"), format_amount(estimate, "zh")) == (english, chinese)


@pytest.mark.parametrize(
    ("estimate", "english", "chinese"),
    [
        (Estimate(quantity(3.14159, "km/h"), computed=True), "3.14 km an hour", "每小时3.14 km"),
        (Estimate(quantity(1.5, "km/h"), quantity(1, "km/h"), quantity(2, "km/h")), "1–2 km an hour", "每小时1～2 km"),
        (Estimate(quantity(2.71828, "kg*m"), computed=True), "2.72 kg·m", "2.72 kg·m"),
        (Estimate(quantity(2.71828, "kg/kWh"), computed=True), "2.72 kg/kWh", "2.72千克/度"),
    ],
)
def test_a_unit_without_a_ladder_keeps_its_symbol_its_period_and_the_results_digits(
    estimate: Estimate, english: str, chinese: str
) -> None:
    assert (format_estimate(estimate, "en"), format_estimate(estimate, "zh")) == (english, chinese)


@pytest.mark.parametrize(("megajoules", "english"), [(1, "1 MJ"), (1.5, "1.5 MJ"), (0.5, "140 Wh")])
def test_a_kept_unit_is_kept_from_1_up_and_below_1_takes_a_smaller_unit(megajoules: float, english: str) -> None:
    estimate = Estimate(quantity(megajoules, "MJ"), significant_figures=2)
    assert format_estimate(estimate, "en", keep_units=True) == english
