from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.calculator import Calculator
from core.errors import (
    CalculatorError,
    EmptyExpressionError,
    ExpressionSyntaxError,
    ExpressionTooLongError,
    IncompatibleUnitsError,
    InvalidNumberError,
    UnknownNameError,
)
from core.expression import Operation, TermKind, normalise
from core.formatting import format_estimate


def test_the_issue_example_gives_9_855_twh_a_year_with_steps(calculator: Calculator) -> None:
    calculation = calculator.convert(calculator.evaluate("google_searches_per_day * ai_query_energy_2023"), "TWh/year")
    assert calculation.result.value.magnitude == pytest.approx(9.855)
    multiply, convert = calculation.steps
    assert multiply.operation is Operation.MULTIPLY
    assert [term.name for term in multiply.operands] == ["google_searches_per_day", "ai_query_energy_2023"]
    assert multiply.result.value.to("Wh/day").magnitude == pytest.approx(27e9)
    assert convert.operation is Operation.CONVERT
    assert calculation.figures_used == ("google_searches_per_day", "ai_query_energy_2023")


@pytest.mark.parametrize(
    ("text", "kwh"),
    [
        ("50万度", 500_000),
        ("98.55亿度", 9.855e9),
        ("2,700万度", 27e6),
        ("1万亿度", 1e12),
        ("56.4万 kWh", 564_000),
        ("１２８７ MWh", 1_287_000),  # full-width digits are normalised, not rejected
        ("1,287 MWh", 1_287_000),
        ("3617 × 6.5 kW × 24 h", 564_252),
        ("3617 * 6.5 kW * 24 小时", 564_252),
        ("0.3 Wh × 10 × 9e9", 27e6),
        ("1 kWh per day * 365 day", 365),
        ("10^3 kWh", 1000),  # a caret is a power
        ("+5 kWh", 5),
        ("5kWh", 5),  # a number touching its unit
        ("kWh * 5", 5),  # a unit before its number
        ("(10-10) kWh", 0),  # equal ends are a subtraction, not a range
        ("0.3 Wh x 10", 0.003),  # an x between spaces multiplies, as the article writes it
    ],
)
def test_readers_notations_parse(calculator: Calculator, text: str, kwh: float) -> None:
    assert calculator.evaluate(text).result.value.to("kWh").magnitude == pytest.approx(kwh)


def test_a_number_binds_to_its_unit_so_steps_multiply_quantities(calculator: Calculator) -> None:
    calculation = calculator.evaluate("3617 × 6.5 kW × 24 h")
    first, second = calculation.steps
    assert [term.estimate.value.magnitude for term in first.operands] == [3617, 6.5]
    assert str(first.operands[1].estimate.units) == "kilowatt"
    assert second.operands[1].kind is TermKind.LITERAL


def test_ranges_propagate_through_multiplication(calculator: Calculator) -> None:
    result = calculator.convert(
        calculator.evaluate("nvidia_ai_servers_2023 * ai_server_power_range * hours_per_day * days_per_year"),
        "TWh/year",
    ).result
    assert result.low.magnitude == pytest.approx(5.694)
    assert result.high.magnitude == pytest.approx(8.9352)


def test_subtraction_takes_opposite_ends_of_ranges(calculator: Calculator) -> None:
    result = calculator.evaluate("google_ai_share_2021 - google_ai_share_2021").result
    assert result.low.magnitude == pytest.approx(-5)
    assert result.high.magnitude == pytest.approx(5)


def test_adding_plain_values_invents_no_range(calculator: Calculator) -> None:
    assert not calculator.evaluate("crypto_share_world_2022 + dc_ai_share_world_2022").result.has_range


def test_precision_and_approximation_follow_the_inputs(calculator: Calculator) -> None:
    result = calculator.evaluate("chatgpt_servers * hgx_a100_power").result
    assert result.significant_figures == 2  # 6.5 kW
    assert not result.approximate
    assert calculator.evaluate("three_gorges_yearly * 2").result.approximate


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("", EmptyExpressionError, "empty"),
        ("   ", EmptyExpressionError, "empty"),
        ("googel_searches_per_day", UnknownNameError, "Did you mean google_searches_per_day"),
        ("kWh + kW", IncompatibleUnitsError, "add a time span"),
        ("5 USD + 3 kWh", IncompatibleUnitsError, "money"),
        ("nan", InvalidNumberError, "finite"),
        ("inf kWh", InvalidNumberError, "finite"),
        ("1e999", InvalidNumberError, "too large"),
        ("10**400", InvalidNumberError, "exponent"),
        ("1e300 * 1e300", InvalidNumberError, "too large"),
        ("1 kWh / 0", InvalidNumberError, "division by zero"),
        ("1.2.3", ExpressionSyntaxError, "well-formed number"),
        ("0x1F", ExpressionSyntaxError, "number"),
        ("(1 + 2", ExpressionSyntaxError, "brackets"),
        ("1 +", ExpressionSyntaxError, "missing number"),
        ("a; b", ExpressionSyntaxError, "operator"),
        ("'text'", ExpressionSyntaxError, "cannot read"),
        ("万", ExpressionSyntaxError, "must follow a number"),
        ("万度", ExpressionSyntaxError, "'万度' is only a unit: give a number too, as in 5万度"),
        ("1,2 kWh", ExpressionSyntaxError, "comma"),
        ("kWh", ExpressionSyntaxError, "only a unit"),
        ("x" * 501, ExpressionTooLongError, "at most 500"),
        ("__import__('os')", CalculatorError, ""),
    ],
)
def test_bad_input_gets_a_specific_message(calculator: Calculator, text: str, error: type, words: str) -> None:
    with pytest.raises(error) as raised:
        calculator.evaluate(text)
    assert words in str(raised.value)


