"""StoryView: the layout every guided view shares. A view module only says what is particular to its story.

question (title)
headline                               [reset]
inputs and estimate choosers  |  chart
comparison strip (household, place, everyday thing)
how is this calculated        |  sources
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.calculator import Calculator
from core.dataset import YardstickKind
from core.formatting import format_estimate, format_in_kwh
from gui.model import StoryModel
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.chart import Bar, Chart
from gui.widgets.comparison_strip import ComparisonSlot, ComparisonStrip
from gui.widgets.estimate_chooser import EstimateChooser, ScenarioChooser
from gui.widgets.headline import Headline
from gui.widgets.input_control import InputControl, InputSpec
from gui.widgets.layout import arrange_in_columns, columns_for, scrolling_body, styled_label
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
SLOTS = [
    ComparisonSlot("household", (YardstickKind.HOUSEHOLD,)),
    ComparisonSlot("place", PLACES),
    ComparisonSlot("everyday", (YardstickKind.EVERYDAY,)),
]


class StoryView(Page):
    """A guided view of one of the article's claims. Subclasses set the class variables and the hooks below."""

    view_id: ClassVar[str]
    scenario_id: ClassVar[str]
    extra_claims: ClassVar[tuple[str, ...]] = ()
    scenario_options: ClassVar[tuple[str, ...]] = ()
    compared_input: ClassVar[str | None] = None
    slots: ClassVar[list[ComparisonSlot]] = SLOTS
    default_yardsticks: ClassVar[dict[str, str]] = {
        "household": "household_cn",
        "place": "three_gorges_yearly",
        "everyday": "phone_charge",
    }
    #: Competing estimates chosen at first, where the article's own figure is not the one to teach with.
    default_choices: ClassVar[dict[str, str]] = {}

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.model = StoryModel(
            calculator,
            self.scenario_id,
            self.default_yardsticks,
            language,
            self.compared_input,
            self,
            self.default_choices,
        )
        self.question = styled_label(self, "question")
        self.headline = Headline(self)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.model.reset)
        self.inputs = [InputControl(self.model, spec, self) for spec in self.input_specs()]
        self.choosers: list[EstimateChooser] = [
            EstimateChooser(self.model, name, ids, self) for name, ids in self.chooser_specs()
        ]
        if self.scenario_options:
            self.choosers.insert(0, ScenarioChooser(self.model, "", list(self.scenario_options), self))
        self.chart = Chart(self, theme)
        self.strip = ComparisonStrip(self.model, self.slots, self)
        self.steps = StepsPanel(self.model, self.extra_claims, self)
        self.sources = SourceFootnote(self.model, self)
        self._lay_out()
        self.model.changed.connect(self.refresh)
        self.model.changed.connect(self.headline_changed)
        self.retranslate()

    # --- hooks for subclasses ---

    def question_text(self) -> str:
        """The view's question, translated."""
        raise NotImplementedError

    def input_specs(self) -> list[InputSpec]:
        """The inputs the reader can move."""
        return []

    def input_texts(self, name: str) -> tuple[str, str]:
        """(label, unit suffix) of input `name`, translated."""
        raise NotImplementedError

    def chooser_specs(self) -> list[tuple[str, list[str]]]:
        """(input name, competing figure ids) for each estimate chooser."""
        return []

    def chooser_label(self, name: str) -> str:
        """The label of the chooser for input `name`, translated."""
        raise NotImplementedError

    def chart_bars(self) -> tuple[list[Bar], str]:
        """The chart's bars and its axis title (with unit), translated."""
        raise NotImplementedError

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """The card's headline from a fresh model of the view's scenario."""
        model = StoryModel(
            calculator,
            cls.scenario_id,
            cls.default_yardsticks,
            language,
            cls.compared_input,
            choices=cls.default_choices,
        )
        return cls.card_headline_from(model)

    def card_headline(self) -> str:
        """The card's headline, following the reader's changes."""
        return self.headline.main.text()

    @classmethod
    def card_headline_from(cls, model: StoryModel) -> str:
        """The headline number for the view's home card and its headline: by default the scenario's result."""
        return format_estimate(model.calculation().result, model.language, keep_units=True)

    def headline_texts(self) -> tuple[str, str]:
        """The headline and the line under it; by default the result, and in English the same in kWh."""
        main = self.card_headline_from(self.model)
        secondary = format_in_kwh(self.model.calculation().result, self.model.language)
        return main, secondary if secondary != main else ""

    # --- behaviour shared by every view ---

    def set_language(self, language: str) -> None:
        """Word every result in `language`; Qt's LanguageChange re-translates the fixed strings."""
        self.model.set_language(language)
        self.retranslate()

    def reset_inputs(self) -> None:
        """The article's inputs and estimates, and the default yardsticks."""
        self.model.reset()

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Recolour and resize charts, and stack the columns at large text sizes."""
        super().set_display(theme, text_scale)
        self._arrange(text_scale)
        self.strip.set_columns(columns_for(text_scale, len(self.slots)))

    def _arrange(self, text_scale: float) -> None:
        """Inputs beside the chart and steps beside sources, or each under the other at large text sizes."""
        arrange_in_columns(self.middle, self.middle_panels, columns_for(text_scale, 2), [4, 6])
        arrange_in_columns(self.bottom, self.bottom_panels, columns_for(text_scale, 2), [6, 5])

    def retranslate(self) -> None:
        """Re-read every translated string."""
        self.question.setText(self.question_text())
        self.reset_button.setText(QCoreApplication.translate("StoryView", "Back to the article's numbers"))
        self.reset_button.setAccessibleName(QCoreApplication.translate("StoryView", "Back to the article's numbers"))
        for control in self.inputs:
            control.set_language(self.model.language)
            control.set_texts(*self.input_texts(control.spec.name))
        for chooser in self.choosers:
            chooser.set_label(self.chooser_label(chooser.name))
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
        """Recompute the headline and the chart (the shared widgets follow the model themselves)."""
        self.headline.set_text(*self.headline_texts())
        bars, axis_title = self.chart_bars()
        self.chart.set_data(bars, axis_title)

    def _lay_out(self) -> None:
        """Place the widgets (see the module docstring)."""
        column = scrolling_body(self)
        column.setSpacing(14)
        column.addWidget(self.question)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(top)
        self.middle = QGridLayout()
        self.middle.setHorizontalSpacing(18)
        self.middle.setVerticalSpacing(14)
        inputs_panel, inputs_layout = _panel()
        self.inputs_title = _section_title(inputs_layout)
        for widget in [*self.choosers, *self.inputs]:
            inputs_layout.addWidget(widget)
        inputs_layout.addStretch(1)
        chart_panel, chart_layout = _panel()
        chart_layout.addWidget(self.chart)
        self.middle_panels = [inputs_panel, chart_panel]
        column.addLayout(self.middle)
        strip_panel, strip_layout = _panel()
        self.compare_title = _section_title(strip_layout)
        strip_layout.addWidget(self.strip)
        column.addWidget(strip_panel)
        bottom = QGridLayout()
        bottom.setHorizontalSpacing(18)
        bottom.setVerticalSpacing(14)
        self.bottom = bottom
        self.bottom_panels = []
        for widget in (self.steps, self.sources):
            panel, layout = _panel()
            layout.addWidget(widget)
            layout.addStretch(1)
            self.bottom_panels.append(panel)
        self._arrange(1.0)
        column.addLayout(bottom)
        column.addStretch(1)


def _panel() -> tuple[QFrame, QVBoxLayout]:
    """A rounded surface panel and its layout."""
    panel = QFrame()
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
