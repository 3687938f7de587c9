"""Choosers between competing estimates: of one figure (3 Wh in 2023 against 0.24 Wh in 2025), or of a whole
result computed in different ways (Google on AI from the demand side or from two supply-side estimates)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.formatting import format_estimate
from gui.model import StoryModel
from gui.widgets.controls import FullTextComboBox


class EstimateChooser(QWidget):
    """A combo box of competing figure ids for one scenario input; each item says value, year and label."""

    #: Whether an item's text changes with the reader's inputs (a figure's does not: only with the language).
    texts_follow_inputs = False

    def __init__(self, model: StoryModel, name: str, option_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.name, self.option_ids = model, name, option_ids
        self._worded_in: str | None = None  # the language the items were last worded in
        self.label = QLabel(self)
        self.combo = FullTextComboBox(self)
        self.label.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)
        model.changed.connect(self.refresh)
        self.refresh()

    def set_label(self, text: str) -> None:
        """The translated label above the chooser."""
        self.label.setText(text)
        self.combo.setAccessibleName(text)

    def refresh(self) -> None:
        """Re-word the items where their text changed and select the model's current option."""
        self.combo.blockSignals(True)
        if self.combo.count() != len(self.option_ids):
            self.combo.clear()
            self.combo.addItems([""] * len(self.option_ids))
        if self.texts_follow_inputs or self._worded_in != self.model.language:
            for index, option_id in enumerate(self.option_ids):
                text = self.item_text(option_id)
                if self.combo.itemText(index) != text:
                    self.combo.setItemText(index, text)
            self._worded_in = self.model.language
        current = self.option_ids.index(self.current())
        if self.combo.currentIndex() != current:
            self.combo.setCurrentIndex(current)
        self.combo.blockSignals(False)

    def item_text(self, option_id: str) -> str:
        """How one option reads: value, year (unless the label says it), label."""
        figure, language = self.model.calculator.dataset.figure(option_id), self.model.language
        value = format_estimate(figure.estimate(), language, keep_units=True)
        label = figure.label(language)
        if str(figure.year) in label:
            return f"{value} · {label}"
        return f"{value} · {figure.year}{'年' if language == 'zh' else ''} · {label}"

    def current(self) -> str:
        """The option the model uses now."""
        return self.model.choice(self.name)

    def apply(self, option_id: str) -> None:
        """Tell the model the reader chose `option_id`."""
        self.model.choose(self.name, option_id)

    def _chosen(self, index: int) -> None:
        """The combo box changed."""
        self.apply(self.option_ids[index])


class ScenarioChooser(EstimateChooser):
    """A chooser between scenarios that estimate the same thing differently; each item says its result."""

    texts_follow_inputs = True

    def __init__(
        self,
        model: StoryModel,
        option_ids: list[str],
        parent: QWidget | None = None,
        names: Callable[[str, str], str | None] | None = None,
    ) -> None:
        """`names(scenario_id, language)` gives an option's short name (a chart row's), else its title shows."""
        self.names = names or (lambda scenario_id, language: None)
        super().__init__(model, "", option_ids, parent)

    def item_text(self, option_id: str) -> str:
        """The scenario's short name (or title) and its result with the reader's current inputs."""
        language = self.model.language
        calculation = self.model.run({}, option_id)
        value = format_estimate(calculation.result, language, keep_units=True)
        name = self.names(option_id, language) or self.model.calculator.dataset.scenario(option_id).title(language)
        return f"{value} · {name}"

    def current(self) -> str:
        """The scenario the model runs now."""
        return self.model.scenario.id

    def apply(self, option_id: str) -> None:
        """Switch the model's scenario."""
        self.model.set_scenario(option_id)
