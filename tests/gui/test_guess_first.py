"""Guess first, then see: a story hides its answer while the reader guesses on a logarithmic slider, reveals it with
the guess beside it on the chart and how far off it was, and lets them guess again; keyboard only, in both
languages, on by default and touch-sized in an exhibit, and settable in a lesson (gui/views/base.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.lessons import Lesson, ViewState
from gui.main_window import MainWindow
from gui.palette import TOUCH_TARGET

STORIES = ("search_vs_ai", "training_households", "google_three_gorges", "chatgpt_day")


def _story(window: MainWindow, view_id: str = "chatgpt_day"):
    if window.text_scale != 1.0:  # restyling every built view is slow: only when another test left it changed
        window.set_text_scale(1.0)
    if window.width() != 1280:
        window.resize(1280, 800)
    window.open_view(view_id)
    return window.view(view_id)


def test_a_guess_and_a_reveal_with_the_keyboard_only(window: MainWindow, qtbot) -> None:
    view = _story(window)
    panel = view.guess_panel
    view.guess_switch.setFocus()
    qtbot.keyClick(view.guess_switch, Qt.Key.Key_Space)
    assert view.guessing
    assert not view.headline.isVisible() and not view.chart.isVisible() and not view.strip.isVisible()
    assert not view.steps.isVisible(), "the steps would give the answer away"
    assert panel.prompt.text() == "How much electricity do ChatGPT's servers use in a day?"
    assert panel.value.text() == "320 MWh a day", "the slider starts in the middle of its range, not at the answer"
    assert panel.slider.accessibleName() == panel.prompt.text()
    assert panel.slider.accessibleDescription() == "320 MWh a day"
    panel.slider.setFocus()
    qtbot.keyClick(panel.slider, Qt.Key.Key_PageDown)  # one decade is 200 steps: 100 steps down
    assert panel.value.text() == "100 MWh a day"
    panel.reveal_button.setFocus()
    qtbot.keyClick(panel.reveal_button, Qt.Key.Key_Space)
    assert not view.guessing and view.headline.isVisible() and view.chart.isVisible()
    assert panel.verdict.text() == "You guessed 5.6 times too low."
    assert QApplication.focusWidget() is panel.verdict, "a screen reader reads the verdict at once"
    assert view.chart.rows_as_words()[-1][:2] == ("Your guess", "100 MWh a day")
    assert view.chart.highlighted_index() == 0, "the answer's bar stays the highlighted one"
    panel.again_button.setFocus()
    qtbot.keyClick(panel.again_button, Qt.Key.Key_Space)
    assert view.guessing and panel.value.text() == "320 MWh a day"
    assert all(row[0] != "Your guess" for row in view.chart.rows_as_words())


def test_the_verdict_follows_the_inputs_after_a_reveal(window: MainWindow) -> None:
    view = _story(window)
    view.set_guess_mode(True)
    view.guess_panel.set_guess(560)
    view.guess_panel.reveal_button.click()
    assert view.guess_panel.verdict.text() == "Spot on: within a quarter of the answer."
    view.model.set_value("chatgpt_servers", 36170, "")  # ten times the servers
    assert view.guess_panel.verdict.text() == "You guessed 10 times too low."


def test_every_story_asks_in_its_own_terms_in_both_languages(window: MainWindow) -> None:
    expected = {
        "search_vs_ai": ("How many web searches use as much electricity as one AI query?", "32 web searches", 10),
        "training_households": (
            "Training GPT-3 used as much electricity as how many Chinese households use in a year?",
            "3,200 households",
            429,
        ),
        "google_three_gorges": (
            "If Google ran every search on AI, what share of the Three Gorges dam's yearly output would it use?",
            "10%",
            29.2,
        ),
        "chatgpt_day": ("How much electricity do ChatGPT's servers use in a day?", "320 MWh a day", 564.3),
    }
    for view_id, (question, start, answer) in expected.items():
        view = _story(window, view_id)
        view.set_guess_mode(True)
        assert (view.guess_panel.prompt.text(), view.guess_panel.value.text()) == (question, start), view_id
        assert round(view.guess_answer(), 1) == answer, view_id
    window.set_language("zh")
    view = window.view("training_households")
    assert view.guess_panel.prompt.text() == "训练GPT-3的耗电，相当于多少户中国家庭一年的用电？"
    assert view.guess_panel.value.text() == "3,200户"
    view.guess_panel.set_guess(43)
    view.guess_panel.reveal_button.click()
    assert view.guess_panel.verdict.text() == "你猜低了：答案是你猜的10倍。"
    QApplication.processEvents()  # Qt delivers LanguageChange to the panel's buttons from the event loop
    assert view.guess_switch.text() == "先猜一猜" and view.guess_panel.again_button.text() == "再猜一次"
    window.set_language("en")


def test_an_exhibit_starts_every_story_in_guess_mode_with_touch_sized_controls(window: MainWindow) -> None:
    view = _story(window, "search_vs_ai")
    window.set_exhibit_mode(True)
    QApplication.processEvents()
    for view_id in STORIES:
        story = _story(window, view_id)
        assert story.guessing, view_id
        for control in (story.guess_switch, story.guess_panel.slider, story.guess_panel.reveal_button):
            assert control.height() >= TOUCH_TARGET, (view_id, control)
    view.guess_panel.reveal_button.click()
    view.reset()  # the idle reset: the next visitor guesses again
    assert view.guessing
    window.set_exhibit_mode(False)
    assert not view.guessing


def test_a_lesson_can_start_a_story_in_guess_mode(window: MainWindow) -> None:
    view = _story(window)
    window.apply_lesson(Lesson(views={"chatgpt_day": ViewState(choices={"guess_first": "on"})}), "class.toml")
    assert view.guessing and view.guess_switch.isChecked()
    assert window.lesson().views["chatgpt_day"].choices["guess_first"] == "on"
    window.apply_lesson(Lesson(), "class.toml")
    assert not view.guessing and "guess_first" not in view.lesson_state().choices


def test_screenshots_save_each_story_s_guess_screen(run_program, tmp_path) -> None:
    result = run_program("--screenshots", str(tmp_path), "--view", "chatgpt_day", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "chatgpt_day-zh.png").is_file() and (tmp_path / "chatgpt_day-guess-zh.png").is_file()
