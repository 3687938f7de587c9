"""Word calculations, steps and comparisons in English or Chinese, for the command line and the GUI alike."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from core.compare import Comparison, ComparisonKind
from core.dataset import ARTICLE_SOURCE, Dataset, Figure, Yardstick, YardstickKind
from core.expression import Calculation, Operation, Step, Term, TermKind
from core.formatting import format_count, format_estimate, format_percent
from core.values import Estimate

_SYMBOLS = {
    Operation.MULTIPLY: "×",
    Operation.DIVIDE: "÷",
    Operation.ADD: "+",
    Operation.SUBTRACT: "−",
    Operation.POWER: "^",
}

STATUS_WORDS = {
    "en": {"C": "confirmed in the source", "C2": "as reported by others", "D": "derived", "U": "unconfirmed"},
    "zh": {"C": "见于原始来源", "C2": "据二手报道", "D": "推算值", "U": "未经证实"},
}


def describe_term(term: Term, dataset: Dataset, language: str, labels: Mapping[str, str] | None = None) -> str:
    """An operand as a reader sees it: the value, and for a figure or constant its label.

    `labels` name values the reader set ({"demand_growth": "growth in demand"}); otherwise their name shows.
    """
    keep_units = term.kind is not TermKind.RESULT
    shown = format_estimate(_without_mark(term.estimate), language, keep_units=keep_units)
    if term.kind is TermKind.UNIT:
        return f"{term.estimate.units:~P}"
    if term.kind is TermKind.FIGURE and term.name in dataset.figures:
        return _labelled(shown, dataset.figure(term.name).label(language), language)
    if term.kind is TermKind.CONSTANT:
        if term.name in dataset.constants:
            return _labelled(shown, dataset.constants[term.name].label(language), language)
        name = (labels or {}).get(term.name, term.name)
        return _labelled(shown, f"{name}，读者设定" if language == "zh" else f"{name}, set by you", language)
    return shown


def _labelled(value: str, label: str, language: str) -> str:
    """A value followed by its label in brackets (full-width in Chinese)."""
    return f"{value}（{label}）" if language == "zh" else f"{value} ({label})"


def describe_step(step: Step, dataset: Dataset, language: str, labels: Mapping[str, str] | None = None) -> str:
    """One step as a line: "9 billion a day (...) × 3 Wh (...) = 27 GWh a day"."""
    result = format_estimate(_without_mark(step.result), language, keep_units=step.operation is Operation.CONVERT)
    operands = [describe_term(term, dataset, language, labels) for term in step.operands]
    if step.operation is Operation.CONVERT:
        return f"{operands[0]} = {result}"
    if step.operation is Operation.NEGATE:
        return f"−({operands[0]}) = {result}"
    return f"{operands[0]} {_SYMBOLS[step.operation]} {operands[1]} = {result}"


def describe_steps(
    calculation: Calculation, dataset: Dataset, language: str, labels: Mapping[str, str] | None = None
) -> list[str]:
    """Every step of `calculation`, one line each; a conversion that reads the same as its input is left out."""
    lines = []
    for step in calculation.steps:
        line = describe_step(step, dataset, language, labels)
        before, _, after = line.partition(" = ")
        if step.operation is Operation.CONVERT and before == after:
            continue
        lines.append(line)
    return lines


def describe_comparison(comparison: Comparison, language: str) -> str:
    """The comparison as a sentence: "about 1,000 Chinese households for a year" / "约1,000户中国家庭一年的用电量"."""
    amount = comparison.amount
    yardstick = comparison.yardstick.yardstick
    assert yardstick is not None
    number = _amount_text(comparison, language)
    approximate = amount.approximate
    if language == "zh":
        sentence = _chinese_sentence(comparison.kind, number, yardstick)
        return f"约{sentence}" if approximate else sentence
    sentence = _english_sentence(comparison.kind, number, yardstick)
    return f"about {sentence}" if approximate else sentence


def comparison_unit(comparison: Comparison, language: str) -> str:
    """What the comparison's number counts, for machine-readable output ("Chinese households ... for a year")."""
    yardstick = comparison.yardstick.yardstick
    assert yardstick is not None
    kind = comparison.kind
    if language == "zh":
        return {
            ComparisonKind.COUNT: f"{yardstick.measure_zh}{yardstick.name_zh}",
            ComparisonKind.COUNT_PER_DAY: f"{yardstick.measure_zh}{yardstick.name_zh}（每天）",
            ComparisonKind.HOUSEHOLD_YEARS: f"{yardstick.measure_zh}{yardstick.name_zh}一年的用电量",
            ComparisonKind.DURATION: f"{comparison.amount.units}（{yardstick.name_zh}的用电或发电时间）",
            ComparisonKind.SHARE: f"倍{yardstick.name_zh}全年电量",
        }[kind]
    return {
        ComparisonKind.COUNT: yardstick.plural_en,
        ComparisonKind.COUNT_PER_DAY: f"{yardstick.plural_en} a day",
        ComparisonKind.HOUSEHOLD_YEARS: f"{yardstick.plural_en} for a year",
        ComparisonKind.DURATION: f"{comparison.amount.units}s of {yardstick.name_en}'s electricity",
        ComparisonKind.SHARE: f"x {yardstick.name_en}'s yearly electricity",
    }[kind]


