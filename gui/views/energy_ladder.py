"""The energy ladder: one logarithmic scale from one web search to the world's yearly electricity.

Every figure that is an energy (or an energy per day or year, counted over one year) is a rung. A rate stands at
its yearly total, and a rate per day says so: "564 MWh a day = 205.9 GWh a year". Pick a rung in the list or click
it on the chart to see its source.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QListWidget, QScrollArea, QVBoxLayout, QWidget

from core.calculator import Calculator
from core.explain import footnote, short_source
from core.formatting import format_estimate
from core.ladder import Rung, ladder
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.chart import Bar, Chart
from gui.widgets.layout import PAGE_MARGINS, columns_for, styled_label
from gui.widgets.line_breaks import without_orphan

#: The longest category label on the chart, in columns (a Chinese character takes two).
LABEL_LENGTH = 44


class EnergyLadderView(Page):
    """Rungs in a list and on a tall log-scale chart, with the selected rung's source."""

    view_id = "energy_ladder"

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.rungs: list[Rung] = ladder(calculator.dataset)
        self.selected = self.default_rung = next(
            i for i, rung in enumerate(self.rungs) if rung.figure.id == "google_search_energy"
        )
        self.question = styled_label(self, "question")
        self.headline = styled_label(self, "sectionTitle")
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self.select)
        self.source = styled_label(self, "footnote", selectable=True)
        self.chart = Chart(self, theme)
        self.chart.bar_clicked.connect(self.select)
        self._lay_out()
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """From the smallest rung to the largest."""
        rungs = ladder(calculator.dataset)
        text = QCoreApplication.translate("EnergyLadderView", "%1 rungs, from %2 to %3")
        text = text.replace("%1", str(len(rungs))).replace("%2", _energy_text(rungs[0], language))
        return text.replace("%3", _energy_text(rungs[-1], language))

    def retranslate(self) -> None:
        """Re-read every translated string."""
        self.question.setText(
            without_orphan(self.tr("From one web search to the world's electricity: where does AI stand?"))
        )
        self.headline.setText(self.card_headline())
        self.list.setAccessibleName(self.tr("Rungs of the energy ladder"))
        self.refresh()

    def reset_inputs(self) -> None:
        """One web search selected, as at first."""
        self.select(self.default_rung)

    def select(self, index: int) -> None:
        """Select rung `index`: highlight it, show its source."""
        if not 0 <= index < len(self.rungs) or (index == self.selected and self.list.currentRow() == index):
            return
        self.selected = index
        self.refresh()

    def refresh(self) -> None:
        """List, chart and source in the current language."""
        language, dataset = self.language, self.calculator.dataset
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([f"{_energy_text(rung, language)} · {rung.figure.label(language)}" for rung in self.rungs])
        self.list.setCurrentRow(self.selected)
        self.list.blockSignals(False)
        bars = [self._bar(index, rung) for index, rung in enumerate(self.rungs)]
        title = self.tr("Energy (Wh): one item, or one year of a yearly or daily use")
        self.chart.set_data(bars, title)
        self.headline.setText(self.card_headline())
        self.source.setText(footnote(self.rungs[self.selected].figure, dataset, language))

    def _bar(self, index: int, rung: Rung) -> Bar:
        """A rung as a bar at its Wh (a rate at its yearly total), labelled with the figure's own value (and, for a
        rate per day, its yearly total)."""
        value, low, high = rung.energy.magnitudes()
        label = _shortened(rung.figure.label(self.language))
        source = short_source(rung.figure, self.calculator.dataset, self.language)
        return Bar(label, value, _energy_text(rung, self.language), low, high, index == self.selected, source)

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Recolour and resize the chart; from 150 % the chart goes under the list and its source."""
        super().set_display(theme, text_scale)
        stacked = columns_for(text_scale, 2) == 1
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
        # Stacked, the chart takes most of the height: the list names the same rungs, and at 200 % an even split
        # left the chart 130-200 pixels, four rungs and no axis.
        self.columns.setStretch(0, 1 if stacked else 2)
        self.columns.setStretch(1, 4 if stacked else 3)
        rows = round(STACKED_LIST_ROWS * (self.list.sizeHintForRow(0) if self.list.count() else 30))
        self.list.setMaximumHeight(rows + 2 * self.list.frameWidth() + 20 if stacked else QWIDGETSIZE_MAX)

    def _lay_out(self) -> None:
        """Question and headline; list and source on the left, the tall chart (scrolling) on the right."""
        left = QVBoxLayout()
        left.addWidget(self.list, 3)
        left.addWidget(self.source, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        self.chart.setAutoFillBackground(False)  # setWidget turns it on: Qt's grey, not the theme, behind the switch
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns = self.columns
        columns.addLayout(left, 2)
        columns.addWidget(scroll, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(10)
        layout.addWidget(self.question)
        layout.addWidget(self.headline)
        layout.addLayout(columns, 1)


#: How many of the list's rows show when the chart is under it (the list scrolls; the chart shows every rung).
STACKED_LIST_ROWS = 2.5
#: Qt's "no maximum" for a widget's size.
QWIDGETSIZE_MAX = 16777215


def _energy_text(rung: Rung, language: str) -> str:
    """The figure's own value as its source gave it ("0.3 Wh", "29.3 TWh a year"); a rate per day also says what
    it adds up to in the year at which the ladder places it ("564 MWh a day = 205.9 GWh a year")."""
    own = format_estimate(rung.figure.estimate(), language, keep_units=True)
    if not rung.per_year or _is_per_year(rung):
        return own
    yearly = format_estimate(rung.energy, language)
    return QCoreApplication.translate("EnergyLadderView", "%1 = %2 a year").replace("%1", own).replace("%2", yearly)


def _shortened(label: str) -> str:
    """`label`, cut to LABEL_LENGTH columns with "…" (a Chinese character takes two columns, as it is twice as
    wide as a Latin letter)."""
    columns = 0
    for position, character in enumerate(label):
        columns += 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
        if columns > LABEL_LENGTH - 1 and position < len(label) - 1:
            return label[:position] + "…"
    return label


def _is_per_year(rung: Rung) -> bool:
    """True when the figure itself is a rate per year (it needs no conversion to stand at its yearly total)."""
    return ("year", -1) in rung.figure.estimate().value.unit_items()
