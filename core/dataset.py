"""The sourced dataset: load the TOML files of `resources/data/`, validate every record, and look records up.

Validation runs on every load and stops at the first problem with a DatasetError that names the file, the
record and the field, and says what is wrong, so whoever edits a file can fix it without reading code.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from core.errors import CalculatorError, DatasetError, UnknownRecordError, quoted
from core.paths import data_directory
from core.precision import significant_figures_of
from core.stories import ROW_KINDS, SLOTS, Chooser, Guess, Option, Row, Story, StoryInput, Worded, check_story
from core.toml_files import TomlFileError, read_toml
from core.units import DIMENSIONLESS, Quantity, check_definitions, pint, registry, units_of
from core.values import Estimate, checked, from_figures

FIGURE_FILES = ("article.toml", "estimates.toml", "yardsticks.toml", "emissions.toml")
SOURCES_FILE = "sources.toml"
SCENARIOS_FILE = "scenarios.toml"
STORIES_FILE = "stories.toml"
ARTICLE_SOURCE = "sanlian2024"
#: The sides a one-sided figure can keep (see core.values.BOUNDS) and the verdicts a scenario can declare.
BOUND_CHOICES = ("at_least", "more_than", "at_most", "less_than")
VERDICTS = ("matches", "loose", "implied", "source_rounding")
#: What a plain-number scenario result counts (worded in core.explain.COUNTED_WORDS): a ratio reads "2.2 times".
COUNTED_CHOICES = ("times", "households")

_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class Status(StrEnum):
    """How well a figure is confirmed (the research notes' status column)."""

    CONFIRMED = "C"
    SECONDARY = "C2"
    DERIVED = "D"
    UNCONFIRMED = "U"
    OWN = "own"  # a reader's own figure (My figures, core.own_figures): never in the shipped files


class YardstickKind(StrEnum):
    """The groups of comparison yardsticks."""

    HOUSEHOLD = "household"
    CITY = "city"
    COUNTRY = "country"
    WORLD = "world"
    POWER_STATION = "power_station"
    EVERYDAY = "everyday"
    COMPANY = "company"
    SECTOR = "sector"
    EMITTER = "emitter"  # something that emits CO2: a car a year, a person a year, one flight (a mass)


#: Kinds whose comparisons are counted ("1,000 households", "47 million phone charges").
COUNTED_KINDS = frozenset({YardstickKind.HOUSEHOLD, YardstickKind.EVERYDAY, YardstickKind.EMITTER})


@dataclass(frozen=True)
class Source:
    """A publication that figures cite."""

    id: str
    title: str
    author: str
    publisher: str
    year: int
    url: str
    doi: str
    part: str
    note: str
    name_zh: str = ""
    cited_in: str = ""  # a view whose own text cites the source (a fact with no number to be a figure)

    def cited_as(self, language: str) -> str:
        """How a citation names the source: its Chinese name in Chinese (《三联生活周刊》, 国际能源署), where
        one is given, else its author (the magazine by its publisher)."""
        if language == "zh" and self.name_zh:
            return self.name_zh
        return self.publisher if self.id == ARTICLE_SOURCE else self.author


@dataclass(frozen=True)
class Yardstick:
    """How a figure reads as a comparison target: its kind and its names in both languages."""

    kind: YardstickKind
    name_en: str
    name_zh: str
    plural_en: str = ""
    measure_zh: str = ""
    phrase_zh: str = ""


@dataclass(frozen=True)
class Figure:
    """One sourced figure: a value or a low-high range, with unit, year, source and status."""

    id: str
    label_en: str
    label_zh: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    year: int
    source: str
    cites: tuple[str, ...]
    status: Status
    approximate: bool
    article_zh: str
    note: str
    group: str
    significant_figures: int
    yardstick: Yardstick | None
    file: str
    bound: str | None = None
    note_zh: str = ""

    def estimate(self) -> Estimate:
        """The figure as an Estimate; a range without a central value uses its midpoint."""
        return from_figures(
            self.value, self.low, self.high, self.unit, self.significant_figures, self.approximate, self.bound
        )

    def note_in(self, language: str) -> str:
        """The note in `language`; in Chinese the English note when no Chinese one is written yet."""
        return self.note_zh or self.note if language == "zh" else self.note

    @property
    def only_in_article(self) -> bool:
        """True when the magazine is the figure's only source: it says so, not "confirmed"."""
        return self.source == ARTICLE_SOURCE and self.status is Status.CONFIRMED

    def label(self, language: str) -> str:
        """The label in `language` ("en" or "zh")."""
        return self.label_zh if language == "zh" else self.label_en


@dataclass(frozen=True)
class Constant:
    """An exact conversion used in formulas, such as 24 hours in a day."""

    id: str
    label_en: str
    label_zh: str
    value: str

    def estimate(self) -> Estimate:
        """The constant as an exact Estimate (parsed once: every step that shows it asks again)."""
        return _parsed_constant(self.value)

    def label(self, language: str) -> str:
        """The label in `language` ("en" or "zh")."""
        return self.label_zh if language == "zh" else self.label_en


@lru_cache(maxsize=256)
def _parsed_constant(value: str) -> Estimate:
    """An exact Estimate from a constant's text ("24 hour/day"); Estimates are immutable, so one serves all."""
    return Estimate(registry.parse_expression(value))


@dataclass(frozen=True)
class Scenario:
    """One of the article's derived claims: a formula over figures, and the result the article states."""

    id: str
    title_en: str
    title_zh: str
    formula: str
    inputs: tuple[str, ...]
    unit: str
    claim_value: float | None
    claim_low: float | None
    claim_high: float | None
    claim_significant_figures: int
    claim_en: str
    claim_zh: str
    verdict: str
    note: str
    note_zh: str = ""
    bound: str | None = None
    claim_is_interval: bool = False
    independent: str = ""
    independent_en: str = ""
    independent_zh: str = ""
    counted: str | None = None

    def title(self, language: str) -> str:
        """The title in `language` ("en" or "zh")."""
        return self.title_zh if language == "zh" else self.title_en

    def claim(self, language: str) -> str:
        """The article's claim in `language` ("en" or "zh")."""
        return self.claim_zh if language == "zh" else self.claim_en

    def note_in(self, language: str) -> str:
        """The note in `language`; in Chinese the English note when no Chinese one is written yet."""
        return self.note_zh or self.note if language == "zh" else self.note


@dataclass(frozen=True)
class Dataset:
    """Every source, figure, constant and scenario, validated and indexed by id."""

    version: str
    sources: Mapping[str, Source]
    figures: Mapping[str, Figure]
    constants: Mapping[str, Constant]
    scenarios: Mapping[str, Scenario]
    stories: Mapping[str, Story] = dataclasses.field(default_factory=dict)

    def figure(self, figure_id: str) -> Figure:
        """The figure `figure_id`, or UnknownRecordError with a hint."""
        try:
            return self.figures[figure_id]
        except KeyError:
            raise UnknownRecordError(*_unknown_message("figure", figure_id, self.figures)) from None

    def scenario(self, scenario_id: str) -> Scenario:
        """The scenario `scenario_id`, or UnknownRecordError with a hint."""
        try:
            return self.scenarios[scenario_id]
        except KeyError:
            raise UnknownRecordError(*_unknown_message("scenario", scenario_id, self.scenarios)) from None

    def yardstick(self, figure_id: str) -> Figure:
        """The figure `figure_id` if it is a yardstick, else UnknownRecordError."""
        figure = self.figure(figure_id)
        if figure.yardstick is None:
            raise UnknownRecordError(
                f"'{figure_id}' is a figure but not a yardstick: 'ai-energy-calc list yardsticks' shows the yardsticks",
                f"“{figure_id}”是数字，但不是对比标尺：“ai-energy-calc list yardsticks”列出所有标尺",
            )
        return figure

    def yardsticks(self, kind: YardstickKind | None = None) -> list[Figure]:
        """Every yardstick figure, optionally only those of one kind, in file order."""
        return [
            figure
            for figure in self.figures.values()
            if figure.yardstick is not None and (kind is None or figure.yardstick.kind == kind)
        ]

    def group(self, group_id: str) -> list[Figure]:
        """The figures that belong to `group_id` (for example dc_split)."""
        return [figure for figure in self.figures.values() if figure.group == group_id]

    def names(self) -> dict[str, Estimate]:
        """Every name an expression may use (figure ids and constants) with its Estimate."""
        names = {figure_id: figure.estimate() for figure_id, figure in self.figures.items()}
        names.update({constant_id: constant.estimate() for constant_id, constant in self.constants.items()})
        return names


def _unknown_message(kind: str, record_id: str, known: Iterable[str]) -> tuple[str, str]:
    """Explain an unknown id in English and Chinese, suggesting the closest known ones."""
    import difflib

    close = difflib.get_close_matches(record_id[:100], list(known), n=3, cutoff=0.6)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    hint_zh = f"你是不是想输入{'、'.join(close)}？" if close else ""
    kind_zh = {"figure": "数据", "scenario": "情景"}.get(kind, kind)
    return (
        f"there is no {kind} {quoted(record_id)}.{hint} 'ai-energy-calc list' shows every id.",
        f"没有编号为{quoted(record_id, 'zh')}的{kind_zh}。{hint_zh}运行“ai-energy-calc list”可列出所有编号。",
    )


#: A data file larger than this is refused rather than parsed (the largest today is under 100 KB).
LARGEST_DATA_FILE = 5 * 1024 * 1024


def _read_data_file(path: Path, file: str) -> dict[str, Any]:
    """One data file parsed, or a DatasetError naming it and saying how to fix it."""
    try:
        return read_toml(path, LARGEST_DATA_FILE)
    except FileNotFoundError:
        raise DatasetError(file, "-", "-", f"the file is missing from {path.parent}") from None
    except TomlFileError as error:
        raise DatasetError(file, "-", "-", f"the file {error}") from None


@cache
def load_dataset(directory: Path | None = None) -> Dataset:
    """Load and validate the dataset from `directory` (default: the program's own data); cached per directory."""
    return DatasetLoader(directory or data_directory()).load()


class DatasetLoader:
    """Reads the dataset files of one directory and validates them record by record."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def load(self) -> Dataset:
        """Read every file, validate, and return the Dataset; raise DatasetError on the first problem."""
        check_definitions()
        sources_document = self._read(SOURCES_FILE)
        version = sources_document.get("version")
        if not isinstance(version, str) or not version:
            raise DatasetError(SOURCES_FILE, "-", "version", 'must be a non-empty text such as "2026-11-25"')
        sources = {source.id: source for source in self._records(SOURCES_FILE, sources_document, "source", _source)}
        figures: dict[str, Figure] = {}
        for file in FIGURE_FILES:
            for figure in self._records(file, self._read(file), "figure", build_figure):
                check_new_id(file, figure.id, figures)
                figures[figure.id] = figure
        scenarios_document = self._read(SCENARIOS_FILE)
        constants = {c.id: c for c in self._records(SCENARIOS_FILE, scenarios_document, "constant", _constant)}
        for constant_id in constants:
            check_new_id(SCENARIOS_FILE, constant_id, figures)
        scenarios = {s.id: s for s in self._records(SCENARIOS_FILE, scenarios_document, "scenario", _scenario)}
        _check_references(sources, figures, constants, scenarios)
        dataset = Dataset(version, sources, figures, constants, scenarios)
        _check_scenarios_run(dataset)
        stories_document = self._read(STORIES_FILE)
        stories = {
            story.id: story
            for story in self._records(STORIES_FILE, stories_document, "story", lambda f: _story(f, figures))
        }
        dataset = Dataset(version, sources, figures, constants, scenarios, stories)
        for story in stories.values():
            problem = check_story(story, dataset)
            if problem is not None:
                raise DatasetError(STORIES_FILE, story.id, *problem)
        return dataset

    def _read(self, file: str) -> dict[str, Any]:
        """Parse one TOML file, turning every way it can be unreadable into a DatasetError."""
        return _read_data_file(self.directory / file, file)

    def _records(self, file: str, document: dict[str, Any], table: str, build: Any) -> list[Any]:
        """Validate and build every record of the array `[[table]]` in `document`."""
        raw_records = document.get(table, [])
        if not isinstance(raw_records, list):
            raise DatasetError(file, "-", table, f"must be an array of tables written [[{table}]]")
        records = []
        seen: set[str] = set()
        for position, raw in enumerate(raw_records, start=1):
            fields = RecordFields(file, raw, position)
            record = build(fields)
            fields.reject_unknown()
            if record.id in seen:
                raise DatasetError(file, record.id, "id", "this id is used twice; every id must be unique")
            seen.add(record.id)
            records.append(record)
        return records


class RecordFields:
    """Typed access to one raw record's fields, raising DatasetError that names file, record and field."""

    def __init__(self, file: str, raw: dict[str, Any], position: int) -> None:
        self.file = file
        self.raw = raw
        self.used: set[str] = set()
        self.record = str(raw.get("id", f"#{position}"))

    def error(self, field: str, problem: str) -> DatasetError:
        """A DatasetError for `field` of this record."""
        return DatasetError(self.file, self.record, field, problem)

    def text(self, field: str, required: bool = True) -> str:
        """A text field; a required one must be non-empty."""
        self.used.add(field)
        value = self.raw.get(field, "")
        if not isinstance(value, str):
            raise self.error(field, f"must be text in quotes, not {value!r}")
        if required and not value.strip():
            raise self.error(field, "is missing or empty")
        return value

    def identifier(self) -> str:
        """The record's id: lower_snake_case."""
        value = self.text("id")
        if not _ID_PATTERN.match(value):
            raise self.error("id", f"'{value}' must be lower_snake_case (letters, digits, underscores)")
        return value

    def number(self, field: str) -> float | None:
        """An optional finite number."""
        self.used.add(field)
        value = self.raw.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(field, f"must be a number without quotes, not {value!r}")
        if not math.isfinite(value):
            raise self.error(field, "must be a finite number")
        return value

    def integer(self, field: str, low: int, high: int, default: int | None = None) -> int:
        """An integer between `low` and `high`; required unless a default is given."""
        self.used.add(field)
        value = self.raw.get(field, default)
        if value is None:
            raise self.error(field, "is missing")
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(field, f"must be a whole number from {low} to {high}, not {value!r}")
        return value

    def choice(self, field: str, choices: tuple[str, ...]) -> str | None:
        """An optional text that must be one of `choices` (None when absent)."""
        value = self.text(field, required=False)
        if not value:
            return None
        if value not in choices:
            raise self.error(field, f"'{value}' must be one of {', '.join(choices)}")
        return value

    def flag(self, field: str) -> bool:
        """An optional true/false field (false when absent)."""
        self.used.add(field)
        value = self.raw.get(field, False)
        if not isinstance(value, bool):
            raise self.error(field, f"must be true or false, not {value!r}")
        return value

    def text_list(self, field: str) -> tuple[str, ...]:
        """An optional list of texts."""
        self.used.add(field)
        value = self.raw.get(field, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(field, 'must be a list of texts, as in ["a", "b"]')
        return tuple(value)

    def table(self, field: str) -> RecordFields | None:
        """An optional inline table, as fields of its own."""
        self.used.add(field)
        value = self.raw.get(field)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.error(field, 'must be a table, as in { kind = "household", ... }')
        nested = RecordFields(self.file, value, 0)
        nested.record = f"{self.record}.{field}"
        return nested

    def unit(self, field: str) -> str:
        """A pint unit string that parses ("" is a plain number)."""
        value = self.text(field, required=False)
        if value.strip():
            try:
                registry.parse_units(value)
            except Exception as error:  # pint raises several kinds for a unit ending in an operator
                raise self.error(
                    field, f"{quoted(value)} is not a unit pint knows ({error or type(error).__name__})"
                ) from None
        return value

    def tables(self, field: str) -> list[RecordFields]:
        """An optional array of tables ([[story.input]], or an inline list of tables), each as fields of its own."""
        self.used.add(field)
        value = self.raw.get(field, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.error(field, f"must be an array of tables, written [[...{field}]] or [{{...}}, ...]")
        nested = []
        for position, item in enumerate(value, start=1):
            fields = RecordFields(self.file, item, position)
            fields.record = f"{self.record}.{field}[{position}]"
            nested.append(fields)
        return nested

    def mapping(self, field: str) -> dict[str, str]:
        """An optional inline table of texts, as in { household = "household_cn" }."""
        self.used.add(field)
        value = self.raw.get(field, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise self.error(field, 'must be a table of texts, as in { household = "household_cn" }')
        return dict(value)

    def worded(self, field: str, required: bool = True) -> Worded:
        """A text in both languages, from `field`_en and `field`_zh."""
        return Worded(self.text(f"{field}_en", required), self.text(f"{field}_zh", required))

    def reject_unknown(self) -> None:
        """Fail on fields nobody reads: they are usually typos."""
        unknown = sorted(set(self.raw) - self.used)
        if unknown:
            raise self.error(unknown[0], "is not a known field; check its spelling against the file's header")


def _source(fields: RecordFields) -> Source:
    """Build a Source from validated fields."""
    source = Source(
        id=fields.identifier(),
        title=fields.text("title"),
        author=fields.text("author"),
        publisher=fields.text("publisher"),
        year=fields.integer("year", 1800, 2100),
        url=fields.text("url", required=False),
        doi=fields.text("doi", required=False),
        part=fields.text("part"),
        note=fields.text("note", required=False),
        name_zh=fields.text("name_zh", required=False),
        cited_in=fields.text("cited_in", required=False),
    )
    if source.doi and not source.doi.startswith("10."):
        raise fields.error("doi", f"'{source.doi}' is not a DOI (DOIs start with '10.')")
    if source.url.startswith(("http://", "https://")):
        raise fields.error("url", "write the address without http:// or https://, as the other sources do")
    return source


def build_figure(fields: RecordFields, own: bool = False) -> Figure:
    """Build a Figure from validated fields, checking value, range, status and yardstick rules; only a reader's
    `own` figure (core.own_figures) may have the status "own"."""
    figure_id = fields.identifier()
    value, low, high = fields.number("value"), fields.number("low"), fields.number("high")
    _check_value_and_range(fields, value, low, high)
    status_text = fields.text("status")
    try:
        status = Status(status_text)
    except ValueError:
        raise fields.error("status", f"'{status_text}' must be one of C, C2, D, U") from None
    if status is Status.OWN and not own:
        raise fields.error("status", "'own' marks a reader's own figure (My figures); write C, C2, D or U")
    approximate = fields.flag("approximate")
    note = fields.text("note", required=False)
    if status is Status.UNCONFIRMED and not approximate:
        raise fields.error("approximate", "a figure with status U must be marked approximate = true")
    if status in (Status.DERIVED, Status.UNCONFIRMED) and not note.strip():
        raise fields.error("note", f"a figure with status {status} needs a note with its derivation or reason")
    source = fields.text("source")
    article_zh = fields.text("article_zh", required=False)
    if source == ARTICLE_SOURCE and not article_zh.strip():
        raise fields.error("article_zh", "a figure read in the article needs the article's Chinese wording")
    unit = fields.unit("unit")
    default_figures = max(significant_figures_of(number) for number in (value, low, high) if number is not None)
    yardstick_fields = fields.table("yardstick")
    bound = fields.choice("bound", BOUND_CHOICES)
    for field, number in (("value", value), ("low", low), ("high", high)):
        if number is not None and number < 0:
            raise fields.error(field, f"{number} is negative: energies, counts, prices and shares are never below zero")
    figure = Figure(
        id=figure_id,
        label_en=fields.text("label_en"),
        label_zh=fields.text("label_zh"),
        value=value,
        low=low,
        high=high,
        unit=unit,
        year=fields.integer("year", 1800, 2100),
        source=source,
        cites=fields.text_list("cites"),
        status=status,
        approximate=approximate,
        article_zh=article_zh,
        note=note,
        group=fields.text("group", required=False),
        significant_figures=fields.integer("significant_figures", 1, 15, default_figures),
        yardstick=None if yardstick_fields is None else _yardstick(yardstick_fields, unit),
        file=fields.file,
        bound=bound,
        note_zh=fields.text("note_zh", required=False),
    )
    _check_chinese_note(fields, figure.note, figure.note_zh)
    try:
        checked(figure.estimate())
    except CalculatorError as error:
        raise fields.error("value", str(error)) from None
    if figure.yardstick is not None and min(n for n in (value, low, high) if n is not None) == 0:
        raise fields.error("value", "a yardstick must be more than zero: nothing can be measured in zeros of it")
    return figure


def _check_chinese_note(fields: RecordFields, note: str, note_zh: str) -> None:
    """Every caveat exists in Chinese: a note needs its note_zh (and a Chinese note an English one)."""
    if note.strip() and not note_zh.strip():
        raise fields.error("note_zh", "this note has no Chinese: add note_zh with the same caveat in Chinese")
    if note_zh.strip() and not note.strip():
        raise fields.error("note", "this Chinese note has no English: add note with the same caveat")


def _check_value_and_range(fields: RecordFields, value: float | None, low: float | None, high: float | None) -> None:
    """A figure needs a value, or low and high (or all three), with low <= value <= high."""
    if (low is None) != (high is None):
        raise fields.error("low" if low is None else "high", "give both low and high, or neither")
    if value is None and low is None:
        raise fields.error("value", "give a value, or a range with low and high")
    if low is not None and high is not None:
        if low > high:
            raise fields.error("low", f"low ({low}) is greater than high ({high})")
        if value is not None and not low <= value <= high:
            raise fields.error("value", f"the value {value} lies outside its range {low}-{high}")


def _yardstick(fields: RecordFields, unit: str) -> Yardstick:
    """Build a Yardstick; its figure must be an energy or a yearly (or daily) consumption."""
    kind_text = fields.text("kind")
    try:
        kind = YardstickKind(kind_text)
    except ValueError:
        kinds = ", ".join(kind.value for kind in YardstickKind)
        raise fields.error("kind", f"'{kind_text}' must be one of {kinds}") from None
    counted = kind in COUNTED_KINDS
    yardstick = Yardstick(
        kind=kind,
        name_en=fields.text("name_en"),
        name_zh=fields.text("name_zh"),
        plural_en=fields.text("plural_en", required=counted),
        measure_zh=fields.text("measure_zh", required=counted),
        phrase_zh=fields.text("phrase_zh", required=False),
    )
    if yardstick.phrase_zh and "{n}" not in yardstick.phrase_zh:
        raise fields.error("phrase_zh", 'must hold {n} where the number goes, as in "给手机充电{n}次"')
    fields.reject_unknown()
    dimensionality = Quantity(1, unit or DIMENSIONLESS).dimensionality
    measured = "[mass]" if kind is YardstickKind.EMITTER else "[energy]"
    amount = registry.get_dimensionality(measured)
    if dimensionality not in (amount, amount / registry.get_dimensionality("[time]")):
        what = (
            "an emitter's: a mass (t) or a mass per year" if measured == "[mass]" else "an energy or an energy per year"
        )
        raise fields.error("unit", f"a yardstick's unit must be {what}, not '{unit}'")
    return yardstick


def _constant(fields: RecordFields) -> Constant:
    """Build a Constant whose value must parse as a quantity."""
    constant = Constant(fields.identifier(), fields.text("label_en"), fields.text("label_zh"), fields.text("value"))
    try:
        constant.estimate()
    except (pint.errors.PintError, ValueError, SyntaxError, TypeError, AttributeError) as error:
        raise fields.error("value", f"'{constant.value}' is not a quantity pint can read ({error})") from None
    return constant


def _scenario(fields: RecordFields) -> Scenario:
    """Build a Scenario; it needs a claim value or a claim range."""
    claim_value, claim_low, claim_high = (
        fields.number("claim_value"),
        fields.number("claim_low"),
        fields.number("claim_high"),
    )
    _check_value_and_range(fields, claim_value, claim_low, claim_high)
    written = claim_value if claim_value is not None else claim_high
    scenario = Scenario(
        id=fields.identifier(),
        title_en=fields.text("title_en"),
        title_zh=fields.text("title_zh"),
        formula=fields.text("formula"),
        inputs=fields.text_list("inputs"),
        unit=fields.unit("unit"),
        claim_value=claim_value,
        claim_low=claim_low,
        claim_high=claim_high,
        claim_significant_figures=fields.integer(
            "claim_significant_figures", 1, 15, significant_figures_of(written if written is not None else 0)
        ),
        claim_en=fields.text("claim_en"),
        claim_zh=fields.text("claim_zh"),
        verdict=fields.choice("verdict", VERDICTS) or "matches",
        note=fields.text("note", required=False),
        note_zh=fields.text("note_zh", required=False),
        bound=fields.choice("bound", BOUND_CHOICES),
        claim_is_interval=fields.flag("claim_is_interval"),
        independent=fields.text("independent", required=False),
        independent_en=fields.text("independent_en", required=False),
        independent_zh=fields.text("independent_zh", required=False),
        counted=fields.choice("counted", COUNTED_CHOICES),
    )
    _check_chinese_note(fields, scenario.note, scenario.note_zh)
    if scenario.counted and scenario.unit.strip():
        raise fields.error("counted", 'only a plain-number result (unit = "") counts something')
    if scenario.verdict != "matches" and not scenario.note.strip():
        raise fields.error("note", f"a claim declared '{scenario.verdict}' needs a note that explains why")
    if scenario.verdict == "implied" and not (scenario.independent and scenario.independent_en):
        raise fields.error(
            "independent",
            "an implied claim needs the formula (and its independent_en/zh words) of what independent figures give",
        )
    if scenario.claim_is_interval and claim_low is None:
        raise fields.error("claim_is_interval", "an interval claim needs claim_low and claim_high")
    return scenario


def _story(fields: RecordFields, figures: Mapping[str, Figure]) -> Story:
    """Build a Story from validated fields (checked against the dataset afterwards, see core.stories)."""
    story_id = fields.identifier()
    slots = fields.text_list("slots")
    for slot in slots:
        if slot not in SLOTS:
            raise fields.error("slots", f"'{slot}' must be one of {', '.join(SLOTS)}")
    inputs = tuple(_story_input(item) for item in fields.tables("input"))
    choosers = tuple(_chooser(item, figures) for item in fields.tables("chooser"))
    rows = []
    for item in fields.tables("row"):
        kind = item.choice("kind", ROW_KINDS)
        if kind is None:
            raise item.error("kind", f"is missing: write one of {', '.join(ROW_KINDS)}")
        rows.append(Row(kind, item.text("target"), item.worded("short", required=False), item.flag("highlighted")))
        item.reject_unknown()
    story = Story(
        id=story_id,
        scenario=fields.text("scenario", required=False),
        alternatives=fields.text_list("alternatives"),
        alternatives_label=fields.worded("alternatives_label", required=False),
        extra_claims=fields.text_list("extra_claims"),
        compared_input=fields.text("compared_input", required=False),
        slots=slots,
        yardsticks=fields.mapping("yardsticks"),
        choices=fields.mapping("choices"),
        question=fields.worded("question"),
        headline=fields.worded("headline"),
        secondary=fields.worded("secondary", required=False),
        chart_unit=fields.unit("chart_unit"),
        chart_title=fields.worded("chart_title"),
        inputs=inputs,
        choosers=choosers,
        rows=tuple(rows),
        chart_unit_zh=fields.unit("chart_unit_zh"),
        guess=_guess(fields.table("guess")),
        aside=fields.worded("aside", required=False),
    )
    if (
        story.chart_unit_zh
        and units_of(story.chart_unit_zh).dimensionality != units_of(story.chart_unit).dimensionality
    ):
        raise fields.error("chart_unit_zh", f"{quoted(story.chart_unit_zh)} does not measure what chart_unit measures")
    return story


def _guess(fields: RecordFields | None) -> Guess | None:
    """A story's guess: its question, unit and slider range (low below high, both above zero)."""
    if fields is None:
        return None
    low, high = _required_number(fields, "low"), _required_number(fields, "high")
    if not 0 < low < high:
        raise fields.error("low", f"the slider runs from low to high, both above zero: {low} to {high} does not")
    guess = Guess(
        question=fields.worded("question"),
        unit=fields.unit("unit"),
        low=low,
        high=high,
        per=fields.text("per", required=False),
        count=fields.worded("count", required=False),
        over=fields.text("over", required=False),
    )
    if guess.count.en and "{n}" not in guess.count.en + guess.count.zh:
        raise fields.error("count_en", 'must hold {n} where the number goes, as in "{n} households"')
    fields.reject_unknown()
    return guess


def _story_input(fields: RecordFields) -> StoryInput:
    """A story's slider."""
    chinese_factor = fields.number("chinese_factor")
    control = StoryInput(
        name=fields.text("name"),
        minimum=_required_number(fields, "minimum"),
        maximum=_required_number(fields, "maximum"),
        step=_required_number(fields, "step"),
        unit=fields.unit("unit"),
        decimals=fields.integer("decimals", 0, 6, 1),
        factor=fields.number("factor") or 1.0,
        chinese_factor=chinese_factor,
        logarithmic=fields.flag("logarithmic"),
        label=fields.worded("label"),
        unit_words=fields.worded("unit", required=False),
    )
    fields.reject_unknown()
    return control


def _required_number(fields: RecordFields, field: str) -> float:
    """A number that must be given."""
    number = fields.number(field)
    if number is None:
        raise fields.error(field, "is missing: give a number")
    return float(number)


def _chooser(fields: RecordFields, figures: Mapping[str, Figure]) -> Chooser:
    """A story's chooser of competing figures: options listed, or every yardstick of a kind."""
    kind = fields.text("options_from", required=False)
    listed = fields.tables("options")
    if kind:
        options = tuple(
            Option(figure.id, Worded("", ""))
            for figure in figures.values()
            if figure.yardstick is not None and figure.yardstick.kind.value == kind
        )
        if not options:
            raise fields.error("options_from", f"there are no yardsticks of kind '{kind}'")
    else:
        options = tuple(Option(item.text("figure"), item.worded("short", required=False)) for item in listed)
        for item in listed:
            item.reject_unknown()
        if len(options) < 2:
            raise fields.error("options", "give at least two competing figures (or options_from)")
    chooser = Chooser(fields.text("input"), fields.worded("label"), options)
    fields.reject_unknown()
    return chooser


def _check_scenarios_run(dataset: Dataset) -> None:
    """Run every scenario's formula (and an implied claim's independent one) and convert it to the scenario's unit,
    so a misspelt id, an unmatched bracket or a figure with the wrong unit is reported here, naming the scenario,
    not later by a view."""
    from core.expression import evaluate, parse_units  # expression does not import the dataset: no cycle

    names, figure_ids = dataset.names(), frozenset(dataset.figures)
    for scenario in dataset.scenarios.values():
        for field, formula in (("formula", scenario.formula), ("independent", scenario.independent)):
            if not formula:
                continue
            try:
                calculation = evaluate(formula, names, figure_ids)
                calculation.result.to(parse_units(scenario.unit or "dimensionless"))
            except CalculatorError as error:
                units = ", ".join(f"{name} ({_unit_of(dataset, name)})" for name in scenario.inputs)
                raise DatasetError(SCENARIOS_FILE, scenario.id, field, f"{error}; its inputs are {units}") from None
            unlisted = sorted(set(calculation.figures_used) - set(scenario.inputs))
            if field == "formula" and unlisted:
                raise DatasetError(
                    SCENARIOS_FILE, scenario.id, "inputs", f"add {', '.join(unlisted)}: the formula uses it"
                )


def _unit_of(dataset: Dataset, name: str) -> str:
    """How a scenario input is written: a figure's unit, or a constant's value."""
    if name in dataset.figures:
        return repr(dataset.figures[name].unit)
    return repr(dataset.constants[name].value) if name in dataset.constants else "missing"


def check_new_id(file: str, record_id: str, known: Mapping[str, Any]) -> None:
    """Ids share one namespace with each other and must not shadow a unit."""
    if record_id in known:
        raise DatasetError(file, record_id, "id", "this id is already used by another figure or constant")
    if record_id in registry:
        raise DatasetError(file, record_id, "id", "this id is also a unit name; choose an id that is not a unit")


def _check_references(
    sources: Mapping[str, Source],
    figures: Mapping[str, Figure],
    constants: Mapping[str, Constant],
    scenarios: Mapping[str, Scenario],
) -> None:
    """Every cited source exists, every source is cited, every scenario input exists."""
    cited: set[str] = set()
    for figure in figures.values():
        for source_id in (figure.source, *figure.cites):
            if source_id not in sources:
                field = "source" if source_id == figure.source else "cites"
                raise DatasetError(figure.file, figure.id, field, f"no source '{source_id}' in {SOURCES_FILE}")
            cited.add(source_id)
    unused = sorted(set(sources) - cited - {source.id for source in sources.values() if source.cited_in})
    if unused:
        raise DatasetError(SOURCES_FILE, unused[0], "id", "no figure cites this source; cite it or remove it")
    for scenario in scenarios.values():
        for name in scenario.inputs:
            if name not in figures and name not in constants:
                raise DatasetError(SCENARIOS_FILE, scenario.id, "inputs", f"'{name}' is not a figure or constant")
