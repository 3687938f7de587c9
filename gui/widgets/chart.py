"""A horizontal chart (pyqtgraph) with value labels, units on the axis, PNG and SVG export.

Values that span decades are drawn on a logarithmic axis as lollipops (a thin stem from the axis start to a dot at
the value), never as bars: a bar's length on a log axis means nothing. The axis title says "logarithmic scale",
and a switch lets the reader see the same values as linear bars from zero instead (a bar too short to see still
carries its value label). Values within a narrower span are linear bars from zero, with no switch.

pyqtgraph and numpy are imported when the first chart is built, never on the path to the first painted window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QSizePolicy, QVBoxLayout, QWidget

from core.formatting import format_estimate, format_number
from core.values import Estimate
from gui.accessibility import make_chart
from gui.palette import LIGHT, Theme
from gui.widgets.chart_menu import ChartMenu
from gui.widgets.line_breaks import unbroken_brackets

#: Chart text size at 100 % (it grows with the reader's text size).
CHART_TEXT_PIXELS = 13
#: Height of one bar's row and of the value axis with its title, at 100 %.
ROW_PIXELS = 32
AXIS_PIXELS = 52


def row_pixels(text_scale: float) -> float:
    """A bar's row at text size `text_scale`: ROW_PIXELS at 100 %, and from there never more than 1.35 times its
    text (at 200 % a row of 26-pixel text is 35 pixels, not 64), so that a projector shows the whole chart under
    the answer."""
    return max(ROW_PIXELS, 1.35 * CHART_TEXT_PIXELS * text_scale)


def axis_pixels(text_scale: float) -> int:
    """The value axis with its tick labels and title at text size `text_scale` (two lines of chart text and
    room between them)."""
    return round(max(AXIS_PIXELS, 2.9 * CHART_TEXT_PIXELS * text_scale))


#: Values spanning more than this ratio are drawn on a logarithmic axis (unless the reader switches to linear).
LOG_SCALE_RATIO = 100
#: A bar's thickness, a lollipop's stem's thickness (as shares of a row) and a lollipop's dot (pixels at 100 %).
BAR_HEIGHT = 0.6
STEM_HEIGHT = 0.08
DOT_PIXELS = 12
#: A log axis labels 10^-3 to 10^6 as plain numbers, smaller and larger powers as "10^-6", "10^12" (ASCII: the
#: bundled font, the only one a bare kiosk may have, has no raised digits beyond 1, 2 and 3).
PLAIN_POWERS = (-3, 6)
#: About how many ticks a linear value axis carries.
LINEAR_TICKS = 4
#: Half the height of a range whisker's end caps, as a share of a row.
WHISKER_CAP = 0.15
#: The value axis keeps its range while a reader drags a slider, so it does not jitter (and is not redrawn) at
#: every step: the range is only replaced when the bars and labels outgrow it or need less than 1/RANGE_SLACK of
#: it, and then leaves RANGE_HEADROOM times the room they need.
RANGE_HEADROOM = 1.2
RANGE_SLACK = 1.6
#: Pixels between a bar's end and its value label, and around the plot; a bar keeps at least this share of the
#: plot's width however long its label.
LABEL_GAP_PIXELS = 12
MIN_BAR_SHARE = 0.35
#: The categories may always take this share of the chart's width, however long the value labels.
MIN_CATEGORY_SHARE = 0.3


@dataclass(frozen=True)
class Bar:
    """One bar: its category, its value (and range) in the chart's unit, and the value label core worded."""

    label: str
    value: float
    text: str
    low: float | None = None
    high: float | None = None
    highlighted: bool = False
    source: str = ""  # where the value comes from, for the chart's table (a figure's source, or "calculated from")


