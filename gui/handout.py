"""A story (or the global picture) as a printed handout: the question, the reader's inputs, the answer, the
chart, the comparisons, the steps, the sources with year and status, questions for students, and (on its last
page) their answers.

Written with Qt's own text document and PDF writer, so its text is text (selectable, searchable, read aloud)
and Chinese comes from the bundled font, embedded. Every number in it is the view's own or core's: a question's
answer is worked out with the same calculator as the view ("if there were twice as many servers" runs the
scenario again with the doubled input).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from core.explain import describe_claim_check, describe_comparison, format_result
from core.formatting import format_estimate
from core.values import exact
from gui.accessibility import spoken
from gui.main_window import VERSION

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from core.dataset import Figure
    from gui.views.base import StoryView
    from gui.views.global_picture import GlobalPictureView

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# Page margins in millimetres, and the chart's width on the page in pixels of the document.
MARGIN_MM, CHART_PIXELS = 18.0, 640
#: The handout's body text in pixels of the document (96 per inch): about 10.5 points on paper.
HANDOUT_TEXT_PIXELS = 14


@dataclass(frozen=True)
class Question:
    """A question for students and its worked answer."""

    text: str
    answer: str


def student_questions(view: StoryView) -> list[Question]:
    """Four questions that make students reason with the view's numbers: what if an input doubled, how the
    answer compares with a yardstick, whether the article's rounding is fair, and what a newer estimate does."""
    questions = [_what_if(view), _compare(view), _rounding(view), _newer_estimate(view)]
    return [question for question in questions if question is not None]


def _what_if(view: StoryView) -> Question | None:
    """Double the first input: the calculation's result, worked out again."""
    if not view.inputs:
        return None
    model, control = view.model, view.inputs[0]
    name = control.spec.name
    result = model.run_with_value(name, exact(model.value(name).value * 2)).result
    now = format_result(model.scenario, model.calculation().result, model.language)
    text = QCoreApplication.translate(
        "Handout", "The calculation gives %1. What would it give if “%2” were twice as large? Use the steps."
    )
    answer = QCoreApplication.translate(
        "Handout", "%1: twice %2, as every step that uses it doubles too (rounded to the inputs' precision)."
    )
    return Question(
        text.replace("%1", now).replace("%2", _label(control.label.text())),
        answer.replace("%1", format_result(model.scenario, result, model.language)).replace("%2", now),
    )


def _compare(view: StoryView) -> Question | None:
    """The answer against the first comparison's yardstick."""
    for slot in view.slots:
        comparison = view.model.comparison(slot.slot)
        if comparison is not None:
            yardstick = view.model.calculator.dataset.figure(view.model.yardstick(slot.slot))
            text = QCoreApplication.translate(
                "Handout", "Compare the calculation's result with “%1”: divide one by the other. What do you get?"
            )
            return Question(
                text.replace("%1", yardstick.label(view.model.language)),
                describe_comparison(comparison, view.model.language),
            )
    return None


def _rounding(view: StoryView) -> Question | None:
    """The article's claim against the calculator's check."""
    check = view.model.calculator.check_claim(view.model.scenario.id)
    language = view.model.language
    claim = check.scenario.claim(language).rstrip(".。")
    if not claim:
        return None
    text = QCoreApplication.translate(
        "Handout", "The article says “%1”. Work it out from its own inputs: is its rounding fair?"
    ).replace("%1", claim)
    return Question(text, describe_claim_check(check, language))


def _newer_estimate(view: StoryView) -> Question | None:
    """The answer with the newest competing estimate of the first chooser's input."""
    model = view.model
    for chooser in view.story.choosers:
        dataset = model.calculator.dataset
        newest = max((option.figure for option in chooser.options), key=lambda figure: dataset.figure(figure).year)
        if newest == model.choice(chooser.input):
            continue
        figure = dataset.figure(newest)
        text = QCoreApplication.translate(
            "Handout", "Use the newer estimate “%1” instead. What does the calculation give now?"
        )
        label = figure.label(model.language)
        if str(figure.year) not in label:
            label += f"（{figure.year}年）" if model.language == "zh" else f", {figure.year}"
        text = text.replace("%1", label)
        result = model.run_option(chooser.input, newest).result
        return Question(text, format_result(model.scenario, result, model.language))
    return None


@dataclass(frozen=True)
class HandoutContent:
    """What a handout shows of a view, in the view's language: every text is the view's own or core's."""

    question: str
    inputs: list[str]
    answer: str
    secondary: str
    chart: QWidget
    notes_title: str
    notes: list[str]
    steps: list[str]
    sources: list[str]
    questions: list[Question]


