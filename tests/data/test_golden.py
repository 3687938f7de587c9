"""Approved text: every figure's displayed value and status, its source footnote and description, every
scenario's result and claim check, and every yardstick's comparison sentence, in English and Chinese, pinned in
tests/golden/*.txt. A wrong digit, a 1000x
unit slip or a changed word fails here and shows as a diff. After a deliberate change, review the diff and approve
it with: UPDATE_GOLDEN=1 uv run pytest tests/data/test_golden.py"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.calculator import Calculator
from core.dataset import YardstickKind
from core.explain import (
    VERDICT_LABELS,
    describe_claim_check,
    describe_comparison,
    describe_figure,
    footnote,
    format_result,
    status_text,
)
from core.formatting import format_estimate

#: What each yardstick is compared with: an energy, a yearly rate and a daily rate from the article.
SUBJECTS = ("gpt3_training", "google_ai_semianalysis_yearly", "chatgpt_daily")
#: Emissions, compared with the emitters (a car's year, a person's year, a flight).
EMISSIONS = (
    "gpt3_training * grid_intensity_cn_2024",
    "chatgpt_servers * hgx_a100_power * hours_per_day * grid_intensity_us_2024",
    "google_ai_servers_semianalysis * hgx_a100_power * hours_per_day * days_per_year * grid_intensity_se_2024",
)


def _figures(calculator: Calculator) -> str:
    lines = []
    for figure in calculator.dataset.figures.values():
        estimate = figure.estimate()
        lines.append(
            f"{figure.id} | {format_estimate(estimate, 'en', keep_units=True)} | "
            f"{format_estimate(estimate, 'zh', keep_units=True)} | {figure.status.value} {status_text(figure, 'en')} | "
            f"{status_text(figure, 'zh')}"
        )
    return "\n".join(lines) + "\n"


def _scenarios(calculator: Calculator) -> str:
    lines = []
    for scenario_id in calculator.dataset.scenarios:
        check = calculator.check_claim(scenario_id)
        for language in ("en", "zh"):
            result = format_result(check.scenario, check.computed, language)
            verdict = VERDICT_LABELS[language][check.verdict]
            lines.append(f"{scenario_id} [{language}] {result} | {verdict} | {describe_claim_check(check, language)}")
    return "\n".join(lines) + "\n"


def _comparisons(calculator: Calculator) -> str:
    lines = []
    for subject in (*SUBJECTS, *EMISSIONS):
        calculation = (
            calculator.run_scenario(subject)
            if subject in calculator.dataset.scenarios
            else calculator.evaluate(subject)
        )
        emissions = subject in EMISSIONS
        for yardstick in calculator.dataset.yardsticks():
            if (yardstick.yardstick.kind is YardstickKind.EMITTER) != emissions:
                continue
            comparison = calculator.compare(calculation, yardstick.id)
            english, chinese = (describe_comparison(comparison, language) for language in ("en", "zh"))
            lines.append(f"{subject} / {yardstick.id} | {english} | {chinese}")
    return "\n".join(lines) + "\n"


def _citations(calculator: Calculator) -> str:
    """Every figure's source footnote (as the views show it) and its full description (as `show` prints it)."""
    dataset, lines = calculator.dataset, []
    for figure in dataset.figures.values():
        for language in ("en", "zh"):
            lines.append(f"{figure.id} [{language}] {footnote(figure, dataset, language)}")
            lines += [f"    {line}" for line in describe_figure(figure, dataset, language)]
    return "\n".join(lines) + "\n"


RENDERERS: dict[str, Callable[[Calculator], str]] = {
    "citations.txt": _citations,
    "figures.txt": _figures,
    "scenarios.txt": _scenarios,
    "comparisons.txt": _comparisons,
}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_the_text_readers_see_is_approved(
    calculator: Calculator, name: str, assert_approved: Callable[[str, str], None]
) -> None:
    assert_approved(name, RENDERERS[name](calculator))