def describe_figure(figure: Figure, dataset: Dataset, language: str) -> list[str]:
    """A figure's value, year, source and status as lines for a reader."""
    source = dataset.sources[figure.source]
    status = STATUS_WORDS[language][figure.status.value]
    cited = ", ".join(dataset.sources[c].title for c in figure.cites)
    value = format_estimate(figure.estimate(), language, keep_units=True)
    if language == "zh":
        lines = [f"{figure.label_zh}：{value}", f"年份：{figure.year}", f"来源：{source.title}（{source.year}）"]
        lines += [f"引用：{cited}"] if cited else []
        lines += [f"状态：{figure.status.value}（{status}）" + ("，约数" if figure.approximate else "")]
        lines += [f"原文：{figure.article_zh}"] if figure.article_zh else []
    else:
        lines = [f"{figure.label_en}: {value}", f"Year: {figure.year}", f"Source: {source.title} ({source.year})"]
        lines += [f"Citing: {cited}"] if cited else []
        lines += [f"Status: {figure.status.value} ({status})" + (", approximate" if figure.approximate else "")]
        lines += [f"Article: {figure.article_zh}"] if figure.article_zh else []
    lines += [f"备注：{figure.note}" if language == "zh" else f"Note: {figure.note}"] if figure.note else []
    return lines


def footnote(figure: Figure, dataset: Dataset, language: str) -> str:
    """One line for a source footnote: label, value, year, source (and what it cites), status."""
    source = dataset.sources[figure.source]
    origin = source.publisher if source.id == ARTICLE_SOURCE else source.author
    value = format_estimate(figure.estimate(), language, keep_units=True)
    cited = "; ".join(f"{dataset.sources[c].author} {dataset.sources[c].year}" for c in figure.cites)
    status = STATUS_WORDS[language][figure.status.value]
    if language == "zh":
        via = f"，引用{cited}" if cited else ""
        mark = "；约数" if figure.approximate else ""
        return f"{figure.label_zh}：{value}（{figure.year}年）。来源：{origin} {source.year}{via}。{status}{mark}。"
    via = f", citing {cited}" if cited else ""
    mark = "; approximate" if figure.approximate else ""
    return (
        f"{figure.label_en}: {value} ({figure.year}). Source: {origin} {source.year}{via}. {status.capitalize()}{mark}."
    )


def _amount_text(comparison: Comparison, language: str) -> str:
    """The comparison's number: a count in words, a share, or a duration."""
    amount = _without_mark(comparison.amount)
    if comparison.kind is ComparisonKind.DURATION:
        return format_estimate(amount, language)
    _low, high = amount.bounds()
    if comparison.kind is ComparisonKind.SHARE and float(high.magnitude) < 1:
        return _range_text(amount, language, lambda x: format_percent(100 * x, language))
    return _range_text(amount, language, lambda x: format_count(x, language, 3))


def _range_text(amount: Estimate, language: str, render: Callable[[float], str]) -> str:
    """Render the value, or the range low-high, of a plain-number amount."""
    if not amount.has_range:
        return render(float(amount.value.magnitude))
    separator = "～" if language == "zh" else "–"
    return f"{render(float(amount.low.magnitude))}{separator}{render(float(amount.high.magnitude))}"


def _english_sentence(kind: ComparisonKind, number: str, yardstick: Yardstick) -> str:
    """English wording of a comparison."""
    generates = yardstick.kind is YardstickKind.POWER_STATION
    verb, yearly = ("generates", "yearly output") if generates else ("uses", "yearly electricity use")
    things = yardstick.name_en if number == "1" else yardstick.plural_en  # "1 US home", "2 US homes"
    if kind is ComparisonKind.HOUSEHOLD_YEARS:
        return f"{number} {things} for a year"
    if kind is ComparisonKind.COUNT:
        household = yardstick.kind is YardstickKind.HOUSEHOLD
        verb = "uses" if number == "1" else "use"
        return f"as much as {number} {things} {verb}" if household else f"{number} {things}"
    if kind is ComparisonKind.COUNT_PER_DAY:
        return f"{number} {things} a day"
    if kind is ComparisonKind.DURATION:
        return f"what {yardstick.name_en} {verb} in {number}"
    if number.endswith("%"):
        return f"{number} of {yardstick.name_en}'s {yearly}"
    return f"{number} times {yardstick.name_en}'s {yearly}"


def _chinese_sentence(kind: ComparisonKind, number: str, yardstick: Yardstick) -> str:
    """Chinese wording of a comparison."""
    energy = "发电量" if yardstick.kind is YardstickKind.POWER_STATION else "用电量"
    name, measure = yardstick.name_zh, yardstick.measure_zh
    if kind is ComparisonKind.HOUSEHOLD_YEARS:
        return f"相当于{number}{measure}{name}一年的用电量"
    if kind is ComparisonKind.COUNT:
        return f"相当于{number}{measure}{name}的用电量" if measure == "户" else f"相当于{number}{measure}{name}"
    if kind is ComparisonKind.COUNT_PER_DAY:
        return f"相当于每天{number}{measure}{name}"
    if kind is ComparisonKind.DURATION:
        return f"相当于{name}{number}的{energy}"
    if number.endswith("%"):
        return f"相当于{name}全年{energy}的{number}"
    return f"相当于{name}全年{energy}的{number}倍"


def _without_mark(estimate: Estimate) -> Estimate:
    """The estimate without its "about" mark, for steps (the final result carries the mark once)."""
    return replace(estimate, approximate=False)


__all__ = [
    "STATUS_WORDS",
    "comparison_unit",
    "describe_comparison",
    "describe_figure",
    "describe_step",
    "describe_steps",
    "describe_term",
    "footnote",
]
