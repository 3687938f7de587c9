"""The free calculator: type an expression (units, dataset ids, 度, 万 ...), pick a target, read result and steps.

Every keystroke re-evaluates through core. A mistake shows core's message above the field (where the list of
suggestions never covers it), never a dialog; the result is taken away until the expression reads again, and a
muted line keeps the last good result, labelled as the one before the change, so nothing is lost.
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
from gui.widgets.controls import FullTextComboBox
from gui.widgets.headline import Headline
from gui.widgets.layout import columns_for, scrolling_body, styled_label
from gui.widgets.line_breaks import unbreakable, without_orphan

#: The example the calculator starts with: the article's own sum for ChatGPT's day, servers x power x hours,
#: with the servers and power taken from these figures. It reads 560 MWh: 6.5 kW has two significant figures
#: (the steps show three digits, 564 MWh, so that each line's arithmetic can be followed).
EXAMPLE_FIGURES = ("chatgpt_servers", "hgx_a100_power")
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
        self.example = example_expression(calculator)
        self.expression = QLineEdit(self.example, self)
        self.expression.setMaxLength(500)
        self.target = FullTextComboBox(self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.headline = Headline(self)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("muted")
        self.previous = QLabel(self)  # the last good result while the expression has a mistake
        self.previous.setObjectName("muted")
        self.previous.setWordWrap(True)
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
        self._last_result = ""
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
        self.question.setText(without_orphan(self.tr("Calculate with the article's figures, or your own")))
        hint = self.tr(
            "Type numbers with units (2 Wh, 5 kW, 24 h, TWh/year, 20万度) and dataset ids "
            "(start typing: suggestions appear). Use + − × ÷ and brackets."
        )
        self.hint.setText(without_orphan(unbreakable(hint)))
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
            self._clear_result()
            return
        self.error.setText("")
        self.previous.setText("")
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

    def _clear_result(self) -> None:
        """Take the result away while the expression has a mistake; keep the last good one in a muted line that
        says what it is."""
        if self.headline.text():
            self._last_result = self.headline.text()
        self.headline.set_text("")
        self.range_label.setText("")
        self.steps.setText("")
        if self._last_result:
            self.previous.setText(self.tr("Before this change: %1").replace("%1", self._last_result))

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
        self.expression.setText(self.example)
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
        self.fields = QGridLayout()
        self._arrange_fields(1.0)
        layout = scrolling_body(self)
        for widget in (self.question, self.hint, self.error):  # the error above the field: never under its list
            layout.addWidget(widget)
        layout.addLayout(self.fields)
        for widget in (self.headline, self.previous, self.range_label, self.steps_title, self.steps):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """From LARGE_TEXT on, the target chooser goes under the expression, as wide as the page, so that its
        text is not cut."""
        super().set_display(theme, text_scale)
        self._arrange_fields(text_scale)

    def _arrange_fields(self, text_scale: float) -> None:
        """Expression (3 parts of the width) and target (1 part) side by side, or stacked at large text."""
        parts = [self.expression_label, self.expression, self.target_label, self.target]
        for widget in parts:
            self.fields.removeWidget(widget)
        side_by_side = columns_for(text_scale, 2) > 1
        for index, widget in enumerate(parts):
            column = index // 2 if side_by_side else 0
            row = index % 2 if side_by_side else index
            self.fields.addWidget(widget, row, column)
        self.fields.setColumnStretch(0, 3 if side_by_side else 1)
        self.fields.setColumnStretch(1, 1 if side_by_side else 0)


def example_expression(calculator: Calculator) -> str:
    """The starting example, "3617 × 6.5 kW × 24 h": ChatGPT's servers, one server's power and a day's hours."""
    servers, power = (calculator.dataset.figure(figure_id).estimate().value for figure_id in EXAMPLE_FIGURES)
    return f"{servers.magnitude:g} × {power.magnitude:g} {power.units:~} × 24 h"
