"""The global picture and the Jevons model, driven through their controls."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from core.calculator import Calculator
from core.explain import footnote
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
    assert "base case about 800 TWh a year" in view.headline.secondary_text()
    assert "about 2%" in view.shares.text()


def test_global_picture_splits_computing_and_cooling(qtbot, calculator: Calculator) -> None:
    view = GlobalPictureView(calculator)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.split, Qt.MouseButton.LeftButton)
    bars = {bar.label: bar for bar in view.chart.bars()}
    assert bars["Data centres, 2024: cooling"].value == pytest.approx(415 * 0.4)
    assert bars["Data centres, 2024: other"].value == pytest.approx(415 * 0.2)
    assert "more than 50%" in view.cooling.text() and "1.09" in view.cooling.text()


def test_jevons_opens_on_sourced_defaults_that_meet_the_iea_outlook(qtbot, calculator: Calculator) -> None:
    view = JevonsView(calculator)
    qtbot.addWidget(view)
    assert view.headline.text() == "Chips do more work per kWh, and yet total use rises: about 940 TWh a year in 2030"
    assert view.headline.secondary_text() == (
        "From 415 TWh a year in 2024 (the world's data centres, IEA). The IEA projects about 945 TWh a year for 2030."
    )
    assert view.card_headline() == "about 940 TWh a year in 2030, from 415 TWh a year in 2024"
    mine, iea, observed = view.series()
    assert (mine.label, mine.highlighted, mine.style) == ("Your projection", True, "line")
    assert [year for year, _, _ in mine.points] == list(range(2024, 2031))
    assert [text for _, _, text in mine.points] == [
        "415 TWh a year",
        "about 440 TWh a year",
        "about 480 TWh a year",
        "about 540 TWh a year",
        "about 630 TWh a year",
        "about 760 TWh a year",
        "about 940 TWh a year",
    ]
    assert mine.points[-1][1] == pytest.approx(945, rel=0.10)
    assert [(year, value) for year, value, _ in iea.points] == [(2024, 415), (2030, 945)]
    assert iea.style == "dashed" and not iea.highlighted
    assert [(year, value) for year, value, _ in observed.points] == [(2024, 415), (2025, 485)]
    assert observed.style == "dots"
    values = {control.spec.name: control.spin.value() for control in view.inputs}
    assert values == {"demand_growth": 118, "efficiency_gain": 2.25, "generation_years": 2, "years": 6}
    assert "Epoch AI" in view.assumptions_note.text() and "about 15%, IEA" in view.assumptions_note.text()


def test_jevons_demand_growth_slider_moves_the_projection(qtbot, calculator: Calculator) -> None:
    view = JevonsView(calculator)
    qtbot.addWidget(view)
    assert (
        view.break_even.text()
        == "AI's own electricity falls only if demand for AI work grows less than about 50% a year"
    )
    growth = next(control for control in view.inputs if control.spec.name == "demand_growth")
    growth.spin.setFocus()
    growth.spin.selectAll()
    qtbot.keyClicks(growth.spin, "0")
    qtbot.keyClick(growth.spin, Qt.Key.Key_Return)
    expected = project(calculator, replace(view.model.assumptions(), demand_growth=exact(quantity(0, "percent"))))
    mine = view.series()[0]
    assert [value for _, value, _ in mine.points] == pytest.approx(
        [float(total.value.to("TWh/year").magnitude) for total in expected.totals]
    )
    assert mine.points[-1][1] < mine.points[0][1]  # the reader can make efficiency win
    assert view.headline.text() == (
        "With these assumptions efficiency wins: total use falls to about 360 TWh a year in 2030"
    )
    assert "less than about 50% a year" in view.break_even.text()  # demand does not move the break-even
    view.model.set_value("efficiency_gain", 4, "")
    assert view.break_even.text().endswith("less than 100% a year")  # 4 ** (1/2) = 2


def test_jevons_in_chinese(qtbot, calculator: Calculator) -> None:
    view = JevonsView(calculator, "zh")
    qtbot.addWidget(view)
    assert view.series()[0].points[0][2] == "每年4150亿度"
    assert view.series()[0].points[-1][2] == "每年约9400亿度"


def test_jevons_sources_follow_the_language(qtbot, calculator: Calculator) -> None:
    view = JevonsView(calculator)
    qtbot.addWidget(view)
    dataset = calculator.dataset
    figure = dataset.figure("datacentres_2024")
    assert footnote(figure, dataset, "en") in view.sources.text()
    view.set_language("zh")
    assert footnote(figure, dataset, "zh") in view.sources.text()
    assert footnote(figure, dataset, "en") not in view.sources.text()
    assert view.series()[0].points[0][2] == "每年4150亿度"
