"""The calculator's expression language: pint's parser, dataset ids as names, ranges and steps carried along.

    google_searches_per_day * ai_query_energy_2023 * 365 day/year
    50万度 / household_cn_article
    3617 × 6.5 kW × 24 h

Text is normalised first (full-width digits and operators, thousands separators, 万 and 亿 after a number,
% signs), then tokenised and parsed into a tree by pint. The tree is evaluated here, never by Python's eval:
each name is a dataset id, a constant or a unit, and each operation records a Step so every front end can
show how the result was reached.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import tokenize
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from core import values
from core.errors import (
    CalculatorError,
    EmptyExpressionError,
    ExpressionSyntaxError,
    ExpressionTooLongError,
    InvalidNumberError,
    UnknownNameError,
    quoted,
)
from core.precision import significant_figures_of
from core.units import Quantity, non_multiplicative_units, pint, registry, units_of
from core.values import Estimate

MAXIMUM_LENGTH = 500
EMPTY_EN = "the expression is empty: type a calculation such as 3 Wh * 9e9 / day"
EMPTY_ZH = "算式是空的：请输入一个算式，例如3 Wh * 9e9 / day"
INCOMPLETE_EN = "cannot read the expression: check for a missing number or an operator with nothing after it"
INCOMPLETE_ZH = "无法读取算式：请检查是否缺少数字，或某个运算符后面什么也没有"

#: Chinese magnitude words: they multiply the number written before them.
CHINESE_MAGNITUDES = {"万亿": "1e12", "亿": "1e8", "万": "1e4"}
_POWER_OF_TEN = re.compile(r"1[eE][+-]?\d+")
#: Superscript exponents (10^3 or m^2 written with raised digits): read as powers before NFKC turns "5^2" written so
#: into the digits "52".
#: Written as escapes: the program never shows these characters, so the bundled font need not hold them.
_SUPERSCRIPTS = "\u207b\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # raised minus, 0, 1 ... 9
_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPTS[0]}]?[{_SUPERSCRIPTS[1:]}]+")
_SUPERSCRIPT_DIGITS = str.maketrans(_SUPERSCRIPTS, "-0123456789")
#: A range of two numbers: 6.5-10.2 kW, 10-15 %, 5.7～8.9 TWh. A hyphen makes a range only when nothing stands
#: between it and the numbers (10 - 15 subtracts); an en dash or a wave dash always does.
_RANGE = re.compile(
    r"(?<![\w.)])(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?:-|\s*[–～~]\s*)(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![\w.(])"
)
RANGE_NAME = "_range_{}"
_COUNT = re.compile(r"\d*[1-9]")

_CHARACTER_REPLACEMENTS = str.maketrans(
    {"×": "*", "✕": "*", "⋅": "*", "·": "*", "÷": "/", "−": "-", "–": "-", "—": "-", "、": ","}
)
_NUMBER = r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"
_MAGNITUDE_AFTER_NUMBER = re.compile(rf"({_NUMBER})\s*(万亿|亿|万)")
_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_ALLOWED_OPERATORS = {"*", "/", "+", "-", "**", "(", ")"}
#: A number written next to its unit ("6.5 kW") binds more tightly than *, so "3617 * 6.5 kW" multiplies
#: 3617 by a power, not 3617 by 6.5 and then by a unit. Exponents still bind more tightly than both.
#: pint's priorities are scaled by ten so the implicit operator can sit between unary minus (20) and ** (30).
_PRIORITIES = {**{operator: 10 * priority for operator, priority in pint.pint_eval._OP_PRIORITY.items()}, "": 25}


class Operation(StrEnum):
    """What a step did."""

    MULTIPLY = "multiply"
    DIVIDE = "divide"
    ADD = "add"
    SUBTRACT = "subtract"
    POWER = "power"
    NEGATE = "negate"
    CONVERT = "convert"


class TermKind(StrEnum):
    """Where an operand of a step came from."""

    FIGURE = "figure"  # a dataset figure, by id
    CONSTANT = "constant"  # a dataset constant or a value the reader set, by name
    LITERAL = "literal"  # a number (with units) typed in the expression
    UNIT = "unit"  # a bare unit, as the target of a conversion
    RESULT = "result"  # the result of an earlier step


@dataclass(frozen=True)
class Term:
    """An operand: its Estimate, where it came from, and its name when it has one."""

    estimate: Estimate
    kind: TermKind
    name: str = ""


@dataclass(frozen=True)
class Step:
    """One operation of a calculation: operands in, result out (structured, for any language to word)."""

    operation: Operation
    operands: tuple[Term, ...]
    result: Estimate


@dataclass(frozen=True)
class Calculation:
    """The result of an expression with every step that produced it and the figures it used."""

    expression: str
    result: Estimate
    steps: tuple[Step, ...]
    figures_used: tuple[str, ...]

    def result_term(self) -> Term:
        """The result as an operand of a further step: the figure itself when the expression was one figure."""
        if not self.steps and len(self.figures_used) == 1:
            return Term(self.result, TermKind.FIGURE, self.figures_used[0])
        return Term(self.result, TermKind.RESULT)

    def converted(self, target_units: Any) -> Calculation:
        """This calculation with a final step converting the result to `target_units`."""
        converted = self.result.to(target_units)
        if not self.steps and not self.figures_used:
            return replace(self, result=converted)
        step = Step(
            Operation.CONVERT,
            (self.result_term(), Term(values.exact(Quantity(1, target_units)), TermKind.UNIT)),
            converted,
        )
        return replace(self, result=converted, steps=(*self.steps, step))


def normalise(text: str) -> str:
    """Turn what a reader typed into text pint's tokenizer reads; raise a CalculatorError for what it cannot.

    Full-width characters become ASCII (NFKC), ×, a lone x and ÷ become * and /, thousands separators go, a number
    followed by 万, 亿 or 万亿 is multiplied out ("50万度" -> "(50*1e4)度"), and % becomes "percent".
    """
    if len(text) > MAXIMUM_LENGTH:
        raise ExpressionTooLongError(
            f"the expression has {len(text)} characters; the calculator reads at most {MAXIMUM_LENGTH}: shorten it",
            f"算式有{len(text)}个字符，计算器最多读取{MAXIMUM_LENGTH}个：请缩短",
        )
    _check_characters(text)
    text = _SUPERSCRIPT.sub(lambda match: f"**({match[0].translate(_SUPERSCRIPT_DIGITS)})", text)
    text = unicodedata.normalize("NFKC", text).translate(_CHARACTER_REPLACEMENTS).strip()
    if not text:
        raise EmptyExpressionError(EMPTY_EN, EMPTY_ZH)
    if re.search(r"%\s*%", text):
        raise ExpressionSyntaxError(
            "'%%' is not a number the calculator reads: write one % sign, as in 50%",
            "计算器无法识别“%%”：百分号只需写一个，例如50%",
        )
    text = _THOUSANDS_SEPARATOR.sub("", text)
    text = _MAGNITUDE_AFTER_NUMBER.sub(lambda match: f"({match[1]}*{CHINESE_MAGNITUDES[match[2]]})", text)
    for word in CHINESE_MAGNITUDES:
        if re.search(rf"{word}(?!度)", text.replace("万亿度", "万亿")):  # 万度 and 亿度 alone are units (亿度/年)
            raise ExpressionSyntaxError(
                f"'{word}' must follow a number, as in 50{word}度", f"“{word}”必须跟在数字后面，例如50{word}度"
            )
    if "," in text:
        raise ExpressionSyntaxError(
            "a comma can only separate thousands, as in 1,287: use a point for decimals (0.3) and no other commas",
            "逗号只能用作千位分隔，例如1,287；小数请用小数点（0.3），不要使用其他逗号",
        )
    text = _TIMES_AS_X.sub("*", text.replace("%", " percent ").replace("^", "**"))
    return re.sub(r"\s+per\s+", " / ", text).strip()


#: An x standing alone between spaces, as the article writes a product ("0.3 Wh x 10"): no unit or id is called x.
#: Without the spaces it stays what it was ("0x1F" is refused as a number, "x100" is an unknown name).
_TIMES_AS_X = re.compile(r"(?<=\s)[xX](?=\s)")


def _check_characters(text: str) -> None:
    """Refuse a line break, a control character or a byte that is not text (a lone surrogate from a non-UTF-8
    command line): read as spaces they would silently change what is calculated."""
    for character in text:
        if character in "\t ":
            continue
        if unicodedata.category(character) in ("Cc", "Cs", "Cf") and character not in "\u200b\ufeff":
            raise ExpressionSyntaxError(
                "the expression holds a line break, a control character or a byte that is not UTF-8 text: "
                "type it again on one line",
                "算式中含有换行符、控制字符或非UTF-8字节：请在一行内重新输入",
            )


def _take_ranges(text: str) -> tuple[str, dict[str, Estimate]]:
    """Replace each range (6.5-10.2, 10–15) with a name bound to its Estimate: low, high and the midpoint."""
    ranges: dict[str, Estimate] = {}

    def name_it(match: re.Match[str]) -> str:
        low, high = float(match[1]), float(match[2])
        if low >= high:
            return match[0]  # 15-10 is a subtraction, not a range
        name = RANGE_NAME.format(len(ranges))
        figures = max(significant_figures_of(low), significant_figures_of(high))
        ranges[name] = values.from_figures(None, low, high, "", figures, approximate=False)
        return f" {name} "

    return _RANGE.sub(name_it, text), ranges


def evaluate(text: str, names: Mapping[str, Estimate], figure_ids: frozenset[str] = frozenset()) -> Calculation:
    """Evaluate `text`. `names` maps every usable name (figure ids, constants) to its Estimate;
    `figure_ids` says which of them are dataset figures (the rest are constants or values set by the reader).
    """
    normalised = normalise(text)
    with_names, ranges = _take_ranges(normalised)
    tree = _parse(with_names)
    evaluator = _Evaluator({**names, **ranges}, figure_ids)
    try:
        term = tree.evaluate(evaluator.define, evaluator.binary_operations, evaluator.unary_operations)
    except CalculatorError:
        raise
    except RecursionError:
        raise ExpressionSyntaxError(
            "the expression is nested too deeply: use fewer brackets", "括号嵌套太深：请减少括号"
        ) from None
    except pint.errors.DefinitionSyntaxError as error:
        raise ExpressionSyntaxError(
            f"cannot read the expression ({error}): check the operators", "无法读取算式：请检查运算符"
        ) from None
    except (OverflowError, ZeroDivisionError) as error:
        raise InvalidNumberError(
            f"the arithmetic failed ({error}): check divisors and exponents", "计算失败：请检查除数和指数"
        ) from None
    except (AssertionError, IndexError, ValueError, TypeError):
        raise ExpressionSyntaxError(INCOMPLETE_EN, INCOMPLETE_ZH) from None
    if term.kind is TermKind.UNIT:
        unit = text.strip()
        shown = quoted(unit, longest=20)[1:-1]
        example = f"5{shown}" if ord(shown[0]) >= 0x2E80 else f"5 {shown}"  # 5万度, 5 kWh
        raise ExpressionSyntaxError(
            f"{quoted(unit)} is only a unit: give a number too, as in {example}",
            f"{quoted(unit, 'zh')}只是单位：请同时给出数字，例如{example}",
        )
    return Calculation(normalised, term.estimate, tuple(evaluator.steps), tuple(dict.fromkeys(evaluator.used)))


@functools.lru_cache(maxsize=256)
def parse_units(text: str) -> Any:
    """Read a target unit such as "TWh/year", "GWh/day" or "度"; anything else (half-typed "TWh/", "kWh *",
    "1/0", a temperature or decibels) is an UnknownNameError that says what to write. Remembered per text: every
    scenario run converts its result to the scenario's unit."""
    shown = quoted(text)
    try:
        units = units_of(normalise(text))
    except CalculatorError as error:
        raise UnknownNameError(
            f"{shown} is not a unit: {error}", f"{quoted(text, 'zh')}不是单位：{error.message('zh')}"
        ) from None
    except Exception:  # pint's parser raises AssertionError, ZeroDivisionError, ... on half-written units
        raise UnknownNameError(
            f"{shown} is not a unit the calculator knows: try kWh, MWh/day, TWh/year or 度",
            f"计算器不认识单位{quoted(text, 'zh')}：可以试试kWh、MWh/day、TWh/year或度",
        ) from None
    if not isinstance(units, pint.Unit) and not hasattr(units, "_units"):
        raise UnknownNameError(
            f"{shown} is not a unit the calculator knows: try kWh, MWh/day, TWh/year or 度",
            f"计算器不认识单位{quoted(text, 'zh')}：可以试试kWh、MWh/day、TWh/year或度",
        )
    refuse_non_multiplicative(units, text)
    return units


