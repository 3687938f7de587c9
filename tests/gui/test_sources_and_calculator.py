"""The sources table and claims check, and the free calculator, driven as a reader would."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.calculator import Calculator
from core.explain import describe_comparison
from core.formatting import format_estimate
from gui.views.free_calculator import FreeCalculatorView
from gui.views.sources_claims import SourcesClaimsView


def test_search_filters_the_figures_table(qtbot, calculator: Calculator) -> None:
    view = SourcesClaimsView(calculator)
    qtbot.addWidget(view)
    assert view.filtered.rowCount() == len(calculator.dataset.figures)
    qtbot.keyClicks(view.search, "three gorges")
    ids = {view.filtered.index(row, 0).data() for row in range(view.filtered.rowCount())}
    assert ids == {"three_gorges_yearly", "three_gorges_2020"}
    assert view.count.text() == f"2 of {len(calculator.dataset.figures)} figures"


def test_claims_table_flags_the_loose_roundings(qtbot, calculator: Calculator) -> None:
    view = SourcesClaimsView(calculator)
    qtbot.addWidget(view)
    verdicts = {
        view.claims.checks[row].scenario.id: view.claims.index(row, 4).data() for row in range(view.claims.rowCount())
    }
    assert verdicts["google_ai_vs_three_gorges"] == (
        "loose rounding: The numbers give about 29%: the article rounds loosely (12% off)."
    )
    assert verdicts["iea_2022_world_share"] == (
        "the source's own rounding: The numbers give 1.6% (20% off), but the article repeats its source's own rounding."
    )
    assert verdicts["gpt3_households"].startswith(
        "implied, not checkable: An input is worked back from the claim itself or stands in for another quantity"
    )
    assert verdicts["gpt3_households"].endswith(": about 430 households.")
    assert verdicts["chatgpt_daily"] == "matches: With the article's inputs the calculator agrees within its rounding."
    assert view.card_headline() == "173 figures, 76 sources; 3 claims rounded loosely"
    assert view.verdicts.text().splitlines()[2].startswith("implied, not checkable: an input is worked back")
    view.set_language("zh")
    assert view.claims.index(0, 4).data().startswith("反推所得，无法核对：")
    assert view.verdicts.text().splitlines()[3] == "沿用原始来源的取整：数字有出入，但文章照录的是原始来源自己的取整"


def test_export_and_copy_address(qtbot, calculator: Calculator, tmp_path: Path) -> None:
    view = SourcesClaimsView(calculator)
    qtbot.addWidget(view)
    path = tmp_path / "figures.csv"
    assert view.export_csv(path) == len(calculator.dataset.figures)
    with path.open(encoding="utf-8") as stream:
        assert len(list(csv.DictReader(stream))) == len(calculator.dataset.figures)
    qtbot.keyClicks(view.search, "gemini_prompt_2025")  # also finds figures whose notes mention it
    ids = [view.filtered.index(row, 0).data() for row in range(view.filtered.rowCount())]
    view.table.selectRow(ids.index("gemini_prompt_2025"))
    assert view.copy_address() == "arxiv.org/abs/2508.15734"
    assert QApplication.clipboard().text() == "arxiv.org/abs/2508.15734"


def test_sources_view_in_chinese(qtbot, calculator: Calculator) -> None:
    view = SourcesClaimsView(calculator, "zh")
    qtbot.addWidget(view)
    row = next(r for r in range(view.figures.rowCount()) if view.figures.rows[r].id == "gpt3_training")
    assert view.figures.index(row, 2).data() == "128.7万度"


def test_free_calculator_updates_as_the_reader_types(qtbot, calculator: Calculator) -> None:
    view = FreeCalculatorView(calculator)
    qtbot.addWidget(view)
    view.expression.clear()
    qtbot.keyClicks(view.expression, "50")
    view.expression.insert("万度")  # Chinese arrives committed by an input method (QtTest types ASCII only)
    qtbot.keyClicks(view.expression, " * 2")
    assert view.headline.text() == "1 GWh"
    assert view.error.text() == ""
    qtbot.keyClicks(view.expression, " +")
    assert "missing number" in view.error.text()
    assert view.headline.text() == "" and view.steps.text() == ""  # no stale answer in large type
    assert view.previous.text() == "Before this change: 1 GWh"
    qtbot.keyClick(view.expression, Qt.Key.Key_Backspace)
    qtbot.keyClick(view.expression, Qt.Key.Key_Backspace)
    assert (view.error.text(), view.headline.text(), view.previous.text()) == ("", "1 GWh", "")


def test_free_calculator_starts_with_the_article_s_own_sum_and_reads_x_as_times(qtbot, calculator: Calculator) -> None:
    view = FreeCalculatorView(calculator)
    qtbot.addWidget(view)
    assert view.expression.text() == "3617 × 6.5 kW × 24 h"
    assert view.headline.text() == "560 MWh"  # 6.5 kW has two significant digits
    view.expression.setText("0.3 Wh x 10")  # as the article writes it
    assert (view.error.text(), view.headline.text()) == ("", "3 Wh")
    assert view.steps.text() == "1. 0.3 Wh × 10 = 3 Wh"


def test_free_calculator_errors_explain_themselves_above_the_field_without_the_command_line(
    qtbot, calculator: Calculator
) -> None:
    view = FreeCalculatorView(calculator)
    qtbot.addWidget(view)
    view.show()
    view.expression.setText("")
    qtbot.keyClicks(view.expression, "2 * gpt3_tr")
    assert view.error.text() == (
        "'gpt3_tr' is neither a dataset id nor a unit. Did you mean gpt3_training, gpt4_training? "
        "Units are written like kWh, TWh/year, 度; ids like gpt3_training."
    )
    popup = view.completer.popup()
    assert popup.isVisible()
    error_bottom = view.error.mapToGlobal(view.error.rect().bottomLeft()).y()
    assert error_bottom < popup.mapToGlobal(popup.rect().topLeft()).y(), "the suggestions cover the error"


def test_free_calculator_target_unit_and_yardstick(qtbot, calculator: Calculator) -> None:
    view = FreeCalculatorView(calculator)
    qtbot.addWidget(view)
    view.expression.setText("google_searches_per_day * ai_query_energy_2023")
    view.target.setCurrentIndex(view.target.findData("TWh/year"))
    assert view.headline.text() == "about 9.9 TWh a year"
    view.expression.setText("gpt3_training")
    view.target.setCurrentIndex(view.target.findData("household_cn_article"))
    comparison = calculator.compare(calculator.evaluate("gpt3_training"), "household_cn_article")
    assert view.headline.text() == describe_comparison(comparison, "en")
    view.expression.setText("nvidia_ai_energy_2027")
    view.target.setCurrentIndex(view.target.findData("TWh/year"))
    expected = calculator.convert(calculator.evaluate("nvidia_ai_energy_2027"), "TWh/year").result
    assert view.range_label.text() == f"Range from the sources: {format_estimate(expected, 'en')}"


def test_free_calculator_completes_dataset_ids(qtbot, calculator: Calculator) -> None:
    view = FreeCalculatorView(calculator)
    qtbot.addWidget(view)
    view.show()
    view.expression.clear()
    qtbot.keyClicks(view.expression, "2 * gpt3_tr")
    assert view.completer.currentCompletion() == "gpt3_training"
    view.completer.activated.emit("gpt3_training")
    assert view.expression.text() == "2 * gpt3_training"
    assert view.headline.text() == "2.57 GWh"


def test_free_calculator_in_chinese(qtbot, calculator: Calculator) -> None:
    view = FreeCalculatorView(calculator, "zh")
    qtbot.addWidget(view)
    view.expression.setText("98.55亿度")
    assert view.headline.text() == "98.55亿度"
    view.expression.setText("1 kWh + 1 kW")
    assert view.error.text().startswith("无法把能量（kWh）和功率")


@pytest.mark.parametrize("unit", ["TWh/", "kWh/day", "MWh*2", "degC", "1/0", "MWh**"])
def test_typing_a_unit_key_by_key_shows_an_inline_message_and_keeps_the_result(
    qtbot, calculator: Calculator, unit: str
) -> None:
    """A half-typed target ('TWh/') used to raise and, in the exhibit, send the visitor home."""
    view = FreeCalculatorView(calculator)
    qtbot.addWidget(view)
    view.expression.setText("gpt3_training")
    editor = view.target.lineEdit()
    editor.clear()
    for key in unit:  # every prefix is evaluated as the reader types it
        qtbot.keyClicks(editor, key)
    assert view.expression.text() == "gpt3_training"
    if unit == "kWh/day":
        assert view.error.text().startswith("cannot convert an energy (MWh) to a power")
    elif unit == "degC":
        assert view.error.text().startswith("'degC' is a temperature scale or a logarithmic unit")
    else:
        assert view.error.text().endswith("is not a unit the calculator knows: try kWh, MWh/day, TWh/year or 度")
    assert view.headline.text() == "" and view.previous.text().startswith("Before this change: ")  # last good prefix
    editor.clear()
    qtbot.keyClicks(editor, "kWh")
    assert (view.error.text(), view.headline.text()) == ("", "1,287,000 kWh")


def test_the_sources_table_leads_with_the_figure_s_name_and_shows_ids_only_when_asked(
    qtbot, calculator: Calculator
) -> None:
    view = SourcesClaimsView(calculator)
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    first = min((header.visualIndex(c), c) for c in range(header.count()) if not view.table.isColumnHidden(c))[1]
    assert view.figures.headerData(first, Qt.Orientation.Horizontal) == "Figure"
    row = next(r for r in range(view.figures.rowCount()) if view.figures.rows[r].id == "gpt3_training")
    assert view.figures.index(row, 4).data() == "C, as stated in the article (not independently checked)"
    view.show_ids.click()
    assert not view.table.isColumnHidden(0)
    assert view.figures.headerData(0, Qt.Orientation.Horizontal) == "Id"
