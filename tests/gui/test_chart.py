"""The bar chart: value labels always fit beside their bars, and a drag moves bars without re-ranging the axis."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.accessibility import spoken
from gui.widgets.chart import Bar, Chart


def _chart(qtbot, width: int) -> Chart:
    chart = Chart()
    qtbot.addWidget(chart)
    chart.resize(width, 260)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _labels_fit(qtbot, chart: Chart) -> None:
    """Every value label ends inside the plotted area."""
    qtbot.wait(10)  # pyqtgraph lays out its scene after the event loop runs
    view_box = chart.plot.getPlotItem().getViewBox()
    right = view_box.sceneBoundingRect().right()
    for label, bar in zip(chart._labels, chart.bars(), strict=True):
        assert label.sceneBoundingRect().right() <= right + 1, f"{bar.text!r} is clipped"


CHINESE_BARS = [
    Bar("谷歌AI：服务器估算（SemiAnalysis）", 29.2, "每年292亿度", highlighted=True),
    Bar("谷歌AI：每次搜索3瓦时", 9.855, "约每年98.55亿度"),
    Bar("三峡水电站", 100, "约每年1000亿度"),
]


@pytest.mark.parametrize("width", [420, 700, 1100])
def test_value_labels_fit_however_wide_the_chart(qtbot, width: int) -> None:
    chart = _chart(qtbot, width)
    chart.set_data(CHINESE_BARS, "每年用电量（TWh）")
    _labels_fit(qtbot, chart)


def test_value_labels_still_fit_after_the_window_narrows(qtbot) -> None:
    chart = _chart(qtbot, 1100)
    chart.set_data(CHINESE_BARS, "每年用电量（TWh）")
    chart.resize(460, 260)
    _labels_fit(qtbot, chart)


def test_a_drag_moves_the_bars_and_keeps_the_axis_while_they_fit(qtbot) -> None:
    chart = _chart(qtbot, 700)
    bars = [Bar("A100", 564, "564 MWh a day", highlighted=True), Bar("H100", 885, "885 MWh a day")]
    chart.set_data(bars, "MWh a day")
    first_range = chart.plot.getPlotItem().getViewBox().viewRange()[0]
    chart.set_data([Bar("A100", 600, "600 MWh a day", highlighted=True), bars[1]], "MWh a day")
    assert chart.plot.getPlotItem().getViewBox().viewRange()[0] == first_range
    assert chart._labels[0].textItem.toPlainText() == "600 MWh a day"
    chart.set_data([Bar("A100", 5000, "5,000 MWh a day", highlighted=True), bars[1]], "MWh a day")
    assert chart.plot.getPlotItem().getViewBox().viewRange()[0][1] > 5000
    _labels_fit(qtbot, chart)


def _texts_in_scene(chart: Chart) -> list[str]:
    """The value labels the plot holds, top to bottom."""
    import pyqtgraph

    items = [item for item in chart.plot.getPlotItem().items if isinstance(item, pyqtgraph.TextItem)]
    return [item.textItem.toPlainText() for item in sorted(items, key=lambda item: -item.pos().y())]


def test_one_more_year_adds_one_label_and_one_less_removes_it(qtbot) -> None:
    chart = _chart(qtbot, 700)
    years = [Bar(str(2024 + n), 415 / 2.5**n, f"{415 / 2.5**n:.4g} TWh") for n in range(4)]
    chart.set_data(years, "TWh a year")
    first = chart._labels[0]
    chart.set_data([*years, Bar("2028", 10.6, "10.6 TWh")], "TWh a year")
    assert chart._labels[0] is first  # moved in place, not made again
    assert _texts_in_scene(chart) == [bar.text for bar in chart.bars()]
    assert chart.plot.getPlotItem().getAxis("left")._tickLevels[0][-1] == (0, "2028")
    chart.set_data(years[:2], "TWh a year")
    assert _texts_in_scene(chart) == ["415 TWh", "166 TWh"]
    assert chart.minimumSizeHint().height() < 200
    _labels_fit(qtbot, chart)


def test_ranges_and_look_follow_a_new_set_of_bars(qtbot) -> None:
    from gui.palette import DARK

    chart = _chart(qtbot, 700)
    chart.set_data([Bar("A", 10, "10 TWh", low=8, high=12), Bar("B", 5, "5 TWh")], "TWh a year")
    assert [whisker is not None for whisker in chart._whiskers] == [True, False]
    chart.set_data([Bar("A", 10, "10 TWh"), Bar("B", 5, "5 TWh", low=4, high=7)], "TWh a year")
    assert [whisker is not None for whisker in chart._whiskers] == [False, True]
    curves = [item for item in chart.plot.getPlotItem().items if item in chart._whiskers]
    assert len(curves) == 1  # the old whisker left the plot
    chart.set_display(DARK, 1.0)
    assert all(label.color.name() == DARK.text.lower() for label in chart._labels)


WIDE_SPAN = [
    Bar("One web search", 0.3, "about 0.3 Wh"),
    Bar("Training GPT-3", 1.287e9, "1,287 MWh", highlighted=True),
    Bar("The world's electricity", 3.1e16, "31,000 TWh"),
]


def _shown_axis_title(chart: Chart) -> str:
    """The value axis's title as drawn under the plot."""
    return spoken(chart.plot.getPlotItem().getAxis("bottom").label.toPlainText()).strip()


