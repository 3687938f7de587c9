"""The free calculator: type an expression (units, dataset ids, 度, 万 ...), pick a target, read result and steps.

Every keystroke re-evaluates through core; a mistake shows core's message next to the field, never a dialog,
and the last good result stays visible (marked as such) so nothing the reader did is lost.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from core.calculator import Calculator
from core.compare import Comparison
from core.errors import CalculatorError
from core.explain import describe_comparison, describe_steps
from core.expression import Calculation
from core.formatting import format_estimate, format_in_kwh
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.estimate_chooser import fitting_combo_box
from gui.widgets.headline import Headline
from gui.widgets.layout import scrolling_body, styled_label

EXAMPLE = "google_searches_per_day * ai_query_energy_2023"
#: The units offered for the result, as (what the list shows, the unit core converts to), in each language.
TARGET_UNITS = {
    "en": [(unit, unit) for unit in ("kWh", "MWh", "GWh", "TWh", "GWh/day", "TWh/year", "度", "Wh")],
    "zh": [
        ("度（千瓦时）", "度"),
        ("万度", "万度"),
        ("亿度", "亿度"),
        ("每天的用电量（度/天）", "度/天"),
        ("每年的用电量（度/年）", "度/年"),
        ("瓦时", "瓦时"),
    ],
}
COMMON_UNITS = ["Wh", "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "hour", "day", "year", "度", "万", "亿"]
_WORD_BEFORE_CURSOR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")


class FreeCalculatorView(Page):
    """An expression field with completion, a target chooser, and the result with its range and steps."""

    view_id = "free_calculator"

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.question = styled_label(self, "question")
        self.hint = styled_label(self, "muted")
        self.expression = QLineEdit(EXAMPLE, self)
        self.expression.setMaxLength(500)
        self.target = fitting_combo_box(self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.headline = Headline(self)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("muted")
        self.steps_title = QLabel(self)
        self.steps_title.setObjectName("sectionTitle")
        self.steps = styled_label(self, selectable=True)
        self.completer = QCompleter(self._completion_words(), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.expression)
        self.completer.activated.connect(self._complete)
        self.expression.textEdited.connect(self._offer_completion)
        self.expression.textChanged.connect(self.evaluate)
        self.target.currentIndexChanged.connect(self.evaluate)
        self.target.editTextChanged.connect(self.evaluate)
        self._stale = False
        self._lay_out()
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """An invitation, with an example the reader can type."""
        return QCoreApplication.translate("FreeCalculatorView", "Your own numbers, units and 度")

    def set_language(self, language: str) -> None:
        """Re-word the result."""
        self.language = language
        self._fill_targets()
        self.evaluate()

    def retranslate(self) -> None:
        """Re-read every translated string."""
        self.question.setText(self.tr("Calculate with the article's figures, or your own"))
        self.hint.setText(
            self.tr(
                "Type numbers with units (2 Wh, 5 kW, 24 h, TWh/year, 20万度) and dataset ids "
                "(start typing: suggestions appear). Use + − × ÷ and brackets."
            )
        )
        self.expression.setAccessibleName(self.tr("Expression"))
        self.target.setAccessibleName(self.tr("Show the result as"))
        self.target_label.setText(self.tr("Show the result as"))
        self.expression_label.setText(self.tr("Expression"))
        self.steps_title.setText(self.tr("How is this calculated?"))
        self._fill_targets()
        self.evaluate()

    def evaluate(self) -> None:
        """Re-evaluate the expression with the chosen target; show core's message inline on a mistake."""
        try:
            calculation, comparison = self._calculate()
        except CalculatorError as error:
            self.error.setText(error.message(self.language))
            self._mark_stale(True)
            return
        self.error.setText("")
        self._mark_stale(False)
        self._show(calculation, comparison)

    def _calculate(self) -> tuple[Calculation, Comparison | None]:
        """Core's result for the expression and target."""
        calculation = self.calculator.evaluate(self.expression.text())
        target = self._target()
        if not target:
            return calculation, None
        if self.calculator.is_figure(target):
            return calculation, self.calculator.compare(calculation, target)
        return self.calculator.convert(calculation, target), None

    def _show(self, calculation: Calculation, comparison: Comparison | None) -> None:
        """Headline, range and steps."""
        language, dataset = self.language, self.calculator.dataset
        shown = comparison.calculation if comparison is not None else calculation
        result = shown.result
        if comparison is not None:
            self.headline.set_text(describe_comparison(comparison, language))
        else:
            main = format_estimate(result, language, keep_units=bool(self._target()), asked=bool(self._target()))
            secondary = format_in_kwh(result, language)
            self.headline.set_text(main, secondary if secondary != main else "")
        range_text = ""
        if result.has_range:
            range_text = self.tr("Range from the sources: %1").replace("%1", format_estimate(result, language))
        self.range_label.setText(range_text)
        lines = describe_steps(shown, dataset, language)
        self.steps.setText("\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1)))

    def _mark_stale(self, stale: bool) -> None:
        """Grey the last good result while the expression has a mistake."""
        if stale == self._stale:
            return
        self._stale = stale
        for label in (self.headline.main, self.headline.secondary, self.steps, self.range_label):
            label.setEnabled(not stale)

    def _target(self) -> str:
        """The chosen target: a unit typed or picked, a yardstick id, or "" for as-is."""
        index = self.target.currentIndex()
        data = self.target.itemData(index) if index >= 0 else None
        if data is not None and self.target.currentText() == self.target.itemText(index):
            return str(data)
        return self.target.currentText().strip()

    def reset_inputs(self) -> None:
        """The example expression, shown as calculated."""
        self.target.setCurrentIndex(0)
        self.expression.setText(EXAMPLE)
        self.evaluate()

    def _fill_targets(self) -> None:
        """Units and yardsticks the reader can pick (or type another unit)."""
        current = self._target() if self.target.count() else ""
        self.target.blockSignals(True)
        self.target.clear()
        self.target.setEditable(True)
        self.target.addItem(self.tr("as calculated"), "")
        for shown, unit in TARGET_UNITS[self.language]:
            self.target.addItem(shown, unit)
        for figure in self.calculator.dataset.yardsticks():
            self.target.addItem(figure.label(self.language), figure.id)
        index = self.target.findData(current)
        self.target.setCurrentIndex(max(index, 0))
        self.target.blockSignals(False)

    def _completion_words(self) -> QStringListModel:
        """Dataset ids, constants and common units."""
        dataset = self.calculator.dataset
        words = sorted({*dataset.figures, *dataset.constants, *COMMON_UNITS})
        return QStringListModel(words, self)

    def _offer_completion(self, text: str) -> None:
        """Suggest ids for the word being typed."""
        word = _WORD_BEFORE_CURSOR.search(text[: self.expression.cursorPosition()])
        if word is None or len(word.group()) < 2:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(word.group())
        if self.completer.completionCount():
            self.completer.complete()

    def _complete(self, choice: str) -> None:
        """Replace the word being typed with the chosen suggestion."""
        text, cursor = self.expression.text(), self.expression.cursorPosition()
        word = _WORD_BEFORE_CURSOR.search(text[:cursor])
        start = word.start() if word else cursor
        self.expression.setText(text[:start] + choice + text[cursor:])
        self.expression.setCursorPosition(start + len(choice))

    def _lay_out(self) -> None:
        """Question, fields, error, result, steps."""
        self.expression_label, self.target_label = QLabel(self), QLabel(self)
        self.expression_label.setBuddy(self.expression)
        self.target_label.setBuddy(self.target)
        fields = QGridLayout()
        fields.addWidget(self.expression_label, 0, 0)
        fields.addWidget(self.target_label, 0, 1)
        fields.addWidget(self.expression, 1, 0)
        fields.addWidget(self.target, 1, 1)
        fields.setColumnStretch(0, 3)
        fields.setColumnStretch(1, 1)
        layout = scrolling_body(self)
        for widget in (self.question, self.hint):
            layout.addWidget(widget)
        layout.addLayout(fields)
        for widget in (self.error, self.headline, self.range_label, self.steps_title, self.steps):
            layout.addWidget(widget)
        layout.addStretch(1)
