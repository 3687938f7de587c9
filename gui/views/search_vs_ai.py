"""One search vs one AI query: energy per query, scaled up to Google's 9 billion searches a day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.formatting import format_estimate
from core.values import spanning
from gui.model import StoryModel
from gui.views.base import StoryView
from gui.widgets.chart import Bar, bar_for
from gui.widgets.input_control import InputSpec

WEB_SEARCH = "google_search_energy"
#: The 2025 estimates of a typical text prompt, quoted as one range under the headline.
ESTIMATES_2025 = ["chatgpt_query_epoch_2025", "chatgpt_query_altman_2025", "gemini_prompt_2025"]
QUERY_ESTIMATES = [
    "ai_query_energy_2023",
    "chatgpt_request_2023",
    "chatgpt_query_epoch_2025",
    "chatgpt_query_altman_2025",
    "gemini_prompt_2025",
]


class SearchVsAiView(StoryView):
    """How much electricity Google would use if every search were an AI query, per query and per year."""

    view_id = "search_vs_ai"
    scenario_id = "google_ai_demand_yearly"
    extra_claims = ("ai_query_vs_search", "google_ai_demand_daily")

    def question_text(self) -> str:
        """The view's question."""
        return self.tr("One web search or one AI query: how much electricity, and what if Google used AI for all?")

    def input_specs(self) -> list[InputSpec]:
        """Searches per day, in billions."""
        return [InputSpec("google_searches_per_day", 0.5, 20, 0.5, "1/day", decimals=1, factor=1e9, chinese_factor=1e8)]

    def input_texts(self, name: str) -> tuple[str, str]:
        """Label and unit of the searches-per-day control."""
        label = self.tr("Searches per day")
        #: The unit after the searches-per-day number. Chinese counts this control in 亿 (1e8):
        #: translate as 亿次 (the control shows 90 where English shows 9.0 billion).
        unit = self.tr("billion")
        return label, unit

    def chooser_specs(self) -> list[tuple[str, list[str]]]:
        """Competing estimates of one AI query's energy."""
        return [("ai_query_energy_2023", QUERY_ESTIMATES)]

    def chooser_label(self, name: str) -> str:
        """The chooser's label."""
        return self.tr("Energy of one AI query: which estimate?")

    @classmethod
    def card_headline_from(cls, model: StoryModel) -> str:
        """The comparison the title promises: one AI query against web searches."""
        chosen = model.choice("ai_query_energy_2023")
        ratio = model.calculator.evaluate(f"{chosen} / {WEB_SEARCH}").result
        text = QCoreApplication.translate("SearchVsAiView", "One AI query uses as much electricity as %1 web searches")
        return text.replace("%1", format_estimate(ratio, model.language))

    def headline_texts(self) -> tuple[str, str]:
        """One AI query in web searches; under it the two energies with their years, the 2025 estimates, and what
        all of Google's searches would use."""
        model, language = self.model, self.model.language
        dataset = model.calculator.dataset
        query, search = dataset.figure(model.choice("ai_query_energy_2023")), dataset.figure(WEB_SEARCH)
        recent = spanning(*(dataset.figure(figure_id).estimate() for figure_id in ESTIMATES_2025))
        yearly = model.calculation().result
        text = self.tr(
            "One AI query: %1 (%2); one web search: %3 (Google, %4). 2025 estimates: %5 per query. "
            "If all of Google's searches used AI: %6."
        )
        for marker, replacement in (
            ("%1", format_estimate(query.estimate(), language, keep_units=True)),
            ("%2", str(query.year)),
            ("%3", format_estimate(search.estimate(), language, keep_units=True)),
            ("%4", str(search.year)),
            ("%5", format_estimate(recent, language, keep_units=True)),
            ("%6", format_estimate(yearly, language, keep_units=True)),
        ):
            text = text.replace(marker, replacement)
        return self.card_headline_from(model), text

    def chart_bars(self) -> tuple[list[Bar], str]:
        """One web search against each estimate of an AI query, in Wh."""
        dataset, language = self.model.calculator.dataset, self.model.language
        chosen = self.model.choice("ai_query_energy_2023")
        bars = []
        for figure_id in [WEB_SEARCH, *QUERY_ESTIMATES]:
            estimate = dataset.figure(figure_id).estimate()
            bars.append(bar_for(self._short_label(figure_id), estimate, "Wh", language, figure_id == chosen))
        return bars, self.tr("Electricity per query (Wh)")

    def _short_label(self, figure_id: str) -> str:
        """A short name for each estimate on the chart (the footnote gives the full label and source)."""
        return {
            "google_search_energy": self.tr("Web search (Google, 2009)"),
            "ai_query_energy_2023": self.tr("AI query (article, 2023)"),
            "chatgpt_request_2023": self.tr("ChatGPT request (de Vries, 2023)"),
            "chatgpt_query_epoch_2025": self.tr("GPT-4o query (Epoch AI, 2025)"),
            "chatgpt_query_altman_2025": self.tr("ChatGPT query (Altman, 2025)"),
            "gemini_prompt_2025": self.tr("Gemini prompt (Google, 2025)"),
        }[figure_id]
