"""The guided stories as data (resources/data/stories.toml): what a story view asks, its inputs, competing
figures, chart rows and headline templates, and the words that fill a template from the figures.

A template names what it shows, never a number: "{value:chatgpt_daily_energy}" becomes "564 MWh a day" (or
"每天56.4万度"), so a corrected figure can never leave a stale number in either language. The dataset loader
builds and validates the stories (core.dataset); the GUI shows them (gui.views.base).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from core.formatting import format_amount, format_estimate
from core.values import Estimate, spanning

if TYPE_CHECKING:
    from core.calculator import Calculator
    from core.compare import Comparison
    from core.dataset import Dataset
    from core.expression import Calculation

#: The comparison slots a story can show, and the yardstick kinds each offers (see gui.views.base).
SLOTS = ("household", "place", "everyday")
ROW_KINDS = ("options", "runs", "scenario", "figure", "reader")
#: Every placeholder a template may hold: kind -> what its argument names ("" for none).
PLACEHOLDERS = {
    "result": "",
    "subject": "",
    "value": "figure",
    "amount": "figure",
    "year": "figure",
    "chosen": "input",
    "chosen_year": "input",
    "span": "figures",
    "run": "scenario",
    "compare": "yardstick",
    "compare_chosen": "input",
    "ratio": "input/figure",
    "low": "figure",
    "central": "figure",
    "high": "figure",
}
#: The placeholders that need a scenario run (a story without a scenario may use only the others).
NEEDS_SCENARIO = frozenset({"result", "subject", "chosen", "chosen_year", "run", "compare", "compare_chosen", "ratio"})
_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([^{}]*))?\}")


@dataclass(frozen=True)
class Worded:
    """A text in both languages."""

    en: str
    zh: str

    def __call__(self, language: str) -> str:
        """The text in `language`."""
        return self.zh if language == "zh" else self.en


@dataclass(frozen=True)
class StoryInput:
    """A slider and spin box for one scenario input: range and step in the control's scale, the pint unit of the
    value, and the control's label and unit words."""

    name: str
    minimum: float
    maximum: float
    step: float
    unit: str
    decimals: int
    factor: float
    chinese_factor: float | None
    logarithmic: bool
    label: Worded
    unit_words: Worded


@dataclass(frozen=True)
class Option:
    """A competing figure for an input, with its short name on the chart (may use {value} and {year})."""

    figure: str
    short: Worded


@dataclass(frozen=True)
class Chooser:
    """Competing figures for one input."""

    input: str
    label: Worded
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Row:
    """A group of chart rows: see ROW_KINDS and the header of stories.toml. A figure row may be `highlighted`."""

    kind: str
    target: str
    short: Worded
    highlighted: bool = False


@dataclass(frozen=True)
class Guess:
    """What a reader guesses before seeing a story's answer (guess first, then see): the question in the story's
    own terms, the unit and logarithmic range of the slider, and, for a guess that counts something, its words.
    The answer is the story's result, or the input `over` when given; `per` names an input it is divided by (one
    AI query in web searches: the query's energy over one search's)."""

    question: Worded
    unit: str
    low: float
    high: float
    per: str = ""
    count: Worded = Worded("", "")
    over: str = ""


@dataclass(frozen=True)
class Story:
    """One guided story (a record of stories.toml)."""

    id: str
    scenario: str
    alternatives: tuple[str, ...]
    alternatives_label: Worded
    extra_claims: tuple[str, ...]
    compared_input: str
    slots: tuple[str, ...]
    yardsticks: Mapping[str, str]
    choices: Mapping[str, str]
    question: Worded
    headline: Worded
    secondary: Worded
    chart_unit: str
    chart_title: Worded
    inputs: tuple[StoryInput, ...]
    choosers: tuple[Chooser, ...]
    rows: tuple[Row, ...]
    chart_unit_zh: str = ""
    guess: Guess | None = None
    aside: Worded = Worded("", "")

    def chart_unit_in(self, language: str) -> str:
        """The chart's unit in `language`: Chinese may count in the article's 万度 or 亿度 (chart_unit_zh)."""
        return self.chart_unit_zh if language == "zh" and self.chart_unit_zh else self.chart_unit

    def chooser(self, input_name: str) -> Chooser:
        """The chooser of competing figures for `input_name`."""
        return next(chooser for chooser in self.choosers if chooser.input == input_name)

    def templates(self) -> list[tuple[str, str]]:
        """(field, template) for every text that may hold placeholders, for validation."""
        texts = [("question", self.question), ("headline", self.headline), ("secondary", self.secondary)]
        texts += [("aside", self.aside)] if self.aside.en else []
        texts += [("row.short", row.short) for row in self.rows]
        texts += [("options.short", option.short) for chooser in self.choosers for option in chooser.options]
        return [(f"{field}_{language}", text(language)) for field, text in texts for language in ("en", "zh")]


