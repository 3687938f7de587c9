"""The calculator front ends use: expressions over the dataset, conversions, comparisons and scenarios."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from core import values
from core.compare import Comparison, compare
from core.dataset import Dataset, Scenario, load_dataset
from core.errors import ScenarioInputError, quoted
from core.expression import Calculation, Operation, Step, evaluate, parse_units
from core.formatting import display_digits
from core.scenarios import ClaimCheck, check_claim, reproduces_claim
from core.units import quantity
from core.values import Estimate, describe_dimension


class Calculator:
    """Evaluates expressions in which dataset ids and constants are names; one per dataset."""

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else load_dataset()
        self._names = self.dataset.names()
        self._figure_ids = frozenset(self.dataset.figures)

    def evaluate(self, expression: str, overrides: Mapping[str, Estimate] | None = None) -> Calculation:
        """Evaluate `expression`; `overrides` replace named figures or constants with the reader's values."""
        if not overrides:
            return evaluate(expression, self._names, self._figure_ids)
        names = {**self._names, **overrides}
        return evaluate(expression, names, self._figure_ids - set(overrides))

    def named_value(self, name: str) -> Estimate:
        """The value of a figure id or a constant."""
        if name not in self._names:
            self.dataset.figure(name)  # raises UnknownRecordError with a hint
        return self._names[name]

    def convert(self, calculation: Calculation, target_unit: str) -> Calculation:
        """Convert a calculation's result to `target_unit` (a unit text such as "TWh/year" or "度")."""
        return calculation.converted(parse_units(target_unit))

    def compare(self, calculation: Calculation, yardstick_id: str) -> Comparison:
        """Measure a calculation's result in the yardstick `yardstick_id`."""
        return compare(calculation, self.dataset.yardstick(yardstick_id))

    def is_figure(self, target: str) -> bool:
        """True when `target` names a figure (a comparison target, or an error saying it is no yardstick)."""
        return target.strip() in self.dataset.figures

    def set_input(self, scenario_id: str, name: str, value_text: str) -> Estimate:
        """Read a reader's value for one input of a scenario; it must measure what the input measures."""
        scenario = self.dataset.scenario(scenario_id)
        if name not in scenario.inputs:
            raise ScenarioInputError(
                f"{quoted(name)} is not an input of {scenario_id}: its inputs are {', '.join(scenario.inputs)}",
                f"{quoted(name, 'zh')}不是{scenario_id}的输入：它的输入有{'、'.join(scenario.inputs)}",
            )
        original = self._names[name]
        value = self.evaluate(value_text).result
        if value.value.dimensionality != original.value.dimensionality:
            example = f"{original.value.magnitude:g} {original.value.units:~P}".strip()  # "6.5 kW", or "3617"
            raise ScenarioInputError(
                f"cannot set {name} to {quoted(value_text)}: it must be {describe_dimension(original.units)}, "
                f"like {example}",
                f"无法把{name}设为{quoted(value_text, 'zh')}：它必须是{describe_dimension(original.units, 'zh')}，"
                f"例如{example}",
            )
        return value

    def set_input_value(self, scenario_id: str, name: str, magnitude: float, unit: str) -> Estimate:
        """A reader's value for one scenario input given as a number and a unit (a slider's value)."""
        scenario = self.dataset.scenario(scenario_id)
        if name not in scenario.inputs and name not in self._names:
            raise ScenarioInputError(
                f"{quoted(name)} is not an input of {scenario_id}", f"{quoted(name, 'zh')}不是{scenario_id}的输入"
            )
        value = values.exact(quantity(magnitude, unit))
        original = self._names[name]
        if value.value.dimensionality != original.value.dimensionality:
            raise ScenarioInputError(
                f"{name} must be {describe_dimension(original.units)}, not {unit}",
                f"{name}必须是{describe_dimension(original.units, 'zh')}，而不是{unit}",
            )
        return value

    def substitute(self, scenario_id: str, substitutions: Mapping[str, str]) -> str:
        """The scenario's formula with figure ids replaced by competing estimates of the same thing.

        For example ai_query_energy_2023 -> gemini_prompt_2025: the steps then name the chosen figure.
        """
        scenario = self.dataset.scenario(scenario_id)
        formula = scenario.formula
        for name, replacement in substitutions.items():
            if name not in scenario.inputs:
                raise ScenarioInputError(
                    f"{quoted(name)} is not an input of {scenario_id}", f"{quoted(name, 'zh')}不是{scenario_id}的输入"
                )
            original, chosen = self._names[name], self.dataset.figure(replacement).estimate()
            if original.value.dimensionality != chosen.value.dimensionality:
                raise ScenarioInputError(
                    f"{replacement} does not measure the same thing as {name}",
                    f"{replacement}与{name}衡量的不是同一种量",
                )
            formula = re.sub(rf"\b{re.escape(name)}\b", replacement, formula)
        return formula

    def run_scenario(
        self,
        scenario_id: str,
        overrides: Mapping[str, Estimate] | None = None,
        substitutions: Mapping[str, str] | None = None,
    ) -> Calculation:
        """Run a scenario's formula, converted to the scenario's unit.

        `substitutions` swap figures for competing estimates (see `substitute`); `overrides` then replace named
        values (after substitution) with the reader's own.
        """
        scenario = self.dataset.scenario(scenario_id)
        formula = self.substitute(scenario_id, substitutions) if substitutions else scenario.formula
        calculation = self.evaluate(formula, overrides)
        calculation = self.convert(calculation, scenario.unit or "dimensionless")
        return _as_the_article_printed(scenario, calculation)

    def check_claim(self, scenario_id: str) -> ClaimCheck:
        """Run a scenario with the dataset's figures and compare the result with the article's claim; an implied
        claim also gets what independent figures give."""
        scenario = self.dataset.scenario(scenario_id)
        independent = None
        if scenario.independent:
            independent = self.convert(self.evaluate(scenario.independent), scenario.unit or "dimensionless")
        return check_claim(scenario, self.run_scenario(scenario_id), independent)

    def check_all_claims(self) -> list[ClaimCheck]:
        """Check every scenario's claim, in file order."""
        return [self.check_claim(scenario_id) for scenario_id in self.dataset.scenarios]


