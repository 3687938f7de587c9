"""Page: what every view offers the main window (its id, its card's headline, language switching)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from core.lessons import LessonError, ViewState
from gui.palette import Theme
from gui.widgets.chart import Chart
from gui.widgets.trend_chart import TrendChart

if TYPE_CHECKING:
    from core.calculator import Calculator


class Page(QWidget):
    """A view the main window can show, with a card on the home screen.

    Signals:
        headline_changed(): the text for the view's home card changed.
    """

    headline_changed = Signal()
    view_id: ClassVar[str]

    def __init__(self, calculator: Calculator, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calculator, self.language = calculator, language

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """The card's headline before the view is built."""
        raise NotImplementedError

    def card_headline(self) -> str:
        """The card's headline now; by default the reader's changes do not affect it."""
        return self.card_headline_for(self.calculator, self.language)

    def set_language(self, language: str) -> None:
        """Word every result and every text taken from the data in `language` (retranslate refreshes too)."""
        self.language = language
        self.retranslate()

    def refresh(self) -> None:
        """Recompute what the page shows."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-read every translated string and the data's texts in the page's language, then refresh."""
        raise NotImplementedError

    def reset(self) -> None:
        """Back to the defaults a new reader sees (the article's numbers, nothing typed), scrolled to the top."""
        self.reset_inputs()
        for chart in self.findChildren(Chart):
            chart.reset_scale()
        for area in self.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(0)

    def reset_inputs(self) -> None:
        """Put the reader's inputs back to their defaults."""
        raise NotImplementedError

    def set_exhibit_mode(self, on: bool) -> None:
        """Exhibit (kiosk) mode: hide what visitors must not use (by default the charts' menus: they save
        files)."""
        for chart in [*self.findChildren(Chart), *self.findChildren(TrendChart)]:
            chart.menu.set_enabled(not on)

    def lesson_state(self) -> ViewState:
        """What a lesson saves of this view (by default nothing: the view has no settings of its own)."""
        return ViewState()

    def check_lesson(self, state: ViewState, where: str) -> None:
        """Raise a LessonError when `state` (the lesson's table `where`) cannot be applied to this view."""
        if not state.is_empty():
            raise LessonError(
                f"{where}: this view has no inputs, choices or yardsticks to set; remove its table",
                f"{where}：这个视图没有可设置的输入、估算或对比对象；请删去这一表",
            )

    def apply_lesson(self, state: ViewState) -> None:
        """Show `state` (checked by check_lesson): the view's defaults, then the lesson's settings."""
        self.reset_inputs()

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Recolour and resize what the style sheet does not reach (charts)."""
        for chart in [*self.findChildren(Chart), *self.findChildren(TrendChart)]:
            chart.set_display(theme, text_scale)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
