"""Efficiency and the Jevons paradox: better chips, growing demand, and total electricity over the years."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from core.calculator import Calculator
from core.explain import describe_steps
from core.expression import Calculation
from core.formatting import format_estimate
from core.projection import Projection, break_even_growth, chip_efficiency_gain, project
from core.units import quantity
from core.values import Estimate, exact
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.chart import Bar, Chart, bar_for
from gui.widgets.headline import Headline
from gui.widgets.input_control import InputControl, InputSpec
from gui.widgets.layout import SteadyText, scrolling_body, styled_label
from gui.widgets.source_footnote import footnote_lines

START = "datacentres_2024"
SOURCES = [START, "b200_speedup", "b200_power_vs_h100", "dc_hardware_life", "datacentres_growth_2025"]


class JevonsModel(QObject):
    """The reader's assumptions (demand growth, chip efficiency, generation length, years) and core's projection.

    Signals:
        changed(): an assumption changed.
    """

    changed = Signal()

    def __init__(self, calculator: Calculator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calculator = calculator
        self._defaults = {
            "demand_growth": exact(quantity(0, "percent")),
            "efficiency_gain": chip_efficiency_gain(calculator).result,
            "generation_years": calculator.named_value("dc_hardware_life"),
            "years": exact(quantity(6, "year")),
        }
        self._values = dict(self._defaults)
        self._break_even: tuple[tuple[Estimate, float], Calculation] | None = None

    def value(self, name: str) -> Estimate:
        """An assumption's current value."""
        return self._values[name]

    def set_value(self, name: str, magnitude: float, unit: str) -> None:
        """Set an assumption from a control."""
        new = exact(quantity(magnitude, unit))
        if self._values[name].value != new.value:
            self._values[name] = new
            self.changed.emit()

    def reset(self) -> None:
        """Back to the defaults."""
        self._values = dict(self._defaults)
        self.changed.emit()

    def projection(self) -> Projection:
        """Total electricity in each year, and the last year's steps."""
        return project(
            self.calculator,
            START,
            self._values["demand_growth"],
            self._values["efficiency_gain"],
            self._generation_years(),
            round(float(self._values["years"].value.to("year").magnitude)),
        )

    def break_even(self) -> Calculation:
        """The demand growth that keeps electricity flat (worked out again only when the chips' assumptions change:
        dragging the demand or years sliders does not change it)."""
        key = (self._values["efficiency_gain"], self._generation_years())
        if self._break_even is None or self._break_even[0] != key:
            self._break_even = key, break_even_growth(self.calculator, *key)
        return self._break_even[1]

    def _generation_years(self) -> float:
        """Years between chip generations, as a number."""
        return float(self._values["generation_years"].value.to("year").magnitude)