class StoryContext(Protocol):
    """What a template is filled from: a story's model with the reader's inputs and choices (gui.model)."""

    calculator: Calculator

    def calculation(self) -> Calculation:
        """The scenario's result."""

    def subject(self) -> Calculation:
        """What the story compares with yardsticks (the result, or its compared input)."""

    def choice(self, name: str) -> str:
        """The figure chosen for input `name`."""

    def value(self, name: str) -> Estimate:
        """The current value of input `name`."""

    def run(self, choices: Mapping[str, str], scenario_id: str | None = None) -> Calculation:
        """Another scenario (or the same) with the reader's inputs."""

    def compare_subject(self, yardstick_id: str) -> Comparison:
        """The subject measured in a yardstick."""


def placeholders(template: str) -> list[tuple[str, str]]:
    """(kind, argument) of every placeholder in `template`."""
    return [(match[1], match[2] or "") for match in _PLACEHOLDER.finditer(template)]


def render(template: str, context: StoryContext, language: str, figure_id: str = "") -> str:
    """Fill `template`'s placeholders from `context` in `language`; {value} and {year} without an argument are
    those of `figure_id` (a chart row's own figure)."""
    return _PLACEHOLDER.sub(lambda match: _fill(match[1], match[2] or figure_id, context, language), template)


#: Placeholders that name figures only: their words change with the language, never with the reader's inputs.
FIGURES_ONLY = frozenset({"value", "amount", "year", "span", "low", "central", "high"})
_FIGURE_WORDS: dict[tuple[int, str, str, str], tuple[Dataset, str]] = {}  # the dataset is kept: its id stays its own


def _fill(kind: str, argument: str, context: StoryContext, language: str) -> str:
    """One placeholder's words (a figure's, remembered per dataset and language: a slider step re-words only
    what depends on the reader's inputs)."""
    dataset = context.calculator.dataset
    key = (id(dataset), kind, argument, language)
    remembered = _FIGURE_WORDS.get(key)
    if remembered is not None and remembered[0] is dataset:
        return remembered[1]
    words = _fill_anew(kind, argument, context, language)
    if kind in FIGURES_ONLY:
        _FIGURE_WORDS[key] = (dataset, words)
    return words


def _fill_anew(kind: str, argument: str, context: StoryContext, language: str) -> str:
    """One placeholder's words, worked out."""
    dataset = context.calculator.dataset
    fillers: dict[str, Callable[[], str]] = {
        "result": lambda: format_estimate(context.calculation().result, language, keep_units=True),
        "subject": lambda: format_estimate(context.subject().result, language, keep_units=True),
        "value": lambda: format_estimate(dataset.figure(argument).estimate(), language, keep_units=True),
        "amount": lambda: format_amount(dataset.figure(argument).estimate(), language),
        "year": lambda: str(dataset.figure(argument).year),
        "chosen": lambda: format_estimate(context.value(argument), language, keep_units=True),
        "chosen_year": lambda: str(dataset.figure(context.choice(argument)).year),
        "span": lambda: format_estimate(_span(dataset, argument), language, keep_units=True),
        "run": lambda: format_estimate(context.run({}, argument).result, language, keep_units=True),
        "compare": lambda: _describe(context.compare_subject(argument), language),
        "compare_chosen": lambda: _describe(context.compare_subject(context.choice(argument)), language),
        "ratio": lambda: format_estimate(_ratio(context, argument), language),
        "low": lambda: _end(dataset, argument, 0, language),
        "central": lambda: _end(dataset, argument, 1, language),
        "high": lambda: _end(dataset, argument, 2, language),
    }
    return fillers[kind]()


