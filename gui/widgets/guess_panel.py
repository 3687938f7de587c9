"""Guess first, then see: a logarithmic slider for the reader's guess, a Reveal button, and how far off the guess
was (core.guess). Used by the story views' guess mode and by the exhibit's quiz."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QVBoxLayout, QWidget

from core.guess import slider_position, slider_value
from gui.widgets.layout import styled_label

#: Positions on the slider: fine enough that every two-figure value can be reached near the middle.
STEPS = 1000


class GuessPanel(QWidget):
    """The question, the slider with the guess in words, Reveal, and after it the verdict and Guess again.

    Signals:
        revealed(float): the reader revealed the answer with this guess (in the question's unit).
        again(): the reader wants to guess again.
    """

    revealed = Signal(float)
    again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = styled_label(self, "sectionTitle")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, STEPS)
        self.slider.setSingleStep(10)
        self.slider.setPageStep(100)
        self.value = styled_label(self, "emphasis")
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("primary")
        self.verdict = styled_label(self, "emphasis")
        self.verdict.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the verdict is read as soon as it shows
        self.again_button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)
        self._low, self._high = 1.0, 10.0
        self._words: Callable[[float], str] = str
        self.slider.valueChanged.connect(self._show_value)
        self.reveal_button.clicked.connect(lambda: self.revealed.emit(self.guess()))
        self.again_button.clicked.connect(self.again.emit)
        self._retranslate()
        self.start_over()

    def set_question(self, prompt: str, low: float, high: float, words: Callable[[float], str]) -> None:
        """The question, the slider's range (logarithmic, in the question's unit) and how a guess reads."""
        self.prompt.setText(prompt)
        self.slider.setAccessibleName(prompt)
        self._low, self._high, self._words = low, high, words
        self._show_value()

    def guess(self) -> float:
        """The value the slider stands at, to two significant figures."""
        return slider_value(self.slider.value(), STEPS, self._low, self._high)

    def set_guess(self, value: float) -> None:
        """Move the slider to `value` (clamped to its range)."""
        self.slider.setValue(slider_position(value, STEPS, self._low, self._high))

    def start_over(self) -> None:
        """The slider in the middle of its range (never at the answer), ready for a guess."""
        self.slider.setValue(STEPS // 2)
        self.show_guessing()

    def show_guessing(self) -> None:
        """Slider and Reveal; no verdict."""
        self.verdict.clear()
        self.verdict.hide()
        self.again_button.hide()
        self.reveal_button.show()
        self.slider.setEnabled(True)

    def show_verdict(self, text: str) -> None:
        """How far off the guess was, and Guess again (the caller gives the verdict the focus when it is new)."""
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text)
        self.verdict.show()
        self.again_button.show()
        self.reveal_button.hide()
        self.slider.setEnabled(False)

    def _show_value(self) -> None:
        """The guess in words beside the slider, and as the slider's description for a screen reader."""
        text = self._words(self.guess())
        self.value.setText(text)
        self.slider.setAccessibleDescription(text)

    def _retranslate(self) -> None:
        """The buttons' words."""
        self.reveal_button.setText(QCoreApplication.translate("GuessPanel", "Reveal the answer"))
        self.again_button.setText(QCoreApplication.translate("GuessPanel", "Guess again"))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
