"""Efficiency and the Jevons paradox: better chips, growing demand, and total electricity over the years."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from core.calculator import Calculator
from core.explain import describe_steps, short_source
from core.expression import Calculation
from core.formatting import format_estimate
from core.lessons import LessonError, ViewState
from core.projection import (
    AI_SHARE,
    CADENCE,
    EFFICIENCY_TREND,
    OBSERVED,
    OUTLOOK,
    START,
    Assumptions,
    Projection,
    assumption_labels,
    break_even_growth,
    default_assumptions,
    project,
)
from core.units import quantity
from core.values import Estimate, exact
from gui.lessons import checked_inputs, inputs_state
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.headline import Headline
from gui.widgets.input_control import InputControl, InputSpec
from gui.widgets.layout import (
    SteadyText,
    arrange_in_columns,
    columns_for,
    index_in,
    reorder,
    scrolling_body,
    styled_label,
)
from gui.widgets.line_breaks import unbreakable, without_orphan
from gui.widgets.source_footnote import footnote_lines
from gui.widgets.trend_chart import Series, TrendChart

SOURCES = [START, AI_SHARE, EFFICIENCY_TREND, CADENCE, OUTLOOK, "datacentres_2025", "ai_datacentres_growth_2025"]
#: The chart's unit in each language: Chinese counts in the article's 亿度 (its axis says so).
UNITS = {"en": "TWh/year", "zh": "亿度/year"}


class JevonsModel(QObject):
    """The reader's assumptions (demand growth, chip efficiency, generation length, years) and core's projection.

    Signals:
        changed(): an assumption changed.
    """

    changed = Signal()

    def __init__(self, calculator: Calculator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calculator = calculator
        self.defaults = defaults = default_assumptions(calculator)  # the sourced starting assumptions
        self._defaults = {
            "demand_growth": defaults.demand_growth,
            "efficiency_gain": defaults.efficiency_gain,
            "generation_years": exact(quantity(defaults.generation_years, "year")),
            "years": exact(quantity(defaults.years, "year")),
        }
        self._values = dict(self._defaults)
        self._break_even: tuple[tuple[Estimate, float], Calculation] | None = None

    def value(self, name: str) -> Estimate:
        """An assumption's current value."""
        return self._values[name]

    def is_set_by_reader(self, name: str) -> bool:
        """True when an assumption is no longer its sourced default."""
        return self._values[name].value != self._defaults[name].value

    def set_value(self, name: str, magnitude: float, unit: str) -> None:
        """Set an assumption from a control."""
        new = exact(quantity(magnitude, unit))
        if self._values[name].value != new.value:
            self._values[name] = new
            self.changed.emit()

    def reset(self) -> None:
        """Back to the sourced defaults."""
        self._values = dict(self._defaults)
        self.changed.emit()

    def assumptions(self) -> Assumptions:
        """The current assumptions, as core's projection takes them."""
        return Assumptions(
            self._values["demand_growth"],
            self._values["efficiency_gain"],
            self._generation_years(),
            round(float(self._values["years"].value.to("year").magnitude)),
        )

    def projection(self) -> Projection:
        """Total electricity in each year, and the last year's steps."""
        return project(self.calculator, self.assumptions())

    def break_even(self) -> Calculation:
        """The demand growth that keeps AI's electricity flat (worked out again only when the chips' assumptions
        change: dragging the demand or years sliders does not change it)."""
        key = (self._values["efficiency_gain"], self._generation_years())
        if self._break_even is None or self._break_even[0] != key:
            self._break_even = key, break_even_growth(self.calculator, *key)
        return self._break_even[1]

    def _generation_years(self) -> float:
        """Years between chip generations, as a number."""
        return float(self._values["generation_years"].value.to("year").magnitude)


