"""Errors core raises. Each carries a message that tells the reader what is wrong and how to fix it."""

from __future__ import annotations

import unicodedata


class CalculatorError(Exception):
    """Base class of every error a reader can cause and correct.

    `str(error)` is the English message; `message("zh")` the Chinese one (English when none was given).
    """

    def __init__(self, english: str, chinese: str = "") -> None:
        super().__init__(english)
        self.chinese = chinese

    def message(self, language: str) -> str:
        """The message in `language` ("en" or "zh")."""
        return self.chinese if language == "zh" and self.chinese else str(self)


class EmptyExpressionError(CalculatorError):
    """The expression was empty or only spaces."""


class ExpressionTooLongError(CalculatorError):
    """The expression is longer than the calculator accepts."""


class ExpressionSyntaxError(CalculatorError):
    """The expression could not be read (unbalanced brackets, a stray operator, a malformed number)."""


class UnknownNameError(CalculatorError):
    """A name is neither a dataset id nor a unit."""


class IncompatibleUnitsError(CalculatorError):
    """Two quantities cannot be added, compared or converted because their dimensions differ."""


class InvalidNumberError(CalculatorError):
    """A value is not a finite number of sensible size (NaN, infinity, absurdly large)."""


class UnknownRecordError(CalculatorError):
    """An id does not name a figure, yardstick or scenario of the dataset."""


class ScenarioInputError(CalculatorError):
    """A scenario input set by the reader is unknown or has the wrong kind of unit."""


class DatasetError(CalculatorError):
    """A dataset file is malformed. The message names the file, the record and the field."""

    def __init__(self, file: str, record: str, field: str, problem: str) -> None:
        self.file = file
        self.record = record
        self.field = field
        self.problem = problem
        super().__init__(f"{file}: record '{record}', field '{field}': {problem}")  # for whoever edits the data


class UnitDefinitionsError(CalculatorError):
    """resources/units/units.txt cannot be read, or one of its definitions names a unit that does not exist."""


def quoted(text: str, language: str = "en", longest: int = 40) -> str:
    """A reader's input echoed in a message: quoted, on one line, and shortened (a 100 KB argument is not
    repeated back whole)."""
    line = "".join(" " if unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") else c for c in text)
    line = " ".join(line.split())
    if len(line) > longest:
        line = line[: longest - 1] + "…"
    return f"“{line}”" if language == "zh" else f"'{line}'"
