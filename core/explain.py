"""Word calculations, steps and comparisons in English or Chinese, for the command line and the GUI alike."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from core.compare import Comparison, ComparisonKind
from core.dataset import Dataset, Figure, Scenario, Yardstick, YardstickKind
from core.expression import Calculation, Operation, Step, Term, TermKind
from core.formatting import (
    bound_prefix,
    display_digits,
    format_count,
    format_estimate,
    format_number,
    format_percent,
    join_range,
    marked,
    period_of,
)
from core.scenarios import ClaimCheck, Verdict
from core.values import Estimate

_SYMBOLS = {
    Operation.MULTIPLY: "×",
    Operation.DIVIDE: "÷",
    Operation.ADD: "+",
    Operation.SUBTRACT: "−",
}

STATUS_WORDS = {
    "en": {
        "C": "confirmed in the source",
        "C2": "as reported by others",
        "D": "derived",
        "U": "unconfirmed",
        "own": "the reader's own figure, not checked by the program",
    },
    "zh": {
        "C": "已核对原始来源",
        "C2": "据二手报道",
        "D": "推算值",
        "U": "未经证实",
        "own": "使用者自己添加的数据，本程序未核实",
    },
}
#: A figure whose only source is the magazine: what it says, not that it was confirmed.
ARTICLE_ONLY_WORDS = {"en": "as stated in the article (not independently checked)", "zh": "文章原文如此（未独立核实）"}

#: Short names of the verdicts (a table column) and what each means.
VERDICT_LABELS = {
    "en": {
        Verdict.MATCHES: "matches",
        Verdict.LOOSE: "loose rounding",
        Verdict.IMPLIED: "implied, not checkable",
        Verdict.SOURCE_ROUNDING: "the source's own rounding",
    },
    "zh": {
        Verdict.MATCHES: "一致",
        Verdict.LOOSE: "取整偏粗",
        Verdict.IMPLIED: "反推所得，无法核对",
        Verdict.SOURCE_ROUNDING: "沿用原始来源的取整",
    },
}
VERDICT_MEANINGS = {
    "en": {
        Verdict.MATCHES: "the calculator gives the article's number, within the rounding of the digits it printed",
        Verdict.LOOSE: "the article's words or digits are rounder than its own numbers allow",
        Verdict.IMPLIED: "an input is worked back from the claim itself, or stands in for another quantity, "
        "so the claim cannot be checked with it; independent figures are shown instead",
        Verdict.SOURCE_ROUNDING: "the numbers differ, but the article repeats its source's own rounding",
    },
    "zh": {
        Verdict.MATCHES: "计算结果与文章的数据相符（在文章所写位数的取整范围内）",
        Verdict.LOOSE: "文章的表述或所写位数，比按它自己的数据算出的结果更粗略",
        Verdict.IMPLIED: "有一项数据是由这句话本身反推出来的（或借用了别的量代替，如以成本倍数代替能耗倍数），"
        "因此无法用来核对这句话；下面改列按独立数据算出的结果",
        Verdict.SOURCE_ROUNDING: "数字有出入，但文章照录的是原始来源自己的取整",
    },
}


def describe_term(term: Term, dataset: Dataset, language: str, labels: Mapping[str, str] | None = None) -> str:
    """An operand as a reader sees it: the value, and for a figure or a value the reader set, its label.

    `labels` word values that are not the dataset's ({"demand_growth": "growth in demand, assumed"}); any other
    value is one the reader set in place of a figure or constant, shown under its label (see `set_by_reader`). A
    constant at its own value needs no label: "24 hours a day" says it all.
    """
    shown, label = _term_parts(term, dataset, language, labels)
    return shown if label is None else _labelled(shown, label, language)


def _term_parts(
    term: Term, dataset: Dataset, language: str, labels: Mapping[str, str] | None
) -> tuple[str, str | None]:
    """An operand's value as shown, and its label (None for a number, a unit or a constant at its own value)."""
    if term.kind is TermKind.UNIT:
        return f"{term.estimate.units:~P}", None
    shown = format_estimate(_without_mark(term.estimate), language, keep_units=term.kind is not TermKind.RESULT)
    if term.kind is TermKind.FIGURE and term.name in dataset.figures:
        return shown, dataset.figure(term.name).label(language)
    if term.kind is not TermKind.CONSTANT:
        return shown, None
    constant = dataset.constants.get(term.name)
    if constant is not None:
        if term.estimate.value == constant.estimate().value:
            return shown, None
        return shown, set_by_reader(constant.label(language), language)
    label = (labels or {}).get(term.name)
    if label is None:  # a figure the reader replaced with a value of their own
        known = dataset.figures.get(term.name)
        label = set_by_reader(known.label(language) if known else term.name, language)
    return shown, label


