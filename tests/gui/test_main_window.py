"""The shell: cards open views, navigation, runtime language switching, About, exceptions are noticed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from gui.accessibility import spoken
from gui.main_window import MainWindow
from gui.resilience import config_file
from gui.settings import Settings
from gui.views.catalogue import VIEW_IDS


def test_cards_show_live_headlines_and_open_their_views(qtbot, window: MainWindow) -> None:
    assert window.home.cards["chatgpt_day"].headline_text() == "at most 564 MWh a day"
    for view_id in VIEW_IDS:
        window.go_home()
        qtbot.mouseClick(window.home.cards[view_id], Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.views[view_id]
        assert window.current == view_id


def test_a_change_in_a_view_updates_its_card(qtbot, window: MainWindow) -> None:
    window.open_view("chatgpt_day")
    window.views["chatgpt_day"].model.choose("hgx_a100_power", "dgx_h100_power")
    assert window.home.cards["chatgpt_day"].headline_text() == "at most 885 MWh a day"


def test_next_and_previous_walk_the_views_in_order(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current == VIEW_IDS[0]
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current == VIEW_IDS[1]
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert window.current == VIEW_IDS[0]
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.current == "home"


def test_switching_language_at_run_time_retranslates_and_is_remembered(qtbot, window: MainWindow) -> None:
    window.open_view("search_vs_ai")
    view = window.views["search_vs_ai"]
    window.language_box.setCurrentIndex(window.language_box.findData("zh"))
    assert spoken(view.question.text()) == "一次网页搜索与一次AI问答各用多少电？如果谷歌全部改用AI呢？"
    assert view.headline.text() == "按文章的估算，一次AI问答的耗电量相当于约10次网页搜索"
    qtbot.waitUntil(lambda: window.home_button.text() == "首页")  # LanguageChange is a posted event
    assert window.home.cards["search_vs_ai"].title.text() == "一次搜索与一次AI问答"
    assert Settings().language("en") == "zh"
    window.language_box.setCurrentIndex(window.language_box.findData("en"))
    assert view.headline.text() == (
        "By the article's estimate, one AI query uses as much electricity as about 10 web searches"
    )


def test_about_names_version_dataset_and_sources(qtbot, window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    assert "version 0.1.0" in shown[0]
    assert "Dataset version 2026-12-04: 173 figures from 76 sources." in shown[0]
    assert "MIT" in shown[0]
    assert f"Configuration file: {config_file()}" in shown[0]


def test_about_shows_an_exhibit_visitor_no_file_paths(qtbot, window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.set_exhibit_mode(True)
    window.show()
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    assert "Dataset version 2026-12-04: 173 figures from 76 sources." in shown[0]
    assert "Configuration file" not in shown[0] and "Log:" not in shown[0]
    assert str(config_file().parent) not in shown[0] and not shown[0].endswith("\n")


class _Emitter(QObject):
    fired = Signal()


def test_an_exception_in_a_slot_does_not_go_unnoticed(qtbot) -> None:
    def broken_slot() -> None:
        raise RuntimeError("boom")

    emitter = _Emitter()
    emitter.fired.connect(broken_slot)
    with qtbot.captureExceptions() as exceptions:
        emitter.fired.emit()
    assert [str(error) for _, error, _ in exceptions] == ["boom"]
