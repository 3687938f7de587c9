"""StoryView: the layout every guided view shares. A view module only says what is particular to its story.

question (title)
headline                               [reset]
inputs and estimate choosers  |  chart
comparison strip (household, place, everyday thing)
how is this calculated        |  sources

From 150 % text (projectors) everything stacks in one column, the answer's chart first, so that the question,
the answer and its chart are on the first screen: question, headline, chart, inputs (the reset button at their
head), comparisons, steps, sources.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import values
from core.calculator import Calculator
from core.dataset import YardstickKind
from core.errors import CalculatorError
from core.explain import calculated_from, short_source
from core.expression import Calculation
from core.guess import guess_words, verdict
from core.lessons import LessonError, ViewState
from core.stories import Row, Story, StoryInput, Worded, render
from core.units import Quantity, units_of
from gui.accessibility import follow_in_tab_order, spoken
from gui.lessons import checked_choice, checked_inputs, inputs_state, unknown_name
from gui.model import StoryModel
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.chart import Bar, Chart, bar_for
from gui.widgets.comparison_strip import ComparisonSlot, ComparisonStrip
from gui.widgets.estimate_chooser import EstimateChooser, ScenarioChooser
from gui.widgets.guess_panel import GuessPanel
from gui.widgets.headline import Headline
from gui.widgets.input_control import InputControl, InputSpec
from gui.widgets.layout import arrange_in_columns, columns_for, scrolling_body, styled_label
from gui.widgets.line_breaks import without_orphan
from gui.widgets.source_footnote import SourceFootnote
from gui.widgets.steps_panel import StepsPanel

PLACES = (
    YardstickKind.CITY,
    YardstickKind.COUNTRY,
    YardstickKind.WORLD,
    YardstickKind.POWER_STATION,
    YardstickKind.COMPANY,
    YardstickKind.SECTOR,
)
#: A lesson's choice that starts a story in guess mode ("on") or not ("off").
GUESS_FIRST = "guess_first"
SLOTS = [
    ComparisonSlot("household", (YardstickKind.HOUSEHOLD,)),
    ComparisonSlot("place", PLACES),
    ComparisonSlot("everyday", (YardstickKind.EVERYDAY,)),
]


class StoryView(Page):
    """A guided view of one story of resources/data/stories.toml: its question, inputs, competing figures, chart
    rows and headline all come from the story record (core.stories); `story_view` makes the class for an id."""

    view_id: ClassVar[str]

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.story = calculator.dataset.stories[self.view_id]
        self.model = _model_for(calculator, self.story, language, self)
        self.question = styled_label(self, "question")
        self.headline = Headline(self)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.model.reset)
        self.inputs = [InputControl(self.model, _input_spec(control), self) for control in self.story.inputs]
        self.choosers: list[EstimateChooser] = [
            EstimateChooser(self.model, chooser.input, [option.figure for option in chooser.options], self)
            for chooser in self.story.choosers
        ]
        if self.story.alternatives:
            chooser = ScenarioChooser(self.model, list(self.story.alternatives), self, self._scenario_name)
            self.choosers.insert(0, chooser)
        self.chart = Chart(self, theme)
        self.slots = [slot for slot in SLOTS if slot.slot in self.story.slots]
        self.strip = ComparisonStrip(self.model, self.slots, self)
        self.steps = StepsPanel(self.model, self.story.extra_claims, self)
        self.sources = SourceFootnote(
            self.model, self, tuple(re.findall(r"\{value:([a-z0-9_]+)\}", self.story.aside.en))
        )
        self.chart.menu.set_sources(self.sources_text)  # the chart's table says where its figures come from
        self.guess_switch: QCheckBox | None = None
        self.guess_panel: GuessPanel | None = None
        self.guessing = False  # the answer is hidden while the reader guesses
        self.last_guess: float | None = None  # the guess revealed, shown beside the answer
        self.guess_by_default = False  # on in exhibit mode
        if self.story.guess is not None:
            self.guess_switch = QCheckBox(self)
            self.guess_switch.toggled.connect(self.set_guess_mode)
            self.guess_panel = GuessPanel(self)
            self.guess_panel.revealed.connect(self.reveal)
            self.guess_panel.again.connect(lambda: self.set_guess_mode(True))
        self._labels: dict[tuple[Worded, str, str], str] = {}
        self._figure_bars: dict[tuple[str, str, str], Bar] = {}
        self._lay_out()
        self.model.changed.connect(self.refresh)
        self.model.changed.connect(self.headline_changed)
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """The card's headline from a fresh model of the story."""
        return cls.card_headline_from(_model_for(calculator, calculator.dataset.stories[cls.view_id], language))

    def card_headline(self) -> str:
        """The card's headline, following the reader's changes."""
        return self.headline.text()

    @classmethod
    def card_headline_from(cls, model: StoryModel) -> str:
        """The story's headline template, filled from `model`."""
        story = model.calculator.dataset.stories[cls.view_id]
        return render(story.headline(model.language), model, model.language)

    def headline_texts(self) -> tuple[str, str]:
        """The headline and the line under it, as the story's templates say."""
        language = self.model.language
        return self.card_headline_from(self.model), render(self.story.secondary(language), self.model, language)

    def chart_bars(self) -> tuple[list[Bar], str]:
        """The story's chart rows, in its unit, and the axis title."""
        language = self.model.language
        bars = [bar for row in self.story.rows for bar in self._bars_of(row)]
        return bars, self.story.chart_title(language)

    def _bars_of(self, row: Row) -> list[Bar]:
        """The bars one row of the story stands for (see the header of stories.toml)."""
        model, language = self.model, self.model.language
        unit = self.story.chart_unit_in(language)
        dataset = model.calculator.dataset

        def label(worded: Worded, figure_id: str = "") -> str:
            key = (worded, figure_id, language)  # a short name names figures only: worded once per language
            if key not in self._labels:
                self._labels[key] = render(worded(language), model, language, figure_id)
            return self._labels[key]

        def figure_bar(name: str, figure_id: str, highlighted: bool) -> Bar:
            key = (name, figure_id, language)  # a figure's bar changes only with the language
            if key not in self._figure_bars:
                figure = dataset.figure(figure_id)
                source = short_source(figure, dataset, language)
                self._figure_bars[key] = bar_for(name, figure.estimate(), unit, language, source=source)
            return replace(self._figure_bars[key], highlighted=highlighted)

        def run_bar(name: str, calculation: Calculation, highlighted: bool) -> Bar:
            source = calculated_from(calculation.figures_used, dataset, language)
            return bar_for(name, calculation.result, unit, language, highlighted, source)

        if row.kind == "figure":
            return [figure_bar(label(row.short, row.target), row.target, row.highlighted)]
        if row.kind == "scenario":
            return [run_bar(label(row.short), model.run({}, row.target), row.target == model.scenario.id)]
        if row.kind == "reader":
            if not model.is_set_by_reader(row.target):
                return []
            return [run_bar(label(row.short), model.calculation(), highlighted=True)]
        chosen, set_by_reader = model.choice(row.target), model.is_set_by_reader(row.target)
        bars = []
        for option in self.story.chooser(row.target).options:
            highlighted = option.figure == chosen and not set_by_reader
            name = label(option.short, option.figure)
            if row.kind == "options":
                bars.append(figure_bar(name, option.figure, highlighted))
            else:
                bars.append(run_bar(name, model.run_option(row.target, option.figure), highlighted))
        return bars

    def _scenario_name(self, scenario_id: str, language: str) -> str | None:
        """The short name of a scenario's chart row, filled from the model (None when the chart has no such row)."""
        row = next((row for row in self.story.rows if row.kind == "scenario" and row.target == scenario_id), None)
        return None if row is None else render(row.short(language), self.model, language)

    # --- behaviour shared by every view ---

    def set_language(self, language: str) -> None:
        """Word every result in `language`; Qt's LanguageChange re-translates the fixed strings."""
        self.model.set_language(language)
        self.retranslate()

    def reset_inputs(self) -> None:
        """The article's inputs and estimates, the default yardsticks, and guess mode as the view starts (on in
        an exhibit)."""
        self._guess_from_the_start(self.guess_by_default)
        self.model.reset()  # which refreshes the page

    def set_exhibit_mode(self, on: bool) -> None:
        """Exhibit mode: the charts' menus off, and every visitor guesses first."""
        super().set_exhibit_mode(on)
        if on != self.guess_by_default:
            self.guess_by_default = on
            self.set_guess_mode(on)

    # --- guess first, then see ---

    def set_guess_mode(self, on: bool) -> None:
        """Guess first: hide the answer, chart, comparisons and steps until the reader reveals them."""
        self._guess_from_the_start(on)
        self.refresh()

    def _guess_from_the_start(self, on: bool) -> None:
        """Guess mode on (a fresh guess, slider in the middle) or off, and the switch showing it (the caller
        refreshes the page)."""
        if self.guess_switch is None or self.guess_panel is None:
            return
        self.guessing, self.last_guess = on, None
        self.guess_switch.blockSignals(True)
        self.guess_switch.setChecked(on)
        self.guess_switch.blockSignals(False)
        self.guess_panel.start_over()
        self._show_guess_state()

    def reveal(self, guess: float) -> None:
        """Show the answer, the guess beside it on the chart, and how far off it was."""
        self.guessing, self.last_guess = False, guess
        self._show_guess_state()
        self.refresh()
        if self.guess_panel is not None:  # read at once by a screen reader, and Tab goes on to the answer
            self.guess_panel.verdict.setFocus(Qt.FocusReason.OtherFocusReason)

    def guess_answer(self) -> float:
        """The answer in the guess's own terms (households, percent, MWh a day, web searches)."""
        guess = self.story.guess
        assert guess is not None
        result = self.model.value(guess.over) if guess.over else self.model.calculation().result
        if guess.per:
            result = values.divide(result, self.model.value(guess.per))
        return float(result.value.to(units_of(guess.unit or "dimensionless")).magnitude)

    def guess_words(self, value: float) -> str:
        """A guess as it reads: "1,000 households", "29%", "每天56万度"."""
        guess, language = self.story.guess, self.model.language
        assert guess is not None
        return guess_words(value, guess.unit, guess.count(language), language)

    def _guess_bar(self) -> Bar | None:
        """The reader's revealed guess as a bar in the chart's unit."""
        guess = self.story.guess
        if guess is None or self.last_guess is None:
            return None
        amount = values.exact(Quantity(self.last_guess, units_of(guess.unit or "dimensionless")))
        if guess.per:
            amount = values.multiply(amount, self.model.value(guess.per))
        language = self.model.language
        label = QCoreApplication.translate("StoryView", "Your guess")
        return bar_for(label, amount, self.story.chart_unit_in(language), language)

    def _show_guess_state(self) -> None:
        """While guessing, the answer's parts are hidden; after a reveal the verdict shows under the slider."""
        if self.guess_panel is None:
            return
        guessing = self.guessing
        self.guess_frame.setVisible(guessing or self.last_guess is not None)
        for widget in (self.headline, self.reset_button, self.chart_panel, self.strip_panel, *self.bottom_panels[:1]):
            widget.setVisible(not guessing)
        if guessing:
            self.guess_panel.show_guessing()

    def sources_text(self) -> str:
        """The sources of the figures shown, as words."""
        return spoken(self.sources.text.text())

    # --- lessons ---

    def lesson_state(self) -> ViewState:
        """The reader's own values, every chosen estimate (and scenario) and every yardstick."""
        model = self.model
        choices = {"scenario": model.scenario.id} if self.story.alternatives else {}
        choices |= {chooser.input: model.choice(chooser.input) for chooser in self.story.choosers}
        if self.guess_switch is not None and self.guess_switch.isChecked() != self.guess_by_default:
            choices[GUESS_FIRST] = "on" if self.guess_switch.isChecked() else "off"
        return ViewState(
            inputs_state(self.inputs, model.is_set_by_reader),
            choices,
            {slot.slot: model.yardstick(slot.slot) for slot in self.slots},
        )

    def check_lesson(self, state: ViewState, where: str) -> None:
        """Every input known, of the right kind and in range; every choice and yardstick one the view offers. An
        input with a chooser and no slider ("hgx_a100_power = "10.2 kW"") must be one of its estimates' values."""
        self._lesson_settings(state, where)

    def apply_lesson(self, state: ViewState) -> None:
        """The defaults, then the lesson's choices, yardsticks and values."""
        choices, yardsticks, numbers = self._lesson_settings(state, "")
        guess_first = choices.pop(GUESS_FIRST, None)
        self._guess_from_the_start(self.guess_by_default if guess_first is None else guess_first == "on")
        self.model.reset()
        for name, figure_id in choices.items():
            self.model.set_scenario(figure_id) if name == "scenario" else self.model.choose(name, figure_id)
        for slot, figure_id in yardsticks.items():
            self.model.set_yardstick(slot, figure_id)
        units = {control.spec.name: control.spec.unit for control in self.inputs}
        for name, number in numbers.items():
            self.model.set_value(name, number, units[name])

    def _lesson_settings(self, state: ViewState, where: str) -> tuple[dict[str, str], dict[str, str], dict[str, float]]:
        """The lesson's choices, yardsticks and input values, checked (see check_lesson)."""
        options = {chooser.input: [option.figure for option in chooser.options] for chooser in self.story.choosers}
        if self.story.alternatives:
            options["scenario"] = list(self.story.alternatives)
        if self.story.guess is not None:
            options[GUESS_FIRST] = ["on", "off"]
        choices = {}
        for name, figure_id in state.choices.items():
            if name not in options:
                raise unknown_name(f"{where}.choices.{name}", options)
            choices[name] = checked_choice(f"{where}.choices.{name}", figure_id, options[name])
        slots = {slot.slot: self.strip.yardstick_ids(slot.slot) for slot in self.slots}
        yardsticks = {}
        for slot, figure_id in state.yardsticks.items():
            if slot not in slots:
                raise unknown_name(f"{where}.yardsticks.{slot}", slots)
            yardsticks[slot] = checked_choice(f"{where}.yardsticks.{slot}", figure_id, slots[slot])
        sliders = {name: text for name, text in state.inputs.items() if name not in options}
        for name, text in state.inputs.items():
            if name in options:  # a value for a chooser: the estimate that has it
                choices[name] = self._estimate_with_value(f"{where}.inputs.{name}", text, options[name])
        return choices, yardsticks, checked_inputs(self.calculator, self.inputs, sliders, f"{where}.inputs")

    def _estimate_with_value(self, key: str, text: str, figure_ids: list[str]) -> str:
        """The figure among `figure_ids` whose value is `text` ("10.2 kW" is the H100 server's power)."""
        try:
            wanted = self.calculator.evaluate(text).result.value
        except CalculatorError as error:
            raise LessonError(f'{key} = "{text}": {error}', f'{key} = "{text}"：{error.message("zh")}') from None
        for figure_id in figure_ids:
            value = self.calculator.named_value(figure_id).value
            if value.dimensionality == wanted.dimensionality and abs(float((value - wanted) / value)) < 1e-9:
                return figure_id
        shown = ", ".join(f"{self.calculator.named_value(figure_id).value:~g}" for figure_id in figure_ids)
        raise LessonError(
            f'{key} = "{text}": this input takes one of its estimates ({shown}); write one of them, or choose it '
            f"by id under choices",
            f'{key} = "{text}"：这一项只能取其中一项估算（{shown}）；请写其中之一，或在choices里按编号选择',
        )

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Recolour and resize charts, and stack the columns at large text sizes."""
        super().set_display(theme, text_scale)
        self._arrange(text_scale)
        self.strip.set_columns(columns_for(text_scale, len(self.slots)))

    def _arrange(self, text_scale: float) -> None:
        """Inputs beside the chart and steps beside sources; at large text sizes one column, the chart above the
        inputs, the line under the headline under the chart, the reset button at the head of the inputs."""
        columns = columns_for(text_scale, 2)
        inputs, chart = self.middle_panels
        arrange_in_columns(self.middle, [inputs, chart] if columns > 1 else [chart, inputs], columns, [4, 6])
        arrange_in_columns(self.bottom, self.bottom_panels, columns, [6, 5])
        # the line under the headline: there, or (stacked) under the chart
        self.headline.place_secondary(None if columns > 1 else self.chart_layout, 1)
        # the reset button: beside the headline, or (stacked) at the head of the inputs it resets
        self.top.removeWidget(self.reset_button)
        self.inputs_layout.removeWidget(self.reset_button)
        if columns > 1:
            self.top.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignBottom)
            shown_in_order = [self.reset_button, inputs, chart]
        else:
            self.inputs_layout.insertWidget(1, self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
            shown_in_order = [chart, self.reset_button, inputs]
        follow_in_tab_order([*shown_in_order, self.strip_panel, *self.bottom_panels])

    def retranslate(self) -> None:
        """Re-read every translated string."""
        language = self.model.language
        self.question.setText(without_orphan(render(self.story.question(language), self.model, language)))
        self.reset_button.setText(QCoreApplication.translate("StoryView", "Back to the article's numbers"))
        self.reset_button.setAccessibleName(QCoreApplication.translate("StoryView", "Back to the article's numbers"))
        if self.guess_switch is not None:
            self.guess_switch.setText(QCoreApplication.translate("StoryView", "Guess first"))
            self.guess_switch.setAccessibleName(self.guess_switch.text())
        texts = {control.name: (control.label(language), control.unit_words(language)) for control in self.story.inputs}
        for control in self.inputs:
            control.set_language(language)
            control.set_texts(*texts[control.spec.name])
        for chooser in self.choosers:
            if chooser.name:
                chooser.set_label(self.story.chooser(chooser.name).label(language))
            else:
                chooser.set_label(self.story.alternatives_label(language))
        self.inputs_title.setText(QCoreApplication.translate("StoryView", "Change the inputs"))
        self.compare_title.setText(QCoreApplication.translate("StoryView", "Compare with"))
        names = {
            "household": QCoreApplication.translate("StoryView", "Household to compare with"),
            "place": QCoreApplication.translate("StoryView", "Place or power station to compare with"),
            "everyday": QCoreApplication.translate("StoryView", "Everyday thing to compare with"),
        }
        self.strip.set_accessible_names({slot.slot: names[slot.slot] for slot in self.slots})
        self.steps.set_title(QCoreApplication.translate("StoryView", "How is this calculated?"))
        self.sources.set_title(QCoreApplication.translate("StoryView", "Sources"))
        self.refresh()
        for widget in (self.strip, self.steps, self.sources):
            widget.refresh()

    def refresh(self) -> None:
        """Recompute the headline and the chart (the shared widgets follow the model themselves), and a revealed
        guess's verdict against the answer as it is now."""
        self.headline.set_text(*self.headline_texts())
        bars, axis_title = self.chart_bars()
        guess_bar = self._guess_bar()
        self.chart.set_data([*bars, guess_bar] if guess_bar else bars, axis_title)
        language = self.model.language
        aside = render(self.story.aside(language), self.model, language) if self.story.aside.en else ""
        self.aside.setText(aside)
        self.aside.setVisible(bool(aside))
        if self.guess_panel is not None and self.story.guess is not None:
            language = self.model.language
            self.guess_panel.set_question(
                self.story.guess.question(language), self.story.guess.low, self.story.guess.high, self.guess_words
            )
            if self.last_guess is not None:
                self.guess_panel.show_verdict(verdict(self.last_guess, self.guess_answer(), language))

    def _lay_out(self) -> None:
        """Place the widgets (see the module docstring)."""
        column = scrolling_body(self)
        body = column.parentWidget()
        column.setSpacing(14)
        column.addWidget(self.question)
        if self.guess_switch is not None and self.guess_panel is not None:
            guess_panel, guess_layout = _panel(body)
            guess_layout.addWidget(self.guess_panel)
            column.addWidget(guess_panel)
            self.guess_frame = guess_panel
        self.top = QHBoxLayout()
        self.top.addWidget(self.headline, 1)
        self.top.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignBottom)  # read after the answer
        column.addLayout(self.top)
        self.middle = QGridLayout()
        self.middle.setHorizontalSpacing(18)
        self.middle.setVerticalSpacing(14)
        inputs_panel, self.inputs_layout = _panel(body)
        if self.guess_switch is not None:  # with the inputs: beside the chart, or under it at large text
            self.inputs_layout.addWidget(self.guess_switch)
        self.inputs_title = _section_title(self.inputs_layout)
        for widget in [*self.choosers, *self.inputs]:
            self.inputs_layout.addWidget(widget)
        self.inputs_layout.addStretch(1)
        chart_panel, self.chart_layout = _panel(body)
        self.chart_layout.addWidget(self.chart)
        self.aside = styled_label(body, "muted")  # what else the subject costs (water), under the chart
        self.chart_layout.addWidget(self.aside)
        self.middle_panels = [inputs_panel, chart_panel]
        column.addLayout(self.middle)
        strip_panel, strip_layout = _panel(body)
        self.compare_title = _section_title(strip_layout)
        strip_layout.addWidget(self.strip)
        column.addWidget(strip_panel)
        bottom = QGridLayout()
        bottom.setHorizontalSpacing(18)
        bottom.setVerticalSpacing(14)
        self.bottom = bottom
        self.bottom_panels = []
        for widget in (self.steps, self.sources):
            panel, layout = _panel(body)
            layout.addWidget(widget)
            layout.addStretch(1)
            self.bottom_panels.append(panel)
        column.addLayout(bottom)
        column.addStretch(1)
        self.strip_panel = strip_panel
        self.chart_panel = chart_panel
        self._arrange(1.0)
        self._show_guess_state()


