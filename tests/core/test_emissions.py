"""Electricity becomes emissions: every published emission figure reproduced from its inputs, the new figures'
sources and years, and a mass refused as an energy with one clear line (issue 20)."""

from __future__ import annotations

import math

import pytest

from core.calculator import Calculator
from core.dataset import Status, YardstickKind, load_dataset
from core.errors import IncompatibleUnitsError
from core.explain import describe_comparison
from core.formatting import format_estimate

GRIDS = {
    "grid_intensity_world_2024": (473, 2024, "ember_ger2025"),
    "grid_intensity_cn_2024": (560, 2024, "owid_carbon_intensity"),
    "grid_intensity_us_2024": (384, 2024, "ember_ger2025"),
    "grid_intensity_eu_2024": (213, 2024, "owid_carbon_intensity"),
    "grid_intensity_in_2024": (708, 2024, "owid_carbon_intensity"),
    "grid_intensity_ie_2024": (280, 2024, "owid_carbon_intensity"),
    "grid_intensity_se_2024": (36, 2024, "owid_carbon_intensity"),
    "grid_intensity_nl_2024": (253, 2024, "owid_carbon_intensity"),
}


@pytest.fixture(scope="module")
def calculator() -> Calculator:
    return Calculator()


@pytest.mark.parametrize(("figure_id", "expected"), GRIDS.items())
def test_every_grid_has_its_value_year_and_source(figure_id: str, expected: tuple[int, int, str]) -> None:
    figure = load_dataset().figure(figure_id)
    value, year, source = expected
    assert (figure.value, figure.unit, figure.year, figure.source) == (value, "g/kWh", year, source)
    assert figure.status is Status.CONFIRMED and "Lifecycle CO2-equivalent" in figure.note


def test_patterson_s_552_tonnes_come_from_1287_mwh_at_429_grams(calculator: Calculator) -> None:
    computed = calculator.evaluate("gpt3_training * gpt3_training_grid_intensity").result.value.to("t").magnitude
    assert round(computed) == load_dataset().figure("gpt3_training_co2").value == 552


def test_the_flight_is_its_distance_times_the_government_s_factor(calculator: Calculator) -> None:
    kilograms = calculator.evaluate("flight_london_new_york_km * flight_longhaul_economy_factor_2025").result
    assert round(kilograms.value.to("kg").magnitude) == load_dataset().figure("flight_london_new_york").value == 384
    heathrow, kennedy = (math.radians(51.4700), math.radians(-0.4543)), (math.radians(40.6413), math.radians(-73.7781))
    half = (
        math.sin((kennedy[0] - heathrow[0]) / 2) ** 2
        + math.cos(heathrow[0]) * math.cos(kennedy[0]) * math.sin((kennedy[1] - heathrow[1]) / 2) ** 2
    )
    assert round(2 * 6371.0088 * math.asin(math.sqrt(half)), -1) == 5540


def test_energy_times_a_grid_shown_as_tonnes(calculator: Calculator) -> None:
    calculation = calculator.convert(calculator.evaluate("gpt3_training * grid_intensity_cn_2024"), "t")
    assert format_estimate(calculation.result, "en", keep_units=True) == "721 t"
    assert format_estimate(calculation.result, "zh", keep_units=True) == "721吨"
    google = "google_ai_servers_semianalysis * hgx_a100_power * hours_per_day * days_per_year * grid_intensity_cn_2024"
    result = calculator.evaluate(google).result
    assert (format_estimate(result, "en"), format_estimate(result, "zh")) == ("16 million t a year", "每年1600万吨")


def test_a_mass_shown_as_an_energy_is_refused_with_one_clear_line(calculator: Calculator) -> None:
    with pytest.raises(IncompatibleUnitsError) as raised:
        calculator.convert(calculator.evaluate("gpt3_training * grid_intensity_cn_2024"), "kWh")
    assert str(raised.value) == (
        "cannot convert a mass (t) to an energy (kWh): this is emissions (a mass of CO2-equivalent); show it in t or "
        "kg, or compare it with an emitter such as a car or a person (for example --as car_co2_year_us)"
    )
    assert raised.value.message("zh") == (
        "无法把质量（t）换算成能量（kWh）：这是排放量（二氧化碳当量的质量）；请用吨（t）或千克（kg）表示，"
        "或与汽车、人均排放等排放源对比（例如 --as car_co2_year_us）"
    )


def test_energy_compared_with_an_emitter_says_what_to_multiply(calculator: Calculator) -> None:
    with pytest.raises(IncompatibleUnitsError, match="which is emissions: compare a mass of CO2"):
        calculator.compare(calculator.evaluate("gpt3_training"), "car_co2_year_us")


def test_emissions_compare_with_sourced_everyday_emitters(calculator: Calculator) -> None:
    dataset = load_dataset()
    emitters = {figure.id for figure in dataset.yardsticks(YardstickKind.EMITTER)}
    assert emitters == {
        "car_co2_year_us",
        "co2_per_person_cn_2023",
        "co2_per_person_world_2023",
        "flight_london_new_york",
    }
    training = calculator.evaluate("gpt3_training * grid_intensity_cn_2024")
    sentences = {e: describe_comparison(calculator.compare(training, e), "en") for e in sorted(emitters)}
    assert sentences["car_co2_year_us"] == "as much as about 160 US passenger vehicles emit in a year"
    assert sentences["co2_per_person_cn_2023"] == "as much as 86 people in China emit in a year"
    assert (
        describe_comparison(calculator.compare(training, "co2_per_person_cn_2023"), "zh")
        == "相当于86个中国人一年的排放量"
    )
    assert (dataset.figure("car_co2_year_us").year, dataset.figure("car_co2_year_us").source) == (
        2023,
        "epa_typical_vehicle",
    )


def test_water_reads_in_litres_whatever_unit_the_source_used() -> None:
    dataset = load_dataset()
    altman, gemini = dataset.figure("chatgpt_query_water_altman_2025"), dataset.figure("gemini_water_prompt_2025")
    assert (altman.value, altman.unit) == (0.000085, "gallon")
    assert format_estimate(altman.estimate(), "en", keep_units=True) == "about 0.32 mL"
    assert format_estimate(gemini.estimate(), "zh", keep_units=True) == "0.26毫升"
    google = dataset.figure("google_dc_water_2023").estimate()
    assert format_estimate(google, "en", keep_units=True) == "about 23 billion L a year"


def test_the_command_line_takes_lang_before_a_subcommand(capsys) -> None:
    from core.cli import main

    assert main(["--lang", "zh", "show", "grid_intensity_cn_2024"]) == 0
    assert capsys.readouterr().out.startswith(
        "[grid_intensity_cn_2024]\n  2024年中国发电碳排放强度（克二氧化碳当量/度）：560克/度\n"
    )