def set_by_reader(label: str, language: str) -> str:
    """The label of a value the reader set with a control: "Google searches a day, your value"."""
    return f"{label}，由你设定" if language == "zh" else f"{label}, your value"


def _labelled(value: str, label: str, language: str) -> str:
    """A value followed by its label in brackets (full-width in Chinese, where brackets inside the label become a
    comma: 3瓦时（每次AI搜索的能耗，2023年估算）, not a bracket inside a bracket)."""
    if language == "zh":
        flat = _NESTED_BRACKETS.sub(r"，\1", label)
        return f"{value}（{flat}）"
    return f"{value} ({label})"


_NESTED_BRACKETS = re.compile(r"（([^（）]*)）")


def describe_step(step: Step, dataset: Dataset, language: str, labels: Mapping[str, str] | None = None) -> str:
    """One step as a line: "9 billion a day (...) × 3 Wh (...) = 27 GWh a day"; a power in words, as a reader
    says it: "2.18 to the power 6 (years ahead, assumed)", 2.18的6次方（预测年数，假设值）."""
    result = format_estimate(_without_mark(step.result), language, keep_units=step.operation is Operation.CONVERT)
    parts = [_term_parts(term, dataset, language, labels) for term in step.operands]
    operands = [shown if label is None else _labelled(shown, label, language) for shown, label in parts]
    if step.operation is Operation.CONVERT:
        return f"{operands[0]} = {result}"
    if step.operation is Operation.NEGATE:
        return f"−({operands[0]}) = {result}"
    if step.operation is Operation.POWER:
        exponent, label = parts[1]
        power = f"{operands[0]}的{exponent}次方" if language == "zh" else f"{operands[0]} to the power {exponent}"
        return f"{power if label is None else _labelled(power, label, language)} = {result}"
    return f"{operands[0]} {_SYMBOLS[step.operation]} {operands[1]} = {result}"


def describe_steps(
    calculation: Calculation, dataset: Dataset, language: str, labels: Mapping[str, str] | None = None
) -> list[str]:
    """Every step of `calculation`, one line each; a conversion that reads the same as its input, and a unit
    attached to a typed number, are left out."""
    lines = []
    for step in calculation.steps:
        if step.operation is Operation.MULTIPLY and step.operands[-1].kind is TermKind.UNIT:
            continue  # "50万 × 度" only names the unit of what was typed: no arithmetic to follow
        line = describe_step(step, dataset, language, labels)
        before, _, after = line.partition(" = ")
        if step.operation is Operation.CONVERT and before == after:
            continue
        lines.append(line)
    return lines


