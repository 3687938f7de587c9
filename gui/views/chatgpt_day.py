"""ChatGPT's day: servers x power x hours = 564 MWh a day, the title's 50万度."""

from __future__ import annotations

from typing import ClassVar

from core.formatting import format_estimate
from gui.views.base import StoryView
from gui.widgets.chart import Bar, bar_for
from gui.widgets.input_control import InputSpec

SERVER_POWERS = ["hgx_a100_power", "dgx_h100_power", "dgx_b200_power"]


class ChatGptDayView(StoryView):
    """ChatGPT's electricity in a day from its servers, their power and hours of use."""

    view_id = "chatgpt_day"
    scenario_id = "chatgpt_daily"
    default_yardsticks: ClassVar[dict[str, str]] = {
        "household": "household_cn",
        "place": "shenzhen_2023",
        "everyday": "phone_charge",
    }

    def question_text(self) -> str:
        """The view's question."""
        return self.tr("Does ChatGPT really “eat” 500,000 kWh of electricity a day?")

    def input_specs(self) -> list[InputSpec]:
        """Servers and hours a day at full power."""
        return [
            InputSpec("chatgpt_servers", 100, 20_000, 1, "", decimals=0),
            InputSpec("hours_per_day", 1, 24, 0.5, "hour/day", decimals=1),
        ]

    def input_texts(self, name: str) -> tuple[str, str]:
        """Labels and units of the controls."""
        if name == "chatgpt_servers":
            return self.tr("Servers"), self.tr("servers")
        return self.tr("Hours a day at full power"), self.tr("h")

    def chooser_specs(self) -> list[tuple[str, list[str]]]:
        """Which server generation."""
        return [("hgx_a100_power", SERVER_POWERS)]

    def chooser_label(self, name: str) -> str:
        """The chooser's label."""
        return self.tr("Power of one server")

    def headline_texts(self) -> tuple[str, str]:
        """The daily electricity, an upper estimate; why, and the article's figure, under it."""
        language = self.model.language
        result = format_estimate(self.model.calculation().result, language, keep_units=True)
        article = self.model.calculator.dataset.figure("chatgpt_daily_energy").estimate()
        secondary = self.tr(
            "An upper estimate: every server at its full rated power, all day. "
            "The article: %1, rounded to 500,000 kWh (50万度) in its title"
        ).replace("%1", format_estimate(article, language, keep_units=True))
        return result, secondary

    def chart_bars(self) -> tuple[list[Bar], str]:
        """Daily electricity with each server generation (the reader's servers and hours), and the article's."""
        model, dataset, language = self.model, self.model.calculator.dataset, self.model.language
        bars = []
        for power_id in SERVER_POWERS:
            result = model.run({"hgx_a100_power": power_id}).result
            chosen = power_id == model.choice("hgx_a100_power")
            bars.append(bar_for(self._short_label(power_id), result, "MWh/day", language, chosen))
        article = dataset.figure("chatgpt_daily_energy").estimate()
        bars.append(bar_for(self.tr("The article's figure"), article, "MWh/day", language))
        return bars, self.tr("Electricity per day (MWh)")

    def _short_label(self, power_id: str) -> str:
        """A short name for each server generation on the chart."""
        return {
            "hgx_a100_power": self.tr("A100 servers (6.5 kW)"),
            "dgx_h100_power": self.tr("H100 servers (10.2 kW)"),
            "dgx_b200_power": self.tr("B200 servers (14.3 kW)"),
        }[power_id]
