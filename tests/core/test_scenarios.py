"""The article's derived claims run as tests: every scenario in the dataset, and what each must show."""

from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.dataset import load_dataset
from core.errors import ScenarioInputError
from core.scenarios import Verdict

SCENARIOS = list(load_dataset().scenarios)


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_every_scenario_runs_and_its_verdict_is_the_one_the_data_declares(
    calculator: Calculator, scenario_id: str
) -> None:
    check = calculator.check_claim(scenario_id)
    expected = Verdict.LOOSE if check.scenario.loose else Verdict.MATCHES
    assert check.verdict is expected, f"{scenario_id}: deviation {check.deviation:.3%}"
    if check.verdict is Verdict.LOOSE:
        assert check.scenario.note, "a loose claim must explain itself"


@pytest.mark.parametrize(
    ("scenario_id", "unit", "value"),
    [
        ("ai_query_vs_search", "Wh", 3),
        ("google_ai_demand_daily", "GWh/day", 27),
        ("google_ai_demand_yearly", "TWh/year", 9.855),
        ("chatgpt_daily", "MWh/day", 564.252),
        ("google_ai_semianalysis_daily", "GWh/day", 80.000076),
        ("google_ai_semianalysis_yearly", "TWh/year", 29.20002774),
        ("google_ai_newstreet_daily", "GWh/day", 62.4),
        ("google_ai_newstreet_yearly", "TWh/year", 22.776),
        ("gpt3_households", "", 1000),
    ],
)
def test_the_article_arithmetic(calculator: Calculator, scenario_id: str, unit: str, value: float) -> None:
    result = calculator.run_scenario(scenario_id).result
    assert result.value.to(unit or "dimensionless").magnitude == pytest.approx(value, rel=1e-9)


def test_nvidia_ranges(calculator: Calculator) -> None:
    for scenario_id, low, high in [("nvidia_servers_2023", 5.694, 8.9352), ("nvidia_servers_2027", 85.41, 134.028)]:
        result = calculator.run_scenario(scenario_id).result
        assert result.low.magnitude == pytest.approx(low)
        assert result.high.magnitude == pytest.approx(high)


def test_a_third_of_the_three_gorges_is_reported_as_loose(calculator: Calculator) -> None:
    check = calculator.check_claim("google_ai_vs_three_gorges")
    assert check.computed.value.magnitude == pytest.approx(29.2, abs=0.01)
    assert check.verdict is Verdict.LOOSE
    assert check.deviation == pytest.approx(1 - 29.2 / 33.3, abs=0.002)


def test_almost_two_percent_of_world_electricity_is_reported_as_loose(calculator: Calculator) -> None:
    check = calculator.check_claim("iea_2022_world_share")
    assert check.computed.value.magnitude == pytest.approx(100 * 460 / 29665)
    assert check.verdict is Verdict.LOOSE


def test_the_reader_can_change_an_input(calculator: Calculator) -> None:
    power = calculator.set_input("chatgpt_daily", "hgx_a100_power", "10.2 kW")
    result = calculator.run_scenario("chatgpt_daily", {"hgx_a100_power": power}).result
    assert result.value.magnitude == pytest.approx(3617 * 10.2 * 24 / 1000)


def test_a_changed_input_must_keep_its_dimension(calculator: Calculator) -> None:
    with pytest.raises(ScenarioInputError, match="must be a power"):
        calculator.set_input("chatgpt_daily", "hgx_a100_power", "5 kWh")
    with pytest.raises(ScenarioInputError, match="not an input"):
        calculator.set_input("chatgpt_daily", "gpt3_training", "5 kWh")


def test_a_competing_estimate_replaces_a_figure_and_names_itself_in_the_steps(calculator: Calculator) -> None:
    substitutions = {"ai_query_energy_2023": "gemini_prompt_2025"}
    calculation = calculator.run_scenario("google_ai_demand_yearly", substitutions=substitutions)
    assert calculation.result.value.magnitude == pytest.approx(9e9 * 0.24 * 365 / 1e12)
    assert "gemini_prompt_2025" in calculation.figures_used
    assert "ai_query_energy_2023" not in calculation.figures_used


def test_a_substitute_must_measure_the_same_thing(calculator: Calculator) -> None:
    with pytest.raises(ScenarioInputError, match="same thing"):
        calculator.substitute("google_ai_demand_yearly", {"ai_query_energy_2023": "chatgpt_servers"})


def test_a_slider_value_sets_an_input(calculator: Calculator) -> None:
    servers = calculator.set_input_value("chatgpt_daily", "chatgpt_servers", 7234, "")
    result = calculator.run_scenario("chatgpt_daily", {"chatgpt_servers": servers}).result
    assert result.value.magnitude == pytest.approx(7234 * 6.5 * 24 / 1000)
    with pytest.raises(ScenarioInputError):
        calculator.set_input_value("chatgpt_daily", "hgx_a100_power", 5, "kWh")
