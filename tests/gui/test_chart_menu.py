"""A chart's menu: PNG and SVG for slides, a copy, and its values as a table and CSV (gui/widgets/chart_menu.py)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from gui.main_window import MainWindow
from gui.widgets.chart_menu import PNG_PIXELS

ARTICLE = "三联生活周刊 (Sanlian Lifeweek)"
CHATGPT_ROWS = [
    ("A100 servers (6.5 kW)", "at most 564 MWh a day", f"calculated from {ARTICLE} 2024"),
    ("H100 servers (10.2 kW)", "at most 885 MWh a day", f"calculated from {ARTICLE} 2024; NVIDIA 2022"),
    ("B200 servers (about 14.3 kW)", "at most 1,240 MWh a day", f"calculated from {ARTICLE} 2024; NVIDIA 2024"),
    (
        "The article's figure",
        "564 MWh a day",
        f"{ARTICLE} (2024); C, as stated in the article (not independently checked)",
    ),
]


def _chart(window: MainWindow, view_id: str = "chatgpt_day"):
    window.resize(1280, 800)
    window.open_view(view_id)
    return window.view(view_id).chart


def test_a_chart_saves_as_png_and_svg_for_slides(window: MainWindow, tmp_path: Path) -> None:
    menu = _chart(window).menu
    menu.save_png(tmp_path / "chart.png")
    assert QImage(str(tmp_path / "chart.png")).width() == PNG_PIXELS
    menu.save_svg(tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith(("<?xml", "<svg")) and "at most 885 MWh a day" in svg


def test_its_values_are_a_table_with_its_sources_and_a_csv(window: MainWindow, tmp_path: Path) -> None:
    menu = _chart(window).menu
    assert menu.rows() == CHATGPT_ROWS
    dialog = menu.table()
    table = dialog.findChild(QTableWidget)
    cells = [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]
    assert cells == CHATGPT_ROWS
    assert table.horizontalHeaderItem(0).text() == "Electricity per day (MWh)"
    sources = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("• NVIDIA HGX A100 servers needed to run ChatGPT: 3,617 (2023).") for text in sources)
    assert menu.save_csv(tmp_path / "values.csv") == 4
    with (tmp_path / "values.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert list(csv.reader(stream)) == [["Electricity per day (MWh)", "Value", "Source"], *map(list, CHATGPT_ROWS)]


def test_jevons_trend_chart_lists_every_point(window: MainWindow) -> None:
    rows = _chart(window, "jevons").menu.rows()
    iea = "International Energy Agency (2025); C, confirmed in the source"
    assert rows[0] == ("Your projection, 2024", "415 TWh a year", f"calculated from your inputs and {iea}")
    assert ("IEA projection, 2030", "about 945 TWh a year", f"{iea}; approximate") in rows


def test_every_row_of_the_emissions_chart_says_where_it_comes_from(window: MainWindow) -> None:
    rows = _chart(window, "grid_emissions").menu.rows()
    assert rows[1] == (
        "China (560 g/kWh)",
        "721 t",
        f"calculated from {ARTICLE} 2024; Our World in Data, from Ember 2025",
    )
    assert rows[-1] == (
        "As Patterson et al. report (429 g/kWh)",
        "552 t",
        "David Patterson et al. (2021); C2, as reported by others",
    )


def test_copy_puts_the_chart_on_the_clipboard(window: MainWindow) -> None:
    chart = _chart(window)
    chart.menu.copy()
    assert QApplication.clipboard().image().size() == chart.size()


def test_the_context_menu_opens_from_the_keyboard_and_not_at_an_exhibit(window: MainWindow, monkeypatch) -> None:
    chart = _chart(window)
    opened: list[QPoint] = []
    monkeypatch.setattr(type(chart.menu), "open_at", lambda self, position: opened.append(position))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), chart.plot.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(chart.plot.viewport(), event)  # the Menu key on the focused chart
    assert len(opened) == 1
    window.set_exhibit_mode(True)
    assert not chart.menu.enabled and not chart.menu_button.isVisibleTo(window)
    window.set_exhibit_mode(False)
    assert chart.menu.enabled and chart.menu_button.isVisibleTo(window)


def test_a_visible_button_opens_the_same_menu(window: MainWindow, qtbot, monkeypatch) -> None:
    chart = _chart(window)
    opened: list[QPoint] = []
    monkeypatch.setattr(type(chart.menu), "open_at", lambda self, position: opened.append(position))
    button = chart.menu_button
    assert button.text() == "Chart…"
    assert button.accessibleName() == "Chart: save, copy or show the values as a table"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert opened == [button.mapToGlobal(button.rect().bottomLeft())]
    window.set_language("zh")
    qtbot.waitUntil(lambda: button.text() == "图表……")
    assert button.accessibleName() == "图表：保存、复制或以表格显示数值"
    window.set_language("en")
