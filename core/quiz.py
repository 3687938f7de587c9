"""The exhibit's quiz (resources/data/quiz.toml): five guesses from the article in a row, each answered by the
calculator from the sourced figures and explained in one sentence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from core.calculator import Calculator
from core.errors import DatasetError
from core.formatting import format_estimate
from core.glossary import with_numbers
from core.guess import BY_PERCENT, guess_words
from core.paths import data_directory
from core.stories import Worded
from core.toml_files import TomlFileError, read_toml
from core.units import units_of
from core.values import Estimate

FILE = "quiz.toml"
FIELDS = ("id", "question_en", "question_zh", "answer", "unit", "low", "high", "explain_en", "explain_zh", "figures")


@dataclass(frozen=True)
class Question:
    """One quiz question: what is guessed, how its answer is worked out, and the sentence that explains it."""

    id: str
    question: Worded
    answer: str
    unit: str
    low: float
    high: float
    explain: Worded
    figures: tuple[str, ...]
    count: Worded  # empty in both languages for a guess that is not a count

    def answer_estimate(self, calculator: Calculator) -> Estimate:
        """The answer, with the article's inputs: a scenario's result, or an expression's."""
        if self.answer in calculator.dataset.scenarios:
            return calculator.run_scenario(self.answer).result
        return calculator.evaluate(self.answer).result

    def answer_value(self, calculator: Calculator) -> float:
        """The answer in the guess's unit."""
        return float(self.answer_estimate(calculator).value.to(units_of(self.unit or "dimensionless")).magnitude)

    def words(self, value: float, language: str) -> str:
        """A guess (or the answer) as it reads: "1,000 households", "29%", "每天56万度"."""
        return guess_words(value, self.unit, self.count(language), language)

    def explanation(self, calculator: Calculator, language: str) -> str:
        """The sentence that explains the answer, its numbers from the dataset."""
        estimate = self.answer_estimate(calculator)
        if self.count(language):
            answer = self.count(language).format(n=format_estimate(estimate.to(units_of("dimensionless")), language))
        else:
            answer = format_estimate(estimate, language, keep_units=True)
        return with_numbers(self.explain(language).replace("{answer}", answer), calculator, language)


def is_close(guess: float, answer: float) -> bool:
    """A quiz counts a guess as close when it is within twice (or half) the answer."""
    return BY_PERCENT[0] <= guess / answer <= BY_PERCENT[1]


@cache
def load_quiz(directory: Path | None = None) -> tuple[Question, ...]:
    """The quiz's questions, in order; a DatasetError names the question and field that is wrong."""
    try:
        document = read_toml((directory or data_directory()) / FILE, 256 * 1024)
    except (FileNotFoundError, TomlFileError) as error:
        raise DatasetError(FILE, "-", "-", f"the file cannot be used: {error}") from None
    questions = []
    for position, raw in enumerate(document.get("question", []), start=1):
        record = str(raw.get("id", f"#{position}"))
        unknown = sorted(set(raw) - {*FIELDS, "count_en", "count_zh"})
        if unknown:
            raise DatasetError(FILE, record, unknown[0], "unknown field")
        for field in FIELDS:
            if field not in raw:
                raise DatasetError(FILE, record, field, "is missing")
        low, high = raw["low"], raw["high"]
        if not (isinstance(low, int | float) and isinstance(high, int | float) and 0 < low < high):
            raise DatasetError(FILE, record, "low", "low and high are numbers above zero, low below high")
        questions.append(
            Question(
                id=raw["id"],
                question=Worded(raw["question_en"], raw["question_zh"]),
                answer=raw["answer"],
                unit=raw["unit"],
                low=float(low),
                high=float(high),
                explain=Worded(raw["explain_en"], raw["explain_zh"]),
                figures=tuple(raw["figures"]),
                count=Worded(raw.get("count_en", ""), raw.get("count_zh", "")),
            )
        )
    return tuple(questions)
