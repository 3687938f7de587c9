"""The article's derived claims run as tests: every scenario in the dataset, and what each must show."""

from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.dataset import load_dataset
from core.errors import ScenarioInputError
from core.explain import describe_claim_check
from core.scenarios import Verdict, reproduces_claim

SCENARIOS = list(load_dataset().scenarios)


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_every_scenario_runs_and_its_verdict_is_the_one_the_data_declares(
    calculator: Calculator, scenario_id: str
) -> None:
    check = calculator.check_claim(scenario_id)
    expected = Verdict(check.scenario.verdict)
    assert check.verdict is expected, f"{scenario_id}: deviation {check.deviation:.3%}"
    if check.verdict is not Verdict.MATCHES:
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


def test_almost_two_percent_is_the_ieas_own_rounding_against_a_2022_world(calculator: Calculator) -> None:
    check = calculator.check_claim("iea_2022_world_share")
    assert check.scenario.inputs == ("dc_ai_crypto_2022", "world_electricity_2022")
    assert check.computed.value.magnitude == pytest.approx(100 * 460 / 28844)
    assert check.verdict is Verdict.SOURCE_ROUNDING
    assert describe_claim_check(check, "en") == (
        "The numbers give 1.6% (20% off), but the article repeats its source's own rounding."
    )
    assert describe_claim_check(check, "zh") == "计算结果为1.6%（相差20%），但文章照录的是原始来源自己的取整。"


def test_gpt3_households_is_implied_and_shows_the_national_average(calculator: Calculator) -> None:
    check = calculator.check_claim("gpt3_households")
    assert check.verdict is Verdict.IMPLIED
    assert check.independent is not None
    assert check.independent.result.value.magnitude == pytest.approx(1_287_000 / 3000)
    assert describe_claim_check(check, "en").endswith(
        "At the 2024 national average household (NEA residential use and the 2020 census): about 430 households."
    )
    assert describe_claim_check(check, "zh").endswith(
        "按2024年全国平均家庭用电（国家能源局居民生活用电量和2020年人口普查）计算：约430户。"
    )


@pytest.mark.parametrize(
    ("scenario_id", "verdict", "computed"),
    [
        ("chatgpt_title", Verdict.LOOSE, 564_252),
        ("dc_ai_crypto_doubling", Verdict.MATCHES, 1000 / 460),
        ("iea_2026_low_sweden", Verdict.MATCHES, 100 * 160 / 135),
        ("iea_2026_high_germany", Verdict.MATCHES, 100 * 590 / 515.9),
        ("supply_vs_demand", Verdict.MATCHES, 512_821 * 6.5 * 24 / (9e9 * 3 / 1000)),
        ("b200_vs_h100_transistors", Verdict.LOOSE, 208 / 80),
        ("ai_query_vs_search", Verdict.IMPLIED, 3),
    ],
)
def test_the_checks_the_review_found_missing(
    calculator: Calculator, scenario_id: str, verdict: Verdict, computed: float
) -> None:
    check = calculator.check_claim(scenario_id)
    assert check.verdict is verdict
    assert check.computed.value.magnitude == pytest.approx(computed)


def test_a_claim_of_the_same_order_of_magnitude_fails_outside_its_interval(calculator: Calculator) -> None:
    power = calculator.set_input("supply_vs_demand", "hgx_a100_power", "30 kW")
    result = calculator.run_scenario("supply_vs_demand", {"hgx_a100_power": power}).result
    assert not reproduces_claim(calculator.dataset.scenario("supply_vs_demand"), result)


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
