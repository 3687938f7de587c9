"""The trend chart: each series and its points' values, named in a legend, the highlighted one drawn and labelled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.palette import DARK, LIGHT
from gui.widgets.trend_chart import Series, TrendChart

YEARS = (2024, 2025, 2026)
SERIES = [
    Series("Efficiency alone", tuple(zip(YEARS, (415, 330, 260), ("415 TWh", "330 TWh", "260 TWh"), strict=True))),
    Series(
        "With rising use",
        tuple(zip(YEARS, (415, 520, 650), ("415 TWh", "520 TWh", "650 TWh"), strict=True)),
        style="dashed",
        highlighted=True,
    ),
    Series("IEA", ((2024, 415, "415 TWh"), (2026, 600, "about 600 TWh")), style="dots"),
]


def _chart(qtbot) -> TrendChart:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(700, 360)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_series(SERIES, "Electricity per year (TWh)")
    return chart


def _drawn(chart: TrendChart) -> list[tuple[list[float], list[float]]]:
    """Each curve's years and values as drawn."""
    return [(list(curve.xData), list(curve.yData)) for curve in chart.plot.getPlotItem().listDataItems()]


def test_every_series_and_its_points_are_drawn_and_described(qtbot) -> None:
    chart = _chart(qtbot)
    assert chart.series() == SERIES
    assert _drawn(chart) == [
        ([2024, 2025, 2026], [415, 330, 260]),
        ([2024, 2025, 2026], [415, 520, 650]),
        ([2024, 2026], [415, 600]),
    ]
    assert chart.accessibleName() == "Electricity per year (TWh)"
    assert chart.accessibleDescription() == (
        "Efficiency alone: 2024 415 TWh, 2025 330 TWh, 2026 260 TWh; "
        "With rising use: 2024 415 TWh, 2025 520 TWh, 2026 650 TWh; IEA: 2024 415 TWh, 2026 about 600 TWh"
    )
    plot = chart.plot.getPlotItem()
    assert plot.getViewBox().viewRange()[1][0] == 0  # values from zero
    assert plot.getAxis("bottom")._tickLevels[0] == [(2024, "2024"), (2025, "2025"), (2026, "2026")]


def test_the_legend_names_each_series(qtbot) -> None:
    chart = _chart(qtbot)
    assert [label.text for _, label in chart.legend.items] == ["Efficiency alone", "With rising use", "IEA"]
    chart.set_series(SERIES[:2], "Electricity per year (TWh)")
    assert [label.text for _, label in chart.legend.items] == ["Efficiency alone", "With rising use"]


def test_the_highlighted_series_is_thicker_in_the_accent_colour_and_labelled_at_its_end(qtbot) -> None:
    chart = _chart(qtbot)
    plain, highlighted, dots = chart.plot.getPlotItem().listDataItems()
    assert highlighted.opts["pen"].color().name() == LIGHT.highlight_bar.lower()
    assert highlighted.opts["pen"].widthF() > plain.opts["pen"].widthF()
    assert highlighted.opts["pen"].style() == Qt.PenStyle.DashLine and highlighted.opts["symbol"] == "o"
    assert plain.opts["pen"].color().name() != LIGHT.highlight_bar.lower()
    assert dots.opts["pen"] is None and dots.opts["symbol"] == "s"  # squares alone: told apart from circles
    assert chart._last_label.isVisible() and chart._last_label.textItem.toPlainText() == "650 TWh"
    assert (chart._last_label.pos().x(), chart._last_label.pos().y()) == (2026, 650)


def test_values_move_in_place_and_follow_the_theme(qtbot) -> None:
    chart = _chart(qtbot)
    curves = chart.plot.getPlotItem().listDataItems()
    grown = Series("With rising use", ((2024, 415, "415 TWh"), (2026, 900, "900 TWh")), "dashed", True)
    chart.set_series([SERIES[0], grown, SERIES[2]], "Electricity per year (TWh)")
    assert chart.plot.getPlotItem().listDataItems() == curves  # moved, not made again
    assert chart._last_label.textItem.toPlainText() == "900 TWh"
    assert chart.plot.getPlotItem().getViewBox().viewRange()[1][1] > 900
    chart.set_display(DARK, 1.5)
    highlighted = chart.plot.getPlotItem().listDataItems()[1]
    assert highlighted.opts["pen"].color().name() == DARK.highlight_bar.lower()