class JevonsView(Page):
    """Sliders for the assumptions, total electricity per year, the break-even growth and Jevons's lesson."""

    view_id = "jevons"

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.model = JevonsModel(calculator, self)
        self.question = styled_label(self, "question")
        self.story = styled_label(self)
        self.headline = Headline(self)
        self.break_even = styled_label(self, "sectionTitle")
        specs = [
            InputSpec("demand_growth", 0, 300, 1, "percent", decimals=0),
            InputSpec("efficiency_gain", 1, 30, 0.5, "", decimals=1),
            InputSpec("generation_years", 1, 6, 0.5, "year", decimals=1),
            InputSpec("years", 1, 10, 1, "year", decimals=0),
        ]
        self.inputs = [InputControl(self.model, spec, self) for spec in specs]
        self.chart = Chart(self, theme)
        self.steps = styled_label(self, selectable=True)
        self.sources = styled_label(self, "footnote", selectable=True)
        self.model.changed.connect(self.refresh)
        self.model.changed.connect(self.headline_changed)
        self._lay_out()
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """The break-even demand growth with NVIDIA's claimed efficiency gain."""
        growth = JevonsModel(calculator).break_even().result
        text = QCoreApplication.translate("JevonsView", "Flat only if demand grows %1 a year")
        return text.replace("%1", format_estimate(growth, language, keep_units=True))

    def card_headline(self) -> str:
        """The break-even growth with the reader's assumptions."""
        growth = self.model.break_even().result
        text = QCoreApplication.translate("JevonsView", "Flat only if demand grows %1 a year")
        return text.replace("%1", format_estimate(growth, self.language, keep_units=True))

    def reset_inputs(self) -> None:
        """NVIDIA's claimed efficiency gain and the default growth and years."""
        self.model.reset()

    def set_language(self, language: str) -> None:
        """Word every result and source in `language`."""
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read every translated string."""
        self.question.setText(self.tr("If chips get more efficient, will AI use less electricity?"))
        self.story.setText(
            self.tr(
                "In 1865 the economist William Stanley Jevons noticed that Britain burned more coal, not less, "
                "after James Watt made steam engines far more efficient: cheaper power made engines worth using "
                "everywhere. AI chips may follow the same path. Each generation does more work per kWh, but if "
                "the demand for AI work grows faster, total electricity still rises. Move the sliders to see when."
            )
        )
        texts = {
            "demand_growth": (self.tr("Growth in demand for AI work per year (your assumption)"), "%"),
            "efficiency_gain": (self.tr("Work per kWh, new chip generation against the last"), "×"),
            "generation_years": (self.tr("Years between chip generations"), self.tr("years")),
            "years": (self.tr("Years ahead"), self.tr("years")),
        }
        for control in self.inputs:
            control.set_texts(*texts[control.spec.name])
        dataset = self.calculator.dataset
        self.sources.setText(footnote_lines([dataset.figure(i) for i in SOURCES], dataset, self.language))
        self.refresh()

    def refresh(self) -> None:
        """Headline, break-even, chart and steps (the sources change only with the language)."""
        language, dataset = self.language, self.calculator.dataset
        projection = self.model.projection()
        totals, start_year = projection.totals, dataset.figure(START).year
        main = self.tr("%1 in %2").replace("%1", format_estimate(totals[-1], language, keep_units=True))
        main = main.replace("%2", str(start_year + len(totals) - 1))
        start_text = format_estimate(totals[0], language, keep_units=True)
        secondary = self.tr("from %1 in %2 (the world's data centres, IEA)").replace("%1", start_text)
        self.headline.set_text(main, secondary.replace("%2", str(start_year)))
        self.break_even.setText(self.card_headline())
        bars = [
            bar_for(str(start_year + index), total, "TWh/year", language, index == len(totals) - 1)
            for index, total in enumerate(totals)
        ]
        self.chart.set_data(bars, self.tr("Total electricity per year (TWh)"))
        labels = {
            "demand_growth": self.tr("growth in demand"),
            "efficiency_gain": self.tr("work per kWh, new against old"),
            "generation_years": self.tr("years between generations"),
            "years": self.tr("years ahead"),
        }
        lines = describe_steps(projection.final, dataset, language, labels)
        self.steps.setText("\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1)))

    def chart_bars(self) -> list[Bar]:
        """The bars shown (for tests)."""
        return self.chart.bars()

    def _lay_out(self) -> None:
        """Question, story, headline, inputs beside the chart, steps, sources (scrolling)."""
        layout = scrolling_body(self)
        for widget in (self.question, self.story, self.headline, SteadyText(self.break_even)):
            layout.addWidget(widget)
        middle = QGridLayout()
        inputs = QVBoxLayout()
        for control in self.inputs:
            inputs.addWidget(control)
        inputs.addStretch(1)
        middle.addLayout(inputs, 0, 0)
        middle.addWidget(self.chart, 0, 1)
        middle.setColumnStretch(0, 4)
        middle.setColumnStretch(1, 6)
        layout.addLayout(middle)
        layout.addWidget(SteadyText(self.steps))
        layout.addWidget(self.sources)
        layout.addStretch(1)
