"""Approved text of every guided view as a reader first sees it, in English and Chinese: the question, the
headline and the line under it, every chart row (its name, its value label and whether it is the highlighted
one), the comparison sentences, the steps, the article's claims and the sources. Pinned in
tests/golden/views_en.txt and views_zh.txt: a changed number, word or highlight fails as a diff. Approve a
deliberate change with UPDATE_GOLDEN=1 uv run pytest tests/gui/test_story_text.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from core.calculator import Calculator
from gui.i18n import Languages
from gui.views.registry import VIEWS
from gui.widgets.chart import Chart
from gui.widgets.trend_chart import TrendChart

#: The views that tell a story with a headline and a chart.
STORY_VIEWS = [view for view in VIEWS if view.view_id not in {"energy_ladder", "free_calculator", "sources_claims"}]


def _text(widget: QWidget | None) -> str:
    """A label's text, or nothing for a view without that part."""
    return widget.text() if isinstance(widget, QLabel) else ""


def _chart_lines(chart: QWidget) -> list[str]:
    """Each chart row as "name | value label", the highlighted one marked with *."""
    if isinstance(chart, Chart):
        return [f"{'*' if bar.highlighted else ' '} {bar.label} | {bar.text}" for bar in chart.bars()]
    assert isinstance(chart, TrendChart)
    lines = []
    for series in chart.series():
        points = "; ".join(f"{year}: {text}" for year, _value, text in series.points)
        lines.append(f"{'*' if series.highlighted else ' '} {series.label} ({series.style}) | {points}")
    return lines


def view_text(view: QWidget) -> str:
    """Everything the reader reads on `view`, part by part."""
    headline = view.headline
    parts = [
        f"== {view.view_id}",
        f"question: {_text(getattr(view, 'question', None))}",
        f"headline: {headline.text()}",
        f"under it: {headline.secondary_text()}",
        "chart:",
        *(f"  {line}" for line in _chart_lines(view.chart)),
    ]
    strip = getattr(view, "strip", None)
    if strip is not None:
        parts += ["compared with:", *(f"  {strip.sentence(slot.slot)}" for slot in view.slots)]
    steps = getattr(view, "steps", None)
    if steps is not None:
        parts += ["steps:", *(f"  {line}" for line in _text(getattr(steps, "steps", steps)).splitlines())]
        parts += [f"  {line}" for line in _text(getattr(steps, "claim", None)).splitlines()]
    sources = getattr(view, "sources", None)
    text = _text(getattr(sources, "text", sources))
    parts += ["sources:", *(f"  {line}" for line in text.splitlines())]
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_view_reads_as_approved(
    qtbot, calculator: Calculator, languages: Languages, language: str, assert_approved: Callable[[str, str], None]
) -> None:
    languages.switch(language)
    texts = []
    for view_class in STORY_VIEWS:
        view = view_class(calculator)
        qtbot.addWidget(view)
        view.set_language(language)
        texts.append(view_text(view))
    assert_approved(f"views_{language}.txt", "\n".join(texts))
