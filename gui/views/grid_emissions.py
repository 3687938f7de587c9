"""Where the electricity comes from: the same AI load on different grids, as emissions.

The reader picks a load (GPT-3's training, ChatGPT's day, Google on AI) and a grid; the chart shows the load's
emissions on every grid, the chosen one highlighted, with the steps, the emitters it equals, the figures the
sources themselves report, the article's siting argument and the sources. Every number is core's, from the sourced
grid intensities (resources/data/emissions.toml).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from core.calculator import Calculator
from core.dataset import YardstickKind
from core.explain import calculated_from, describe_comparison, describe_steps, short_source
from core.expression import Calculation
from core.formatting import format_estimate
from core.lessons import LessonError, ViewState
from gui.accessibility import name_chooser
from gui.palette import LIGHT, Theme
from gui.views.page import Page
from gui.widgets.chart import Bar, Chart, bar_for
from gui.widgets.controls import FullTextComboBox
from gui.widgets.headline import Headline
from gui.widgets.layout import arrange_in_columns, columns_for, reorder, scrolling_body, styled_label
from gui.widgets.line_breaks import kept_together, without_orphan
from gui.widgets.source_footnote import footnote_lines


@dataclass(frozen=True)
class Load:
    """An AI load: a figure, or a scenario of the article, with the units its emissions are charted in."""

    id: str
    expression: str
    scenario: str
    chart_unit: str
    chart_unit_zh: str


LOADS = (
    Load("gpt3_training", "gpt3_training", "", "t", "吨"),
    Load("chatgpt_day", "", "chatgpt_daily", "t/day", "吨/day"),
    Load("google_ai", "", "google_ai_semianalysis_yearly", "Mt/year", "万吨/year"),
)
#: The grids on the chart, in its order; the default is China's (most of the program's readers).
GRIDS = (
    "grid_intensity_world_2024",
    "grid_intensity_cn_2024",
    "grid_intensity_us_2024",
    "grid_intensity_eu_2024",
    "grid_intensity_in_2024",
    "grid_intensity_ie_2024",
    "grid_intensity_se_2024",
    "grid_intensity_nl_2024",
    "grid_intensity_is_2023",
)
DEFAULT_GRID = "grid_intensity_cn_2024"
#: The figures the "what the sources report" and "water and hardware" notes quote, for the sources list.
REPORTED = (
    "gpt3_training_co2",
    "gpt3_training_grid_intensity",
    "gemini_prompt_2025",
    "gemini_prompt_co2_2025",
    "grid_intensity_world_2024_iea",
    "grid_intensity_world_2025",
    "grid_intensity_cn_2023_mee",
    "iceland_hydro_share",
)
WATER_AND_HARDWARE = (
    "gemini_water_prompt_2025",
    "chatgpt_query_water_altman_2025",
    "gpt3_training_water_onsite",
    "google_dc_water_2023",
    "dc_hardware_life_before",
    "dc_hardware_life",
)
#: "CO2 equivalent" in Chinese, which a line must not split.
CO2E_ZH = "二氧化碳当量"
#: Sources the siting argument cites in words (no figure of theirs is charted).
SITING_SOURCES = ("dutchnews2022_zeewolde", "riksdagen2022_datacentres")


def grid_name(grid_id: str) -> str:
    """A grid's short name on the chart and in the chooser."""
    return {
        "grid_intensity_world_2024": QCoreApplication.translate("GridEmissions", "World average"),
        "grid_intensity_cn_2024": QCoreApplication.translate("GridEmissions", "China"),
        "grid_intensity_us_2024": QCoreApplication.translate("GridEmissions", "United States"),
        "grid_intensity_eu_2024": QCoreApplication.translate("GridEmissions", "European Union"),
        "grid_intensity_in_2024": QCoreApplication.translate("GridEmissions", "India"),
        "grid_intensity_ie_2024": QCoreApplication.translate("GridEmissions", "Ireland"),
        "grid_intensity_se_2024": QCoreApplication.translate("GridEmissions", "Sweden"),
        "grid_intensity_nl_2024": QCoreApplication.translate("GridEmissions", "Netherlands"),
        "grid_intensity_is_2023": QCoreApplication.translate("GridEmissions", "Iceland, 2023"),
    }[grid_id]


def load_name(load_id: str) -> str:
    """What a load is, in the chooser and the headline."""
    return {
        "gpt3_training": QCoreApplication.translate("GridEmissions", "Training GPT-3"),
        "chatgpt_day": QCoreApplication.translate("GridEmissions", "ChatGPT for a day"),
        "google_ai": QCoreApplication.translate("GridEmissions", "Google on AI for a year"),
    }[load_id]