def test_normalise_rewrites_chinese_magnitudes_and_symbols() -> None:
    assert normalise("50万度") == "(50*1e4)度"
    assert normalise("1,287 × 2 ÷ 3") == "1287 * 2 / 3"
    assert normalise("10%") == "10 percent"


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_result_or_a_clean_error(text: str) -> None:
    calculator = _shared_calculator()
    try:
        calculator.evaluate(text)
    except CalculatorError as error:
        assert str(error)


_OPERATORS = st.sampled_from([" * ", " / ", " + ", " - ", " ** ", " ", "(", ")", "万", "亿", "%", ","])
_PIECES = st.one_of(
    st.sampled_from(["gpt3_training", "hgx_a100_power", "kWh", "度", "TWh/year", "day", "1e308", "0", "1,000", "３"]),
    st.integers(-(10**6), 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    _OPERATORS,
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_expression_shaped_text_gives_a_result_or_a_clean_error(text: str) -> None:
    calculator = _shared_calculator()
    try:
        result = calculator.evaluate(text).result
    except CalculatorError as error:
        assert str(error)
    else:
        assert result.value.magnitude == result.value.magnitude  # never NaN


_CALCULATOR: list[Calculator] = []


def _shared_calculator() -> Calculator:
    if not _CALCULATOR:
        _CALCULATOR.append(Calculator())
    return _CALCULATOR[0]


def test_typed_ranges_stay_apart_and_keep_the_precision_they_were_written_with(calculator: Calculator) -> None:
    assert format_estimate(calculator.evaluate("1-2 kW * 3-4 h").result, "en") == "3–8 kWh"
    assert format_estimate(calculator.evaluate("1-2 kW * 3617 h").result, "en") == "3.6–7.2 MWh"  # 1 and 2: two digits


@pytest.mark.parametrize(
    ("text", "english", "chinese"),
    [
        (
            "infinity",
            "'infinity' is not a number the calculator accepts: give a finite number",
            "计算器不接受“infinity”：请给出一个有限的数字",
        ),
        (
            "kWh / h",
            "'kWh / h' is only a unit: give a number too, as in 5 kWh / h",
            "“kWh / h”只是单位：请同时给出数字，例如5 kWh / h",
        ),
        (
            "megawatt_hour / kilowatt_hour / year",  # the example is cut at 20 characters
            "'megawatt_hour / kilowatt_hour / year' is only a unit: give a number too, as in 5 megawatt_hour / kil…",
            "“megawatt_hour / kilowatt_hour / year”只是单位：请同时给出数字，例如5 megawatt_hour / kil…",
        ),
        (
            "3E",
            "'3E' is not a well-formed number: write it as 1287, 0.3 or 1.5e6 (no spaces inside)",
            "“3E”不是正确的数字：请写成1287、0.3或1.5e6（中间不要有空格）",
        ),
        ("万亿度", "'万亿' must follow a number, as in 50万亿度", "“万亿”必须跟在数字后面，例如50万亿度"),
        (
            "3 Wh *\n2",  # the line break comes after a space
            "the expression holds a line break, a control character or a byte that is not UTF-8 text: type it again "
            "on one line",
            "算式中含有换行符、控制字符或非UTF-8字节：请在一行内重新输入",
        ),
        (
            "1 kWh\u200e",  # an invisible left-to-right mark (a format character)
            "the expression holds a line break, a control character or a byte that is not UTF-8 text: type it again "
            "on one line",
            "算式中含有换行符、控制字符或非UTF-8字节：请在一行内重新输入",
        ),
    ],
)
def test_a_mistyped_expression_is_refused_with_what_to_write_in_both_languages(
    calculator: Calculator, text: str, english: str, chinese: str
) -> None:
    with pytest.raises(CalculatorError) as raised:
        calculator.evaluate(text)
    assert (raised.value.message("en"), raised.value.message("zh")) == (english, chinese)
