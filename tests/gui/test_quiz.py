"""The exhibit's quiz: five guesses in a row, each revealed with its explanation and sources, then the result and
the way on; touch-sized in an exhibit, reset on idle, and in the attract loop (gui/views/quiz.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.calculator import Calculator
from core.quiz import is_close, load_quiz
from gui.main_window import MainWindow
from gui.palette import TOUCH_TARGET
from gui.views.catalogue import ATTRACT_VIEW_IDS


def test_every_question_is_answered_and_explained_from_the_dataset(calculator: Calculator) -> None:
    questions = load_quiz()
    assert [question.id for question in questions] == [
        "chatgpt_day",
        "query_vs_search",
        "gpt3_households",
        "google_three_gorges",
        "world_2022",
    ]
    assert [round(question.answer_value(calculator), 1) for question in questions] == [564.3, 10.0, 1000.0, 29.2, 460.0]
    assert questions[2].explanation(calculator, "en") == (
        "about 1,000 households by the article's count; with the 2024 national average, about 3,000 kWh a year for "
        "each household, about 430."
    )
    assert questions[2].explanation(calculator, "zh") == (
        "按文章的算法，约1,000户；按2024年全国平均每户每年约3,000度计算，约430户。"
    )
    for question in questions:
        for language in ("en", "zh"):
            assert "{" not in question.explanation(calculator, language), (question.id, language)
    assert is_close(5, 10) and is_close(20, 10) and not is_close(4.9, 10)


def test_a_visitor_plays_it_through_with_a_finger_and_goes_exploring(window: MainWindow, qtbot) -> None:
    window.set_text_scale(1.0)
    window.resize(1280, 800)
    window.set_exhibit_mode(True)
    window.open_view("quiz")
    quiz = window.view("quiz")
    assert quiz.progress.text() == "Question 1 of 5"
    assert quiz.panel.reveal_button.height() >= TOUCH_TARGET and quiz.panel.slider.height() >= TOUCH_TARGET
    for number, question in enumerate(load_quiz(), start=1):
        quiz.panel.set_guess(question.answer_value(window.calculator) * (1 if number % 2 else 10))
        qtbot.mouseClick(quiz.panel.reveal_button, Qt.MouseButton.LeftButton)
        assert quiz.explanation.isVisible() and quiz.sources.isVisible()
        if number % 2:
            assert quiz.panel.verdict.text() == "Spot on: within a quarter of the answer."
        else:  # ten times the answer, as near as a two-figure slider value gets (9.9 or 10 times)
            assert quiz.panel.verdict.text() in ("You guessed 10 times too high.", "You guessed 9.9 times too high.")
        if number == 1:
            assert quiz.explanation.text() == (
                "at most 564 MWh a day: 3,617 servers at 6.5 kW, all day at full power; the article's title rounds "
                "it to 500,000 kWh."
            )
            assert quiz.sources.text().splitlines()[0].startswith("• NVIDIA HGX A100 servers needed to run ChatGPT: ")
        qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert quiz.result.text() == "You were close (within twice the answer) on 3 of 5 questions."
    assert QApplication.focusWidget() is quiz.explore_button
    qtbot.mouseClick(quiz.explore_button, Qt.MouseButton.LeftButton)
    assert window.current == "home"
    window.set_exhibit_mode(False)


def test_the_idle_reset_brings_the_next_visitor_to_question_one(window: MainWindow) -> None:
    window.open_view("quiz")
    quiz = window.view("quiz")
    quiz.panel.reveal_button.click()
    quiz.next_question()
    assert quiz.progress.text() == "Question 2 of 5"
    window.start_afresh("zh")
    assert quiz.progress.text() == "第1题，共5题" and not quiz.explanation.isVisible()
    assert quiz.panel.prompt.text() == "ChatGPT的服务器一天用多少电？"
    window.start_afresh("en")


def test_the_attract_loop_invites_visitors_to_the_quiz() -> None:
    assert ATTRACT_VIEW_IDS[-1] == "quiz" and "glossary" not in ATTRACT_VIEW_IDS