def emissions(calculator: Calculator, load: Load, grid_id: str) -> Calculation:
    """The load's emissions on the grid `grid_id`: its electricity (an article scenario keeps its side, as in "at
    most") times the grid's carbon intensity, with every step."""
    dataset = calculator.dataset
    scenario = dataset.scenario(load.scenario) if load.scenario else None
    expression = f"({scenario.formula}) * {grid_id}" if scenario else f"{load.expression} * {grid_id}"
    calculation = calculator.evaluate(expression)
    if scenario is not None and scenario.bound:
        return replace(calculation, result=replace(calculation.result, bound=scenario.bound))
    return calculation


def figure_text(calculator: Calculator, figure_id: str, language: str) -> str:
    """A figure's value as core words it, with its unit ("473 g/kWh", "0.26毫升")."""
    return format_estimate(calculator.dataset.figure(figure_id).estimate(), language, keep_units=True)


def water_and_hardware(calculator: Calculator, language: str) -> str:
    """Water per prompt and per training run, and the hardware's shorter life, each with its source (shown here
    and in the global picture)."""

    def value(figure_id: str) -> str:
        return figure_text(calculator, figure_id, language)

    water = QCoreApplication.translate(
        "GridEmissionsView",
        "Water: %1 per Gemini prompt (Google, 2025); %2 per ChatGPT query (Altman, 2025); %3 evaporated "
        "to train GPT-3 (an estimate by Li et al., 2023); Google's data centres: %4 in 2023.",
    )
    hardware = QCoreApplication.translate(
        "GridEmissionsView",
        "Hardware: data-centre servers used to last %1, now %2 (de Vries, in the article): more chips "
        "are made, and making them emits too.",
    )
    return "\n".join(
        [
            water.replace("%1", value("gemini_water_prompt_2025"))
            .replace("%2", value("chatgpt_query_water_altman_2025"))
            .replace("%3", value("gpt3_training_water_onsite"))
            .replace("%4", value("google_dc_water_2023")),
            hardware.replace("%1", value("dc_hardware_life_before")).replace("%2", value("dc_hardware_life")),
        ]
    )


