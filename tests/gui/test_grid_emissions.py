"""Where the electricity comes from: one AI load on every grid, as emissions, driven through its choosers with the
keyboard, in both languages; its lesson state; its place in the attract loop (gui/views/grid_emissions.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.calculator import Calculator
from core.lessons import LessonError, ViewState
from gui.accessibility import spoken
from gui.main_window import MainWindow
from gui.views.catalogue import ATTRACT_VIEW_IDS, VIEW_IDS
from gui.views.grid_emissions import GRIDS, SITING_SOURCES, GridEmissionsView


@pytest.fixture
def view(qtbot, calculator: Calculator) -> GridEmissionsView:
    page = GridEmissionsView(calculator)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _headline(view: GridEmissionsView) -> str:
    return spoken(view.headline.main.text())


def test_it_opens_on_gpt3_s_training_on_china_s_grid(view: GridEmissionsView) -> None:
    assert _headline(view) == "Training GPT-3 on this grid (China): 721 t of CO2e"
    assert spoken(view.headline.secondary.text()) == (
        "The same electricity: 46 t in Sweden, 911 t in India, about 20 times as much."
    )
    assert view.chart.highlighted_index() == GRIDS.index("grid_intensity_cn_2024")
    assert view.chart.rows_as_words()[1][:2] == ("China (560 g/kWh)", "721 t")
    assert view.chart.rows_as_words()[-1][:2] == ("As Patterson et al. report (429 g/kWh)", "552 t")
    assert view.compared.text().splitlines() == [
        "= as much as about 160 US passenger vehicles emit in a year",
        "= as much as 86 people in China emit in a year",
        "= as much as 154 people (world average) emit in a year",
        "= about 1,880 passenger flights London-New York",
    ]
    assert view.compared_note.text() == (
        "The car's and the people's figures count CO2 alone, the electricity's every greenhouse gas as "
        "CO2-equivalent: the counts come out a little higher than a CO2-only comparison would give."
    )
    assert view.steps.text() == (
        "1. 1,287 MWh (Electricity to train GPT-3) × 560 g/kWh (Carbon intensity of China's electricity, 2024 "
        "(gCO2e per kWh)) = 721 t"
    )
    assert view.reported.text().splitlines()[0] == (
        "Patterson et al. report 552 t for training GPT-3, on a grid of 429 g/kWh: the calculator gets 552 t from "
        "the same inputs."
    )


def test_the_keyboard_picks_a_load_and_a_grid(qtbot, view: GridEmissionsView) -> None:
    view.grid_box.setFocus()
    qtbot.keyClick(view.grid_box, Qt.Key.Key_Down)  # China -> United States
    assert view.chart.highlighted_index() == GRIDS.index("grid_intensity_us_2024")
    view.load_box.setFocus()
    qtbot.keyClick(view.load_box, Qt.Key.Key_Down)  # ChatGPT's day
    assert _headline(view) == "ChatGPT for a day on this grid (United States): at most 220 t a day of CO2e"
    assert view.chart.rows_as_words()[2][:2] == ("United States (384 g/kWh)", "at most 220 t a day")
    assert len(view.chart.bars()) == len(GRIDS), "only GPT-3 has a reported figure to chart"
    qtbot.keyClick(view.load_box, Qt.Key.Key_Down)  # Google on AI
    assert _headline(view) == (
        "Google on AI for a year on this grid (United States): at most 11 million t a year of CO2e"
    )
    assert (
        view.compared.text().splitlines()[0]
        == "= at most as much as 2.4 million US passenger vehicles emit in the same time"
    )


def test_in_chinese(view: GridEmissionsView, languages) -> None:
    languages.switch("zh")
    view.set_language("zh")
    assert spoken(view.question.text()) == "AI用电会排放多少二氧化碳？这要看电从哪里来"
    assert _headline(view) == "训练GPT-3，用中国的电：721吨二氧化碳当量"
    assert spoken(view.headline.secondary.text()) == "同样多的电，在瑞典排放46吨，在印度排放911吨，后者约为前者的20倍。"
    assert view.chart.rows_as_words()[1][:2] == ("中国（560克/度）", "721吨")
    assert view.compared.text().splitlines()[1] == "相当于86个中国人一年的排放量"
    assert view.compared_note.text() == (
        "汽车和人均的数字只计二氧化碳，用电的数字则把所有温室气体折算为二氧化碳当量，"
        "因此这里的车辆数和人数比只按二氧化碳对比时略高一些。"
    )
    assert view.siting.text().splitlines()[-1] == (
        "• 冰岛：约70%的电力来自水电，其余来自地热，2023年电网碳排放强度仅为28克/度。"
        "吸引数据中心的正是这种清洁电力和凉爽的气候（《爱尔兰时报》，2023年）。"
    )
    assert view.water.text().splitlines()[0] == (
        "用水：Gemini每次问答耗水0.26毫升（谷歌，2025年）；ChatGPT每次问答耗水约0.32毫升（奥特曼，2025年）；"
        "训练GPT-3时，数据中心现场蒸发了70万升水（李鹏飞等估算，2023年）；谷歌数据中心2023年的耗水量为每年约230亿升。"
    )


def test_its_sources_hold_every_grid_and_the_siting_sources(view: GridEmissionsView) -> None:
    text = view.sources_text()
    for words in (
        "Carbon intensity of India's electricity, 2024 (gCO2e per kWh): 708 g/kWh (2024). Source: Our World in Data, "
        "from Ember 2025. Confirmed in the source.",
        "DutchNews.nl (2022): 'Not a good match': Facebook parent drops Zeewolde data centre plan.",
        "Swedish Government (2022):",
    ):
        assert words in text, words


def test_the_sources_its_text_cites_are_those_that_name_it(view: GridEmissionsView) -> None:
    dataset = view.calculator.dataset
    assert set(SITING_SOURCES) == {source.id for source in dataset.sources.values() if source.cited_in == view.view_id}


def test_a_lesson_sets_load_and_grid_and_a_wrong_one_is_refused(view: GridEmissionsView) -> None:
    assert view.lesson_state() == ViewState()
    state = ViewState(choices={"load": "google_ai", "grid": "grid_intensity_se_2024"})
    view.check_lesson(state, "x: views.grid_emissions")
    view.apply_lesson(state)
    assert view.lesson_state() == state
    assert view.chart.highlighted_index() == GRIDS.index("grid_intensity_se_2024")
    with pytest.raises(LessonError) as raised:
        view.check_lesson(ViewState(choices={"grid": "grid_intensity_mars_2024"}), "x: views.grid_emissions")
    assert str(raised.value).startswith(
        'x: views.grid_emissions.choices.grid = "grid_intensity_mars_2024": write one of'
    )


def test_it_has_a_card_and_a_place_in_the_attract_loop(window: MainWindow) -> None:
    assert VIEW_IDS.index("grid_emissions") == VIEW_IDS.index("global_picture") + 1
    assert "grid_emissions" in ATTRACT_VIEW_IDS
    assert window.home.cards["grid_emissions"].headline_text() == (
        "Training GPT-3: 721 t of CO2e on China's grid, 46 t on Sweden's"
    )
