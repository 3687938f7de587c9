"""The comparison strip: the current result against yardsticks the reader picks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from core.dataset import Dataset, Status, YardstickKind
from core.explain import describe_comparison
from gui.accessibility import name_chooser
from gui.model import StoryModel
from gui.widgets.controls import FullTextComboBox
from gui.widgets.layout import SteadyText, arrange_in_columns


@dataclass(frozen=True)
class ComparisonSlot:
    """One place in the strip: which kinds of yardstick the reader can pick from."""

    slot: str
    kinds: tuple[YardstickKind, ...]


class ComparisonStrip(QWidget):
    """For each slot, a yardstick chooser and the sentence that compares the result with it."""

    def __init__(self, model: StoryModel, slots: list[ComparisonSlot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.slots = model, slots
        self.combos: dict[str, QComboBox] = {}
        self.sentences: dict[str, QLabel] = {}
        self._ids: dict[str, list[str]] = {}
        self._worded_in: str | None = None  # the language the choosers' items were last worded in
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.slot_widgets: list[QWidget] = []
        for slot in slots:
            combo, sentence = FullTextComboBox(self), QLabel(self)
            sentence.setWordWrap(True)
            sentence.setObjectName("emphasis")  # set like a title, read as text
            self._ids[slot.slot] = _choosable(model.calculator.dataset, slot.kinds)
            combo.currentIndexChanged.connect(lambda index, name=slot.slot: self._chosen(name, index))
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(combo)
            box_layout.addWidget(SteadyText(sentence))
            box_layout.addStretch(1)
            self.slot_widgets.append(box)
            self.combos[slot.slot], self.sentences[slot.slot] = combo, sentence
        self.set_columns(len(slots))
        model.changed.connect(self.refresh)
        self.refresh()

    def set_columns(self, columns: int) -> None:
        """Slots side by side (one per column) or stacked."""
        arrange_in_columns(self.grid, self.slot_widgets, columns, [1] * len(self.slot_widgets))

    def set_accessible_names(self, names: dict[str, str]) -> None:
        """Translated accessible names for each slot's chooser."""
        for slot, name in names.items():
            name_chooser(self.combos[slot], name)

    def refresh(self) -> None:
        """Re-word choosers and sentences in the model's language."""
        dataset, language = self.model.calculator.dataset, self.model.language
        reword = self._worded_in != language  # the yardsticks' names change only with the language
        for slot in self.slots:
            combo, ids = self.combos[slot.slot], self._ids[slot.slot]
            combo.blockSignals(True)
            if reword:
                combo.clear()
                for figure_id in ids:
                    combo.addItem(dataset.figure(figure_id).label(language), figure_id)
            current = ids.index(self.model.yardstick(slot.slot))
            if combo.currentIndex() != current:
                combo.setCurrentIndex(current)
            combo.blockSignals(False)
            comparison = self.model.comparison(slot.slot)
            text = "" if comparison is None else describe_comparison(comparison, language)
            text = f"= {text}" if text and language == "en" else text
            self.sentences[slot.slot].setText(text)
            self.sentences[slot.slot].setAccessibleName(text)
        self._worded_in = language

    def yardstick_ids(self, slot: str) -> list[str]:
        """The yardsticks the reader can pick in `slot`, in the chooser's order."""
        return list(self._ids[slot])

    def sentence(self, slot: str) -> str:
        """The sentence shown for `slot` (for tests and the attract loop)."""
        return self.sentences[slot].text()

    def _chosen(self, slot: str, index: int) -> None:
        """Tell the model which yardstick the reader picked."""
        self.model.set_yardstick(slot, self._ids[slot][index])


def _choosable(dataset: Dataset, kinds: tuple[YardstickKind, ...]) -> list[str]:
    """The yardsticks of `kinds`, kind by kind, and the reader's own last (where a teacher looks for them)."""
    figures = [figure for kind in kinds for figure in dataset.yardsticks(kind)]
    own = [figure.id for figure in figures if figure.status is Status.OWN]
    return [figure.id for figure in figures if figure.status is not Status.OWN] + own
