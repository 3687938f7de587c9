"""The bar chart: value labels always fit beside their bars, and a drag moves bars without re-ranging the axis."""

from __future__ import annotations

import pytest

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
    Bar("三峡水电站", 100, "约每年1,000亿度"),
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
