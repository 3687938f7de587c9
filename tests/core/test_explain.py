"""Steps and deviations worded for a reader (core/explain.py), exactly, in both languages."""

from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.explain import describe_steps, format_deviation


@pytest.mark.parametrize(
    ("deviation", "english", "chinese"),
    [
        (0, "< 0.01%", "不到0.01%"),
        (0.00005, "< 0.01%", "不到0.01%"),
        (0.0001, "0.01%", "0.01%"),
        (0.12345, "12%", "12%"),
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
