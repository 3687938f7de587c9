"""The quiz: five guesses from the article in a row (resources/data/quiz.toml), each revealed with one sentence of
explanation and its sources, then the visitor's result and an invitation to explore. Made for the exhibit's touch
screen (the attract loop invites visitors to it) and usable anywhere with the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from core.calculator import Calculator
from core.explain import short_source
from core.guess import verdict
from core.quiz import Question, is_close, load_quiz
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.guess_panel import GuessPanel
from gui.widgets.layout import scrolling_body, styled_label


class QuizView(Page):
    """One question at a time: guess, reveal (verdict, explanation, sources), next; at the end, the result.

    Signals:
        explore(): the visitor chose to explore the stories (the window goes home).
    """

    view_id = "quiz"
    explore = Signal()

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.questions = load_quiz()
        self.index = 0
        self.close_guesses: list[bool] = []
        body = scrolling_body(self)
        self.title = styled_label(self, "question")
        self.progress = styled_label(self, "muted")
        self.panel = GuessPanel(self)
        self.panel.again_button.setVisible(False)
        self.explanation = styled_label(self, "emphasis")
        self.sources = styled_label(self, "footnote", selectable=True)
        self.result = styled_label(self, "headline")
        self.next_button, self.explore_button, self.restart_button = (
            QPushButton(self),
            QPushButton(self),
            QPushButton(self),
        )
        self.next_button.setObjectName("primary")
        self.explore_button.setObjectName("primary")
        buttons = QHBoxLayout()
        for button in (self.next_button, self.explore_button, self.restart_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for widget in (self.title, self.progress, self.panel, self.explanation, self.sources, self.result):
            body.addWidget(widget)
        body.addLayout(buttons)
        body.addStretch(1)
        self.panel.revealed.connect(self.reveal)
        self.next_button.clicked.connect(self.next_question)
        self.restart_button.clicked.connect(self.reset_inputs)
        self.explore_button.clicked.connect(self.explore.emit)
        self.retranslate()
        self.reset_inputs()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """What the quiz is, in a line."""
        return QCoreApplication.translate("Quiz", "Five guesses from the article: how close can you get?")

    def question(self) -> Question:
        """The question on screen."""
        return self.questions[self.index]

    def reset_inputs(self) -> None:
        """Back to the first question, no guesses made (the idle reset, or Start again)."""
        self.index, self.close_guesses = 0, []
        self._show_question()

    def reveal(self, guess: float) -> None:
        """The verdict, the explanation and its sources; Next (or, after the last, the result)."""
        question, language = self.question(), self.language
        answer = question.answer_value(self.calculator)
        self.close_guesses.append(is_close(guess, answer))
        self.panel.show_verdict(verdict(guess, answer, language))
        self.explanation.setText(question.explanation(self.calculator, language))
        dataset = self.calculator.dataset
        lines = [short_source(dataset.figure(figure_id), dataset, language) for figure_id in question.figures]
        self.sources.setText(
            "\n".join(
                f"• {dataset.figure(i).label(language)}: {line}"
                for i, line in zip(question.figures, lines, strict=True)
            )
        )
        self.explanation.show()
        self.sources.show()
        last = self.index == len(self.questions) - 1
        self.next_button.setText(self.tr("See your result") if last else self.tr("Next question"))
        self.next_button.show()
        self.panel.verdict.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_question(self) -> None:
        """The next question, or the result after the last."""
        if self.index == len(self.questions) - 1:
            self._show_result()
            return
        self.index += 1
        self._show_question()

    def retranslate(self) -> None:
        """Re-read every translated string and the question in the page's language."""
        self.title.setText(self.tr("Quiz: five guesses from the article"))
        last = self.index == len(self.questions) - 1
        self.next_button.setText(self.tr("See your result") if last else self.tr("Next question"))
        self.explore_button.setText(self.tr("Explore the stories"))
        self.restart_button.setText(self.tr("Start again"))
        self.refresh()

    def refresh(self) -> None:
        """The question on screen, in the page's language (a guess in progress keeps its place)."""
        question = self.question()
        self.panel.set_question(
            question.question(self.language), question.low, question.high, lambda v: question.words(v, self.language)
        )
        self.progress.setText(
            self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.questions)))
        )

    def _show_question(self) -> None:
        """A fresh question: its slider in the middle, nothing revealed."""
        self.panel.show()
        self.panel.start_over()
        for widget in (
            self.explanation,
            self.sources,
            self.result,
            self.next_button,
            self.explore_button,
            self.restart_button,
        ):
            widget.hide()
        self.progress.show()
        self.refresh()

    def _show_result(self) -> None:
        """How many guesses were close, and the way on."""
        close, total = sum(self.close_guesses), len(self.questions)
        for widget in (self.panel, self.explanation, self.sources, self.next_button, self.progress):
            widget.hide()
        text = self.tr("You were close (within twice the answer) on %1 of %2 questions.")
        self.result.setText(text.replace("%1", str(close)).replace("%2", str(total)))
        self.result.setAccessibleName(self.result.text())
        for widget in (self.result, self.explore_button, self.restart_button):
            widget.show()
        self.explore_button.setFocus(Qt.FocusReason.OtherFocusReason)
