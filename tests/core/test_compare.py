from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.compare import ComparisonKind, readable_time_unit
from core.errors import IncompatibleUnitsError, UnknownRecordError
from core.explain import comparison_unit, describe_comparison
from core.units import quantity, units_of


def test_gpt3_is_about_1000_chinese_households_for_a_year(calculator: Calculator) -> None:
    comparison = calculator.compare(calculator.evaluate("gpt3_training"), "household_cn_article")
    assert comparison.kind is ComparisonKind.HOUSEHOLD_YEARS
    assert comparison.amount.value.magnitude == pytest.approx(1000)
    assert describe_comparison(comparison, "en") == "about 1,000 Chinese households (article's figure) for a year"
    assert describe_comparison(comparison, "zh") == "相当于约1,000户中国家庭（文章口径）一年的用电量"
    assert comparison_unit(comparison, "en") == "Chinese households (article's figure) for a year"


def test_the_household_chosen_changes_the_count(calculator: Calculator) -> None:
    calculation = calculator.evaluate("gpt3_training")
    national = calculator.compare(calculation, "household_cn_2025").amount.value.magnitude
    american = calculator.compare(calculation, "household_us").amount.value.magnitude
    assert national == pytest.approx(1_287_000 / 3200)
    assert american == pytest.approx(1_287_000 / 10791)


def test_a_yearly_rate_against_a_yearly_rate_is_a_share(calculator: Calculator) -> None:
    comparison = calculator.compare(calculator.run_scenario("google_ai_semianalysis_yearly"), "three_gorges_yearly")
    assert comparison.kind is ComparisonKind.SHARE
    assert comparison.amount.value.magnitude == pytest.approx(0.292, abs=1e-4)
    assert describe_comparison(comparison, "en") == "at most 29% of the Three Gorges dam's yearly output"
    assert describe_comparison(comparison, "zh") == "最多相当于三峡水电站全年发电量的29%"


def test_an_energy_against_a_city_is_how_long_the_city_takes(calculator: Calculator) -> None:
    comparison = calculator.compare(calculator.evaluate("gpt3_training"), "ireland_electricity")
    assert comparison.kind is ComparisonKind.DURATION
    assert comparison.amount.value.to("minute").magnitude == pytest.approx(1287 / 29.3e6 * 365 * 24 * 60)
    assert describe_comparison(comparison, "en") == "what Ireland uses in 23.1 minutes"


def test_a_rate_against_an_everyday_energy_is_a_count_per_day(calculator: Calculator) -> None:
    comparison = calculator.compare(calculator.evaluate("chatgpt_daily_energy"), "phone_charge")
    assert comparison.kind is ComparisonKind.COUNT_PER_DAY
    assert comparison.amount.value.magnitude == pytest.approx(564e6 / 12)
    assert describe_comparison(comparison, "en") == "about 47 million phone charges a day"


def test_a_rate_against_households_counts_households(calculator: Calculator) -> None:
    comparison = calculator.compare(calculator.run_scenario("chatgpt_daily"), "household_cn_article")
    assert comparison.kind is ComparisonKind.COUNT
    assert comparison.amount.value.magnitude == pytest.approx(564.252e3 * 365 / 1287)


def test_comparison_adds_its_step(calculator: Calculator) -> None:
    calculation = calculator.run_scenario("chatgpt_daily")
    comparison = calculator.compare(calculation, "shenzhen_2023")
    assert len(comparison.calculation.steps) == len(calculation.steps) + 1
    assert comparison.calculation.figures_used[-1] == "shenzhen_2023"


def test_incomparable_quantities_get_a_message(calculator: Calculator) -> None:
    with pytest.raises(IncompatibleUnitsError, match="compare an energy"):
        calculator.compare(calculator.evaluate("google_ai_investment"), "household_cn_article")


def test_a_figure_that_is_not_a_yardstick_is_refused(calculator: Calculator) -> None:
    with pytest.raises(UnknownRecordError, match="not a yardstick"):
        calculator.compare(calculator.evaluate("gpt3_training"), "chatgpt_servers")


def test_one_of_a_thing_is_singular(calculator: Calculator) -> None:
    comparison = calculator.compare(calculator.evaluate("12 Wh"), "phone_charge")
    assert describe_comparison(comparison, "en") == "about 1 phone charge"
    comparison = calculator.compare(calculator.evaluate("10791 kWh"), "household_us")
    assert describe_comparison(comparison, "en") == "1 US home for a year"  # neither figure is approximate


