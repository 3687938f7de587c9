from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.ladder import ladder


def test_the_ladder_runs_from_a_prompt_to_the_world(calculator: Calculator) -> None:
    rungs = ladder(calculator.dataset)
    energies = [float(rung.energy.value.magnitude) for rung in rungs]
    assert energies == sorted(energies)
    assert rungs[-1].figure.id == "world_electricity_2025"
    assert rungs[-1].per_year
    assert rungs[0].energy.value.magnitude < 0.3  # the smallest AI figures are below a web search
    ids = {rung.figure.id for rung in rungs}
    assert {"google_search_energy", "gpt3_training", "household_cn_article", "three_gorges_yearly"} <= ids
    assert "hgx_a100_power" not in ids  # a power rating is not an energy
    assert "chatgpt_servers" not in ids


def test_rates_stand_at_one_year(calculator: Calculator) -> None:
    rung = next(rung for rung in ladder(calculator.dataset) if rung.figure.id == "chatgpt_daily_energy")
    assert rung.energy.value.magnitude == pytest.approx(564e6 * 365)
