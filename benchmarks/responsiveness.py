"""Dragging a slider: time per step to recompute a view and repaint it, against a bare slider in the same run.

    uv run python benchmarks/responsiveness.py [--steps N]

For every guided view with a slider, the real slider is moved step by step across its range (as a drag
would) and each step is timed from setValue to the end of a synchronous repaint of the whole view (headline,
chart, comparison strip, steps, sources). The baseline is a bare QSlider whose value is written to a QLabel.
Typing: in the free calculator, expressions are typed key by key and each keystroke is timed from the key
press to the end of the repaint (re-evaluation, result, steps). The baseline is typing into a bare QLineEdit.
Target for both: p95 under 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QSlider, QVBoxLayout, QWidget


def percentile(values: list[float], fraction: float) -> float:
    """The `fraction` percentile of `values` (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def drag(slider: QSlider, widget: QWidget, steps: int) -> list[float]:
    """Move `slider` across its range in `steps` steps; return seconds per step including the repaint."""
    times = []
    for index in range(steps):
        position = slider.minimum() + (slider.maximum() - slider.minimum()) * index // max(1, steps - 1)
        start = time.perf_counter()
        slider.setValue(position)
        widget.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    return times


TYPED = [
    "google_searches_per_day * ai_query_energy_2023 * 365 day/year",
    "3617 * 6.5 kW * 24 h / household_cn_article",
    "(nvidia_ai_energy_2027 - nvidia_ai_energy_2023) / ireland_electricity",
]


def type_keys(line_edit: QLineEdit, widget: QWidget, text: str) -> list[float]:
    """Type `text` into `line_edit` key by key; return seconds per keystroke including the repaint."""
    from PySide6.QtTest import QTest

    line_edit.clear()
    line_edit.setFocus()
    times = []
    for character in text:
        start = time.perf_counter()
        QTest.keyClick(line_edit, character)
        widget.repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    return times


def bare_line_edit() -> list[float]:
    """The baseline: typing the same expressions into a bare QLineEdit."""
    window = QWidget()
    line_edit = QLineEdit(window)
    QVBoxLayout(window).addWidget(line_edit)
    window.resize(1280, 800)
    window.show()
    return [seconds for text in TYPED for seconds in type_keys(line_edit, window, text)]


def bare_slider(steps: int) -> list[float]:
    """The baseline: a slider that writes its value into a label."""
    window = QWidget()
    slider, label = QSlider(Qt.Orientation.Horizontal), QLabel()
    slider.setRange(0, 1000)
    slider.valueChanged.connect(lambda value: label.setText(str(value)))
    layout = QVBoxLayout(window)
    layout.addWidget(slider)
    layout.addWidget(label)
    window.resize(1280, 800)
    window.show()
    return drag(slider, window, steps)


def main() -> None:
    """Time every view's sliders and print p50, p95 and the ratio to the baseline."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=200)
    steps = parser.parse_args().steps
    application = QApplication([])
    from core.calculator import Calculator
    from gui.fonts import register
    from gui.views.registry import VIEWS

    register(application)  # as the program does: its Chinese font (source names are Chinese in English too)

    calculator = Calculator()
    baseline = bare_slider(steps)
    base_p95 = percentile(baseline, 0.95)
    print(f"{'what is dragged':52} {'p50 ms':>7} {'p95 ms':>7} {'p95 vs bare':>12}")
    print(f"{'bare slider + label':52} {1000 * statistics.median(baseline):7.2f} {1000 * base_p95:7.2f} {1:11.1f}x")
    worst = 0.0
    for view_class in VIEWS:
        view = view_class(calculator)
        view.resize(1280, 800)
        view.show()
        for control in getattr(view, "inputs", []):
            times = drag(control.slider, view, steps)
            p95 = percentile(times, 0.95)
            worst = max(worst, p95)
            name = f"{view.view_id}: {control.spec.name}"
            print(f"{name:52} {1000 * statistics.median(times):7.2f} {1000 * p95:7.2f} {p95 / base_p95:11.1f}x")
        view.close()
    verdict = "meets" if worst < 0.016 else "MISSES"
    print(f"worst p95 {1000 * worst:.2f} ms: {verdict} the 16 ms target")
    from gui.views.free_calculator import FreeCalculatorView

    base_typing = bare_line_edit()
    calculator_view = FreeCalculatorView(calculator)
    calculator_view.resize(1280, 800)
    calculator_view.show()
    typing = [s for text in TYPED for s in type_keys(calculator_view.expression, calculator_view, text)]
    typing_p95, base_typing_p95 = percentile(typing, 0.95), percentile(base_typing, 0.95)
    base_median = statistics.median(base_typing)
    print(f"{'bare line edit, per keystroke':52} {1000 * base_median:7.2f} {1000 * base_typing_p95:7.2f}")
    print(
        f"{'free calculator, per keystroke':52} {1000 * statistics.median(typing):7.2f} {1000 * typing_p95:7.2f}"
        f" {typing_p95 / base_typing_p95:11.1f}x"
    )
    verdict = "meets" if typing_p95 < 0.016 else "MISSES"
    print(f"typing p95 {1000 * typing_p95:.2f} ms over {len(typing)} keystrokes: {verdict} the 16 ms target")
    application.quit()


if __name__ == "__main__":
    main()
