"""The glossary: units and terms in both languages (resources/data/glossary.toml), each number in it worded by
core from the dataset. Every other view links the terms it shows to their entries (gui.widgets.term_links)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from core.calculator import Calculator
from core.glossary import entry_text, load_glossary
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.layout import scrolling_body, styled_label


class GlossaryView(Page):
    """Every entry as a title and its text; `show_entry` scrolls to one and gives it the keyboard focus."""

    view_id = "glossary"

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.body = scrolling_body(self)
        self.question = styled_label(self, "question")
        self.body.addWidget(self.question)
        self.titles: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        for entry in load_glossary():
            title, text = styled_label(self, "sectionTitle"), styled_label(self, selectable=True)
            title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a link lands here, and Tab walks the entries
            self.body.addWidget(title)
            self.body.addWidget(text)
            self.titles[entry.id], self.texts[entry.id] = title, text
        self.body.addStretch(1)
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """What the glossary explains, in a line."""
        return QCoreApplication.translate("Glossary", "W and Wh, kWh = 度, 万 and 亿, PUE, CO2e")

    def reset_inputs(self) -> None:
        """Nothing to reset: the page scrolls back to the top (Page.reset)."""

    def retranslate(self) -> None:
        """Re-read the title and every entry in the page's language."""
        self.question.setText(self.tr("Units and terms"))
        self.refresh()

    def refresh(self) -> None:
        """Word every entry with the dataset's numbers."""
        for entry in load_glossary():
            title, text = self.titles[entry.id], self.texts[entry.id]
            title.setText(entry.term(self.language))
            title.setAccessibleName(entry.term(self.language))
            text.setText(entry_text(entry, self.calculator, self.language))
            text.setAccessibleName(text.text())
            title.setAccessibleDescription(text.text())  # read with the title when a link lands on it

    def show_entry(self, entry_id: str) -> None:
        """Scroll to an entry and put the keyboard focus on its title."""
        title = self.titles[entry_id]
        area = self.findChild(QScrollArea)
        if area is not None:
            area.ensureWidgetVisible(title, 0, 0)
            area.verticalScrollBar().setValue(title.y())  # the entry at the top, its text under it
        title.setFocus(Qt.FocusReason.OtherFocusReason)
