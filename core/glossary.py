"""The glossary of units and terms (resources/data/glossary.toml): read, checked, and worded with the dataset's
own numbers, so every number in an entry is a sourced figure or the calculator's arithmetic on them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from core.calculator import Calculator
from core.errors import CalculatorError, DatasetError
from core.formatting import format_estimate
from core.paths import data_directory
from core.toml_files import TomlFileError, read_toml

FILE = "glossary.toml"
#: {value:FIGURE_ID} (with its year), {plain:FIGURE_ID} (without), {calc:EXPRESSION} or {calc:EXPRESSION|UNIT}.
_PLACEHOLDER = re.compile(r"\{(value|plain|calc):([^{}]+)\}")


@dataclass(frozen=True)
class Entry:
    """One glossary entry: its title and text in both languages, and the marks that show it is on a page."""

    id: str
    term_en: str
    term_zh: str
    text_en: str
    text_zh: str
    marks: tuple[str, ...]

    def term(self, language: str) -> str:
        """The entry's title in `language`."""
        return self.term_zh if language == "zh" else self.term_en

    def is_in(self, text: str) -> bool:
        """Whether `text` shows the term: a mark as a whole word (Latin letters) or anywhere (Chinese)."""
        return any(_mark_pattern(mark).search(text) for mark in self.marks)


@cache
def _mark_pattern(mark: str) -> re.Pattern[str]:
    """A mark as a pattern: "t" matches "721 t" and "721t" but not "the"; 度 matches anywhere."""
    if mark.isascii():  # a word matches in any case ("Confirmed"), a unit symbol only as written (t, not T)
        flags = re.IGNORECASE if len(mark) > 3 else 0
        return re.compile(rf"(?<![A-Za-z]){re.escape(mark)}(?![A-Za-z])", flags)
    return re.compile(re.escape(mark))


@cache
def load_glossary(directory: Path | None = None) -> tuple[Entry, ...]:
    """Every entry, in the file's order; a DatasetError names the entry and field that is wrong."""
    path = (directory or data_directory()) / FILE
    try:
        document = read_toml(path, 1024 * 1024)
    except (FileNotFoundError, TomlFileError) as error:
        raise DatasetError(FILE, "-", "-", f"the file cannot be used: {error}") from None
    entries = []
    for position, raw in enumerate(document.get("entry", []), start=1):
        record = str(raw.get("id", f"#{position}"))
        for field in ("id", "term_en", "term_zh", "text_en", "text_zh"):
            if not isinstance(raw.get(field), str) or not raw[field].strip():
                raise DatasetError(FILE, record, field, "is missing or empty")
        marks = raw.get("marks", [])
        if not marks or not all(isinstance(mark, str) and mark for mark in marks):
            raise DatasetError(FILE, record, "marks", 'give at least one text, as in ["kWh", "度"]')
        unknown = sorted(set(raw) - {"id", "term_en", "term_zh", "text_en", "text_zh", "marks"})
        if unknown:
            raise DatasetError(FILE, record, unknown[0], "unknown field")
        entries.append(Entry(raw["id"], raw["term_en"], raw["term_zh"], raw["text_en"], raw["text_zh"], tuple(marks)))
    return tuple(entries)


def entry_text(entry: Entry, calculator: Calculator, language: str) -> str:
    """The entry's text in `language` with its numbers filled in by the calculator."""
    return with_numbers(entry.text_zh if language == "zh" else entry.text_en, calculator, language)


def with_numbers(text: str, calculator: Calculator, language: str) -> str:
    """`text` with every {value:ID}, {plain:ID} and {calc:EXPRESSION|UNIT} worded from the dataset."""
    return _PLACEHOLDER.sub(lambda match: _number(match[1], match[2], calculator, language), text)


def _number(kind: str, name: str, calculator: Calculator, language: str) -> str:
    """A figure's value with its year, or a calculation's result."""
    if kind in ("value", "plain"):
        figure = calculator.dataset.figure(name)
        value = format_estimate(figure.estimate(), language, keep_units=True)
        if kind == "plain":
            return value
        return f"{value}（{figure.year}年）" if language == "zh" else f"{value} ({figure.year})"
    expression, _, unit = name.partition("|")
    calculation = calculator.evaluate(expression)
    if unit:
        calculation = calculator.convert(calculation, unit)
    return format_estimate(calculation.result, language, keep_units=True)


def check_glossary(calculator: Calculator) -> None:
    """Word every entry in both languages, so a misspelt id or a wrong expression is found (by a test) before a
    reader opens the glossary."""
    for entry in load_glossary():
        for language in ("en", "zh"):
            try:
                entry_text(entry, calculator, language)
            except CalculatorError as error:
                raise DatasetError(FILE, entry.id, f"text_{language}", str(error)) from None


def entries_in(text: str) -> list[Entry]:
    """The entries whose terms `text` shows, in the glossary's order."""
    return [entry for entry in load_glossary() if entry.is_in(text)]
