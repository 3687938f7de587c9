"""Steps and deviations worded for a reader (core/explain.py), exactly, in both languages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.calculator import Calculator
from core.explain import comparison_unit, describe_claim_check, describe_comparison, describe_steps, format_deviation
from core.expression import parse_units


@pytest.mark.parametrize(
    ("deviation", "english", "chinese"),
    [
        (0, "< 0.01%", "不到0.01%"),
        (0.00005, "< 0.01%", "不到0.01%"),
        (0.0001, "0.01%", "0.01%"),
        (0.12345, "12%", "12%"),
        (0.6, "60%", "60%"),
        (1.5, "150%", "150%"),
    ],
)
def test_a_deviation_has_two_figures_and_float_noise_reads_as_under_a_hundredth_of_a_percent(
    deviation: float, english: str, chinese: str
) -> None:
    assert format_deviation(deviation, "en") == english
    assert format_deviation(deviation, "zh") == chinese


@pytest.mark.parametrize(
    ("expression", "english", "chinese"),
    [
        ("2 ** 3", ["2 to the power 3 = 8"], ["2的3次方 = 8"]),
        (
            "1 kWh + 2 kWh - 0.5 kWh",
            ["1 kWh + 2 kWh = 3 kWh", "3 kWh − 500 Wh = 2.5 kWh"],
            ["1度 + 2度 = 3度", "3度 − 500瓦时 = 2.5度"],
        ),
        (
            "6.5 kW * 24 h / 1 kWh",
            ["6.5 kW × 24 hours = 156 kWh", "156 kWh ÷ 1 kWh = 156"],
            ["6.5千瓦 × 24小时 = 156度", "156度 ÷ 1度 = 156"],
        ),
        ("hours_per_day * 2 day", ["24 hours a day × 2 days = 2 days"], ["每天24小时 × 2天 = 2天"]),
        ("50万度", ["50 × 10,000 = 500,000"], ["50 × 1万 = 50万"]),
        ("50万度 * 2", ["50 × 10,000 = 500,000", "500 MWh × 2 = 1 GWh"], ["50 × 1万 = 50万", "50万度 × 2 = 100万度"]),
        (
            "-(600 kWh * 2) * 3",
            ["600 kWh × 2 = 1.2 MWh", "−(1.2 MWh) = -1.2 MWh", "-1.2 MWh × 3 = -3.6 MWh"],
            ["600度 × 2 = 1,200度", "−(1,200度) = -1,200度", "-1,200度 × 3 = -3,600度"],
        ),
        ("-5 kWh * 2", ["-5 kWh × 2 = -10 kWh"], ["-5度 × 2 = -10度"]),  # a typed negative number is no step
        ("-5 kWh / h", [], []),
        ("1-2 kW * 3617", ["1–2 kW × 3,617 = 3.62–7.23 MW"], ["1～2千瓦 × 3,617 = 3,620～7,230千瓦"]),
        ("3617 * 1-2", ["3,617 × 1–2 = 3,620–7,230"], ["3,617 × 1～2 = 3,620～7,230"]),  # a typed range has no label
        (
            "google_searches_per_day * ai_query_energy_2023",
            [
                "9 billion a day (Google searches per day) × 3 Wh (Energy per LLM-powered search (2023 estimate)) "
                "= 27 GWh a day"
            ],
            ["每天90亿（谷歌每天的搜索次数） × 3瓦时（每次AI搜索的能耗，2023年估算） = 每天2700万度"],
        ),
        (
            "stargate_project_cost * 2",  # the side ("at most") is the result's, not every step's
            [
                "USD 100 billion (Reported cost of the data-centre project that includes 'Stargate') × 2 "
                "= USD 200 billion"
            ],
            ["1000亿美元（包含“星际之门”的数据中心项目投资额，据报道） × 2 = 2000亿美元"],
        ),
    ],
)
def test_each_step_reads_as_arithmetic(calculator: Calculator, expression: str, english: list, chinese: list) -> None:
    """Operators as printed (× ÷ − and powers in words), a constant at its own value without a label, and no step
    that only names a typed number's unit."""
    calculation = calculator.evaluate(expression)
    assert describe_steps(calculation, calculator.dataset, "en") == english
    assert describe_steps(calculation, calculator.dataset, "zh") == chinese


