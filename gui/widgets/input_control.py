"""A slider and a spin box bound to one scenario input."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QSlider, QWidget

from core.values import Estimate

SLIDER_STEPS = 1000


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
    """

    name: str
    minimum: float
    maximum: float
    step: float
    unit: str
    decimals: int = 1
    factor: float = 1.0
    logarithmic: bool = False


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
        self.spin.setRange(spec.minimum, spec.maximum)
        self.spin.setDecimals(spec.decimals)
        self.spin.setSingleStep(spec.step)
        self.spin.setKeyboardTracking(False)
        self.spin.setGroupSeparatorShown(True)
        self.label.setBuddy(self.spin)
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
        self.spin.setSuffix(f" {suffix}" if suffix else "")
        self.slider.setAccessibleName(label)
        self.spin.setAccessibleName(label)
        self.slider.setAccessibleDescription(suffix)
        self.spin.setAccessibleDescription(suffix)

    def follow_model(self) -> None:
        """Show the model's current value without sending it back."""
        magnitude = float(self.model.value(self.spec.name).value.to(self.spec.unit or "dimensionless").magnitude)
        shown = magnitude / self.spec.factor
        for widget, value in ((self.spin, shown), (self.slider, self._position(shown))):
            widget.blockSignals(True)
            widget.setValue(value)  # type: ignore[attr-defined]
            widget.blockSignals(False)

    def _slider_moved(self, position: int) -> None:
        """Slider to spin box to model."""
        self.spin.setValue(self._number(position))

    def _spin_changed(self, shown: float) -> None:
        """Spin box to slider and model."""
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