class JevonsView(Page):
    """Sliders for the assumptions; total electricity year by year beside the IEA's projection and the observed
    years; the lesson in words; the break-even growth."""

    view_id = "jevons"

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.model = JevonsModel(calculator, self)
        self.question = styled_label(self, "question")
        self.story = styled_label(self)
        self.headline = Headline(self)
        self.break_even = styled_label(self, "emphasis")
        self.assumptions_note = styled_label(self, "muted")
        specs = [
            InputSpec("demand_growth", 0, 300, 1, "percent", decimals=0),
            InputSpec("efficiency_gain", 1, 30, 0.05, "", decimals=2, logarithmic=True),
            InputSpec("generation_years", 0.5, 6, 0.5, "year", decimals=1),
            InputSpec("years", 1, 10, 1, "year", decimals=0),
        ]
        self.inputs = [InputControl(self.model, spec, self) for spec in specs]
        self.chart = TrendChart(self, theme)
        self.steps = styled_label(self, selectable=True)
        self.sources = styled_label(self, "footnote", selectable=True)
        self.model.changed.connect(self.refresh)
        self.model.changed.connect(self.headline_changed)
        self._lay_out()
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """Where the sourced defaults lead: total use in the last year, from the start."""
        return _card_text(JevonsModel(calculator).projection(), language)

    def card_headline(self) -> str:
        """Where the reader's assumptions lead."""
        return _card_text(self.model.projection(), self.language)

    def lesson_state(self) -> ViewState:
        """The assumptions the reader changed."""
        return ViewState(inputs_state(self.inputs, self.model.is_set_by_reader))

    def check_lesson(self, state: ViewState, where: str) -> None:
        """Only inputs, each known, of the right kind and in range."""
        if state.choices or state.yardsticks:
            raise LessonError(
                f"{where}: this view takes inputs only; remove its choices and yardsticks",
                f"{where}：这个视图只有输入项；请删去choices和yardsticks",
            )
        checked_inputs(self.calculator, self.inputs, state.inputs, f"{where}.inputs")

    def apply_lesson(self, state: ViewState) -> None:
        """The sourced defaults, then the lesson's assumptions."""
        numbers = checked_inputs(self.calculator, self.inputs, state.inputs, "")
        self.model.reset()
        for control in self.inputs:
            if control.spec.name in numbers:
                self.model.set_value(control.spec.name, numbers[control.spec.name], control.spec.unit)

    def reset_inputs(self) -> None:
        """The sourced defaults."""
        self.model.reset()

    def retranslate(self) -> None:
        """Re-read every translated string."""
        self.question.setText(without_orphan(self.tr("If chips get more efficient, will AI use less electricity?")))
        self.story.setText(
            self.tr(
                "In 1865 the economist William Stanley Jevons noticed that Britain burned more coal, not less, "
                "after James Watt made steam engines far more efficient: cheaper power made engines worth using "
                "everywhere. AI chips may follow the same path. Each generation does more work per kWh, but if "
                "the demand for AI work grows faster, total electricity still rises. Move the sliders to see when."
            )
        )
        texts = {
            "demand_growth": (self.tr("Growth in demand for AI work per year"), "%"),
            "efficiency_gain": (self.tr("Work per kWh, new chip generation against the last"), self.tr("×")),
            "generation_years": (self.tr("Years between chip generations"), self.tr("years")),
            "years": (self.tr("Years ahead"), self.tr("years")),
        }
        for control in self.inputs:
            control.set_texts(*texts[control.spec.name])
        dataset = self.calculator.dataset
        self.sources.setText(footnote_lines([dataset.figure(i) for i in SOURCES], dataset, self.language))
        self.assumptions_note.setText(self._assumptions_text())
        self.refresh()

    def refresh(self) -> None:
        """Headline, break-even, chart and steps (the sources change only with the language)."""
        language, dataset = self.language, self.calculator.dataset
        projection = self.model.projection()
        self.headline.set_text(self._lesson(projection), self._context(projection))
        growth = format_estimate(self.model.break_even().result, language, keep_units=True)
        self.break_even.setText(
            self.tr("AI's own electricity falls only if demand for AI work grows less than %1 a year").replace(
                "%1", growth
            )
        )
        self.chart.set_series(self._series(projection), self.tr("Electricity per year (TWh)"))
        lines = describe_steps(projection.final, dataset, language, assumption_labels(language))
        self.steps.setText(unbreakable("\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1))))

    def series(self) -> list[Series]:
        """The series shown (for tests)."""
        return self.chart.series()

    def _lesson(self, projection: Projection) -> str:
        """The headline: what happened to total use, in words, with the last year's total."""
        final_year, final = projection.rows()[-1]
        if projection.trend > 0:
            text = self.tr("Chips do more work per kWh, and yet total use rises: %1 in %2")
        elif projection.trend < 0:
            text = self.tr("With these assumptions efficiency wins: total use falls to %1 in %2")
        else:
            text = self.tr("With these assumptions total use stays about the same: %1 in %2")
        return text.replace("%1", format_estimate(final, self.language, keep_units=True)).replace("%2", str(final_year))

    def _context(self, projection: Projection) -> str:
        """The line under the headline: where the projection starts and what the IEA projects."""
        dataset, language = self.calculator.dataset, self.language
        start, outlook = dataset.figure(START), dataset.figure(OUTLOOK)
        text = self.tr("From %1 in %2 (the world's data centres, IEA). The IEA projects %3 for %4.")
        for marker, replacement in (
            ("%1", format_estimate(start.estimate(), language, keep_units=True)),
            ("%2", str(start.year)),
            ("%3", format_estimate(outlook.estimate(), language, keep_units=True)),
            ("%4", str(outlook.year)),
        ):
            text = text.replace(marker, replacement)
        return text

    def _assumptions_text(self) -> str:
        """Where the starting assumptions come from, with their sourced values."""
        dataset, language = self.calculator.dataset, self.language
        defaults = self.model.defaults
        text = self.tr(
            "Starting assumptions: leading AI chips do %1 more work per kWh each year (Epoch AI) and new "
            "chip generations come %2 apart (NVIDIA until 2024), so each generation does %3 times the work per kWh; "
            "this applies to the AI servers' share of data centres (%4, IEA); the rest stays as it was. Demand "
            "for AI work grows %5 a year: the growth at which this model meets the IEA's projection for %6. "
            "Change any of them."
        )
        for marker, replacement in (
            ("%1", format_estimate(dataset.figure(EFFICIENCY_TREND).estimate(), language, keep_units=True)),
            ("%2", format_estimate(dataset.figure(CADENCE).estimate(), language, keep_units=True)),
            ("%3", format_estimate(defaults.efficiency_gain, language)),
            ("%4", format_estimate(dataset.figure(AI_SHARE).estimate(), language, keep_units=True)),
            ("%5", format_estimate(defaults.demand_growth, language, keep_units=True)),
            ("%6", str(dataset.figure(OUTLOOK).year)),
        ):
            text = text.replace(marker, replacement)
        return text

    def _series(self, projection: Projection) -> list[Series]:
        """The reader's projection, the IEA's (start and outlook) and the observed years, in the chart's unit."""
        dataset, language = self.calculator.dataset, self.language

        def point(year: int, estimate: Estimate) -> tuple[int, float, str]:
            value = float(estimate.to(UNITS[language]).value.magnitude)
            return year, value, format_estimate(estimate, language, keep_units=True)

        def figure_point(figure_id: str) -> tuple[int, float, str]:
            figure = dataset.figure(figure_id)
            return point(figure.year, figure.estimate())

        return [
            Series(
                self.tr("Your projection"),
                tuple(point(year, total) for year, total in projection.rows()),
                "line",
                highlighted=True,
                source=self.tr("calculated from your inputs and %1").replace(
                    "%1", short_source(dataset.figure(START), dataset, language)
                ),
            ),
            Series(
                self.tr("IEA projection"),
                (figure_point(START), figure_point(OUTLOOK)),
                "dashed",
                source=short_source(dataset.figure(OUTLOOK), dataset, language),
            ),
            Series(
                self.tr("Observed (IEA)"),
                tuple(figure_point(figure_id) for figure_id in OBSERVED),
                "dots",
                source=short_source(dataset.figure(OBSERVED[0]), dataset, language),
            ),
        ]

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Recolour and resize the chart; from 150 % the chart stacks above the inputs."""
        super().set_display(theme, text_scale)
        self._arrange(text_scale)

    def _arrange(self, text_scale: float) -> None:
        """The story, the answer and the break-even above the inputs beside the chart; at large text sizes one
        column, the answer's chart right under the answer and the rest after it (the line under the answer,
        the story, the break-even, the inputs), so that question, answer and chart fill the first screen."""
        columns = columns_for(text_scale, 2)
        stacked = columns == 1
        arrange_in_columns(
            self.middle, [self.chart, self.inputs_box] if stacked else [self.inputs_box, self.chart], columns, [4, 6]
        )
        self.headline.place_secondary(None)
        if stacked:
            reorder(self.body, [self.headline, self.middle, self.story, self.break_even_box])
            self.headline.place_secondary(self.body, index_in(self.body, self.story))
        else:
            reorder(self.body, [self.story, self.headline, self.break_even_box, self.middle])

    def _lay_out(self) -> None:
        """Question, story, headline, inputs beside the chart, assumptions, steps, sources (scrolling)."""
        self.body = layout = scrolling_body(self)
        self.break_even_box = SteadyText(self.break_even)
        for widget in (self.question, self.story, self.headline, self.break_even_box):
            layout.addWidget(widget)
        self.middle = QGridLayout()
        self.inputs_box = QWidget(self)
        inputs = QVBoxLayout(self.inputs_box)
        inputs.setContentsMargins(0, 0, 0, 0)
        for control in self.inputs:
            inputs.addWidget(control)
        inputs.addStretch(1)
        layout.addLayout(self.middle)
        layout.addWidget(self.assumptions_note)
        layout.addWidget(SteadyText(self.steps))
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self._arrange(1.0)


def _card_text(projection: Projection, language: str) -> str:
    """The home card: total use in the last year, up (or down) from the first."""
    (first_year, first), (last_year, last) = projection.rows()[0], projection.rows()[-1]
    text = QCoreApplication.translate("JevonsView", "%1 in %2, from %3 in %4")
    for marker, replacement in (
        ("%1", format_estimate(last, language, keep_units=True)),
        ("%2", str(last_year)),
        ("%3", format_estimate(first, language, keep_units=True)),
        ("%4", str(first_year)),
    ):
        text = text.replace(marker, replacement)
    return text
