"""The global picture: data centres, AI and crypto worldwide, their growth, and countries of similar size.

The shares of world electricity are the ones the sources state; the split into computing, cooling and other
is the IEA's typical data centre, shown beside the disagreeing figures (de Vries's "more than 50 %" cooling,
Google's fleet overhead of about 8 %).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from core.calculator import Calculator
from core.explain import calculated_from, short_source
from core.formatting import format_estimate
from core.stories import FiguresOnly, render
from gui.palette import LIGHT, Theme
from gui.views.grid_emissions import WATER_AND_HARDWARE, water_and_hardware
from gui.views.page import Page
from gui.widgets.chart import Bar, Chart, bar_for
from gui.widgets.headline import Headline
from gui.widgets.layout import columns_for, index_in, reorder, scrolling_body, styled_label
from gui.widgets.line_breaks import without_orphan
from gui.widgets.source_footnote import footnote_lines

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
        self.water = styled_label(self, "muted")  # water and hardware, beside the electricity
        self.sources = styled_label(self, "footnote", selectable=True)
        self._lay_out()
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """2022's total and the 2026 range, as the story's headline says."""
        story = calculator.dataset.stories[cls.view_id]
        return render(story.headline(language), FiguresOnly(calculator), language)

    def reset_inputs(self) -> None:
        """The totals, without the computing/cooling split."""
        self.split.setChecked(False)

    def retranslate(self) -> None:
        """Re-read every translated string."""
        story = self.calculator.dataset.stories[self.view_id]
        self.question.setText(without_orphan(story.question(self.language)))
        self.split.setText(self.tr("Split into computing, cooling and other"))
        self.split.setAccessibleName(self.split.text())
        self.refresh()

    def refresh(self) -> None:
        """Headline, chart (whole or split), shares, cooling disagreement and sources."""
        language, dataset = self.language, self.calculator.dataset
        story = dataset.stories[self.view_id]
        secondary = render(story.secondary(language), FiguresOnly(self.calculator), language)
        self.headline.set_text(self.card_headline(), secondary)
        bars, title = self._split_bars() if self.split.isChecked() else self._total_bars()
        self.chart.set_data(bars, title)
        self.shares.setText(self._shares_text())
        self.cooling.setText(self._cooling_text())
        self.water.setText(water_and_hardware(self.calculator, language))
        totals = [row.target for row in story.rows]
        ids = [*totals, *SHARES, *SPLIT_PARTS, "dc_cooling_share_interview", "google_pue_2024", *WATER_AND_HARDWARE]
        self.sources.setText(footnote_lines([dataset.figure(i) for i in ids], dataset, language))

    def _total_bars(self) -> tuple[list[Bar], str]:
        """The story's rows: worldwide totals and projections, then countries, in TWh a year."""
        dataset, language = self.calculator.dataset, self.language
        story = dataset.stories[self.view_id]
        context = FiguresOnly(self.calculator)
        bars = [
            bar_for(
                render(row.short(language), context, language, row.target),
                dataset.figure(row.target).estimate(),
                story.chart_unit_in(language),
                language,
                row.highlighted,
                short_source(dataset.figure(row.target), dataset, language),
            )
            for row in story.rows
        ]
        return bars, story.chart_title(language)

    def _split_bars(self) -> tuple[list[Bar], str]:
        """Each data-centre total split into computing, cooling and other (IEA's typical shares), by core."""
        language, bars = self.language, []
        story = self.calculator.dataset.stories[self.view_id]
        for figure_id in SPLIT:
            for part_id in SPLIT_PARTS:
                calculation = self.calculator.evaluate(f"{figure_id} * {part_id}")
                part = calculation.result
                colon = "：" if language == "zh" else ": "
                label = f"{self._label(figure_id)}{colon}{self._part_label(part_id)}"  # the row's short name
                source = calculated_from(calculation.figures_used, self.calculator.dataset, language)
                bars.append(
                    bar_for(label, part, story.chart_unit_in(language), language, part_id == "dc_split_cooling", source)
                )
        return bars, story.chart_title(language)

    def _shares_text(self) -> str:
        """The shares of world electricity, as the sources state them."""
        dataset, language = self.calculator.dataset, self.language
        figures = [dataset.figure(figure_id) for figure_id in SHARES]
        colon, separator, end = ("：", "；", "。") if language == "zh" else (": ", "; ", ".")
        parts = [
            f"{figure.label(language)}{colon}{format_estimate(figure.estimate(), language, keep_units=True)}"
            for figure in figures
        ]
        return separator.join(parts) + end

    def _cooling_text(self) -> str:
        """The cooling share and the figures that disagree with it."""
        dataset, language = self.calculator.dataset, self.language

        def value(figure_id: str) -> str:
            return format_estimate(dataset.figure(figure_id).estimate(), language, keep_units=True)

        text = self.tr(
            "Cooling: %1 of a typical data centre (IEA); %2 (de Vries, in the interview); "
            "Google's fleet runs at a PUE of %3, an overhead of %4 of its electricity. The sources disagree."
        )
        overhead = self.calculator.evaluate("(google_pue_2024 - 1) / google_pue_2024")
        return (
            text.replace("%1", value("dc_split_cooling"))
            .replace("%2", value("dc_cooling_share_interview"))
            .replace("%3", value("google_pue_2024"))
            .replace("%4", format_estimate(self.calculator.convert(overhead, "percent").result, language))
        )

    def _label(self, figure_id: str) -> str:
        """A total's short name on the chart, from the story's row for it."""
        story = self.calculator.dataset.stories[self.view_id]
        row = next(row for row in story.rows if row.target == figure_id)
        return render(row.short(self.language), FiguresOnly(self.calculator), self.language, figure_id)

    def _part_label(self, part_id: str) -> str:
        """Computing, cooling or other."""
        return {
            "dc_split_computing": self.tr("computing"),
            "dc_split_cooling": self.tr("cooling"),
            "dc_split_other": self.tr("other"),
        }[part_id]

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Recolour and resize the chart; at large text sizes the chart comes right under the answer."""
        super().set_display(theme, text_scale)
        self._arrange(text_scale)

    def _arrange(self, text_scale: float) -> None:
        """The split toggle above the chart; at large text sizes the chart right under the answer, then the line
        under the answer and the toggle, so that question, answer and chart fill the first screen."""
        self.headline.place_secondary(None)
        if columns_for(text_scale, 2) == 1:
            reorder(self.body, [self.chart, self.split])
            self.headline.place_secondary(self.body, index_in(self.body, self.split))
        else:
            reorder(self.body, [self.split, self.chart])

    def _lay_out(self) -> None:
        """Question, headline, toggle, chart, shares, cooling note, sources (scrolling)."""
        self.body = layout = scrolling_body(self)
        for widget in (
            self.question,
            self.headline,
            self.split,
            self.chart,
            self.shares,
            self.cooling,
            self.water,
            self.sources,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