def _drawn_rows(chart: Chart) -> tuple[list[float], float]:
    """Where each drawn bar or stem starts, and its thickness (as a share of a row)."""
    return list(chart._bar_item.opts["x0"]), chart._bar_item.opts["height"]


def test_values_spanning_decades_are_dots_on_a_log_axis_that_says_so(qtbot) -> None:
    chart = _chart(qtbot, 700)
    chart.set_data(WIDE_SPAN, "Energy (Wh)")
    assert chart.logarithmic and chart.row_style() == "dots"
    assert _shown_axis_title(chart) == "Energy (Wh) — logarithmic scale"
    assert len(chart._dot_item.data) == 3  # a dot at each value
    assert _drawn_rows(chart)[1] < 0.2  # thin stems, not bars
    assert chart.scale_switch.isVisible() and chart.scale_switch.isChecked()
    assert chart.scale_switch.text() == "Logarithmic scale" == chart.scale_switch.accessibleName()
    assert chart.accessibleDescription().startswith("Logarithmic scale: One web search: about 0.3 Wh")
    _labels_fit(qtbot, chart)


def test_unchecking_the_switch_draws_linear_bars_from_zero_and_labels_even_the_tiny_ones(qtbot) -> None:
    chart = _chart(qtbot, 700)
    chart.set_data(WIDE_SPAN, "Energy (Wh)")
    qtbot.mouseClick(chart.scale_switch, Qt.MouseButton.LeftButton)
    assert not chart.scale_switch.isChecked()
    assert not chart.logarithmic and chart.row_style() == "bars"
    assert _shown_axis_title(chart) == "Energy (Wh)"
    assert _drawn_rows(chart) == ([0.0, 0.0, 0.0], 0.6)
    assert chart.plot.getPlotItem().getViewBox().viewRange()[0][0] == 0
    assert chart.accessibleDescription().startswith("Linear scale: ")
    assert _texts_in_scene(chart) == ["about 0.3 Wh", "1,287 MWh", "31,000 TWh"]  # too short to see, still labelled
    _labels_fit(qtbot, chart)


def test_the_readers_scale_is_kept_while_the_chart_gets_new_data(qtbot) -> None:
    chart = _chart(qtbot, 700)
    chart.set_data(WIDE_SPAN, "Energy (Wh)")
    chart.scale_switch.setChecked(False)
    chart.set_data([*WIDE_SPAN[:2], Bar("The world's electricity", 3.2e16, "32,000 TWh")], "Energy (Wh)")
    assert chart.row_style() == "bars" and not chart.scale_switch.isChecked()
    chart.scale_switch.setChecked(True)
    assert chart.row_style() == "dots" and _shown_axis_title(chart).endswith("logarithmic scale")


def test_values_within_a_narrow_span_are_bars_with_no_switch(qtbot) -> None:
    chart = _chart(qtbot, 700)
    chart.set_data(WIDE_SPAN, "Energy (Wh)")
    chart.set_data(CHINESE_BARS, "每年用电量（TWh）")
    assert not chart.scale_switch.isVisible()
    assert not chart.logarithmic and chart.row_style() == "bars"
    assert _shown_axis_title(chart) == "每年用电量（TWh）"
    assert _drawn_rows(chart) == ([0.0, 0.0, 0.0], 0.6)
    assert len(chart._dot_item.data) == 0


@pytest.mark.parametrize("data", [WIDE_SPAN, CHINESE_BARS], ids=["dots", "bars"])
def test_the_highlighted_row_follows_the_data(qtbot, data: list[Bar]) -> None:
    chart = _chart(qtbot, 700)
    chart.set_data(data, "TWh")
    first = [bar.highlighted for bar in data].index(True)
    assert chart.highlighted_index() == first
    moved = [Bar(bar.label, bar.value, bar.text, highlighted=index == 2) for index, bar in enumerate(data)]
    chart.set_data(moved, "TWh")
    assert chart.highlighted_index() == 2
    drawn = chart._bar_item.opts["brushes"]
    assert drawn.count(chart.theme.highlight_bar) == 1
    if chart.row_style() == "dots":
        dots = [spot.brush().color().name() for spot in chart._dot_item.points()]
        assert dots == [chart.theme.other_bar.lower()] * 2 + [chart.theme.highlight_bar.lower()]


def test_the_log_wording_follows_the_language(qtbot, languages) -> None:
    chart = _chart(qtbot, 700)
    chart.set_data(WIDE_SPAN, "Energy (Wh)")
    languages.switch("zh")
    qtbot.waitUntil(lambda: chart.scale_switch.text() == "对数刻度")  # Qt delivers LanguageChange as an event
    assert chart.scale_switch.accessibleName() == "对数刻度"
    assert _shown_axis_title(chart) == "Energy (Wh)（对数刻度）"
    assert chart.accessibleDescription().startswith("对数刻度：")