def describe_comparison(comparison: Comparison, language: str) -> str:
    """The comparison as a sentence: "about 1,000 Chinese households for a year" / "约1,000户中国家庭一年的用电量"."""
    yardstick = comparison.yardstick.yardstick
    assert yardstick is not None
    sentence = _chinese_sentence if language == "zh" else _english_sentence
    if yardstick.kind is YardstickKind.EMITTER and comparison.kind is ComparisonKind.COUNT:
        sentence = _chinese_emitters if language == "zh" else _english_emitters
    # A side that reads before its number qualifies the whole comparison: "at most as much as 68,000 households
    # use", 最多相当于三峡水电站全年发电量的29%; 以上 stays after its number.
    side = bound_prefix(comparison.amount.bound, language)
    if not side and language == "zh" and comparison.kind is ComparisonKind.SHARE and comparison.amount.approximate:
        side = "约"  # 约相当于三峡水电站全年发电量的4.6倍, not …的约4.6倍
    if side:
        text = side + sentence(comparison.kind, _amount_text(comparison, language, marked_number=False), yardstick)
    else:
        text = sentence(comparison.kind, _amount_text(comparison, language), yardstick)
    if comparison.kind is ComparisonKind.SHARE and _per_day(comparison.subject):
        # a day's use against a year's: the share holds for a whole year of days, which a reader must be told
        return f"按全年计，{text}" if language == "zh" else f"over a year, {text}"
    return text


def _per_day(estimate: Estimate) -> bool:
    """True when `estimate` is an amount per day (564 MWh a day)."""
    period = period_of(estimate.units)
    return period is not None and period[0] == "day"


