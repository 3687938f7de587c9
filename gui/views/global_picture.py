"""The global picture: data centres, AI and crypto worldwide, their growth, and countries of similar size.

The shares of world electricity are the ones the sources state; the split into computing, cooling and other
is the IEA's typical data centre, shown beside the disagreeing figures (de Vries's "more than 50 %" cooling,
Google's fleet overhead of about 8 %).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from core.calculator import Calculator
from core.formatting import format_estimate, format_percent
from core.values import exact
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.chart import Bar, Chart, bar_for
from gui.widgets.headline import Headline
from gui.widgets.layout import scrolling_body, styled_label
from gui.widgets.source_footnote import footnote_lines

TOTALS = [
    "dc_ai_crypto_2022",
    "crypto_2022",
    "datacentres_2024",
    "datacentres_2025",
    "dc_ai_crypto_2026_iea",
    "dc_ai_crypto_2026",
    "datacentres_2030",
    "us_dc_2022",
    "nvidia_ai_energy_2023",
    "nvidia_ai_energy_2027",
]
COUNTRIES = [
    "ireland_electricity_2024",
    "netherlands_electricity_2024",
    "sweden_electricity_2023",
    "germany_electricity_2024",
]
SPLIT = ["datacentres_2024", "dc_ai_crypto_2026_iea", "datacentres_2030"]
SPLIT_PARTS = ["dc_split_computing", "dc_split_cooling", "dc_split_other"]
SHARES = [
    "dc_ai_crypto_share_world_2022",
    "crypto_share_world_2022",
    "dc_ai_share_world_2022",
    "datacentres_share_world_2024",
]


class GlobalPictureView(Page):
    """A chart of worldwide totals and projections against countries, with a computing/cooling split toggle."""

    view_id = "global_picture"

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.question = styled_label(self, "question")
        self.headline = Headline(self)
        self.split = QCheckBox(self)
        self.split.toggled.connect(self.refresh)
        self.chart = Chart(self, theme)
        self.shares = styled_label(self)
        self.cooling = styled_label(self, "muted")
        self.sources = styled_label(self, "footnote", selectable=True)
        self._lay_out()
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """2022's total and the 2026 range."""
        dataset = calculator.dataset
        then = format_estimate(dataset.figure("dc_ai_crypto_2022").estimate(), language, keep_units=True)
        later = format_estimate(dataset.figure("dc_ai_crypto_2026_iea").estimate(), language, keep_units=True)
        return (
            QCoreApplication.translate("GlobalPictureView", "%1 (2022) → %2 (2026)")
            .replace("%1", then)
            .replace("%2", later)
        )

    def reset_inputs(self) -> None:
        """The totals, without the computing/cooling split."""
        self.split.setChecked(False)

    def retranslate(self) -> None:
        """Re-read every translated string."""
        self.question.setText(
            self.tr("How much electricity do data centres, AI and crypto use worldwide, and how fast is it growing?")
        )
        self.split.setText(self.tr("Split data-centre electricity into computing, cooling and other"))
        self.split.setAccessibleName(self.split.text())
        self.refresh()

    def refresh(self) -> None:
        """Headline, chart (whole or split), shares, cooling disagreement and sources."""
        language, dataset = self.language, self.calculator.dataset
        base = dataset.figure("dc_ai_crypto_2026_iea").estimate()
        secondary = self.tr(
            "IEA 2026: low %1, base case about %2, high %3; the article's “about 1,000 TWh” is the high case"
        )
        low, high = base.bounds()
        for marker, quantity in (("%1", low), ("%2", base.value), ("%3", high)):
            secondary = secondary.replace(marker, format_estimate(exact(quantity), language, keep_units=True))
        self.headline.set_text(self.card_headline(), secondary)
        bars, title = self._split_bars() if self.split.isChecked() else self._total_bars()
        self.chart.set_data(bars, title)
        self.shares.setText(self._shares_text())
        self.cooling.setText(self._cooling_text())
        ids = [*TOTALS, *COUNTRIES, *SHARES, *SPLIT_PARTS, "dc_cooling_share_interview", "google_pue_2024"]
        self.sources.setText(footnote_lines([dataset.figure(i) for i in ids], dataset, language))

    def _total_bars(self) -> tuple[list[Bar], str]:
        """Worldwide totals and projections, then countries, in TWh a year."""
        dataset, language = self.calculator.dataset, self.language
        bars = [
            bar_for(
                self._label(figure_id),
                dataset.figure(figure_id).estimate(),
                "TWh/year",
                language,
                figure_id == "dc_ai_crypto_2022",
            )
            for figure_id in [*TOTALS, *COUNTRIES]
        ]
        return bars, self.tr("Electricity per year (TWh)")

    def _split_bars(self) -> tuple[list[Bar], str]:
        """Each data-centre total split into computing, cooling and other (IEA's typical shares), by core."""
        language, bars = self.language, []
        for figure_id in SPLIT:
            for part_id in SPLIT_PARTS:
                part = self.calculator.evaluate(f"{figure_id} * {part_id}").result
                label = f"{self._label(figure_id)}: {self._part_label(part_id)}"
                bars.append(bar_for(label, part, "TWh/year", language, part_id == "dc_split_cooling"))
        return bars, self.tr("Electricity per year (TWh)")

    def _shares_text(self) -> str:
        """The shares of world electricity, as the sources state them."""
        dataset, language = self.calculator.dataset, self.language
        figures = [dataset.figure(figure_id) for figure_id in SHARES]
        parts = [
            f"{figure.label(language)}: {format_estimate(figure.estimate(), language, keep_units=True)}"
            for figure in figures
        ]
        return self.tr("Shares of the world's electricity: %1").replace("%1", "; ".join(parts))

    def _cooling_text(self) -> str:
        """The cooling share and the figures that disagree with it."""
        dataset, language = self.calculator.dataset, self.language

        def value(figure_id: str) -> str:
            return format_estimate(dataset.figure(figure_id).estimate(), language, keep_units=True)

        text = self.tr(
            "Cooling: %1 of a typical data centre (IEA); more than %2 (de Vries, in the interview); "
            "Google's fleet runs at a PUE of %3, about 8% overhead. The sources disagree."
        )
        return (
            text.replace("%1", value("dc_split_cooling"))
            .replace("%2", format_percent(dataset.figure("dc_cooling_share_interview").value or 0, language))
            .replace("%3", value("google_pue_2024"))
        )

    def _label(self, figure_id: str) -> str:
        """A short chart label for each figure."""
        return {
            "dc_ai_crypto_2022": self.tr("Data centres + AI + crypto, 2022"),
            "crypto_2022": self.tr("of which crypto, 2022"),
            "datacentres_2024": self.tr("Data centres, 2024"),
            "datacentres_2025": self.tr("Data centres, 2025 (derived)"),
            "dc_ai_crypto_2026_iea": self.tr("Data centres + AI + crypto, 2026 (IEA range)"),
            "dc_ai_crypto_2026": self.tr("Same, 2026 (the article)"),
            "datacentres_2030": self.tr("Data centres, 2030 (IEA)"),
            "us_dc_2022": self.tr("US data centres, 2022"),
            "nvidia_ai_energy_2023": self.tr("NVIDIA AI servers, 2023"),
            "nvidia_ai_energy_2027": self.tr("NVIDIA AI servers, 2027"),
            "ireland_electricity_2024": self.tr("Ireland, 2024"),
            "netherlands_electricity_2024": self.tr("Netherlands, 2024"),
            "sweden_electricity_2023": self.tr("Sweden, 2023"),
            "germany_electricity_2024": self.tr("Germany, 2024"),
        }[figure_id]

    def _part_label(self, part_id: str) -> str:
        """Computing, cooling or other."""
        return {
            "dc_split_computing": self.tr("computing"),
            "dc_split_cooling": self.tr("cooling"),
            "dc_split_other": self.tr("other"),
        }[part_id]

    def _lay_out(self) -> None:
        """Question, headline, toggle, chart, shares, cooling note, sources (scrolling)."""
        layout = scrolling_body(self)
        for widget in (self.question, self.headline, self.split, self.chart, self.shares, self.cooling, self.sources):
            layout.addWidget(widget)
        layout.addStretch(1)