def _end(dataset: Dataset, figure_id: str, which: int, language: str) -> str:
    """A range figure's low end (0), central value (1) or high end (2), as its source wrote it."""
    estimate = dataset.figure(figure_id).estimate()
    part = (estimate.bounds()[0], estimate.value, estimate.bounds()[1])[which]
    approximate = estimate.approximate and which == 1  # the ends are stated; the central case is "about"
    end = replace(estimate, value=part, low=None, high=None, approximate=approximate)
    return format_estimate(end, language, keep_units=True)


class FiguresOnly:
    """The context of a story without a scenario (the global picture): its templates name figures only."""

    def __init__(self, calculator: Calculator) -> None:
        self.calculator = calculator

    def calculation(self) -> Calculation:
        """Not available: the loader refuses such placeholders in a story without a scenario."""
        raise ValueError("this story has no scenario")

    subject = calculation

    def choice(self, name: str) -> str:
        """Not available (see calculation)."""
        raise ValueError("this story has no scenario")

    def value(self, name: str) -> Estimate:
        """Not available (see calculation)."""
        raise ValueError("this story has no scenario")

    def run(self, choices: Mapping[str, str], scenario_id: str | None = None) -> Calculation:
        """Not available (see calculation)."""
        raise ValueError("this story has no scenario")

    def compare_subject(self, yardstick_id: str) -> Comparison:
        """Not available (see calculation)."""
        raise ValueError("this story has no scenario")


def _describe(comparison: Comparison, language: str) -> str:
    """A comparison in words (imported here: core.explain imports much of core)."""
    from core.explain import describe_comparison

    return describe_comparison(comparison, language)


def _span(dataset: Dataset, argument: str) -> Estimate:
    """The range the figures named in `argument` ("a,b,c") span."""
    return spanning(*(dataset.figure(figure_id.strip()).estimate() for figure_id in argument.split(",")))


def _ratio(context: StoryContext, argument: str) -> Estimate:
    """The figure chosen for an input over a figure ("ai_query_energy_2023/google_search_energy")."""
    input_name, figure_id = argument.split("/")
    ratio = context.calculator.evaluate(f"{context.choice(input_name)} / {figure_id}")
    return context.calculator.convert(ratio, "dimensionless").result


def check_story(story: Story, dataset: Dataset) -> tuple[str, str] | None:
    """The first problem of a story against the dataset, as (field, problem), or None."""
    scenario_ids = dataset.scenarios
    if not story.scenario:
        return _check_figures_only(story, dataset)
    if story.scenario not in scenario_ids:
        return "scenario", f"no scenario '{story.scenario}' in scenarios.toml"
    scenario = scenario_ids[story.scenario]
    for field, ids in (("alternatives", story.alternatives), ("extra_claims", story.extra_claims)):
        for scenario_id in ids:
            if scenario_id not in scenario_ids:
                return field, f"no scenario '{scenario_id}' in scenarios.toml"
    inputs = set(scenario.inputs)
    for name in [story.compared_input] if story.compared_input else []:
        if name not in inputs:
            return "compared_input", f"'{name}' is not an input of {story.scenario}"
    for control in story.inputs:
        if control.name not in inputs and not any(control.name in scenario_ids[a].inputs for a in story.alternatives):
            return "input.name", f"'{control.name}' is not an input of {story.scenario}"
        if not control.minimum < control.maximum or control.step <= 0:
            return "input.minimum", f"{control.name}: give minimum < maximum and a step above 0"
    for slot, figure_id in story.yardsticks.items():
        if slot not in story.slots:
            return "yardsticks", f"'{slot}' is not one of this story's slots {', '.join(story.slots)}"
        if figure_id not in dataset.figures or dataset.figures[figure_id].yardstick is None:
            return "yardsticks", f"'{figure_id}' is not a yardstick"
    for name, figure_id in story.choices.items():
        chooser = next((c for c in story.choosers if c.input == name), None)
        if chooser is None or figure_id not in [option.figure for option in chooser.options]:
            return "choices", f"'{figure_id}' is not one of the options for '{name}'"
    for chooser in story.choosers:
        for option in chooser.options:
            if option.figure not in dataset.figures:
                return "chooser.options", f"no figure '{option.figure}'"
            measured = dataset.figures[option.figure].estimate().value.dimensionality
            if (
                chooser.input in dataset.figures
                and measured != dataset.figure(chooser.input).estimate().value.dimensionality
            ):
                return "chooser.options", f"'{option.figure}' does not measure what '{chooser.input}' measures"
    for row in story.rows:
        problem = _check_row(row, story, dataset)
        if problem:
            return "row", problem
    for field, template in story.templates():
        problem = _check_template(template, story, dataset)
        if problem:
            return field, problem
    return None


