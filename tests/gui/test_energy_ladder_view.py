"""The energy ladder: every rung listed and charted in order; choosing one shows its source."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from core.calculator import Calculator
from core.explain import footnote
from gui.accessibility import spoken
from gui.palette import HIGH_CONTRAST
from gui.views.energy_ladder import EnergyLadderView


def test_rungs_are_listed_and_charted_in_order(qtbot, calculator: Calculator) -> None:
    view = EnergyLadderView(calculator)
    qtbot.addWidget(view)
    values = [bar.value for bar in view.chart.bars()]
    assert values == sorted(values) and len(values) == view.list.count() == len(view.rungs)
    assert view.chart.logarithmic
    assert view.list.item(0).text().startswith("0.042–0.047 Wh")


def test_choosing_a_rung_in_the_list_shows_its_source(qtbot, calculator: Calculator) -> None:
    view = EnergyLadderView(calculator)
    qtbot.addWidget(view)
    index = next(i for i, rung in enumerate(view.rungs) if rung.figure.id == "three_gorges_yearly")
    view.list.setFocus()
    view.list.setCurrentRow(index - 1)
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    figure = calculator.dataset.figure("three_gorges_yearly")
    assert view.source.text() == footnote(figure, calculator.dataset, "en")
    assert [bar.highlighted for bar in view.chart.bars()].index(True) == index


def test_clicking_a_bar_selects_its_rung(qtbot, calculator: Calculator) -> None:
    view = EnergyLadderView(calculator)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    clicked = []
    view.chart.bar_clicked.connect(clicked.append)
    viewbox = view.chart.plot.getPlotItem().vb
    target = 5
    scene_point = viewbox.mapViewToScene(QPointF(0.0, float(len(view.rungs) - 1 - target)))
    on_screen = view.chart.plot.mapFromScene(scene_point)
    qtbot.mouseClick(view.chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=on_screen)
    assert clicked == [target]
    assert view.selected == target


def test_a_daily_figure_says_what_it_adds_up_to_in_the_year(qtbot, calculator: Calculator, languages) -> None:
    view = EnergyLadderView(calculator)
    qtbot.addWidget(view)
    index = next(i for i, rung in enumerate(view.rungs) if rung.figure.id == "chatgpt_daily_energy")
    assert view.list.item(index).text().startswith("564 MWh a day = 206 GWh a year · ")
    bar = view.chart.bars()[index]
    assert bar.text == "564 MWh a day = 206 GWh a year"
    assert bar.value == pytest.approx(564e6 * 365, rel=0.01)  # placed at the yearly total it names
    yearly = next(i for i, rung in enumerate(view.rungs) if rung.figure.id == "ireland_electricity")
    assert view.chart.bars()[yearly].text == "29.3 TWh a year"  # a yearly figure needs no conversion
    languages.switch("zh")
    chinese = EnergyLadderView(calculator, "zh")
    qtbot.addWidget(chinese)
    assert chinese.chart.bars()[index].text == "每天56.4万度，即每年2.06亿度"
    assert chinese.list.item(index).text().startswith("每天56.4万度，即每年2.06亿度 · ")


def test_the_chart_says_its_scale_on_its_axis(qtbot, calculator: Calculator) -> None:
    view = EnergyLadderView(calculator)
    qtbot.addWidget(view)
    title = spoken(view.chart.plot.getPlotItem().getAxis("bottom").label.toPlainText()).strip()
    assert title == "Energy (Wh): one item, or one year of a yearly or daily use — logarithmic scale"
    assert view.chart.row_style() == "dots"


def test_in_high_contrast_the_scale_switch_sits_on_the_theme_not_on_qt_grey(qtbot, window) -> None:
    window.set_theme("high_contrast")
    window.resize(1280, 800)
    window.open_view("energy_ladder")
    switch = window.views["energy_ladder"].chart.scale_switch
    qtbot.waitUntil(switch.isVisible)
    beside = switch.mapTo(window, switch.rect().topLeft()) - QPoint(20, -switch.height() // 2)
    colour = window.grab().toImage().pixelColor(beside)
    assert colour.name() == HIGH_CONTRAST.window, "the strip above the ladder's chart is the theme's black"