def has_handout(view: object) -> bool:
    """Whether `view` can be printed as a handout: every story view and the global picture."""
    from gui.views.base import StoryView
    from gui.views.global_picture import GlobalPictureView

    return isinstance(view, StoryView | GlobalPictureView)


def handout_view_ids() -> list[str]:
    """The views a handout can be made of, in reading order."""
    from gui.views.base import StoryView
    from gui.views.global_picture import GlobalPictureView
    from gui.views.registry import VIEWS

    return [view.view_id for view in VIEWS if issubclass(view, StoryView | GlobalPictureView)]


def handout_content(view: StoryView | GlobalPictureView) -> HandoutContent:
    """The handout of a story view or of the global picture."""
    from gui.views.global_picture import GlobalPictureView

    if isinstance(view, GlobalPictureView):
        return _global_picture_content(view)
    language = view.model.language
    inputs = [_setting(control.label.text(), control.value_text(), language) for control in view.inputs]
    inputs += [_setting(chooser.label.text(), chooser.combo.currentText(), language) for chooser in view.choosers]
    return HandoutContent(
        question=view.question.text(),
        inputs=inputs,
        answer=view.headline.text(),
        secondary=view.headline.secondary_text(),
        chart=view.chart,
        notes_title=QCoreApplication.translate("Handout", "Compared with"),
        notes=[view.strip.sentence(slot.slot) for slot in view.slots],
        steps=view.steps.step_lines(),
        sources=_source_lines(view.sources.text.text()),
        questions=student_questions(view),
    )


def _global_picture_content(view: GlobalPictureView) -> HandoutContent:
    """The global picture's handout: its totals, the shares and the cooling disagreement, and its questions."""
    split = QCoreApplication.translate("Handout", "Split into computing, cooling and other: %1").replace(
        "%1",
        QCoreApplication.translate("Handout", "yes")
        if view.split.isChecked()
        else QCoreApplication.translate("Handout", "no"),
    )
    return HandoutContent(
        question=view.question.text(),
        inputs=[split],
        answer=view.headline.text(),
        secondary=view.headline.secondary_text(),
        chart=view.chart,
        notes_title=QCoreApplication.translate("Handout", "What the sources say"),
        notes=[view.shares.text(), view.cooling.text(), *view.water.text().splitlines()],
        steps=[],
        sources=_source_lines(view.sources.text()),
        questions=global_picture_questions(view),
    )


def global_picture_questions(view: GlobalPictureView) -> list[Question]:
    """Three questions on the global picture: how much data centres grow, which country they match, and why two
    sources on cooling disagree; the first two worked out by the calculator."""
    calculator, language = view.calculator, view.language
    growth = calculator.convert(calculator.evaluate("datacentres_2030 / datacentres_2024"), "dimensionless").result
    then, later = (calculator.dataset.figure(i) for i in ("datacentres_2024", "datacentres_2030"))
    times = format_estimate(growth, language)

    def value(figure: Figure) -> str:
        return format_estimate(figure.estimate(), language, keep_units=True)

    questions = [
        Question(
            QCoreApplication.translate(
                "Handout", "Data centres used %1 in %2; the projection for %3 is %4. How many times as much is that?"
            )
            .replace("%1", value(then))
            .replace("%2", str(then.year))
            .replace("%3", str(later.year))
            .replace("%4", value(later)),
            QCoreApplication.translate("Handout", "%1 times (divide the projection for %2 by the total of %3).")
            .replace("%1", times)
            .replace("%2", str(later.year))
            .replace("%3", str(then.year)),
        )
    ]
    countries = [
        calculator.dataset.figure(row.target)
        for row in calculator.dataset.stories[view.view_id].rows
        if (yardstick := calculator.dataset.figure(row.target).yardstick) is not None and yardstick.kind == "country"
    ]
    if countries:

        def distance(country: Figure) -> float:
            ratio = calculator.evaluate(f"datacentres_2024 / {country.id}").result.value.to("dimensionless")
            return abs(math.log(float(ratio.magnitude)))

        nearest = min(countries, key=distance)
        questions.append(
            Question(
                QCoreApplication.translate(
                    "Handout",
                    "Which country on the chart uses about as much electricity in a year as all data "
                    "centres did in %1?",
                ).replace("%1", str(then.year)),
                f"{nearest.label(language)}{'：' if language == 'zh' else ': '}{value(nearest)}",
            )
        )
    questions.append(
        Question(
            QCoreApplication.translate(
                "Handout",
                "The IEA and de Vries give different shares of a data centre's electricity for cooling. "
                "Read the line on cooling: how can both be right?",
            ),
            QCoreApplication.translate(
                "Handout",
                "They describe different data centres: the IEA a typical one, de Vries older or less "
                "efficient ones; Google's own, at its PUE, spend far less. A share depends on which buildings are "
                "counted.",
            ),
        )
    )
    return questions