class GridEmissionsView(Page):
    """One AI load on every grid, as emissions, beside the article's argument about where data centres go."""

    view_id = "grid_emissions"

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.question = styled_label(self, "question")
        self.headline = Headline(self)
        self.load_label, self.grid_label = QLabel(self), QLabel(self)
        self.load_box, self.grid_box = FullTextComboBox(self), FullTextComboBox(self)
        for load in LOADS:
            self.load_box.addItem("", load.id)
        for grid_id in GRIDS:
            self.grid_box.addItem("", grid_id)
        self.load_box.currentIndexChanged.connect(self.refresh)
        self.grid_box.currentIndexChanged.connect(self.refresh)
        self.chart = Chart(self, theme)
        self.chart.menu.set_sources(self.sources_text)
        self.compared_title, self.compared = styled_label(self, "sectionTitle"), styled_label(self, "emphasis")
        self.compared_note = styled_label(self, "muted")
        self.steps_title, self.steps = styled_label(self, "sectionTitle"), styled_label(self, selectable=True)
        self.reported_title, self.reported = styled_label(self, "sectionTitle"), styled_label(self)
        self.siting_title, self.siting = styled_label(self, "sectionTitle"), styled_label(self)
        self.water_title, self.water = styled_label(self, "sectionTitle"), styled_label(self)
        self.sources_title = styled_label(self, "sectionTitle")
        self.sources = styled_label(self, "footnote", selectable=True)
        self._results: dict[str, Calculation] = {}  # the load on every grid, worked out by refresh
        self._lay_out()
        self.reset_inputs()
        self.retranslate()

    # --- what the home card and the attract loop show ---

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """GPT-3's training on China's grid and on Sweden's."""
        load = LOADS[0]
        china = format_estimate(emissions(calculator, load, DEFAULT_GRID).result, language, keep_units=True)
        sweden = format_estimate(
            emissions(calculator, load, "grid_intensity_se_2024").result, language, keep_units=True
        )
        text = QCoreApplication.translate("GridEmissions", "Training GPT-3: %1 of CO2e on China's grid, %2 on Sweden's")
        return text.replace("%1", china).replace("%2", sweden)

    # --- the reader's choices ---

    def load(self) -> Load:
        """The load the reader picked."""
        return LOADS[max(0, self.load_box.currentIndex())]

    def grid(self) -> str:
        """The grid the reader picked."""
        return GRIDS[max(0, self.grid_box.currentIndex())]

    def reset_inputs(self) -> None:
        """GPT-3's training on China's grid."""
        self.load_box.setCurrentIndex(0)
        self.grid_box.setCurrentIndex(GRIDS.index(DEFAULT_GRID))

    def lesson_state(self) -> ViewState:
        """The load and the grid, when the reader changed them."""
        choices = {}
        if self.load() is not LOADS[0]:
            choices["load"] = self.load().id
        if self.grid() != DEFAULT_GRID:
            choices["grid"] = self.grid()
        return ViewState(choices=choices)

    def check_lesson(self, state: ViewState, where: str) -> None:
        """Choices only: load (gpt3_training, chatgpt_day or google_ai) and grid (a grid_intensity id)."""
        if state.inputs or state.yardsticks:
            raise LessonError(
                f"{where}: this view takes choices only (load, grid); remove its inputs and yardsticks",
                f"{where}：这个视图只有choices（load、grid）；请删去inputs和yardsticks",
            )
        known = {"load": [load.id for load in LOADS], "grid": list(GRIDS)}
        for key, value in state.choices.items():
            if key not in known or value not in known[key]:
                allowed = ", ".join(known.get(key, known))
                raise LessonError(
                    f'{where}.choices.{key} = "{value}": write one of {allowed}',
                    f'{where}.choices.{key} = "{value}"：请写{allowed}之一',
                )

    def apply_lesson(self, state: ViewState) -> None:
        """The defaults, then the lesson's load and grid."""
        self.reset_inputs()
        if "load" in state.choices:
            self.load_box.setCurrentIndex([load.id for load in LOADS].index(state.choices["load"]))
        if "grid" in state.choices:
            self.grid_box.setCurrentIndex(GRIDS.index(state.choices["grid"]))

    # --- words ---

    def retranslate(self) -> None:
        """Re-read every translated string, then refresh."""
        self.question.setText(
            without_orphan(self.tr("How much CO2 does AI's electricity emit? It depends on the grid"))
        )
        self.load_label.setText(self.tr("Which AI load?"))
        self.grid_label.setText(self.tr("Which grid?"))
        for index, load in enumerate(LOADS):
            self.load_box.setItemText(index, load_name(load.id))
        for index, grid_id in enumerate(GRIDS):
            self.grid_box.setItemText(index, grid_name(grid_id))
        name_chooser(self.load_box, self.load_label.text())
        name_chooser(self.grid_box, self.grid_label.text())
        self.compared_title.setText(self.tr("Compared with everyday emissions"))
        self.compared_note.setText(
            self.tr(
                "The car's and the people's figures count CO2 alone, the electricity's every greenhouse gas as "
                "CO2-equivalent: the counts come out a little higher than a CO2-only comparison would give."
            )
        )
        self.steps_title.setText(self.tr("How is this calculated?"))
        self.reported_title.setText(self.tr("What the sources themselves report"))
        self.siting_title.setText(self.tr("Where should data centres go?"))
        self.water_title.setText(self.tr("Water and hardware"))
        self.sources_title.setText(self.tr("Sources"))
        self.refresh()

    def refresh(self) -> None:
        """Headline, chart, comparisons, steps, reported figures, siting argument, water and sources; the load's
        emissions on every grid are worked out once here, for all of them."""
        language, load = self.language, self.load()
        self._results = {grid_id: emissions(self.calculator, load, grid_id) for grid_id in GRIDS}
        calculation = self._results[self.grid()]
        self.headline.set_text(kept_together(self._headline(calculation), CO2E_ZH), self._spread())
        self.chart.set_data(*self._bars())
        self.compared.setText("\n".join(self._comparisons(calculation)))
        lines = describe_steps(calculation, self.calculator.dataset, language)
        self.steps.setText("\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1)))
        self.reported.setText(self._reported())
        self.siting.setText(self._siting())
        self.water.setText(water_and_hardware(self.calculator, language))
        self.sources.setText(self.sources_text())
        self.headline_changed.emit()

    def _headline(self, calculation: Calculation) -> str:
        """The chosen load on the chosen grid."""
        amount = format_estimate(calculation.result, self.language, keep_units=True)
        return (
            self.tr("%1 on this grid (%2): %3 of CO2e")
            .replace("%1", load_name(self.load().id))
            .replace("%2", grid_name(self.grid()))
            .replace("%3", amount)
        )

    def _spread(self) -> str:
        """The cleanest and the dirtiest 2024 grid, and how many times apart they are."""
        results = {grid_id: result for grid_id, result in self._results.items() if grid_id.endswith("2024")}
        cleanest = min(results, key=lambda grid_id: float(results[grid_id].result.value.magnitude))
        dirtiest = max(results, key=lambda grid_id: float(results[grid_id].result.value.magnitude))
        ratio = self.calculator.convert(self.calculator.evaluate(f"{dirtiest} / {cleanest}"), "dimensionless").result
        return (
            self.tr("The same electricity: %1 in %2, %3 in %4, about %5 times as much.")
            .replace("%1", format_estimate(results[cleanest].result, self.language, keep_units=True))
            .replace("%2", grid_name(cleanest))
            .replace("%3", format_estimate(results[dirtiest].result, self.language, keep_units=True))
            .replace("%4", grid_name(dirtiest))
            .replace("%5", format_estimate(replace(ratio, approximate=False), self.language))
        )

    def _bars(self) -> tuple[list, str]:
        """The load's emissions on every grid, the chosen one highlighted; for GPT-3 also the emissions its
        authors report."""
        load, language = self.load(), self.language
        unit = load.chart_unit_zh if language == "zh" else load.chart_unit
        dataset = self.calculator.dataset

        def label(name: str, grid_id: str) -> str:
            intensity = figure_text(self.calculator, grid_id, language)
            return f"{name}（{intensity}）" if language == "zh" else f"{name} ({intensity})"

        def grid_bar(grid_id: str) -> Bar:
            calculation = self._results[grid_id]
            source = calculated_from(calculation.figures_used, dataset, language)
            name = label(grid_name(grid_id), grid_id)
            return bar_for(name, calculation.result, unit, language, grid_id == self.grid(), source)

        bars = [grid_bar(grid_id) for grid_id in GRIDS]
        if load.id == "gpt3_training":
            reported = dataset.figure("gpt3_training_co2")
            name = label(self.tr("As Patterson et al. report"), "gpt3_training_grid_intensity")
            bars.append(
                bar_for(name, reported.estimate(), unit, language, source=short_source(reported, dataset, language))
            )
        title = {
            "t": self.tr("Emissions (t CO2e)"),
            "t/day": self.tr("Emissions per day (t CO2e)"),
            "Mt/year": self.tr("Emissions per year (million t CO2e)"),
        }[load.chart_unit]
        return bars, title

    def _comparisons(self, calculation: Calculation) -> list[str]:
        """The result in each emitter: cars, people, flights."""
        dataset = self.calculator.dataset
        lines = []
        for emitter in dataset.yardsticks(YardstickKind.EMITTER):
            comparison = self.calculator.compare(calculation, emitter.id)
            text = describe_comparison(comparison, self.language)
            lines.append(f"= {text}" if self.language == "en" else text)
        return lines

    def _reported(self) -> str:
        """What the sources report themselves, and where they disagree on a grid."""
        language, calculator = self.language, self.calculator

        def value(figure_id: str) -> str:
            return figure_text(calculator, figure_id, language)

        patterson = calculator.convert(calculator.evaluate("gpt3_training * gpt3_training_grid_intensity"), "t")
        prompt = calculator.evaluate(f"gemini_prompt_2025 * {self.grid()}")
        return "\n".join(
            [
                self.tr(
                    "Patterson et al. report %1 for training GPT-3, on a grid of %2: the calculator gets %3 from "
                    "the same inputs."
                )
                .replace("%1", value("gpt3_training_co2"))
                .replace("%2", value("gpt3_training_grid_intensity"))
                .replace("%3", format_estimate(patterson.result, language, keep_units=True)),
                self.tr(
                    "Google reports %1 per Gemini prompt (%2 of electricity), counted after its purchases of clean "
                    "power (market-based) and with the hardware's share; on this grid (%3) the same electricity "
                    "alone would emit %4."
                )
                .replace("%1", value("gemini_prompt_co2_2025"))
                .replace("%2", value("gemini_prompt_2025"))
                .replace("%3", grid_name(self.grid()))
                .replace("%4", format_estimate(prompt.result, language)),
                self.tr(
                    "Grids are counted in more than one way: the world's electricity in 2024 was %1 counting its "
                    "whole life cycle (Ember), %2 counting only the CO2 of power generation (IEA); %3 in 2025 (Ember). "
                    "China's official factor for 2023, CO2 only: %4."
                )
                .replace("%1", value("grid_intensity_world_2024"))
                .replace("%2", value("grid_intensity_world_2024_iea"))
                .replace("%3", value("grid_intensity_world_2025"))
                .replace("%4", value("grid_intensity_cn_2023_mee")),
            ]
        )

    def _siting(self) -> str:
        """The article's argument about siting, and the facts behind each place it names."""
        language = self.language
        iceland = figure_text(self.calculator, "grid_intensity_is_2023", language)
        hydro = figure_text(self.calculator, "iceland_hydro_share", language)
        return "\n".join(
            [
                "• "
                + self.tr(
                    "The article: AI's electricity will slow the world's cuts in emissions, and renewable power "
                    "should replace coal first rather than feed new data centres."
                ),
                "• "
                + self.tr(
                    "The article: data centres can be built where wind and sun are plentiful, such as China's west."
                ),
                "• "
                + self.tr(
                    "The Netherlands: Meta's planned data centre at Zeewolde met opposition; Meta put it on hold in "
                    "March 2022 and dropped it in July 2022 (DutchNews, 2022)."
                ),
                "• "
                + self.tr(
                    "Sweden: the government proposed in its budget for 2023 to end the energy-tax cut data centres "
                    "had had since 2017 (Riksdagen, 2022)."
                ),
                "• "
                + self.tr(
                    "Iceland: %1 of its electricity is hydro power and the rest geothermal; %2 in 2023. Data centres "
                    "go there for it and for the cool climate (The Irish Times, 2023)."
                )
                .replace("%1", hydro)
                .replace("%2", iceland),
            ]
        )

    def sources_text(self) -> str:
        """Every figure the page shows, with its source, year and status, then the sources its text cites."""
        dataset, language = self.calculator.dataset, self.language
        used = self._results[self.grid()].figures_used
        ids = [*dict.fromkeys([*used, *GRIDS, *REPORTED, *WATER_AND_HARDWARE])]
        ids += [figure.id for figure in dataset.yardsticks(YardstickKind.EMITTER)]
        lines = footnote_lines([dataset.figure(figure_id) for figure_id in dict.fromkeys(ids)], dataset, language)
        cited = []
        for source_id in SITING_SOURCES:
            source = dataset.sources[source_id]
            if language == "zh":
                cited.append(f"• {source.cited_as(language)}（{source.year}）：{source.title}。{source.url}")
            else:
                cited.append(f"• {source.cited_as(language)} ({source.year}): {source.title}. {source.url}")
        return lines + "\n" + "\n".join(cited)

    # --- layout ---

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Recolour the chart; choosers side by side above it, or at large text stacked under it (question,
        answer and chart fill a projector's first screen)."""
        super().set_display(theme, text_scale)
        columns = columns_for(text_scale, 2)
        arrange_in_columns(self.choosers, self._chooser_boxes, columns, [1, 1])
        reorder(self.body, [self.chart, self.chooser_panel] if columns == 1 else [self.chooser_panel, self.chart])

    def _lay_out(self) -> None:
        """Question, answer, choosers, chart, comparisons, steps, reported figures, siting, water, sources."""
        self.body = layout = scrolling_body(self)
        layout.addWidget(self.question)
        layout.addWidget(self.headline)
        choosers = QWidget(self)
        self.choosers = QGridLayout(choosers)
        self.choosers.setContentsMargins(0, 0, 0, 0)
        self._chooser_boxes = []
        for label, box in ((self.load_label, self.load_box), (self.grid_label, self.grid_box)):
            holder = QWidget(choosers)
            holder_layout = QGridLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(label, 0, 0)
            holder_layout.addWidget(box, 1, 0)
            self._chooser_boxes.append(holder)
        arrange_in_columns(self.choosers, self._chooser_boxes, 2, [1, 1])
        self.chooser_panel = choosers
        layout.addWidget(choosers)
        layout.addWidget(self.chart)
        for widget in (
            self.compared_title,
            self.compared,
            self.compared_note,
            self.steps_title,
            self.steps,
            self.reported_title,
            self.reported,
            self.siting_title,
            self.siting,
            self.water_title,
            self.water,
            self.sources_title,
            self.sources,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)


__all__ = ["GRIDS", "LOADS", "GridEmissionsView", "emissions", "grid_name", "load_name", "water_and_hardware"]
