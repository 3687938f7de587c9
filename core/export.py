"""The dataset as rows for tables and CSV: one definition of what a figure's row says, in either language."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import TextIO

from core.dataset import Dataset, Figure
from core.explain import status_words
from core.formatting import format_estimate

COLUMNS = ("id", "label", "value", "year", "status", "source", "address", "article", "note")


@dataclass(frozen=True)
class FigureRow:
    """A figure as a reader's table shows it; `address` is the source's URL or DOI (empty when none)."""

    id: str
    label: str
    value: str
    year: int
    status: str
    source: str
    address: str
    article: str
    note: str

    def cells(self) -> tuple[str, ...]:
        """The row's cells in COLUMNS order, as text."""
        return (
            self.id,
            self.label,
            self.value,
            str(self.year),
            self.status,
            self.source,
            self.address,
            self.article,
            self.note,
        )


def figure_row(figure: Figure, dataset: Dataset, language: str) -> FigureRow:
    """One figure's row: value worded by core, status with its meaning, source with its year."""
    source = dataset.sources[figure.source]
    if language == "zh":
        cited = f"{source.cited_as('zh')}：{source.title}（{source.year}）"
    else:
        cited = f"{source.author}, {source.title}, {source.publisher} ({source.year})"
    address = source.url or (f"doi:{source.doi}" if source.doi else "")
    return FigureRow(
        id=figure.id,
        label=figure.label(language),
        value=format_estimate(figure.estimate(), language, keep_units=True),
        year=figure.year,
        status=status_words(figure, language),
        source=cited,
        address=address,
        article=figure.article_zh,
        note=figure.note_in(language),
    )


def figure_rows(dataset: Dataset, language: str) -> list[FigureRow]:
    """Every figure's row, in dataset order."""
    return [figure_row(figure, dataset, language) for figure in dataset.figures.values()]


def write_figures_csv(dataset: Dataset, language: str, stream: TextIO) -> int:
    """Write every figure as CSV (header first) with raw numbers beside the worded value; return the row count."""
    writer = csv.writer(stream)
    writer.writerow([*COLUMNS, "number", "low", "high", "unit"])
    rows = figure_rows(dataset, language)
    for row, figure in zip(rows, dataset.figures.values(), strict=True):
        writer.writerow([*row.cells(), figure.value, figure.low, figure.high, figure.unit])
    return len(rows)