@pytest.mark.parametrize(
    ("seconds", "unit"),
    [
        (59, "second"),
        (60, "minute"),
        (3599, "minute"),
        (3600, "hour"),
        (86399, "hour"),
        (86400, "day"),
        (365 * 86400 - 1, "day"),
        (365 * 86400, "year"),
    ],
)
def test_a_duration_is_told_in_the_largest_unit_it_reaches(seconds: int, unit: str) -> None:
    """Each unit from exactly one of it: 60 s is a minute, 59 s still seconds."""
    from core.values import exact

    assert readable_time_unit(exact(quantity(seconds, "second"))) == units_of(unit)


def test_a_mass_cannot_be_compared_and_the_message_says_so_in_both_languages(calculator: Calculator) -> None:
    from core.errors import CalculatorError

    with pytest.raises(CalculatorError) as raised:
        calculator.compare(calculator.evaluate("3 kg"), "household_cn")
    assert raised.value.message("en") == (
        "cannot compare a mass (kg) with household_cn (kWh/year): compare an energy (such as MWh) or an energy per "
        "year (such as TWh/year)"
    )
    assert raised.value.message("zh") == (
        "无法把质量（kg）与2024年中国户均年用电量（全国推算）（kWh/year）对比：请对比能量（如MWh）或每年的能量（如TWh/year）"
    )


def test_a_power_against_an_everyday_energy_counts_per_day(calculator: Calculator) -> None:
    """6.5 kW for 24 hours is 156 kWh: 13,000 phone charges of 12 Wh a day."""
    comparison = calculator.compare(calculator.evaluate("hgx_a100_power"), "phone_charge")
    assert comparison.kind is ComparisonKind.COUNT_PER_DAY
    assert describe_comparison(comparison, "en") == "about 13,000 phone charges a day"
    assert describe_comparison(comparison, "zh") == "相当于每天给手机充电约1.3万次"


@pytest.mark.parametrize(
    ("amount", "english", "chinese"),
    [
        ("14.65 TWh/year", "50% of Ireland's yearly electricity use", "相当于爱尔兰全年用电量的50%"),
        ("29.3 TWh/year", "100% of Ireland's yearly electricity use", "相当于爱尔兰全年用电量的100%"),
        ("58.6 TWh/year", "2 times Ireland's yearly electricity use", "相当于爱尔兰全年用电量的2倍"),
    ],
)
def test_a_share_reads_in_percent_up_to_the_whole_and_in_times_beyond(
    calculator: Calculator, amount: str, english: str, chinese: str
) -> None:
    comparison = calculator.compare(calculator.evaluate(amount), "ireland_electricity")
    assert describe_comparison(comparison, "en") == english
    assert describe_comparison(comparison, "zh") == chinese


def test_the_longest_expression_the_calculator_reads_is_500_characters(calculator: Calculator) -> None:
    from core.errors import ExpressionTooLongError

    longest = "11" + "+1" * 249
    assert len(longest) == 500
    assert float(calculator.evaluate(longest).result.value.magnitude) == 260
    with pytest.raises(ExpressionTooLongError):
        calculator.evaluate(longest + "1")


def test_a_mass_cannot_be_compared_with_a_phone_charge_and_the_message_says_what_can(calculator: Calculator) -> None:
    with pytest.raises(IncompatibleUnitsError) as raised:
        calculator.compare(calculator.evaluate("3 kg"), "phone_charge")
    assert raised.value.message("en") == (
        "cannot compare a mass (kg) with phone_charge (Wh): compare an energy (such as MWh) or an energy per year "
        "(such as TWh/year)"
    )
    assert raised.value.message("zh") == (
        "无法把质量（kg）与给手机充一次电（Wh）对比：请对比能量（如MWh）或每年的能量（如TWh/year）"
    )


def test_an_approximate_share_puts_about_before_the_whole_comparison_in_chinese(calculator: Calculator) -> None:
    yearly = calculator.evaluate("google_searches_per_day * ai_query_energy_2023 * 365 day/year")
    comparison = calculator.compare(yearly, "three_gorges_yearly")
    assert describe_comparison(comparison, "en") == "about 9.9% of the Three Gorges dam's yearly output"
    assert describe_comparison(comparison, "zh") == "约相当于三峡水电站全年发电量的9.9%"
