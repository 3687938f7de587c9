"""The glossary: every entry in both languages with its numbers from the dataset, every unit a view shows linked
to its entry, and a link opened with the keyboard (gui/views/glossary.py, gui/widgets/term_links.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.calculator import Calculator
from core.glossary import check_glossary, entry_text, load_glossary
from gui.main_window import MainWindow
from gui.views.catalogue import VIEW_IDS

#: Every unit a view may show, as it reads on screen, and the glossary entry that explains it.
UNITS = {
    "Wh": "power_energy",
    "kWh": "kwh_du",
    "MWh": "ladder",
    "GWh": "ladder",
    "TWh": "ladder",
    "kW": "power_energy",
    "度": "kwh_du",
    "万": "wan_yi",
    "亿": "wan_yi",
    "g/kWh": "co2e",
    "克/度": "co2e",
    "t": "co2e",
    "吨": "co2e",
    "mL": "litre",
    "毫升": "litre",
    "PUE": "pue",
}


def test_every_entry_reads_in_both_languages_with_its_numbers(calculator: Calculator) -> None:
    check_glossary(calculator)
    for entry in load_glossary():
        for language in ("en", "zh"):
            text = entry_text(entry, calculator, language)
            assert text and "{" not in text and entry.term(language), (entry.id, language)
    ladder = next(entry for entry in load_glossary() if entry.id == "ladder")
    assert "kWh: a Chinese household's day, about 8 kWh. MWh: its whole year, about 3 MWh." in entry_text(
        ladder, calculator, "en"
    )
    assert "太瓦时：深圳这样的城市，每年1128.6亿度（2023年）；爱尔兰这样的国家，每年319亿度（2024年）。" in entry_text(
        ladder, calculator, "zh"
    )


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_unit_a_view_shows_links_to_its_entry(window: MainWindow, language: str) -> None:
    window.set_language(language)
    for view_id in VIEW_IDS:
        if view_id == "glossary":
            continue
        window.open_view(view_id)
        links = window.term_links[view_id]
        text = links.page_text()
        for unit, entry_id in UNITS.items():
            shown = re.search(rf"(?<![A-Za-z]){re.escape(unit)}(?![A-Za-z])", text) if unit.isascii() else unit in text
            if shown:
                assert entry_id in links.buttons, f"{view_id} [{language}] shows {unit} but has no link to {entry_id}"
    window.set_language("en")


def test_a_link_opens_its_entry_from_the_keyboard(window: MainWindow, qtbot) -> None:
    window.resize(1280, 800)
    window.open_view("chatgpt_day")
    button = window.term_links["chatgpt_day"].buttons["kwh_du"]
    assert button.text() == "kWh = 度 = 千瓦时" and button.accessibleName() == "Glossary: kWh = 度 = 千瓦时"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.current == "glossary"
    glossary = window.view("glossary")
    assert QApplication.focusWidget() is glossary.titles["kwh_du"]
    assert glossary.titles["kwh_du"].accessibleDescription().startswith("One kilowatt-hour (kWh) is 1,000 Wh.")
    window.set_language("zh")
    assert glossary.titles["kwh_du"].text() == "千瓦时 = 度 = kWh"
    assert glossary.texts["kwh_du"].text().endswith("中国一户家庭一天用电约8度。")
    window.set_language("en")


def test_the_glossary_is_on_the_home_screen(window: MainWindow) -> None:
    assert "glossary" in window.home.cards
    assert window.home.cards["glossary"].headline_text() == "W and Wh, kWh = 度, 万 and 亿, PUE, CO2e"
