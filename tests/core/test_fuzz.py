"""Property-based fuzz of the calculator's input (issue 13), on a fixed budget and a fixed seed so the suite's time
and result do not vary: whatever is typed as an expression or a target, in either language, core answers (and
words the answer in both languages) or raises a CalculatorError with a message; the command line exits 0 or 2
with at most one line on stderr. Never any other exception."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.calculator import Calculator
from core.cli import main
from core.errors import CalculatorError
from core.explain import describe_comparison, describe_steps
from core.formatting import format_estimate, format_in_kwh

BUDGET = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CALCULATOR = Calculator()

NUMBERS = st.one_of(
    st.integers(-(10**6), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True, width=32).map(repr),
    st.sampled_from(["0", "1e300", "1e-300", "6.5", "1,287", "9e9", "10-15", "6.5–10.2", "5²", "10³", "３", "½"]),
)
WORDS = st.sampled_from(
    [
        "kWh",
        "MWh",
        "TWh/year",
        "kW",
        "h",
        "day",
        "year",
        "度",
        "万",
        "亿",
        "万亿",
        "%",
        "degC",
        "dB",
        "K",
        "USD",
        "gpt3_training",
        "household_cn",
        "three_gorges_yearly",
        "google_searches_per_day",
        "hours_per_day",
        "ai_query_energy_2023",
        "nonsense_id",
        "__import__",
        "os",
        "per",
        "e",
        "nan",
        "inf",
    ]
)
OPERATORS = st.sampled_from(["*", "/", "+", "-", "**", "^", "×", "÷", "(", ")", " ", "", "%", ",", "=", ";", "\n"])
JUNK = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3)
PIECES = st.one_of(NUMBERS, WORDS, OPERATORS, JUNK)
EXPRESSIONS = st.lists(PIECES, min_size=0, max_size=8).map(" ".join)
TARGETS = st.one_of(WORDS, EXPRESSIONS, st.sampled_from(["", "TWh/", "kWh *", "household_us", "phone_charge"]))


def _word_everything(expression: str, target: str) -> None:
    """What a front end does with an input: evaluate, convert or compare, and word it in both languages."""
    calculation = CALCULATOR.evaluate(expression)
    if target.strip() and CALCULATOR.is_figure(target):
        comparison = CALCULATOR.compare(calculation, target.strip())
        for language in ("en", "zh"):
            assert describe_comparison(comparison, language)
        return
    if target.strip():
        calculation = CALCULATOR.convert(calculation, target)
    for language in ("en", "zh"):
        assert format_estimate(calculation.result, language)
        assert format_estimate(calculation.result, language, keep_units=True, asked=True)
        format_in_kwh(calculation.result, language)
        describe_steps(calculation, CALCULATOR.dataset, language)


@BUDGET
@given(expression=EXPRESSIONS, target=TARGETS)
def test_core_answers_or_explains(expression: str, target: str) -> None:
    try:
        _word_everything(expression, target)
    except CalculatorError as error:
        assert str(error) and error.message("zh")


@settings(max_examples=150, deadline=None, derandomize=True)
@given(expression=EXPRESSIONS, target=TARGETS, chinese=st.booleans(), json=st.booleans())
def test_the_command_line_exits_0_or_2_with_one_line(expression: str, target: str, chinese: bool, json: bool) -> None:
    arguments = [expression, "--as", target] + (["--lang", "zh"] if chinese else []) + (["--json"] if json else [])
    out, err = io.StringIO(), io.StringIO()
    code = main(arguments, out, err)
    assert code in (0, 2)
    if code == 2:
        assert err.getvalue().count("\n") == 1 and "bug in the calculator" not in err.getvalue(), err.getvalue()
    else:
        assert err.getvalue() == ""