def comparison_unit(comparison: Comparison, language: str) -> str:
    """What the comparison's number counts, for machine-readable output ("Chinese households ... for a year")."""
    yardstick = comparison.yardstick.yardstick
    assert yardstick is not None
    kind = comparison.kind
    if language == "zh":
        return {
            ComparisonKind.COUNT: f"{yardstick.measure_zh}{yardstick.name_zh}",
            ComparisonKind.COUNT_PER_DAY: f"{yardstick.measure_zh}{yardstick.name_zh}（每天）",
            ComparisonKind.HOUSEHOLD_YEARS: f"{yardstick.measure_zh}{yardstick.name_zh}一年的"
            + ("排放量" if yardstick.kind is YardstickKind.EMITTER else "用电量"),
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
    cited = ", ".join(dataset.sources[c].title for c in figure.cites)
    value = format_estimate(figure.estimate(), language, keep_units=True)
    if language == "zh":
        cited_zh = "、".join(f"{dataset.sources[c].cited_as('zh')}（{dataset.sources[c].year}）" for c in figure.cites)
        origin = f"{source.cited_as('zh')}（{source.year}）：{source.title}"
        lines = [f"{figure.label_zh}：{value}", f"年份：{figure.year}年", f"来源：{origin}"]
        lines += [f"转引自：{cited_zh}"] if cited_zh else []
        lines += [f"核实情况：{status_words(figure, language)}"]
        lines += [f"原文：“{figure.article_zh}”"] if figure.article_zh else []
    else:
        lines = [f"{figure.label_en}: {value}", f"Year: {figure.year}", f"Source: {source.title} ({source.year})"]
        lines += [f"Citing: {cited}"] if cited else []
        lines += [f"Status: {status_words(figure, language)}"]
        lines += [f"Article: {figure.article_zh}"] if figure.article_zh else []
    note = figure.note_in(language)
    lines += [f"备注：{note}" if language == "zh" else f"Note: {note}"] if note else []
    return lines


def footnote(figure: Figure, dataset: Dataset, language: str) -> str:
    """One line for a source footnote: label, value, year, source (and what it cites), status."""
    source = dataset.sources[figure.source]
    value = format_estimate(figure.estimate(), language, keep_units=True)
    status = status_text(figure, language)
    derived = figure.status.value == "D" and figure.cites  # worked out from its source's and the cited numbers
    if language == "zh":
        names = [f"{dataset.sources[c].cited_as('zh')}（{dataset.sources[c].year}）" for c in figure.cites]
        origin = f"{source.cited_as('zh')}（{source.year}）"
        mark = "；约数" if figure.approximate and figure.bound is None else ""
        if derived:
            cited = f"据{'、'.join([origin, *names[:-1]])}和{names[-1]}推算"
        else:
            cited = origin + (f"，转引自{'、'.join(names)}" if names else "")
        return f"{figure.label_zh}：{value}（{figure.year}年）。来源：{cited}。{status}{mark}。"
    names = [f"{dataset.sources[c].author} {dataset.sources[c].year}" for c in figure.cites]
    origin = f"{source.cited_as('en')} {source.year}"
    mark = "; approximate" if figure.approximate and figure.bound is None else ""
    if derived:
        cited = f"derived from {', '.join([origin, *names[:-1]])} and {names[-1]}"
    else:
        cited = origin + (f", citing {'; '.join(names)}" if names else "")
    return f"{figure.label_en}: {value} ({figure.year}). Source: {cited}. {status.capitalize()}{mark}."


def short_source(figure: Figure, dataset: Dataset, language: str) -> str:
    """Where one figure comes from, for a table's row: "Ember (2025); C, confirmed in the source" /
    "Ember（2025）；C，已核对原始来源"."""
    source = dataset.sources[figure.source]
    if language == "zh":
        return f"{source.cited_as('zh')}（{source.year}）；{status_words(figure, language)}"
    return f"{source.cited_as('en')} ({source.year}); {status_words(figure, language)}"


def calculated_from(figure_ids: Iterable[str], dataset: Dataset, language: str) -> str:
    """Where a computed value comes from, for a table's row: the sources of the figures it used."""
    names = []
    for figure_id in figure_ids:
        source = dataset.sources[dataset.figure(figure_id).source]
        name = (
            f"{source.cited_as(language)}（{source.year}）"
            if language == "zh"
            else f"{source.cited_as(language)} {source.year}"
        )
        if name not in names:
            names.append(name)
    if language == "zh":
        return "计算所得，数据来自" + "、".join(names)
    return "calculated from " + "; ".join(names)


def status_words(figure: Figure, language: str) -> str:
    """A figure's status code with what it means, and whether it is approximate: "C, confirmed in the source;
    approximate" / "C，已核对原始来源；约数"."""
    approximate = figure.approximate and figure.bound is None
    if language == "zh":
        return f"{figure.status.value}，{status_text(figure, language)}" + ("；约数" if approximate else "")
    return f"{figure.status.value}, {status_text(figure, language)}" + ("; approximate" if approximate else "")


def status_text(figure: Figure, language: str) -> str:
    """What a figure's status means to a reader; a figure only the magazine states says so."""
    if figure.only_in_article:
        return ARTICLE_ONLY_WORDS[language]
    return STATUS_WORDS[language][figure.status.value]


#: The words after a plain-number scenario result that counts something (a scenario's `counted`).
COUNTED_WORDS = {
    "times": {"en": "{n} times", "zh": "{n}倍"},
    "households": {"en": "{n} households", "zh": "{n}户"},
}


def format_result(scenario: Scenario, estimate: Estimate, language: str) -> str:
    """A scenario's result or claim as a reader reads it: its unit kept, and what a plain number counts
    ("about 2.2 times", "约2.2倍", "约1,000户")."""
    text = format_estimate(estimate, language, keep_units=True)
    if scenario.counted is None:
        return text
    return COUNTED_WORDS[scenario.counted][language].format(n=text)


def _computed_zh(computed: str) -> str:
    """计算结果约为29% / 计算结果不到2.6倍 / 计算结果为每天最多56万度: 约 and a side read after 结果, not after 为."""
    if computed.startswith("约"):
        return f"计算结果约为{computed[1:]}"
    if computed.startswith(("不到", "至少", "最多")):
        return f"计算结果{computed}"
    return f"计算结果为{computed}"


def format_deviation(deviation: float, language: str) -> str:
    """A relative deviation in percent, two figures; differences from float arithmetic read as "< 0.01%"."""
    if deviation < 1e-4:
        return "不到0.01%" if language == "zh" else "< 0.01%"
    return f"{format_number(100 * deviation, language, 2)}%"


def describe_claim_check(check: ClaimCheck, language: str) -> str:
    """What the check found, as one sentence with its numbers, in `language`."""
    computed = format_result(check.scenario, check.computed, language)
    deviation = format_number(100 * check.deviation, language, 2)
    verdict = check.verdict
    if verdict is Verdict.MATCHES:
        return (
            "按文章给出的数据计算，结果与文章一致（差别在文章数字的取整范围内）。"
            if language == "zh"
            else "With the article's inputs the calculator agrees within its rounding."
        )
    if verdict is Verdict.LOOSE:
        if language == "zh":
            return f"{_computed_zh(computed)}；文章的说法取整偏粗（相差{deviation}%）。"
        return f"The numbers give {computed}: the article rounds loosely ({deviation}% off)."
    if verdict is Verdict.SOURCE_ROUNDING:
        if language == "zh":
            return f"{_computed_zh(computed)}（相差{deviation}%），但文章照录的是原始来源自己的取整。"
        return f"The numbers give {computed} ({deviation}% off), but the article repeats its source's own rounding."
    independent = "" if check.independent is None else format_result(check.scenario, check.independent.result, language)
    if language == "zh":
        reason = "有一项数据是由这句话本身反推出来的（或借用了别的量代替），因此无法用来核对这句话。"
        return f"{reason}{check.scenario.independent_zh}：{independent}。"
    return (
        "An input is worked back from the claim itself or stands in for another quantity, so this cannot check it. "
        f"{check.scenario.independent_en[:1].upper()}{check.scenario.independent_en[1:]}: {independent}."
    )


def _amount_text(comparison: Comparison, language: str, marked_number: bool = True) -> str:
    """The comparison's number (a count in words, a share, or a duration), with its "about" or side."""
    amount = comparison.amount if marked_number else replace(comparison.amount, bound=None, approximate=False)
    if comparison.kind is ComparisonKind.DURATION:
        return format_estimate(amount, language)
    digits = display_digits(amount)
    _low, high = amount.bounds()
    if comparison.kind is not ComparisonKind.SHARE and float(high.magnitude) >= 10:
        digits = min(digits, len(str(int(float(high.magnitude)))))  # 86 people, not 86.1: things come whole
    if comparison.kind is ComparisonKind.SHARE and float(high.magnitude) <= 1:  # 100%, not "1 times"
        text = _range_text(amount, language, lambda x: format_percent(100 * x, language, digits))
    else:
        text = _range_text(amount, language, lambda x: format_count(x, language, digits))
    return marked(text, amount, language)


def _range_text(amount: Estimate, language: str, render: Callable[[float], str]) -> str:
    """Render the value, or the range low-high, of a plain-number amount."""
    if not amount.has_range:
        return render(float(amount.value.magnitude))
    return join_range(render(float(amount.low.magnitude)), render(float(amount.high.magnitude)), language)


def _english_sentence(kind: ComparisonKind, number: str, yardstick: Yardstick) -> str:
    """English wording of a comparison."""
    generates = yardstick.kind is YardstickKind.POWER_STATION
    verb, yearly = ("generates", "yearly output") if generates else ("uses", "yearly electricity use")
    one = number.rsplit(" ", 1)[-1] == "1"
    things = yardstick.name_en if one else yardstick.plural_en  # "1 US home", "2 US homes"
    emitter = yardstick.kind is YardstickKind.EMITTER
    if kind is ComparisonKind.HOUSEHOLD_YEARS and emitter:
        return f"as much as {number} {things} {'emits' if one else 'emit'} in a year"
    if kind is ComparisonKind.HOUSEHOLD_YEARS:
        return f"{number} {things} for a year"
    if kind is ComparisonKind.COUNT:
        household = yardstick.kind is YardstickKind.HOUSEHOLD
        verb = "uses" if one else "use"
        return f"as much as {number} {things} {verb}" if household else f"{number} {things}"
    if kind is ComparisonKind.COUNT_PER_DAY:
        return f"{number} {things} a day"
    if kind is ComparisonKind.DURATION:
        return f"what {yardstick.name_en} {verb} in {number}"
    if "%" in number:
        return f"{number} of {yardstick.name_en}'s {yearly}"
    return f"{number} times {yardstick.name_en}'s {yearly}"


def _english_emitters(kind: ComparisonKind, number: str, yardstick: Yardstick) -> str:
    """English wording of emissions counted in emitters: "as much as 25,000 US cars emit", "1,870 flights"."""
    one = number.rsplit(" ", 1)[-1] == "1"
    things = yardstick.name_en if one else yardstick.plural_en
    if yardstick.phrase_zh:  # one event (a flight), not a rate
        return f"{number} {things}"
    return f"as much as {number} {things} {'emits' if one else 'emit'} in the same time"


def _chinese_emitters(kind: ComparisonKind, number: str, yardstick: Yardstick) -> str:
    """Chinese wording of emissions counted in emitters (as much as N cars emit; N flights)."""
    if yardstick.phrase_zh:
        return "相当于" + yardstick.phrase_zh.format(n=number)
    return f"相当于{number}{yardstick.measure_zh}{yardstick.name_zh}同期的排放量"


def _chinese_sentence(kind: ComparisonKind, number: str, yardstick: Yardstick) -> str:
    """Chinese wording of a comparison."""
    energy = "发电量" if yardstick.kind is YardstickKind.POWER_STATION else "用电量"
    name, measure = yardstick.name_zh, yardstick.measure_zh
    if kind is ComparisonKind.HOUSEHOLD_YEARS and yardstick.kind is YardstickKind.EMITTER:
        return f"相当于{number}{measure}{name}一年的排放量"
    if kind is ComparisonKind.HOUSEHOLD_YEARS:
        return f"相当于{number}{measure}{name}一年的用电量"
    if kind is ComparisonKind.COUNT and yardstick.phrase_zh:
        return "相当于" + yardstick.phrase_zh.format(n=number)  # 相当于给手机充电1.1亿次
    if kind is ComparisonKind.COUNT:
        return f"相当于{number}{measure}{name}的用电量" if measure == "户" else f"相当于{number}{measure}{name}"
    if kind is ComparisonKind.COUNT_PER_DAY and yardstick.phrase_zh:
        return "相当于每天" + yardstick.phrase_zh.format(n=number)  # 相当于每天给手机充电4700万次
    if kind is ComparisonKind.COUNT_PER_DAY:
        return f"相当于每天{number}{measure}{name}"
    if kind is ComparisonKind.DURATION:
        return f"相当于{name}{number}的{energy}"
    if "%" in number:
        return f"相当于{name}全年{energy}的{number}"
    return f"相当于{name}全年{energy}的{number}倍"


def _without_mark(estimate: Estimate) -> Estimate:
    """The estimate as a step shows it: without its "about" or side (the final result carries them once), and a
    computed number with three digits (RESULT_DIGITS), so that every line's arithmetic can be followed."""
    if estimate.computed:
        return replace(estimate, approximate=False, bound=None, significant_figures=None)
    return replace(estimate, approximate=False, bound=None)


__all__ = [
    "ARTICLE_ONLY_WORDS",
    "COUNTED_WORDS",
    "STATUS_WORDS",
    "VERDICT_LABELS",
    "VERDICT_MEANINGS",
    "comparison_unit",
    "describe_claim_check",
    "describe_comparison",
    "describe_figure",
    "describe_step",
    "describe_steps",
    "describe_term",
    "footnote",
    "format_deviation",
    "format_result",
    "set_by_reader",
    "status_text",
    "status_words",
]