class Chart(QWidget):
    """One row per category, the highlighted one in the accent colour, each labelled with its value: linear bars
    from zero, or lollipops on a logarithmic axis when the values span decades (the reader may switch to bars).

    Signals:
        bar_clicked(int): the reader clicked the row with this index (in the order given to set_data).
    """

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        import pyqtgraph  # heavy: only when a chart is first needed

        self._pg = pyqtgraph
        self.theme = theme
        self.plot = pyqtgraph.PlotWidget(self, background=theme.surface)
        # As tall as its rows need (see _fit_plot_height), more only where the page gives more: a graphics view's
        # own size hint is the scene's, taller than the rows.
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        make_chart(self)
        self.menu = ChartMenu(self)
        self.scale_switch = QCheckBox(self)
        self.scale_switch.setChecked(True)  # the reader's choice, kept while the chart gets new data
        self.scale_switch.hide()  # shown only while the values span decades
        self.scale_switch.toggled.connect(self._redraw)
        # The menu's button sits in the plot's bottom-left corner, under the category labels, where a bar chart
        # draws nothing: a row of its own would push the chart off a projector's first screen at 200 %.
        self.menu_button = self.menu.button(self.plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.scale_switch, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.plot)
        self._bars: list[Bar] = []
        self._axis_title = ""
        self._look: tuple[Any, ...] | None = None  # what the axes were last styled for (see set_data)
        self._rows: tuple[Any, ...] | None = None  # the categories the items were last made for
        self._x_start, self._x_end = 0.0, 0.0  # the value axis's range
        self._left_axis_pixels = 0
        self._title_line_pixels = 0  # the value axis title's second line, when it wraps
        self._bar_item = pyqtgraph.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[])
        self._dot_item = pyqtgraph.ScatterPlotItem(symbol="o", pen=None)
        self._brushes: dict[str, Any] = {}
        self._dot_item.setZValue(2)  # over the stems and range whiskers
        self.plot.getPlotItem().addItem(self._bar_item)
        self.plot.getPlotItem().addItem(self._dot_item)
        self._whiskers: list[Any] = []
        self._labels: list[Any] = []
        self.text_scale = 1.0
        self.logarithmic = False
        self._spans_decades = False
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self._retranslate()

    def set_data(self, bars: list[Bar], axis_title: str) -> None:
        """Draw `bars`; the value axis is titled `axis_title` (with its unit), to which the chart adds its scale.

        Values spanning more than LOG_SCALE_RATIO are lollipops on a logarithmic axis, unless the reader unchecked
        the scale switch; others are bars from zero. Nothing is rebuilt while a reader drags a slider: the rows and
        their labels move in place, a new category (one more year) adds one label, and the axes are restyled only
        when their title, scale or look change.
        """
        self._bars = list(bars)
        self._axis_title = axis_title
        positive = [b.value for b in bars if b.value > 0]
        self._spans_decades = bool(positive) and max(positive) / min(positive) > LOG_SCALE_RATIO
        self.logarithmic = self._spans_decades and self.scale_switch.isChecked()
        shown_title = self.shown_axis_title()
        look = (shown_title, self.logarithmic, self._spans_decades, self.theme, self.text_scale)
        rows = (tuple(bar.label for bar in bars), tuple(bar.low is not None and bar.high is not None for bar in bars))
        changed = look != self._look or rows != self._rows
        if look != self._look:
            self.scale_switch.setVisible(self._spans_decades)
            self._style_axes(shown_title)
        if changed:
            self._make_rows(bars)
            self._fit_axis_title()
            self._look, self._rows = look, rows
        positions = list(range(len(bars)))[::-1]  # first bar on top
        widths = [self._scaled(bar.value) for bar in bars]
        start = self._scaled(min(positive) / 3) if self.logarithmic and positive else 0.0
        self._place_bars(bars, positions, widths, start)
        self._place_ranges(bars, positions)
        self._fit_value_axis(bars, widths, start, rebuilt=changed)
        self._place_value_labels(bars, positions, widths)
        self.setAccessibleName(axis_title)
        self.setAccessibleDescription(self._description(bars))

    def shown_axis_title(self) -> str:
        """The value axis's title as the reader sees it: the view's title, and "logarithmic scale" when it is."""
        if not self.logarithmic:
            return self._axis_title
        return QCoreApplication.translate("Chart", "%1 — logarithmic scale").replace("%1", self._axis_title)

    def row_style(self) -> str:
        """How the rows are drawn: "dots" (lollipops on a logarithmic axis) or "bars" (linear, from zero)."""
        return "dots" if len(self._dot_item.data) else "bars"

    def _fit_categories(self) -> None:
        """The categories on the left axis, as wide as they need but leaving the plot room for the widest value
        label beside a bar of MIN_BAR_SHARE; a category longer than that is elided in the middle (the whole of it
        is in the tooltip and the accessible description)."""
        metrics = QFontMetrics(self._font())
        widest_value = max((metrics.horizontalAdvance(bar.text) for bar in self._bars), default=0)
        plot_needs = (widest_value + 2 * LABEL_GAP_PIXELS + self._dot_radius_pixels()) / (1 - MIN_BAR_SHARE)
        room = max(self.width() - plot_needs - 16, MIN_CATEGORY_SHARE * self.width())
        labels = [
            metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, round(room)) if self.width() else bar.label
            for bar in self._bars
        ]
        positions = list(range(len(self._bars)))[::-1]
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([list(zip(positions, labels, strict=True))])
        self._left_axis_pixels = max((metrics.horizontalAdvance(label) for label in labels), default=0) + 16
        left.setWidth(self._left_axis_pixels)
        elided = [bar.label for bar, label in zip(self._bars, labels, strict=True) if label != bar.label]
        self.setToolTip("\n".join(elided))

    def highlighted_index(self) -> int | None:
        """The row drawn in the highlight colour (in the order given to set_data), or None."""
        brushes = self._bar_item.opts.get("brushes") or []
        return next((i for i, brush in enumerate(brushes) if brush == self.theme.highlight_bar), None)

    def _description(self, bars: list[Bar]) -> str:
        """The accessible description: the scale, then each row's category and value."""
        if self.logarithmic:
            text = QCoreApplication.translate("Chart", "Logarithmic scale: %1")
        else:
            text = QCoreApplication.translate("Chart", "Linear scale: %1")
        return text.replace("%1", "; ".join(f"{bar.label}: {bar.text}" for bar in bars))

    def _redraw(self) -> None:
        """Draw the same rows again (after the reader switched the scale)."""
        if self._bars:
            self.set_data(self._bars, self._axis_title)

    def _retranslate(self) -> None:
        """The scale switch's wording in the current language."""
        self.scale_switch.setText(QCoreApplication.translate("Chart", "Logarithmic scale"))
        self.scale_switch.setAccessibleName(self.scale_switch.text())
        self.scale_switch.setAccessibleDescription(
            QCoreApplication.translate("Chart", "Uncheck to draw the values as bars from zero on a linear scale")
        )
        self.menu_button.retranslate()  # a child of the plot, which does not pass LanguageChange on

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate the switch and the axis title when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._redraw()
        super().changeEvent(event)

    def _fit_value_axis(self, bars: list[Bar], widths: list[float], start: float, rebuilt: bool) -> None:
        """Keep the value axis's range unless the bars and their labels outgrow it or need much less of it."""
        needed = self._needed_end(bars, widths, start)
        fits = needed <= self._x_end <= start + (needed - start) * RANGE_SLACK
        if fits and not rebuilt and start == self._x_start:
            return
        headroom = 1.0 if rebuilt else RANGE_HEADROOM  # a new chart fits its bars exactly
        self._x_start, self._x_end = start, start + (needed - start) * headroom
        plot = self.plot.getPlotItem()
        ticks = self._log_ticks(start, self._x_end) if self.logarithmic else [self._linear_ticks(start, self._x_end)]
        plot.getAxis("bottom").setTicks(ticks)
        plot.setXRange(start, self._x_end, padding=0)
        plot.setYRange(-0.6, len(bars) - 0.4, padding=0)

    def _needed_end(self, bars: list[Bar], widths: list[float], start: float) -> float:
        """The smallest end of the value axis (in its units) at which every bar's value label, measured in pixels
        at the plot's current width, fits beside the bar."""
        metrics = QFontMetrics(self._font())
        plot_pixels = self._plot_pixels()
        needed = start + 1e-9
        for bar, width in zip(bars, widths, strict=True):
            end = self._label_position(bar, width)
            label_pixels = metrics.horizontalAdvance(bar.text) + LABEL_GAP_PIXELS + self._dot_radius_pixels()
            share_for_bar = max(MIN_BAR_SHARE, 1 - label_pixels / plot_pixels)
            needed = max(needed, start + (end - start) / share_for_bar)
        return needed

    def _fit_axis_title(self) -> None:
        """Wrap the value axis's title onto a second line (and make room for it) when it is wider than the plot,
        so its end, which names the scale, is never cut off."""
        bottom = self.plot.getPlotItem().getAxis("bottom")
        width = self._plot_pixels()
        wraps = QFontMetrics(self._font()).horizontalAdvance(self.shown_axis_title()) > width
        bottom.label.setTextWidth(width if wraps else -1)
        line_pixels = QFontMetrics(self._font()).lineSpacing() if wraps else 0
        bottom.setHeight(axis_pixels(self.text_scale) + line_pixels)
        if line_pixels != self._title_line_pixels:
            self._title_line_pixels = line_pixels
            self._fit_plot_height()

    def _plot_pixels(self) -> float:
        """The plotted area's width in pixels (the plot's width less the category axis and a margin)."""
        return max(1.0, self.plot.width() - self._left_axis_pixels - LABEL_GAP_PIXELS)

    def _dot_radius_pixels(self) -> float:
        """How far a lollipop's dot reaches past its value, in pixels (nothing for bars)."""
        return DOT_PIXELS * self.text_scale / 2 if self.logarithmic else 0.0

    def place_menu_button(self) -> None:
        """The menu's button in the plot's bottom-left corner, at its own size."""
        button = self.menu_button
        button.adjustSize()
        margin = round(4 * self.text_scale)
        button.move(margin, self.plot.height() - button.height() - margin)
        button.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the value axis again: the room the value labels need depends on the chart's width."""
        super().resizeEvent(event)
        self.place_menu_button()
        if self._bars and len(self._labels) == len(self._bars):  # not while _make_rows is making the rows
            self._fit_categories()
            widths = [self._scaled(bar.value) for bar in self._bars]
            self._fit_value_axis(self._bars, widths, self._x_start, rebuilt=True)
            self._place_value_labels(self._bars, list(range(len(self._bars)))[::-1], widths)
            self._fit_axis_title()

    def _style_axes(self, axis_title: str) -> None:
        """The axes' title, colours and sizes, and the value labels' font and colour (for a new title or look)."""
        plot = self.plot.getPlotItem()
        left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
        left.setPen(self.theme.muted)
        left.setTextPen(self.theme.text)
        bottom.setLabel(
            unbroken_brackets(axis_title),
            color=self.theme.text,
            **{"font-size": f"{round(CHART_TEXT_PIXELS * self.text_scale)}px"},
        )
        bottom.enableAutoSIPrefix(False)  # no "(x1e+15)" after the title: core words the tick values
        bottom.setPen(self.theme.muted)
        bottom.setTextPen(self.theme.text)
        # Sizes last: setLabel and setTicks re-size the axes for the default font.
        bottom.setHeight(axis_pixels(self.text_scale))
        for label in self._labels:
            label.setColor(self.theme.text)
            label.setFont(self._font())

    def _make_rows(self, bars: list[Bar]) -> None:
        """One value label per bar and a whisker per bar with a range (reusing those there are), the categories
        on the left axis, and the chart's height."""
        plot = self.plot.getPlotItem()
        for whisker in self._whiskers:
            if whisker is not None:
                plot.removeItem(whisker)
        self._whiskers = [self._new_whisker() if bar.low is not None and bar.high is not None else None for bar in bars]
        while len(self._labels) > len(bars):
            plot.removeItem(self._labels.pop())
        while len(self._labels) < len(bars):
            label = self._pg.TextItem("", color=self.theme.text, anchor=(0, 0.5))
            label.setZValue(3)
            label.setFont(self._font())
            plot.addItem(label)
            self._labels.append(label)
        self._fit_categories()
        # Last: a new height can resize the chart at once, and resizeEvent places every row's label.
        self._fit_plot_height()

    def _fit_plot_height(self) -> None:
        """The plot's least height: its rows, the value axis and its title's second line if it has one. The scale
        switch above it is counted by the layout, at whatever size the style gives it now (a height worked out
        from the switch's size before a new text size reached it left the chart a row short or a row long)."""
        rows = row_pixels(self.text_scale) * len(self._bars)
        axis = axis_pixels(self.text_scale) + self._title_line_pixels
        self.plot.setMinimumHeight(round(rows + axis + 20 * self.text_scale))
        self.place_menu_button()

    def _new_whisker(self) -> Any:
        """A range whisker added to the plot."""
        whisker = self._pg.PlotCurveItem([], [], pen=self._pg.mkPen(self.theme.text, width=2))
        whisker.setZValue(1)
        self.plot.getPlotItem().addItem(whisker)
        return whisker

    def _place_bars(self, bars: list[Bar], positions: list[int], widths: list[float], start: float) -> None:
        """Each bar's (or lollipop's) length and colour, the highlighted one in the accent colour; on a
        logarithmic axis the bar is a thin stem and a dot marks the value."""
        colours = [self.theme.highlight_bar if bar.highlighted else self.theme.other_bar for bar in bars]
        self._bar_item.setOpts(
            x0=[start] * len(bars),
            y=positions,
            height=STEM_HEIGHT if self.logarithmic else BAR_HEIGHT,
            width=[width - start for width in widths],
            brushes=colours,
            pens=[self._pg.mkPen(None)] * len(bars),
        )
        if self.logarithmic:
            brushes = [self._brush(colour) for colour in colours]
            self._dot_item.setData(x=widths, y=positions, brush=brushes, size=DOT_PIXELS * self.text_scale)
        elif len(self._dot_item.data):
            self._dot_item.setData(x=[], y=[])

    def _brush(self, colour: str) -> Any:
        """One brush per colour, made once: pyqtgraph draws a dot's symbol again for every new brush object."""
        if colour not in self._brushes:
            self._brushes[colour] = self._pg.mkBrush(colour)
        return self._brushes[colour]

    def reset_scale(self) -> None:
        """Back to the scale a new reader sees: logarithmic where the values span decades."""
        self.scale_switch.setChecked(True)

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

    def table_title(self) -> str:
        """The title of the chart's table: the axis title as shown."""
        return self.shown_axis_title()

    def rows_as_words(self) -> list[tuple[str, str, str]]:
        """Each row's category, its value as worded, with its unit, and its source (for the chart's table and
        CSV)."""
        return [(bar.label, bar.text, bar.source) for bar in self._bars]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Save, copy or tabulate the chart (see gui.widgets.chart_menu)."""
        self.menu.open_at(event.globalPos())

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
        """Whiskers, with end caps, for bars that carry a low-high range."""
        for bar, position, whisker in zip(bars, positions, self._whiskers, strict=True):
            if whisker is not None and bar.low is not None and bar.high is not None:
                low, high = self._scaled(bar.low), self._scaled(bar.high)
                below, above = position - WHISKER_CAP, position + WHISKER_CAP
                whisker.setData([low, low, low, high, high, high], [below, above, position, position, above, below])

    def _place_value_labels(self, bars: list[Bar], positions: list[int], widths: list[float]) -> None:
        """The value of each row, written just past its bar or dot (every row's, however short its bar)."""
        dot_radius = self._dot_radius_pixels() * (self._x_end - self._x_start) / self._plot_pixels()
        for bar, position, width, label in zip(bars, positions, widths, self._labels, strict=True):
            label.setText(bar.text)
            label.setPos(self._label_position(bar, width) + dot_radius, position)

    def _label_position(self, bar: Bar, width: float) -> float:
        """Where a bar's value label starts on the value axis: past the bar, and past its range whisker."""
        return max(width, self._scaled(bar.high)) if bar.high is not None else width

    def _linear_ticks(self, start: float, end: float) -> list[tuple[float, str]]:
        """At most LINEAR_TICKS ticks at round steps (1, 2 or 5 times a power of ten), labelled with plain numbers,
        and fewer when their labels would not fit side by side."""
        if end <= start:
            return []
        metrics = QFontMetrics(self._font())
        rough = (end - start) / LINEAR_TICKS
        power = 10.0 ** math.floor(math.log10(rough))
        steps = [multiple * power * 10**decade for decade in range(3) for multiple in (1, 2, 5)]
        for step in (step for step in steps if step >= rough):
            ticks = [(n * step, format_number(n * step)) for n in range(math.ceil(start / step), int(end / step) + 1)]
            widest = max((metrics.horizontalAdvance(text) for _, text in ticks), default=0)
            if (widest + LABEL_GAP_PIXELS) * (end - start) / self._plot_pixels() <= step:
                break
        return ticks

    def _log_ticks(self, start: float, end: float) -> list[list[tuple[float, str]]]:
        """Ticks at powers of ten: labelled every few powers, as many as fit side by side, and unlabelled at the
        powers between."""
        first, last = math.floor(start), math.ceil(end)
        powers = range(first, last + 1)
        metrics = QFontMetrics(self._font())
        widest = max((metrics.horizontalAdvance(_power_of_ten(power)) for power in powers), default=0)
        pixels_per_power = self._plot_pixels() / max(end - start, 1e-9)
        every = max(1, math.ceil((widest + LABEL_GAP_PIXELS) / pixels_per_power))
        labelled = [(float(power), _power_of_ten(power)) for power in powers if power % every == 0]
        between = [(float(power), "") for power in powers if power % every != 0]
        return [labelled, between]


def _power_of_ten(power: int) -> str:
    """A log axis's tick label: a plain number from 0.001 to 1,000,000 ("1,000"), beyond that a power ("10^12")."""
    if PLAIN_POWERS[0] <= power <= PLAIN_POWERS[1]:
        return format_number(10.0**power)
    return f"10^{power}"


def bar_for(
    label: str, estimate: Estimate, unit: str, language: str, highlighted: bool = False, source: str = ""
) -> Bar:
    """A bar for a core Estimate: its value and range in `unit`, labelled with core's wording in `language`, and
    where it comes from."""
    value, low, high = estimate.to(unit).magnitudes()
    return Bar(label, value, format_estimate(estimate, language, keep_units=True), low, high, highlighted, source)
