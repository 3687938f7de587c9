"""A projection over years (pyqtgraph): one line, dashed line or row of dots per series, values from zero.

pyqtgraph is imported when the first chart is built, never on the path to the first painted window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from gui.accessibility import make_chart
from gui.palette import HIGH_CONTRAST, LIGHT, SERIES, Theme
from gui.widgets.chart import CHART_TEXT_PIXELS, RANGE_SLACK
from gui.widgets.chart_menu import ChartMenu
from gui.widgets.layout import LARGE_TEXT

#: The chart's height at 100 %.
MINIMUM_HEIGHT = 260


def chart_height(text_scale: float) -> int:
    """The chart's height at text size `text_scale`: its text grows with the reader's size, its plotted lines
    need not, so the height grows more slowly (368 pixels at 200 %, not 520), and a projector shows the chart
    under the answer."""
    return round(MINIMUM_HEIGHT * text_scale**0.5)


#: The row of the plot's own layout that holds the legend: the one under the horizontal axis (row 3).
LEGEND_ROW = 4
#: Room above the highest point for the last point's label, as a share of the highest value.
HEADROOM = 1.25
#: Line widths and dot size in pixels at 100 %.
LINE_PIXELS = 2
HIGHLIGHT_LINE_PIXELS = 4
DOT_PIXELS = 9
#: The least contrast a series colour keeps against the chart's background (WCAG's 3:1 for graphics).
MIN_CONTRAST = 3.0


@dataclass(frozen=True)
class Series:
    """One series: its name in the legend, its points (year, value in the chart's unit, the value worded by core),
    how it is drawn, and whether it is the one the view is about."""

    label: str
    points: tuple[tuple[int, float, str], ...]
    style: Literal["line", "dashed", "dots"] = "line"
    highlighted: bool = False
    source: str = ""  # where its values come from, for the chart's table


class TrendChart(QWidget):
    """Values over years: a legend names each series; the highlighted one is thicker, in the accent colour, and
    its last point carries its value."""

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT) -> None:
        super().__init__(parent)
        import pyqtgraph  # heavy: only when a chart is first needed

        self._pg = pyqtgraph
        self.theme = theme
        self.text_scale = 1.0
        self.plot = pyqtgraph.PlotWidget(self, background=theme.surface)
        make_chart(self)
        self.menu = ChartMenu(self)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.menu_button = self.menu.button(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.plot)
        self._series: list[Series] = []
        self._axis_title = ""
        self._curves: list[Any] = []
        self._look: tuple[Any, ...] | None = None  # what the curves and legend were last made for
        self._styled_title: str | None = None  # the axis title the axes were last styled with
        self._drawn: list[Any] = []  # the points each curve was last given
        self._years: tuple[int, ...] = ()  # the years the horizontal axis was last ticked for
        self._top = 0.0  # the value axis's top
        # The legend sits in a row of its own under the years, never over a line: inside the plot, a reader's
        # projection or the IEA's line ran under it whenever the values were low at the start.
        self.legend = pyqtgraph.LegendItem(offset=None)
        self.plot.getPlotItem().layout.addItem(self.legend, LEGEND_ROW, 1)
        self._last_label = pyqtgraph.TextItem("", anchor=(1, 1))
        self.plot.getPlotItem().addItem(self._last_label)
        self.setMinimumHeight(MINIMUM_HEIGHT)

    def set_series(self, series: list[Series], axis_title: str) -> None:
        """Draw `series` over their years; the value axis, from zero, is titled `axis_title` (with its unit).

        While only the values change (a reader drags a slider) the curves move in place; a new series, style or
        look makes the curves and the legend again."""
        self._series = list(series)
        self._axis_title = axis_title
        look = (tuple((one.label, one.style, one.highlighted) for one in series), self.theme, self.text_scale)
        if look != self._look:
            self._make_curves(series)
            self._drawn = [None] * len(series)
        if (look, axis_title) != (self._look, self._styled_title):
            self._style_axes()
            self._styled_title = axis_title
        self._look = look
        for index, (curve, one) in enumerate(zip(self._curves, series, strict=True)):
            if self._drawn[index] != one.points:  # the IEA's and the observed points do not move with a slider
                curve.setData([year for year, _, _ in one.points], [value for _, value, _ in one.points])
                self._drawn[index] = one.points
        self._fit_ranges()
        self._place_last_label()
        self.setAccessibleName(axis_title)
        self.setAccessibleDescription(
            "; ".join(f"{one.label}: " + ", ".join(f"{year} {text}" for year, _, text in one.points) for one in series)
        )

    def _make_curves(self, series: list[Series]) -> None:
        """One curve per series, each named in the legend, in the theme's colours."""
        plot = self.plot.getPlotItem()
        for curve in self._curves:
            plot.removeItem(curve)
        self.legend.clear()
        self.legend.setBrush(self.theme.surface)
        self.legend.setLabelTextColor(self.theme.text)
        self.legend.setLabelTextSize(f"{round(CHART_TEXT_PIXELS * self.text_scale)}px")
        colours = iter(_series_colours(self.theme) * len(series))
        self._curves = []
        self.legend.setColumnCount(len(series))
        for one in series:
            colour = self.theme.highlight_bar if one.highlighted else next(colours)
            self._curves.append(self._curve(one, colour))
            plot.addItem(self._curves[-1])
            self.legend.addItem(self._curves[-1], one.label)
        self.setMinimumHeight(chart_height(self.text_scale))

    def axis_title(self) -> str:
        """The value axis's title as shown (for tests and the accessible description)."""
        return self._axis_title

    def table_title(self) -> str:
        """The title of the chart's table: the value axis's title."""
        return self.axis_title()

    def rows_as_words(self) -> list[tuple[str, str, str]]:
        """Each series' points as (series, year), the value as worded and the series' source (for the chart's
        table and CSV)."""
        return [(f"{one.label}, {year}", text, one.source) for one in self._series for year, _, text in one.points]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Save, copy or tabulate the chart (see gui.widgets.chart_menu)."""
        self.menu.open_at(event.globalPos())

    def series(self) -> list[Series]:
        """The series shown (for tests and the accessible description)."""
        return list(self._series)

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Redraw in another theme's colours and at another text size."""
        self.theme, self.text_scale = theme, text_scale
        self.plot.setBackground(theme.surface)
        self.set_series(self._series, self._axis_title)

    def _curve(self, series: Series, colour: str) -> Any:
        """A series as a line, a dashed line with dots, or dots alone, named for the legend."""
        width = (HIGHLIGHT_LINE_PIXELS if series.highlighted else LINE_PIXELS) * self.text_scale
        dashed = Qt.PenStyle.DashLine if series.style == "dashed" else Qt.PenStyle.SolidLine
        pen = None if series.style == "dots" else self._pg.mkPen(colour, width=width, style=dashed)
        # Observed points are squares, a projection's points circles: in high contrast both are white.
        symbol = {"line": None, "dots": "s"}.get(series.style, "o")
        return self._pg.PlotDataItem(
            [],
            [],
            pen=pen,
            symbol=symbol,
            symbolSize=DOT_PIXELS * self.text_scale,
            symbolBrush=colour,
            symbolPen=None,
            name=series.label,
        )

    def _style_axes(self) -> None:
        """Years on the horizontal axis (one tick each), values from zero on the vertical axis, the title."""
        plot = self.plot.getPlotItem()
        font = self._font()
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setPen(self.theme.muted)
            axis.setTextPen(self.theme.text)
            axis.setStyle(tickFont=font)
        size = {"font-size": f"{round(CHART_TEXT_PIXELS * self.text_scale)}px"}
        plot.getAxis("left").setLabel(self._title_lines(), color=self.theme.text, **size)
        plot.getAxis("bottom").setHeight(round(QFontMetrics(font).height() * 1.6))
        self._years, self._top = (), 0.0  # the ranges are fitted again for the new look

    def _fit_ranges(self) -> None:
        """One tick per year, and values from zero. The value axis keeps its range while a reader drags a slider,
        unless the values outgrow it or need less than 1/RANGE_SLACK of it (re-ticking an axis costs a frame)."""
        plot = self.plot.getPlotItem()
        years = tuple(sorted({year for one in self._series for year, _, _ in one.points}))
        if years != self._years:
            plot.getAxis("bottom").setTicks([[(year, str(year)) for year in years]])
            if years:
                plot.setXRange(years[0] - 0.3, years[-1] + 0.3, padding=0)
            self._years = years
        highest = max((value for one in self._series for _, value, _ in one.points), default=1.0)
        needed = max(highest, 1e-9) * HEADROOM
        if not needed <= self._top <= needed * RANGE_SLACK:
            self._top = needed
            plot.setYRange(0, needed, padding=0)
            self._fit_value_axis(needed)

    def _fit_value_axis(self, top: float) -> None:
        """Make the value axis wide enough for its title and its widest tick label at the current text size, so
        that neither covers the other and no tick label is dropped (pyqtgraph sizes it for its default font)."""
        metrics = QFontMetrics(self._font())
        widest = metrics.horizontalAdvance("0" * len(f"{top:.0f}"))
        lines = self._title_lines().count("<br>") + 1
        self.plot.getPlotItem().getAxis("left").setWidth(widest + round((0.8 + lines) * metrics.height()))

    def _title_lines(self) -> str:
        """The value axis's title, on two lines at large text ("Electricity per year" over "(TWh)"): on one
        line it is longer than the chart is tall, and the plot would cut it."""
        if self.text_scale >= LARGE_TEXT and " (" in self._axis_title:
            return self._axis_title.replace(" (", "<br>(", 1)
        return self._axis_title

    def _place_last_label(self) -> None:
        """The highlighted series' last value, just above and left of its last point."""
        highlighted = next((one for one in self._series if one.highlighted and one.points), None)
        self._last_label.setVisible(highlighted is not None)
        if highlighted is None:
            return
        year, value, text = highlighted.points[-1]
        self._last_label.setText(text, color=self.theme.text)
        self._last_label.setFont(self._font())
        self._last_label.setPos(year, value)

    def _font(self) -> QFont:
        """The chart's text font at the current text size."""
        font = QFont(QApplication.font())
        font.setPixelSize(round(CHART_TEXT_PIXELS * self.text_scale))
        return font


def _series_colours(theme: Theme) -> list[str]:
    """Okabe-Ito colours for the series that are not highlighted: none in the highlight colour, none too faint on
    the chart's background; plain white-on-black in the high-contrast theme (the line styles tell series apart)."""
    if theme is HIGH_CONTRAST:
        return [theme.other_bar]
    return [
        colour
        for colour in SERIES
        if colour.lower() != theme.highlight_bar.lower() and _contrast(colour, theme.surface) >= MIN_CONTRAST
    ] or [theme.other_bar]


def _contrast(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a colour."""
    channels = [QColor(colour).redF(), QColor(colour).greenF(), QColor(colour).blueF()]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
