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
    assert chart.minimumHeight() < 200
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
