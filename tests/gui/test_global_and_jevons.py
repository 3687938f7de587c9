"""The global picture and the Jevons model, driven through their controls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.calculator import Calculator
from core.explain import footnote
from core.formatting import format_estimate
from core.projection import project
from core.units import quantity
from core.values import exact
from gui.views.global_picture import GlobalPictureView
from gui.views.jevons import JevonsView


def test_global_picture_totals_ranges_and_countries(qtbot, calculator: Calculator) -> None:
    view = GlobalPictureView(calculator)
    qtbot.addWidget(view)
    bars = {bar.label: bar for bar in view.chart.bars()}
    assert bars["Data centres + AI + crypto, 2022"].value == pytest.approx(460)
    iea_2026 = bars["Data centres + AI + crypto, 2026 (IEA range)"]
    assert (iea_2026.value, iea_2026.low, iea_2026.high) == (
        pytest.approx(800),
        pytest.approx(620),
        pytest.approx(1050),
    )
    assert (bars["NVIDIA AI servers, 2027"].low, bars["NVIDIA AI servers, 2027"].high) == (85.4, 134)
    assert bars["Germany, 2024"].value == pytest.approx(522.3)
    assert view.chart.logarithmic
    assert "base case about 800 TWh a year" in view.headline.secondary.text()
    assert "about 2%" in view.shares.text()


def test_global_picture_splits_computing_and_cooling(qtbot, calculator: Calculator) -> None:
    view = GlobalPictureView(calculator)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.split, Qt.MouseButton.LeftButton)
    bars = {bar.label: bar for bar in view.chart.bars()}
    assert bars["Data centres, 2024: cooling"].value == pytest.approx(415 * 0.4)
    assert bars["Data centres, 2024: other"].value == pytest.approx(415 * 0.2)
    assert "more than 50%" in view.cooling.text() and "1.09" in view.cooling.text()


def test_jevons_demand_growth_slider_moves_the_projection(qtbot, calculator: Calculator) -> None:
    view = JevonsView(calculator)
    qtbot.addWidget(view)
    assert view.card_headline() == "Flat only if demand grows about 146.6% a year"
    assert [bar.label for bar in view.chart_bars()] == [str(year) for year in range(2024, 2031)]
    growth = next(control for control in view.inputs if control.spec.name == "demand_growth")
    growth.spin.setFocus()
    growth.spin.selectAll()
    qtbot.keyClicks(growth.spin, "200")
    qtbot.keyClick(growth.spin, Qt.Key.Key_Return)
    gain = calculator.evaluate("b200_speedup / b200_power_vs_h100").result
    expected = project(calculator, "datacentres_2024", exact(quantity(200, "percent")), gain, 3, 6)
    assert [bar.value for bar in view.chart_bars()] == pytest.approx(
        [float(total.value.to("TWh/year").magnitude) for total in expected.totals]
    )
    assert view.headline.main.text() == format_estimate(expected.totals[-1], "en", keep_units=True) + " in 2030"
    assert view.chart_bars()[-1].value > view.chart_bars()[0].value  # demand outran efficiency
    assert view.break_even.text() == "Flat only if demand grows about 146.6% a year"  # growth does not move it
    view.model.set_value("efficiency_gain", 8, "")
    assert view.break_even.text() == "Flat only if demand grows 100% a year"  # 8 ** (1/3) = 2


def test_jevons_in_chinese(qtbot, calculator: Calculator) -> None:
    view = JevonsView(calculator, "zh")
    qtbot.addWidget(view)
    assert "亿度" in view.chart_bars()[0].text


def test_jevons_sources_follow_the_language(qtbot, calculator: Calculator) -> None:
    view = JevonsView(calculator)
    qtbot.addWidget(view)
    dataset = calculator.dataset
    figure = dataset.figure("datacentres_2024")
    assert footnote(figure, dataset, "en") in view.sources.text()
    view.set_language("zh")
    assert footnote(figure, dataset, "zh") in view.sources.text()
    assert footnote(figure, dataset, "en") not in view.sources.text()
    assert "亿度" in view.chart_bars()[0].text
