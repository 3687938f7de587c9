"""A bar chart (pyqtgraph) with value labels, units on the axis, log scale for wide ranges, PNG and SVG export.

pyqtgraph and numpy are imported when the first chart is built, never on the path to the first painted window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from core.formatting import format_estimate, format_number
from core.values import Estimate
from gui.palette import LIGHT, Theme

#: Chart text size at 100 % (it grows with the reader's text size).
CHART_TEXT_PIXELS = 13
#: Height of one bar's row and of the value axis with its title, at 100 %.
ROW_PIXELS = 32
AXIS_PIXELS = 52
#: Values spanning more than this ratio are drawn on a logarithmic axis.
LOG_SCALE_RATIO = 100
#: The value axis keeps its range while a reader drags a slider, so it does not jitter (and is not redrawn) at
#: every step: the range is only replaced when the bars and labels outgrow it or need less than 1/RANGE_SLACK of
#: it, and then leaves RANGE_HEADROOM times the room they need.
RANGE_HEADROOM = 1.2
RANGE_SLACK = 1.6
#: Pixels between a bar's end and its value label, and around the plot; a bar keeps at least this share of the
#: plot's width however long its label.
LABEL_GAP_PIXELS = 12
MIN_BAR_SHARE = 0.35


@dataclass(frozen=True)
class Bar:
    """One bar: its category, its value (and range) in the chart's unit, and the value label core worded."""

    label: str
    value: float
    text: str
    low: float | None = None
    high: float | None = None
    highlighted: bool = False