def _check_figures_only(story: Story, dataset: Dataset) -> tuple[str, str] | None:
    """A story without a scenario: figure rows and figure placeholders only."""
    if story.inputs or story.choosers or story.alternatives or story.compared_input:
        return "scenario", "a story without a scenario has no inputs, choosers, alternatives or compared input"
    for row in story.rows:
        if row.kind != "figure":
            return "row", f"a story without a scenario shows figures only, not '{row.kind}' rows"
        if row.target not in dataset.figures:
            return "row", f"no figure '{row.target}'"
    for field, template in story.templates():
        needing = [kind for kind, _ in placeholders(template) if kind in NEEDS_SCENARIO]
        if needing:
            return field, f"'{{{needing[0]}}}' needs a scenario; this story names figures only"
        problem = _check_template(template, story, dataset)
        if problem:
            return field, problem
    return None


def _check_row(row: Row, story: Story, dataset: Dataset) -> str:
    """What is wrong with a chart row, or ""."""
    if row.kind in ("options", "runs") and row.target not in [chooser.input for chooser in story.choosers]:
        return f"'{row.target}' has no chooser: add a [[story.chooser]] for it"
    if row.kind == "scenario" and row.target not in story.alternatives:
        return f"'{row.target}' is not one of the story's alternatives"
    if row.kind == "figure" and row.target not in dataset.figures:
        return f"no figure '{row.target}'"
    if row.kind == "reader" and row.target not in [control.name for control in story.inputs]:
        return f"'{row.target}' is not one of the story's inputs"
    return ""


def _check_template(template: str, story: Story, dataset: Dataset) -> str:
    """What is wrong with a template's placeholders, or ""."""
    if template.count("{") != template.count("}"):
        return f"unbalanced braces in '{template[:60]}'"
    choosers = [chooser.input for chooser in story.choosers]
    for kind, argument in placeholders(template):
        if kind not in PLACEHOLDERS:
            return f"'{{{kind}}}' is not a placeholder; use one of {', '.join(PLACEHOLDERS)}"
        needs = PLACEHOLDERS[kind]
        names = [part.strip() for part in re.split(r"[,/]", argument)] if argument else []
        if needs in ("figure", "yardstick", "figures") and not all(name in dataset.figures for name in names):
            return f"'{{{kind}:{argument}}}' names a figure that does not exist"
        if needs == "input" and argument not in choosers:
            return f"'{{{kind}:{argument}}}' needs a chooser for '{argument}'"
        if needs == "input/figure" and (len(names) != 2 or names[0] not in choosers or names[1] not in dataset.figures):
            return f"'{{{kind}:{argument}}}' must be INPUT/FIGURE, the input having a chooser"
        if needs == "scenario" and argument not in dataset.scenarios:
            return f"'{{{kind}:{argument}}}' names no scenario"
    return ""


__all__ = [
    "NEEDS_SCENARIO",
    "PLACEHOLDERS",
    "ROW_KINDS",
    "SLOTS",
    "Chooser",
    "FiguresOnly",
    "Guess",
    "Option",
    "Row",
    "Story",
    "StoryContext",
    "StoryInput",
    "Worded",
    "check_story",
    "placeholders",
    "render",
]
