"""The source footnote: every figure a view uses, with value, year, source and status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.dataset import Dataset, Figure
from core.explain import footnote
from gui.model import StoryModel


def footnote_lines(figures: list[Figure], dataset: Dataset, language: str) -> str:
    """One bulleted line per figure: value, year, source and status (every page's sources read the same)."""
    return "\n".join(f"• {footnote(figure, dataset, language)}" for figure in figures)


class SourceFootnote(QWidget):
    """One line per figure used by the current result (approximations marked as such by core)."""

    def __init__(self, model: StoryModel, parent: QWidget | None = None, extra: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.model = model
        self.extra = extra  # figures the page shows besides the result's (a story's aside)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.text = QLabel(self)
        self.text.setObjectName("footnote")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self._shown: tuple[object, ...] = ()  # the figures and language of the text shown
        model.changed.connect(self.refresh)

    def set_title(self, text: str) -> None:
        """The translated title."""
        self.title.setText(text)

    def refresh(self) -> None:
        """List the figures the model's result uses (re-worded only when they or the language change: a reader
        dragging a slider changes neither)."""
        dataset, language = self.model.calculator.dataset, self.model.language
        figures = self.model.figures_used()
        figures += [dataset.figure(figure_id) for figure_id in self.extra if figure_id not in {f.id for f in figures}]
        shown = (language, *(figure.id for figure in figures))
        if shown == self._shown:
            return
        self._shown = shown
        self.text.setText(footnote_lines(figures, dataset, language))
