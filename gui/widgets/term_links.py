"""'Words on this page': a row of links under a view to the glossary entries of the units and terms it shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from core.glossary import Entry, entries_in
from gui.accessibility import spoken
from gui.widgets.chart import Chart
from gui.widgets.flow_layout import FlowLayout
from gui.widgets.trend_chart import TrendChart


class TermLinks(QWidget):
    """Links to the glossary entries whose terms `page` shows (its labels, choosers and chart rows), found again
    whenever `update_for` is called (the view is shown, its language changes).

    Signals:
        entry_chosen(str): the reader clicked (or pressed Enter or Space on) the link of this glossary entry.
    """

    entry_chosen = Signal(str)

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.title = QLabel(self)
        self.title.setObjectName("muted")
        self.row = FlowLayout(self)  # wraps: the links never make the page wider than the window
        self.row.setContentsMargins(0, 8, 0, 0)
        self.row.addWidget(self.title)
        self.buttons: dict[str, QPushButton] = {}
        self._retranslate()

    def update_for(self, language: str) -> None:
        """Find the terms the page shows now and offer a link to each."""
        entries = entries_in(self.page_text())
        for button in self.buttons.values():
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for entry in entries:
            button = QPushButton(_short(entry, language), self)
            button.setObjectName("termLink")
            button.setAccessibleName(
                QCoreApplication.translate("TermLinks", "Glossary: %1").replace("%1", entry.term(language))
            )
            button.clicked.connect(lambda _=False, entry_id=entry.id: self.entry_chosen.emit(entry_id))
            self.row.addWidget(button)
            self.buttons[entry.id] = button
        self.setVisible(bool(entries))

    def page_text(self) -> str:
        """Everything the page shows in words: labels, choosers' choices, and a chart's rows."""
        parts = [label.text() for label in self.page.findChildren(QLabel) if label is not self.title]
        parts += [box.currentText() for box in self.page.findChildren(QComboBox)]
        for chart in [*self.page.findChildren(Chart), *self.page.findChildren(TrendChart)]:
            parts += [" ".join(row[:2]) for row in chart.rows_as_words()]
            parts.append(chart.table_title())
        return spoken("\n".join(parts))

    def _retranslate(self) -> None:
        """The row's title."""
        self.title.setText(QCoreApplication.translate("TermLinks", "Words on this page:"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate the title when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _short(entry: Entry, language: str) -> str:
    """A link's text: the entry's title up to its colon ("Power and energy")."""
    term = entry.term(language)
    for separator in ("：", ": "):
        term = term.split(separator, 1)[0]
    return term
