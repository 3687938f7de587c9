"""The energy ladder: every rung listed and charted in order; choosing one shows its source."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from core.calculator import Calculator
from core.explain import footnote
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

    class Click:
        def scenePos(self) -> QPointF:
            return scene_point

    view.chart._clicked(Click())
    assert clicked == [target]
    assert view.selected == target