def handout_html(content: HandoutContent, with_answers: bool = True) -> str:
    """The handout as the rich text Qt's document lays out (the chart is the resource "chart.png")."""
    titles = {
        "inputs": QCoreApplication.translate("Handout", "Your inputs"),
        "answer": QCoreApplication.translate("Handout", "The answer"),
        "steps": QCoreApplication.translate("Handout", "How is this calculated?"),
        "sources": QCoreApplication.translate("Handout", "Sources"),
        "questions": QCoreApplication.translate("Handout", "Questions for students"),
        "key": QCoreApplication.translate("Handout", "Answer key"),
    }
    parts = [
        f"<h1>{_text(content.question)}</h1>",
        f"<h2>{titles['inputs']}</h2>",
        _list(content.inputs),
        f"<h2>{titles['answer']}</h2>",
        f'<p style="font-size: 18pt; font-weight: bold">{_text(content.answer)}</p>',
        f"<p>{_text(content.secondary)}</p>",
        f'<p><img src="chart.png" width="{CHART_PIXELS}"></p>',
        f"<h2>{_text(content.notes_title)}</h2>",
        _list(content.notes),
    ]
    if content.steps:
        parts.append(f"<h2>{titles['steps']}</h2>")
        parts.append("<ol>" + "".join(f"<li>{_text(line)}</li>" for line in content.steps) + "</ol>")
    parts += [f"<h2>{titles['sources']}</h2>", _list(content.sources), f"<h2>{titles['questions']}</h2>"]
    room = '<p style="margin-bottom: 60px">'  # room to write the answer
    parts.append("<ol>" + "".join(f"<li>{room}{_text(q.text)}</p></li>" for q in content.questions) + "</ol>")
    if with_answers:
        parts.append(f'<h2 style="page-break-before: always">{titles["key"]}</h2>')
        parts.append("<ol>" + "".join(f"<li>{_text(q.answer)}</li>" for q in content.questions) + "</ol>")
    footer = QCoreApplication.translate(
        "Handout", "Made with the AI Energy Calculator %1, offline. Every figure's source, year and status is above."
    )
    footer = footer.replace("%1", VERSION)
    parts.append(f'<p style="color: #555555; font-size: 8pt">{footer}</p>')
    return "\n".join(parts)


def _source_lines(text: str) -> list[str]:
    """A page's source footnote as one line per figure."""
    return [line.lstrip("• ") for line in spoken(text).splitlines()]


def _setting(label: str, value: str, language: str) -> str:
    """A setting as the handout lists it ("Servers: 3,617 servers"); a label that asks a question is followed by
    its answer without a colon."""
    label = _label(label)
    if label.endswith(("?", "？")):
        return f"{label}{'' if language == 'zh' else ' '}{value}"
    return f"{label}{'：' if language == 'zh' else ': '}{value}"


def _label(text: str) -> str:
    """A control's label without its closing colon."""
    return spoken(text).rstrip("：: ")


def _text(text: str) -> str:
    """Text for the document: escaped, without the screen's line-break glue."""
    return escape(spoken(text))


def _list(lines: Iterable[str]) -> str:
    """A bulleted list."""
    items = "".join(f"<li>{_text(line)}</li>" for line in lines if line.strip())
    return f"<ul>{items}</ul>"


def handout_document(view: StoryView | GlobalPictureView, with_answers: bool = True) -> QTextDocument:
    """The handout laid out as a document, the chart as it is drawn on screen."""
    content = handout_content(view)
    document = QTextDocument()
    font = QFont(view.font())
    font.setPixelSize(HANDOUT_TEXT_PIXELS)  # paper's size, whatever text size the screen is at
    document.setDefaultFont(font)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart.png"), _chart_picture(content.chart))
    document.setHtml(handout_html(content, with_answers))
    return document


def _chart_picture(chart: QWidget) -> QImage:
    """The chart's plot as drawn, without the button over it (a button means nothing on paper)."""
    button = getattr(chart, "menu_button", None)
    shown = button is not None and button.isVisible() and button.parent() is chart.plot
    if shown:
        button.hide()
    try:
        return chart.plot.grab().toImage()
    finally:
        if shown:
            button.show()


def save_pdf(view: StoryView | GlobalPictureView, path: Path, paper: str = "a4", with_answers: bool = True) -> None:
    """Write the handout of `view` to the PDF `path` on A4 or Letter paper."""
    writer = QPdfWriter(str(path))
    writer.setTitle(spoken(view.question.text()))
    writer.setCreator("AI Energy Calculator")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(96)
    document = handout_document(view, with_answers)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
