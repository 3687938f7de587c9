"""The model behind one story view: a scenario, the reader's inputs and choices, and what core computes from them.

The model never does arithmetic or formats numbers itself: it keeps the reader's choices and asks core.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from core.calculator import Calculator
from core.compare import Comparison
from core.dataset import Figure, Scenario
from core.errors import CalculatorError
from core.expression import Calculation
from core.values import Estimate


class StoryModel(QObject):
    """A scenario with the reader's inputs (slider values), chosen estimates and chosen yardsticks.

    Signals:
        changed(): an input, a choice, a yardstick or the language changed; views re-read everything.
    """

    changed = Signal()

    def __init__(
        self,
        calculator: Calculator,
        scenario_id: str,
        yardsticks: Mapping[str, str] | None = None,
        language: str = "en",
        compared_input: str | None = None,
        parent: QObject | None = None,
        choices: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.calculator = calculator
        self.compared_input = compared_input
        self.scenario: Scenario = calculator.dataset.scenario(scenario_id)
        self._default_scenario = scenario_id
        self.language = language
        self._default_yardsticks = dict(yardsticks or {})
        self._yardsticks = dict(self._default_yardsticks)
        self._values: dict[str, Estimate] = {}
        self._default_choices = dict(choices or {})
        self._choices: dict[str, str] = dict(self._default_choices)
        self._runs: dict[tuple[str, frozenset[tuple[str, str]]], Calculation] = {}  # until something changes
        self._option_runs: dict[tuple[str, frozenset[tuple[str, str]], str], Calculation] = {}
        self._comparisons: dict[str, Comparison] = {}
        self._subject: Calculation | None = None

    # --- what the reader changes ---

    def set_value(self, name: str, magnitude: float, unit: str) -> None:
        """Set input `name` to `magnitude` in `unit` (from a slider or spin box)."""
        value = self.calculator.set_input_value(self.scenario.id, name, magnitude, unit)
        current = self._values.get(name)
        if current is not None and current.value == value.value:
            return
        self._values[name] = value
        self._changed()

    def choose(self, name: str, figure_id: str) -> None:
        """Use the figure `figure_id` for input `name` (a competing estimate of the same thing)."""
        if self._choices.get(name, name) == figure_id:
            return
        self._choices[name] = figure_id
        self._values.pop(name, None)
        self._changed()

    def set_yardstick(self, slot: str, figure_id: str) -> None:
        """Compare the result with yardstick `figure_id` in the comparison slot `slot`."""
        if self._yardsticks.get(slot) == figure_id:
            return
        self._yardsticks[slot] = figure_id
        self.changed.emit()

    def set_scenario(self, scenario_id: str) -> None:
        """Switch to a competing scenario of the same story (the demand side instead of the supply side)."""
        if scenario_id != self.scenario.id:
            self.scenario = self.calculator.dataset.scenario(scenario_id)
            self._changed()

    def set_language(self, language: str) -> None:
        """Word results in `language` ("en" or "zh")."""
        if language != self.language:
            self.language = language
            self.changed.emit()

    def reset(self) -> None:
        """Back to the article's inputs, the default estimates and the default yardsticks."""
        self._values.clear()
        self._choices = dict(self._default_choices)
        self._yardsticks = dict(self._default_yardsticks)
        self.scenario = self.calculator.dataset.scenario(self._default_scenario)
        self._changed()

    # --- what the views read ---

    def choice(self, name: str) -> str:
        """The figure currently used for input `name`."""
        return self._choices.get(name, name)

    def value(self, name: str) -> Estimate:
        """The current value of input `name`: the reader's value, or the chosen figure's."""
        if name in self._values:
            return self._values[name]
        return self.calculator.named_value(self.choice(name))

    def is_set_by_reader(self, name: str) -> bool:
        """True when the reader moved the control of input `name` (rather than choosing an estimate)."""
        return name in self._values

    def input_calculation(self, name: str) -> Calculation:
        """Input `name` alone as a calculation: the chosen figure, or the reader's value."""
        if self.is_set_by_reader(name):
            return self.calculator.evaluate(name, {name: self._values[name]})
        return self.calculator.evaluate(self.choice(name))

    def yardstick(self, slot: str) -> str:
        """The yardstick id chosen for `slot`."""
        return self._yardsticks[slot]

    def calculation(self) -> Calculation:
        """The scenario's result with the reader's inputs."""
        return self.run(self._choices)

    def run(self, choices: Mapping[str, str], scenario_id: str | None = None) -> Calculation:
        """A scenario (default: the current one) with other `choices` and the reader's values.

        Charts use it to compare estimates. A value the reader set wins over a chosen estimate for the same input.
        Each result is kept until something changes: a chart's bar for the reader's own choices is the headline's.
        """
        scenario = self.calculator.dataset.scenario(scenario_id or self.scenario.id)
        substitutions = {
            name: figure
            for name, figure in choices.items()
            if figure != name and name not in self._values and name in scenario.inputs
        }
        key = (scenario.id, frozenset(substitutions.items()))
        if key not in self._runs:
            overrides = {name: value for name, value in self._values.items() if name in scenario.inputs}
            self._runs[key] = self.calculator.run_scenario(scenario.id, overrides, substitutions)
        return self._runs[key]

    def subject(self) -> Calculation:
        """What the story compares with yardsticks: the result, or `compared_input` when the result is itself a
        comparison (training's households)."""
        if not self.compared_input:
            return self.calculation()
        if self._subject is None:  # kept until something changes, like the comparisons
            self._subject = self.input_calculation(self.compared_input)
        return self._subject

    def compare_subject(self, yardstick_id: str) -> Comparison:
        """The subject measured in the yardstick `yardstick_id` (kept until an input changes: the headline, the
        line under it and the comparison strip often ask for the same one)."""
        comparison = self._comparisons.get(yardstick_id)
        if comparison is None:
            comparison = self.calculator.compare(self.subject(), yardstick_id)
            self._comparisons[yardstick_id] = comparison
        return comparison

    def comparison(self, slot: str) -> Comparison | None:
        """The subject measured in the yardstick of `slot`; None when the two cannot be compared."""
        try:
            return self.compare_subject(self._yardsticks[slot])
        except CalculatorError:
            return None

    def run_option(self, name: str, figure_id: str) -> Calculation:
        """The scenario with `figure_id` for input `name` whatever the reader set for it (a chart's row per
        competing figure), with the reader's other inputs and choices."""
        if figure_id == self.choice(name) and not self.is_set_by_reader(name):
            return self.calculation()  # the reader's own choice: the headline's run
        key = (self.scenario.id, frozenset({**self._choices, name: figure_id}.items()), name)
        if key not in self._option_runs:
            scenario = self.scenario
            choices = {**self._choices, name: figure_id}
            substitutions = {n: f for n, f in choices.items() if f != n and n in scenario.inputs}
            overrides = {n: v for n, v in self._values.items() if n in scenario.inputs and n != name}
            self._option_runs[key] = self.calculator.run_scenario(scenario.id, overrides, substitutions)
        return self._option_runs[key]

    def run_with_value(self, name: str, value: Estimate) -> Calculation:
        """The scenario with `value` for input `name` and the reader's other values and choices (a handout's
        "what if it doubled"); not kept, as nothing on screen shows it."""
        scenario = self.scenario
        overrides = {n: v for n, v in self._values.items() if n in scenario.inputs} | {name: value}
        substitutions = {
            n: f for n, f in self._choices.items() if f != n and n in scenario.inputs and n not in overrides
        }
        return self.calculator.run_scenario(scenario.id, overrides, substitutions)

    def figures_used(self) -> list[Figure]:
        """Every dataset figure the current result used, yardsticks included."""
        ids = list(self.calculation().figures_used) + list(self._yardsticks.values())
        return [self.calculator.dataset.figure(figure_id) for figure_id in dict.fromkeys(ids)]

    def _changed(self) -> None:
        """Forget the results kept and tell the views."""
        self._runs.clear()
        self._option_runs.clear()
        self._comparisons.clear()
        self._subject = None
        self.changed.emit()
