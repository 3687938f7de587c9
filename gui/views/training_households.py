"""Training GPT-3 = N households: a model's training electricity against a household-year of a chosen country."""

from __future__ import annotations

from typing import ClassVar

from core.dataset import YardstickKind
from core.explain import describe_comparison
from core.formatting import format_estimate
from core.values import Estimate
from gui.model import StoryModel
from gui.views.base import SLOTS, StoryView
from gui.widgets.chart import Bar
from gui.widgets.comparison_strip import ComparisonSlot
from gui.widgets.input_control import InputSpec

MODELS = ["gpt3_training", "bloom_training", "llama31_training", "gpt4_training"]


class TrainingHouseholdsView(StoryView):
    """How many households' yearly electricity it took to train GPT-3, with other models for scale."""

    view_id = "training_households"
    scenario_id = "gpt3_households"
    compared_input = "gpt3_training"
    slots: ClassVar[list[ComparisonSlot]] = [slot for slot in SLOTS if slot.slot != "household"]
    #: The article's household (1,287 kWh a year) is implied by its own claim; the view opens on the national
    #: average and shows the article's figure beside it.
    default_choices: ClassVar[dict[str, str]] = {"household_cn_article": "household_cn"}

    def question_text(self) -> str:
        """The view's question."""
        return self.tr("Training GPT-3 used as much electricity as how many households use in a year?")

    def input_specs(self) -> list[InputSpec]:
        """The training electricity, in MWh, on a logarithmic slider."""
        return [InputSpec("gpt3_training", 100, 100_000, 1, "MWh", decimals=0, logarithmic=True)]

    def input_texts(self, name: str) -> tuple[str, str]:
        """Label and unit of the training-energy control."""
        return self.tr("Electricity to train the model"), "MWh"

    def chooser_specs(self) -> list[tuple[str, list[str]]]:
        """Which model, and whose household."""
        households = [figure.id for figure in self.model.calculator.dataset.yardsticks(YardstickKind.HOUSEHOLD)]
        return [("gpt3_training", MODELS), ("household_cn_article", households)]

    def chooser_label(self, name: str) -> str:
        """The choosers' labels."""
        if name == "gpt3_training":
            return self.tr("Which model's training?")
        return self.tr("Whose household?")

    @classmethod
    def card_headline_from(cls, model: StoryModel) -> str:
        """N households for a year."""
        training = model.input_calculation("gpt3_training")
        comparison = model.calculator.compare(training, model.choice("household_cn_article"))
        return describe_comparison(comparison, model.language)

    def headline_texts(self) -> tuple[str, str]:
        """N households for a year; under it the training electricity and the other Chinese household figure
        (the article's implied one beside the national average, or the other way round)."""
        model = self.model
        training = model.input_calculation("gpt3_training")
        other = (
            "household_cn"
            if model.choice("household_cn_article") == "household_cn_article"
            else ("household_cn_article")
        )
        beside = describe_comparison(model.calculator.compare(training, other), model.language)
        secondary = self.tr("%1 to train; or %2").replace(
            "%1", format_estimate(training.result, model.language, keep_units=True)
        )
        return self.card_headline_from(model), secondary.replace("%2", beside)

    def chart_bars(self) -> tuple[list[Bar], str]:
        """Households for a year for each model's published training electricity, and for the reader's own."""
        model = self.model
        household = model.choice("household_cn_article")
        bars = []
        for model_id in MODELS:
            substitutions = {"gpt3_training": model_id, "household_cn_article": household}
            result = model.calculator.run_scenario(model.scenario.id, substitutions=substitutions).result
            chosen = model_id == model.choice("gpt3_training") and not model.is_set_by_reader("gpt3_training")
            bars.append(self._bar(self._short_label(model_id), result, chosen))
        if model.is_set_by_reader("gpt3_training"):
            bars.append(self._bar(self.tr("Your value"), model.calculation().result, highlighted=True))
        return bars, self.tr("Households for a year")

    def _bar(self, label: str, result: Estimate, highlighted: bool) -> Bar:
        """A bar for a count of households, worded by core."""
        value, low, high = result.magnitudes()
        return Bar(label, value, format_estimate(result, self.model.language), low, high, highlighted)

    def _short_label(self, model_id: str) -> str:
        """A short name for each model on the chart."""
        return {
            "gpt3_training": self.tr("GPT-3 (2020)"),
            "bloom_training": self.tr("BLOOM (2022)"),
            "llama31_training": self.tr("Llama 3.1 (2024, GPUs only)"),
            "gpt4_training": self.tr("GPT-4 (2022, unconfirmed)"),
        }[model_id]