def test_a_power_of_an_assumption_carries_its_label_after_the_power(calculator: Calculator) -> None:
    calculation = calculator.evaluate(
        "growth ** years", {"growth": calculator.evaluate("2.18").result, "years": calculator.evaluate("6").result}
    )
    labels = {"growth": "growth, assumed", "years": "years ahead, assumed"}
    assert describe_steps(calculation, calculator.dataset, "en", labels) == [
        "2.18 (growth, assumed) to the power 6 (years ahead, assumed) = 107"
    ]
    chinese = {"growth": "增长，假设值", "years": "预测年数，假设值"}
    assert describe_steps(calculation, calculator.dataset, "zh", chinese) == [
        "2.18（增长，假设值）的6次方（预测年数，假设值） = 107"
    ]


def test_a_value_set_for_a_name_the_dataset_does_not_know_is_labelled_with_the_name(calculator: Calculator) -> None:
    calculation = calculator.evaluate("growth * 2", {"growth": calculator.evaluate("2.18").result})
    assert describe_steps(calculation, calculator.dataset, "en") == ["2.18 (growth, your value) × 2 = 4.36"]
    assert describe_steps(calculation, calculator.dataset, "zh") == ["2.18（growth，由你设定） × 2 = 4.36"]


@pytest.mark.parametrize(
    ("expression", "unit", "english", "chinese"),
    [
        ("1287 MWh * 2", "kWh", ["1,287 MWh × 2 = 2.57 GWh", "2.57 GWh = 2,570,000 kWh"], ["128.7万度 × 2 = 257万度"]),
        (
            "household_cn",
            "MWh/year",
            ["3,000 kWh a year (Chinese household's yearly electricity, 2024 national average) = 3 MWh a year"],
            ["每年3,000度（2024年中国户均年用电量，全国推算） = 每年3,000度"],
        ),
        ("5 kWh", "Wh", [], []),  # a typed number converted needs no step
    ],
)
def test_a_conversion_is_a_step_in_the_asked_unit_unless_it_reads_the_same(
    calculator: Calculator, expression: str, unit: str, english: list, chinese: list
) -> None:
    calculation = calculator.convert(calculator.evaluate(expression), unit)
    assert describe_steps(calculation, calculator.dataset, "en") == english
    assert describe_steps(calculation, calculator.dataset, "zh") == chinese
    assert calculation.result.units == parse_units(unit)


def test_a_comparison_step_names_both_figures_and_one_household_uses(calculator: Calculator) -> None:
    comparison = calculator.compare(calculator.evaluate("household_cn"), "household_cn")
    label_en = "Chinese household's yearly electricity, 2024 national average"
    assert describe_steps(comparison.calculation, calculator.dataset, "en") == [
        f"3,000 kWh a year ({label_en}) ÷ 3,000 kWh a year ({label_en}) = 1"
    ]
    assert describe_steps(comparison.calculation, calculator.dataset, "zh") == [
        "每年3,000度（2024年中国户均年用电量，全国推算） ÷ 每年3,000度（2024年中国户均年用电量，全国推算） = 1"
    ]
    assert describe_comparison(comparison, "en") == "as much as about 1 Chinese household (2024 national average) uses"
    assert comparison_unit(comparison, "zh") == "户中国家庭（2024年全国平均）"


def test_a_comparison_after_a_conversion_that_reads_the_same_keeps_its_step(calculator: Calculator) -> None:
    searches = calculator.convert(calculator.evaluate("google_searches_per_day * ai_query_energy_2023"), "GWh/day")
    comparison = calculator.compare(searches, "phone_charge")
    assert describe_steps(comparison.calculation, calculator.dataset, "en")[1:] == [
        "27 GWh a day ÷ 12 Wh (Charging a smartphone once) = 2.25 billion a day"
    ]


@pytest.mark.parametrize(("side", "chinese"), [("at_least", "计算结果至少2.6倍"), ("at_most", "计算结果最多2.6倍")])
def test_a_loose_claim_in_chinese_puts_a_side_straight_after_the_result(
    calculator: Calculator, side: str, chinese: str
) -> None:
    check = calculator.check_claim("b200_vs_h100_transistors")
    result = replace(check.calculation.result, bound=side)
    check = replace(check, calculation=replace(check.calculation, result=result), deviation=0.006)
    assert describe_claim_check(check, "zh") == f"{chinese}；文章的说法取整偏粗（相差0.6%）。"
    english = side.replace("_", " ")
    assert describe_claim_check(check, "en") == (
        f"The numbers give {english} 2.6 times: the article rounds loosely (0.6% off)."
    )
