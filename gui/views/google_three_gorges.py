"""Google on AI = a third of the Three Gorges? Demand-side and two supply-side estimates against yardsticks."""

from __future__ import annotations

from core.explain import describe_comparison
from core.formatting import format_estimate
from gui.model import StoryModel
from gui.views.base import StoryView
from gui.widgets.chart import Bar, bar_for
from gui.widgets.input_control import InputSpec

ESTIMATES = ("google_ai_semianalysis_yearly", "google_ai_newstreet_yearly", "google_ai_demand_yearly")
YARDSTICKS = ("google_total_2021", "ireland_electricity", "three_gorges_yearly")


class GoogleThreeGorgesView(StoryView):
    """Google's search on AI, per year, against Google's own 2021 total, Ireland and the Three Gorges dam."""

    view_id = "google_three_gorges"
    scenario_id = "google_ai_semianalysis_yearly"
    scenario_options = ESTIMATES
    extra_claims = ("google_ai_vs_three_gorges", "google_ai_vs_ireland")

    def question_text(self) -> str:
        """The view's question."""
        return self.tr("If Google ran every search on AI, would it use a third of the Three Gorges dam's output?")

    def input_specs(self) -> list[InputSpec]:
        """Server power (supply side) and searches per day (demand side)."""
        return [
            InputSpec("hgx_a100_power", 1, 15, 0.1, "kW", decimals=1),
            InputSpec("google_searches_per_day", 0.5, 20, 0.5, "1/day", decimals=1, factor=1e9, chinese_factor=1e8),
        ]

    def input_texts(self, name: str) -> tuple[str, str]:
        """Labels and units of the controls."""
        if name == "hgx_a100_power":
            return self.tr("Power of one server (supply side)"), "kW"
        label = self.tr("Searches per day (demand side)")
        #: The unit after the searches-per-day number. Chinese counts this control in 亿 (1e8):
        #: translate as 亿次 (the control shows 90 where English shows 9.0 billion).
        unit = self.tr("billion")
        return label, unit

    def chooser_label(self, name: str) -> str:
        """The estimate chooser's label."""
        return self.tr("Which estimate?")

    @classmethod
    def card_headline_from(cls, model: StoryModel) -> str:
        """The share of the Three Gorges' yearly output."""
        gorges = model.calculator.compare(model.calculation(), "three_gorges_yearly")
        return describe_comparison(gorges, model.language)

    def headline_texts(self) -> tuple[str, str]:
        """The share of the Three Gorges' yearly output; the yearly electricity under it."""
        result = format_estimate(self.model.calculation().result, self.model.language, keep_units=True)
        return self.card_headline_from(self.model), result

    def chart_bars(self) -> tuple[list[Bar], str]:
        """The three estimates and the three yardsticks, in TWh a year."""
        model, dataset, language = self.model, self.model.calculator.dataset, self.model.language
        bars = []
        for scenario_id in ESTIMATES:
            result = model.run({}, scenario_id).result
            chosen = scenario_id == model.scenario.id
            bars.append(bar_for(self._estimate_label(scenario_id), result, "TWh/year", language, chosen))
        for figure_id in YARDSTICKS:
            estimate = dataset.figure(figure_id).estimate()
            bars.append(bar_for(self._yardstick_label(figure_id), estimate, "TWh/year", language))
        return bars, self.tr("Electricity per year (TWh)")

    def _estimate_label(self, scenario_id: str) -> str:
        """A short name for each estimate."""
        return {
            "google_ai_semianalysis_yearly": self.tr("Google on AI: servers (SemiAnalysis)"),
            "google_ai_newstreet_yearly": self.tr("Google on AI: servers (New Street Research)"),
            "google_ai_demand_yearly": self.tr("Google on AI: 3 Wh per search"),
        }[scenario_id]

    def _yardstick_label(self, figure_id: str) -> str:
        """A short name for each yardstick on the chart."""
        return {
            "google_total_2021": self.tr("All of Google in 2021"),
            "ireland_electricity": self.tr("Ireland"),
            "three_gorges_yearly": self.tr("Three Gorges dam"),
        }[figure_id]
