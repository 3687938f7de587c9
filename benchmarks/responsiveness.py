"""Dragging a slider: time per step to recompute a view and repaint it, against a bare slider in the same run.

    uv run python benchmarks/responsiveness.py [--steps N]

For every guided view with a slider, the real slider is moved step by step across its range (as a drag
would) and each step is timed from setValue to the end of a synchronous repaint of the whole view (headline,
chart, comparison strip, steps, sources). The baseline is a bare QSlider whose value is written to a QLabel.
Target: p95 under 16 ms per step (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QSlider, QVBoxLayout, QWidget


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
    from gui.views.registry import VIEWS

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
        for control in view.inputs:
            times = drag(control.slider, view, steps)
            p95 = percentile(times, 0.95)
            worst = max(worst, p95)
            name = f"{view.view_id}: {control.spec.name}"
            print(f"{name:52} {1000 * statistics.median(times):7.2f} {1000 * p95:7.2f} {p95 / base_p95:11.1f}x")
        view.close()
    verdict = "meets" if worst < 0.016 else "MISSES"
    print(f"worst p95 {1000 * worst:.2f} ms: {verdict} the 16 ms target")
    application.quit()


if __name__ == "__main__":
    main()
