"""A slider and a spin box bound to one scenario input."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QSlider, QWidget

from core.values import Estimate
from gui.accessibility import VALUE_SETTLE_MILLISECONDS, Announcer

SLIDER_STEPS = 1000
#: Page Up/Down move a slider by this many of its arrow-key steps.
PAGE_STEPS = 10


class InputModel(Protocol):
    """What an input control needs from its model (StoryModel and JevonsModel provide it)."""

    changed: Any

    def value(self, name: str) -> Estimate:
        """The input's current value."""

    def set_value(self, name: str, magnitude: float, unit: str) -> None:
        """Set the input from the control's number."""


@dataclass(frozen=True)
class InputSpec:
    """How one input is shown: range, step and unit of the control, and the pint unit of the value.

    `factor` turns the control's number into the value's unit (9 on a "billion a day" control is 9e9 a day).
    `chinese_factor`, where set, is the factor in Chinese, which counts large numbers in 万 and 亿: a control in
    billions (factor 1e9) shows 亿 (chinese_factor 1e8), so the reader sees 90亿次, not 9.0十亿次. Range and
    step are given in the English scale.
    """

    name: str
    minimum: float
    maximum: float
    step: float
    unit: str
    decimals: int = 1
    factor: float = 1.0
    logarithmic: bool = False
    chinese_factor: float | None = None


class InputControl(QWidget):
    """A labelled slider and spin box that set one input of a StoryModel and follow it when it resets."""

    def __init__(self, model: InputModel, spec: InputSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.spec = model, spec
        self.label = QLabel(self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spin = QDoubleSpinBox(self)
        self._scale = 1.0  # the spin box's number per control number (10 for billions shown as 亿)
        self._set_spin_scale(1.0)
        self.spin.setKeyboardTracking(False)
        self.spin.setGroupSeparatorShown(True)
        self.label.setBuddy(self.spin)
        self.announcer = Announcer(self.slider, VALUE_SETTLE_MILLISECONDS)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0, 0, 1, 2)
        layout.addWidget(self.slider, 1, 0)
        layout.addWidget(self.spin, 1, 1)
        self.slider.valueChanged.connect(self._slider_moved)
        self.spin.valueChanged.connect(self._spin_changed)
        model.changed.connect(self.follow_model)
        self.follow_model()

    def set_texts(self, label: str, suffix: str) -> None:
        """The translated label and the unit shown after the number."""
        self.label.setText(label)
        tight = not suffix or suffix.startswith("%") or ord(suffix[0]) >= 0x2E80  # 118%, 90亿次: no space
        self.spin.setSuffix(suffix if tight else f" {suffix}")
        self.slider.setAccessibleName(label)
        self.spin.setAccessibleName(label)
        self.spin.setAccessibleDescription(suffix)
        self._describe_value()

    def value_text(self) -> str:
        """The value as the reader sees it in the spin box ("3,617 servers", "90亿次")."""
        return self.spin.textFromValue(self.spin.value()) + self.spin.suffix()

    def _describe_value(self) -> None:
        """The slider's accessible description is its value in words: AT-SPI carries a slider's value as a bare
        number (its position, 0 to SLIDER_STEPS), so the words go in the description and, when the reader
        moves the slider, in an announcement."""
        self.slider.setAccessibleDescription(self.value_text())

    def set_language(self, language: str) -> None:
        """Count in the language's large-number words (see InputSpec.chinese_factor)."""
        factor = self.spec.chinese_factor if language == "zh" and self.spec.chinese_factor else self.spec.factor
        self._set_spin_scale(self.spec.factor / factor)
        self.follow_model()

    def _set_spin_scale(self, scale: float) -> None:
        """Range, step and decimals of the spin box for `scale` spin-box units per control unit."""
        self._scale = scale
        self.spin.blockSignals(True)
        self.spin.setDecimals(max(0, self.spec.decimals - round(math.log10(scale))))
        self.spin.setRange(self.spec.minimum * scale, self.spec.maximum * scale)
        self.spin.setSingleStep(self.spec.step * scale)
        self.spin.blockSignals(False)

    def follow_model(self) -> None:
        """Show the model's current value without sending it back."""
        magnitude = float(self.model.value(self.spec.name).value.to(self.spec.unit or "dimensionless").magnitude)
        shown = magnitude / self.spec.factor
        for widget, value in ((self.spin, shown * self._scale), (self.slider, self._position(shown))):
            widget.blockSignals(True)
            widget.setValue(value)  # type: ignore[attr-defined]
            widget.blockSignals(False)
        self._set_key_steps()
        self._describe_value()

    def _set_key_steps(self) -> None:
        """An arrow key moves the slider by one visible step of its number (the control's step, measured at the
        current position of a logarithmic slider), Page Up/Down by PAGE_STEPS of them."""
        shown, step = self._number(self.slider.value()), self.spec.step
        upwards = shown + step <= self.spec.maximum
        single = abs(self._position(shown + step if upwards else shown - step) - self._position(shown))
        self.slider.setSingleStep(max(1, single))
        self.slider.setPageStep(min(SLIDER_STEPS, max(1, single) * PAGE_STEPS))

    def _slider_moved(self, position: int) -> None:
        """Slider to spin box to model."""
        self.spin.setValue(self._number(position) * self._scale)
        self._set_key_steps()
        self._describe_value()
        if self.slider.hasFocus():
            self.announcer.announce(self.value_text())

    def _spin_changed(self, spin_number: float) -> None:
        """Spin box to slider and model."""
        shown = spin_number / self._scale
        self.slider.blockSignals(True)
        self.slider.setValue(self._position(shown))
        self.slider.blockSignals(False)
        self.model.set_value(self.spec.name, shown * self.spec.factor, self.spec.unit)

    def _position(self, shown: float) -> int:
        """Slider position for a number."""
        low, high = self._ends()
        value = math.log10(max(shown, self.spec.minimum)) if self.spec.logarithmic else shown
        return round((value - low) / (high - low) * SLIDER_STEPS)

    def _number(self, position: int) -> float:
        """Number for a slider position, rounded to the control's step."""
        low, high = self._ends()
        value = low + (high - low) * position / SLIDER_STEPS
        number = 10**value if self.spec.logarithmic else value
        return round(round(number / self.spec.step) * self.spec.step, self.spec.decimals)

    def _ends(self) -> tuple[float, float]:
        """The slider's ends, in log10 for a logarithmic control."""
        if self.spec.logarithmic:
            return math.log10(self.spec.minimum), math.log10(self.spec.maximum)
        return self.spec.minimum, self.spec.maximum