class Chart(QWidget):
    """Horizontal bars, one per category, the highlighted one in the accent colour, each labelled with its value.

    Signals:
        bar_clicked(int): the reader clicked the bar with this index (in the order given to set_data).
    """

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        import pyqtgraph  # heavy: only when a chart is first needed

        self._pg = pyqtgraph
        self.theme = theme
        self.plot = pyqtgraph.PlotWidget(self, background=theme.surface)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._bars: list[Bar] = []
        self._axis_title = ""
        self._look: tuple[Any, ...] | None = None  # what the axes were last styled for (see set_data)
        self._rows: tuple[Any, ...] | None = None  # the categories the items were last made for
        self._x_start, self._x_end = 0.0, 0.0  # the value axis's range
        self._left_axis_pixels = 0
        self._bar_item = pyqtgraph.BarGraphItem(x0=[], y=[], height=0.6, width=[])
        self.plot.getPlotItem().addItem(self._bar_item)
        self._whiskers: list[Any] = []
        self._labels: list[Any] = []
        self.text_scale = 1.0
        self.logarithmic = False
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    def set_data(self, bars: list[Bar], axis_title: str) -> None:
        """Draw `bars`; the value axis is titled `axis_title` (with its unit) and logarithmic for wide ranges.

        Nothing is rebuilt while a reader drags a slider: the bars and their labels move in place, a new category
        (one more year) adds one label, and the axes are restyled only when their title, scale or look change.
        """
        self._bars = list(bars)
        self._axis_title = axis_title
        positive = [b.value for b in bars if b.value > 0]
        self.logarithmic = bool(positive) and max(positive) / min(positive) > LOG_SCALE_RATIO
        look = (axis_title, self.logarithmic, self.theme, self.text_scale)
        rows = (tuple(bar.label for bar in bars), tuple(bar.low is not None and bar.high is not None for bar in bars))
        changed = look != self._look or rows != self._rows
        if look != self._look:
            self._style_axes(axis_title)
        if changed:
            self._make_rows(bars)
            self._look, self._rows = look, rows
        positions = list(range(len(bars)))[::-1]  # first bar on top
        widths = [self._scaled(bar.value) for bar in bars]
        start = self._scaled(min(positive) / 3) if self.logarithmic and positive else 0.0
        self._place_bars(bars, positions, widths, start)
        self._place_ranges(bars, positions)
        self._place_value_labels(bars, positions, widths)
        self._fit_value_axis(bars, widths, start, rebuilt=changed)
        self.setAccessibleName(axis_title)
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.text}" for bar in bars))

    def _fit_value_axis(self, bars: list[Bar], widths: list[float], start: float, rebuilt: bool) -> None:
        """Keep the value axis's range unless the bars and their labels outgrow it or need much less of it."""
        needed = self._needed_end(bars, widths, start)
        fits = needed <= self._x_end <= start + (needed - start) * RANGE_SLACK
        if fits and not rebuilt and start == self._x_start:
            return
        headroom = 1.0 if rebuilt else RANGE_HEADROOM  # a new chart fits its bars exactly
        self._x_start, self._x_end = start, start + (needed - start) * headroom
        plot = self.plot.getPlotItem()
        if self.logarithmic:
            plot.getAxis("bottom").setTicks([self._log_ticks(start, self._x_end)])
        plot.setXRange(start, self._x_end, padding=0)
        plot.setYRange(-0.6, len(bars) - 0.4, padding=0)

    def _needed_end(self, bars: list[Bar], widths: list[float], start: float) -> float:
        """The smallest end of the value axis (in its units) at which every bar's value label, measured in pixels
        at the plot's current width, fits beside the bar."""
        metrics = QFontMetrics(self._font())
        plot_pixels = max(1.0, self.plot.width() - self._left_axis_pixels - LABEL_GAP_PIXELS)
        needed = start + 1e-9
        for bar, width in zip(bars, widths, strict=True):
            end = self._label_position(bar, width)
            label_pixels = metrics.horizontalAdvance(bar.text) + LABEL_GAP_PIXELS
            share_for_bar = max(MIN_BAR_SHARE, 1 - label_pixels / plot_pixels)
            needed = max(needed, start + (end - start) / share_for_bar)
        return needed

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the value axis again: the room the value labels need depends on the chart's width."""
        super().resizeEvent(event)
        if self._bars:
            widths = [self._scaled(bar.value) for bar in self._bars]
            self._fit_value_axis(self._bars, widths, self._x_start, rebuilt=True)

    def _style_axes(self, axis_title: str) -> None:
        """The axes' title, colours and sizes, and the value labels' font and colour (for a new title or look)."""
        plot = self.plot.getPlotItem()
        left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
        left.setPen(self.theme.muted)
        left.setTextPen(self.theme.text)
        bottom.setLabel(
            axis_title, color=self.theme.text, **{"font-size": f"{round(CHART_TEXT_PIXELS * self.text_scale)}px"}
        )
        bottom.setPen(self.theme.muted)
        bottom.setTextPen(self.theme.text)
        bottom.setTicks(None)
        # Sizes last: setLabel and setTicks re-size the axes for the default font.
        bottom.setHeight(round(AXIS_PIXELS * self.text_scale))
        for label in self._labels:
            label.setColor(self.theme.text)
            label.setFont(self._font())

    def _make_rows(self, bars: list[Bar]) -> None:
        """One value label per bar and a whisker per bar with a range (reusing those there are), the categories
        on the left axis, and the chart's height."""
        plot = self.plot.getPlotItem()
        self.setMinimumHeight(round((ROW_PIXELS * len(bars) + AXIS_PIXELS + 20) * self.text_scale))
        for whisker in self._whiskers:
            if whisker is not None:
                plot.removeItem(whisker)
        self._whiskers = [self._new_whisker() if bar.low is not None and bar.high is not None else None for bar in bars]
        while len(self._labels) > len(bars):
            plot.removeItem(self._labels.pop())
        while len(self._labels) < len(bars):
            label = self._pg.TextItem("", color=self.theme.text, anchor=(0, 0.5))
            label.setFont(self._font())
            plot.addItem(label)
            self._labels.append(label)
        positions = list(range(len(bars)))[::-1]
        left = plot.getAxis("left")
        left.setTicks([[(position, bar.label) for position, bar in zip(positions, bars, strict=True)]])
        metrics = QFontMetrics(self._font())
        self._left_axis_pixels = max((metrics.horizontalAdvance(bar.label) for bar in bars), default=0) + 16
        left.setWidth(self._left_axis_pixels)

    def _new_whisker(self) -> Any:
        """A range whisker added to the plot."""
        whisker = self._pg.PlotCurveItem([], [], pen=self._pg.mkPen(self.theme.text, width=2))
        self.plot.getPlotItem().addItem(whisker)
        return whisker

    def _place_bars(self, bars: list[Bar], positions: list[int], widths: list[float], start: float) -> None:
        """Each bar's length and colour (the highlighted one in the accent colour)."""
        self._bar_item.setOpts(
            x0=[start] * len(bars),
            y=positions,
            height=0.6,
            width=[width - start for width in widths],
            brushes=[self.theme.highlight_bar if bar.highlighted else self.theme.other_bar for bar in bars],
            pens=[self._pg.mkPen(None)] * len(bars),
        )

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Redraw in another theme's colours and at another text size."""
        self.theme, self.text_scale = theme, text_scale
        self.plot.setBackground(theme.surface)
        font = self._font()
        for side in ("left", "bottom"):
            self.plot.getPlotItem().getAxis(side).setStyle(tickFont=font)
        if self._bars:
            self.set_data(self._bars, self._axis_title)

    def _font(self) -> QFont:
        """The chart's text font at the current text size."""
        font = QFont(QApplication.font())
        font.setPixelSize(round(CHART_TEXT_PIXELS * self.text_scale))
        return font

    def bars(self) -> list[Bar]:
        """The bars shown (for tests and the accessible description)."""
        return list(self._bars)

    def export_png(self, path: Path) -> None:
        """Save the chart as PNG."""
        exporter = self._pg.exporters.ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = 1200
        exporter.export(str(path))

    def export_svg(self, path: Path) -> None:
        """Save the chart as SVG."""
        self._pg.exporters.SVGExporter(self.plot.getPlotItem()).export(str(path))

    def _clicked(self, event: Any) -> None:
        """Turn a click on the plot into the index of the bar at that height."""
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        index = len(self._bars) - 1 - round(point.y())
        if 0 <= index < len(self._bars):
            self.bar_clicked.emit(index)

    def _scaled(self, value: float) -> float:
        """The value on the axis: itself, or its log10 on a logarithmic axis."""
        if not self.logarithmic:
            return value
        return math.log10(value) if value > 0 else 0.0

    def _place_ranges(self, bars: list[Bar], positions: list[int]) -> None:
        """Whiskers for bars that carry a low-high range."""
        for bar, position, whisker in zip(bars, positions, self._whiskers, strict=True):
            if whisker is not None and bar.low is not None and bar.high is not None:
                whisker.setData([self._scaled(bar.low), self._scaled(bar.high)], [position, position])

    def _place_value_labels(self, bars: list[Bar], positions: list[int], widths: list[float]) -> None:
        """The value of each bar, written just past its end."""
        for bar, position, width, label in zip(bars, positions, widths, self._labels, strict=True):
            label.setText(bar.text)
            label.setPos(self._label_position(bar, width), position)

    def _label_position(self, bar: Bar, width: float) -> float:
        """Where a bar's value label starts on the value axis: past the bar, and past its range whisker."""
        return max(width, self._scaled(bar.high)) if bar.high is not None else width

    def _log_ticks(self, start: float, end: float) -> list[tuple[float, str]]:
        """Ticks at powers of ten, labelled with plain numbers."""
        first, last = math.floor(start), math.ceil(end)
        return [(float(power), format_number(10.0**power)) for power in range(first, last + 1)]


def bar_for(label: str, estimate: Estimate, unit: str, language: str, highlighted: bool = False) -> Bar:
    """A bar for a core Estimate: its value and range in `unit`, labelled with core's wording in `language`."""
    value, low, high = estimate.to(unit).magnitudes()
    return Bar(label, value, format_estimate(estimate, language, keep_units=True), low, high, highlighted)