def _panel(body: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A rounded surface panel in the page's `body`, and its layout. Panels made in reading order are read in
    that order by a screen reader (Qt lists a widget's children in the order they were made)."""
    panel = QFrame(body)
    panel.setObjectName("panel")
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(10)
    return panel, layout


def _section_title(layout: QVBoxLayout) -> QLabel:
    """A section title added to `layout`."""
    title = QLabel()
    title.setObjectName("sectionTitle")
    layout.addWidget(title)
    return title


def story_view(story_id: str) -> type[StoryView]:
    """The view class of the story `story_id` (a record of stories.toml): no Python of its own."""
    return type(f"StoryView_{story_id}", (StoryView,), {"view_id": story_id, "__doc__": StoryView.__doc__})


def _model_for(calculator: Calculator, story: Story, language: str, parent: QWidget | None = None) -> StoryModel:
    """A model of the story's scenario with its default yardsticks and choices."""
    compared = story.compared_input or None
    return StoryModel(calculator, story.scenario, story.yardsticks, language, compared, parent, story.choices)


def _input_spec(control: StoryInput) -> InputSpec:
    """How a story's input is shown, as the input control takes it."""
    return InputSpec(
        control.name,
        control.minimum,
        control.maximum,
        control.step,
        control.unit,
        decimals=control.decimals,
        factor=control.factor,
        logarithmic=control.logarithmic,
        chinese_factor=control.chinese_factor,
    )