def _as_the_article_printed(scenario: Scenario, calculation: Calculation) -> Calculation:
    """The scenario's result with its side (an upper estimate at full power), and, where it reproduces a number
    the article printed, shown with the article's digits (9.855 TWh, not 9.9) in the headline and the last step;
    never with fewer digits than the rule gives (118 %, not the claim's one-digit 100 %)."""
    result = calculation.result
    if scenario.bound is not None:
        result = replace(result, bound=scenario.bound)
    if not scenario.claim_is_interval and reproduces_claim(scenario, result):
        digits = max(scenario.claim_significant_figures, display_digits(result))
        result = replace(result, computed=False, significant_figures=digits)
    if result is calculation.result:
        return calculation
    return replace(calculation, result=result, steps=_with_last_result(calculation.steps, result))


def _with_last_result(steps: tuple[Step, ...], result: Estimate) -> tuple[Step, ...]:
    """The steps with the last result shown as `result` shows; a final unit conversion and the step before it
    both, so the conversion still reads as one number in two units."""
    if not steps:
        return steps
    last = steps[-1]
    if last.operation is Operation.CONVERT and len(steps) > 1:
        before = steps[-2]
        shown = replace(
            result, value=result.value.to(before.result.units), low=before.result.low, high=before.result.high
        )
        operand = replace(last.operands[0], estimate=shown)
        return (
            *steps[:-2],
            replace(before, result=shown),
            replace(last, operands=(operand, *last.operands[1:]), result=result),
        )
    return (*steps[:-1], replace(last, result=result))