def refuse_non_multiplicative(units: Any, text: str) -> None:
    """Refuse temperatures on a scale with an offset (degC, degF) and logarithmic units (dB): multiplying or
    converting them as plain units would give a wrong answer."""
    if non_multiplicative_units(units):
        raise UnknownNameError(
            f"{quoted(text)} is a temperature scale or a logarithmic unit (degC, degF, dB), which this energy "
            "calculator cannot multiply or convert: use kelvin (K) for a temperature difference",
            f"{quoted(text, 'zh')}是有零点偏移的温标或对数单位（degC、degF、dB），这个能耗计算器无法对它做乘除或换算："
            "温差请用开尔文（K）",
        )


def _parse(normalised: str) -> Any:
    """Tokenise and build pint's evaluation tree, rejecting tokens that are not numbers, names or operators."""
    try:
        all_tokens = list(pint.pint_eval.plain_tokenizer(normalised))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        raise ExpressionSyntaxError(
            "the brackets do not match: check every ( has its )", "括号不配对：请检查每个“(”都有对应的“)”"
        ) from None
    tokens = [token for token in all_tokens if token.type not in _SKIPPED_TOKENS]
    if not tokens:
        raise EmptyExpressionError(EMPTY_EN, EMPTY_ZH)
    for token in tokens:
        if token.type == tokenize.OP and token.string not in _ALLOWED_OPERATORS:
            raise ExpressionSyntaxError(
                f"'{token.string}' is not an operator the calculator knows: use + - * / ** and brackets",
                f"计算器不认识运算符“{token.string}”：请使用 + - * / ** 和括号",
            )
        if token.type not in (tokenize.NUMBER, tokenize.NAME, tokenize.OP):
            raise ExpressionSyntaxError(
                f"cannot read '{token.string}': use numbers, units, dataset ids and + - * /",
                f"无法读取“{token.string}”：请使用数字、单位、数据编号和 + - * /",
            )
    for before, after in itertools.pairwise(tokens):
        touching = before.end == after.start
        if before.type == tokenize.NUMBER and (
            after.type == tokenize.NUMBER or (touching and after.type == tokenize.NAME and after.string in "eE")
        ):
            written = before.string + ("" if touching else " ") + after.string
            raise ExpressionSyntaxError(
                f"'{written}' is not a well-formed number: write it as 1287, 0.3 or 1.5e6 (no spaces inside)",
                f"“{written}”不是正确的数字：请写成1287、0.3或1.5e6（中间不要有空格）",
            )
    try:
        return pint.pint_eval.build_eval_tree(all_tokens, _PRIORITIES)
    except (pint.errors.DefinitionSyntaxError, AssertionError, IndexError, ValueError, StopIteration):
        raise ExpressionSyntaxError(INCOMPLETE_EN, INCOMPLETE_ZH) from None


_SKIPPED_TOKENS = {tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT}


class _Evaluator:
    """Evaluates pint's tree over Terms, recording a Step for each operation between meaningful operands."""

    def __init__(self, names: Mapping[str, Estimate], figure_ids: frozenset[str]) -> None:
        self.names = names
        self.figure_ids = figure_ids
        self.steps: list[Step] = []
        self.used: list[str] = []
        self.binary_operations = {
            "*": self.multiply,
            "": self.multiply,
            "/": self.divide,
            "+": self.add,
            "-": self.subtract,
            "**": self.power,
        }
        self.unary_operations = {"+": lambda term: term, "-": self.negate}

    def define(self, token: tokenize.TokenInfo) -> Term:
        """Turn a number or a name into a Term."""
        if token.type == tokenize.NUMBER:
            try:
                number = float(token.string)  # float() reads 1_000 as Python writes it
            except ValueError:
                raise ExpressionSyntaxError(
                    f"'{token.string}' is not a number the calculator reads: write it as 1287 or 1.287e3",
                    f"计算器读不懂数字“{token.string}”：请写成1287或1.287e3",
                ) from None
            if _POWER_OF_TEN.fullmatch(token.string) or _COUNT.fullmatch(token.string):
                # 1e8 (亿 written out) rescales like a unit prefix; a whole number without trailing zeros (2, 3617)
                # is a count, not a rounded measurement: both are exact.
                return Term(values.plain_number(number), TermKind.LITERAL)
            precision = significant_figures_of(number)
            return Term(replace(values.plain_number(number), significant_figures=precision), TermKind.LITERAL)
        name = token.string
        if name.lower() in ("nan", "inf", "infinity"):
            raise InvalidNumberError(
                f"'{name}' is not a number the calculator accepts: give a finite number",
                f"计算器不接受“{name}”：请给出一个有限的数字",
            )
        if name.startswith(RANGE_NAME.format("")) and name in self.names:
            return Term(self.names[name], TermKind.LITERAL)  # a range the reader typed, such as 6.5-10.2
        if name in self.names:
            kind = TermKind.FIGURE if name in self.figure_ids else TermKind.CONSTANT
            if kind is TermKind.FIGURE:
                self.used.append(name)
            return Term(self.names[name], kind, name)
        return Term(values.exact(Quantity(1, self._unit(name))), TermKind.UNIT, name)

    def _unit(self, name: str) -> Any:
        """Look a unit up, or explain that the name is unknown and suggest close ids."""
        try:
            units = registry.parse_units(name)
        except (pint.errors.PintError, ValueError, SyntaxError, TypeError, AttributeError, RecursionError):
            close = difflib.get_close_matches(name, list(self.names))  # at most 3, at least 60 % alike
            hint = f" Did you mean {', '.join(close)}?" if close else ""
            chinese_hint = f"你是不是想输入{'、'.join(close)}？" if close else ""
            raise UnknownNameError(
                f"{quoted(name)} is neither a dataset id nor a unit.{hint} "
                "Units are written like kWh, TWh/year, 度; ids like gpt3_training.",
                f"{quoted(name, 'zh')}既不是数据编号也不是单位。{chinese_hint}单位的写法如kWh、TWh/year、度；"
                "数据编号的写法如gpt3_training。",
            ) from None
        refuse_non_multiplicative(units, name)
        return units

    def multiply(self, left: Term, right: Term) -> Term:
        """left x right."""
        return self._apply(Operation.MULTIPLY, values.multiply, left, right)

    def divide(self, left: Term, right: Term) -> Term:
        """left / right."""
        return self._apply(Operation.DIVIDE, values.divide, left, right)

    def add(self, left: Term, right: Term) -> Term:
        """left + right."""
        return self._apply(Operation.ADD, values.add, left, right)

    def subtract(self, left: Term, right: Term) -> Term:
        """left - right."""
        return self._apply(Operation.SUBTRACT, values.subtract, left, right)

    def power(self, left: Term, right: Term) -> Term:
        """left ** right."""
        return self._apply(Operation.POWER, values.power, left, right)

    def negate(self, operand: Term) -> Term:
        """-operand."""
        result = values.negate(operand.estimate)
        if operand.kind in (TermKind.LITERAL, TermKind.UNIT):
            return Term(result, TermKind.LITERAL)
        self.steps.append(Step(Operation.NEGATE, (operand,), result))
        return Term(result, TermKind.RESULT)

    def _apply(self, operation: Operation, function: Any, left: Term, right: Term) -> Term:
        """Compute; attaching a unit to a number ("3 Wh", "9e9 / day") records no step, anything else does."""
        result = function(left.estimate, right.estimate)
        kinds = {left.kind, right.kind}
        attaching_unit = TermKind.UNIT in kinds and kinds <= {TermKind.LITERAL, TermKind.UNIT}
        if attaching_unit:
            both_units = left.kind is TermKind.UNIT and right.kind is TermKind.UNIT
            return Term(result, TermKind.UNIT if both_units else TermKind.LITERAL)
        self.steps.append(Step(operation, (left, right), result))
        return Term(result, TermKind.RESULT)


def is_dimensionless(estimate: Estimate) -> bool:
    """True when `estimate` is a plain number (a count, a share or a ratio)."""
    return bool(Quantity(1, estimate.units).dimensionless)


__all__ = [
    "Calculation",
    "Operation",
    "Step",
    "Term",
    "TermKind",
    "evaluate",
    "is_dimensionless",
    "normalise",
    "parse_units",
    "refuse_non_multiplicative",
]
