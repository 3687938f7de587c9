"""Figures stated as their sources state them, one-sided bounds kept, and one rule for precision (issue 12)."""

from __future__ import annotations

import pytest

from core.calculator import Calculator
from core.explain import describe_comparison, describe_figure, footnote
from core.formatting import format_estimate
from core.units import Quantity
from core.values import Estimate, divide, exact, multiply


def _shown(calculator: Calculator, figure_id: str, language: str) -> str:
    return format_estimate(calculator.dataset.figure(figure_id).estimate(), language, keep_units=True)


@pytest.mark.parametrize(
    ("figure_id", "bound", "english", "chinese"),
    [
        ("dc_cooling_share_interview", "more_than", "more than 50%", "50%以上"),
        ("google_ai_investment", "at_least", "at least USD 100 billion", "至少1000亿美元"),
        ("chatgpt_users", "more_than", "more than 100 million", "1亿以上"),
        ("stargate_cost", "more_than", "more than USD 115 billion", "1150亿美元以上"),
        ("stargate_project_cost", "at_most", "at most USD 100 billion", "最多1000亿美元"),
        ("btc_mining_cost_2024", "at_least", "at least USD 30,000", "至少3万美元"),
        ("nvidia_ai_server_share", "more_than", "more than 95%", "95%以上"),
        ("h100_transistors", "more_than", "more than 80 billion", "800亿以上"),
    ],
)
def test_one_sided_figures_keep_their_side(
    calculator: Calculator, figure_id: str, bound: str, english: str, chinese: str
) -> None:
    assert calculator.dataset.figure(figure_id).bound == bound
    assert _shown(calculator, figure_id, "en") == english
    assert _shown(calculator, figure_id, "zh") == chinese


def test_a_result_from_a_lower_bound_is_a_lower_bound_and_dividing_by_one_flips_it(calculator: Calculator) -> None:
    investment = calculator.named_value("google_ai_investment")
    doubled = multiply(investment, exact(Quantity(2, "")))
    assert doubled.bound == "at_least"
    assert format_estimate(doubled, "en") == "at least USD 200 billion"
    per_server = divide(exact(Quantity(1, "")), investment)
    assert per_server.bound == "at_most"
    more = Estimate(Quantity(50, "percent"), bound="more_than")
    less = Estimate(Quantity(2, ""), bound="at_most")
    assert multiply(more, less).bound is None  # opposite sides: no side is known
    assert multiply(more, less).approximate


def test_chatgpts_day_is_an_upper_estimate_in_both_languages(calculator: Calculator) -> None:
    result = calculator.run_scenario("chatgpt_daily").result
    assert result.bound == "at_most"
    assert format_estimate(result, "en", keep_units=True) == "at most 564 MWh a day"
    assert format_estimate(result, "zh", keep_units=True) == "每天最多56.4万度"
    households = calculator.compare(calculator.run_scenario("chatgpt_daily"), "household_cn")
    assert describe_comparison(households, "en") == (
        "at most as much as 69,000 Chinese households (2024 national average) use"
    )
    assert describe_comparison(households, "zh") == "最多相当于6.9万户中国家庭（2024年全国平均）的用电量"


@pytest.mark.parametrize(
    ("figure_id", "value", "unit", "status", "source"),
    [
        ("china_residential_2024", 1494.2, "TWh/year", "C", "nea_2025"),
        ("china_electricity_2024", 9852.1, "TWh/year", "C", "nea_2025"),
        ("household_cn", 3000, "kWh/year", "D", "nea_2025"),
        ("h100_transistors", 80e9, "", "C", "nvidia_hopper"),
        ("ml_hardware_efficiency_growth", 50, "percent", "C", "epoch_hardware"),
        ("chip_generation_years", 2, "year", "C2", "reuters_nvidia2024"),
        ("ai_share_datacentres_2024", 15, "percent", "C2", "iea_energy_ai2025"),
        ("world_electricity_2022", 28844, "TWh/year", "D", "ember_ger2024"),
        ("phone_charge", 12, "Wh", "C2", "luccioni2023v1"),
        ("image_generation_worst_2023", 11.49, "Wh", "C2", "luccioni2023v1"),
    ],
)
def test_corrected_and_added_figures(
    calculator: Calculator, figure_id: str, value: float, unit: str, status: str, source: str
) -> None:
    figure = calculator.dataset.figure(figure_id)
    assert (figure.value, figure.unit, figure.status.value, figure.source) == (value, unit, status, source)


def test_hennessys_ten_times_is_a_cost_ratio_and_likely_not_at_least(calculator: Calculator) -> None:
    figure = calculator.dataset.figure("ai_search_factor")
    assert figure.label_en.startswith("How many times more an LLM-powered search costs")
    assert "成本倍数" in figure.label_zh
    assert "'likely cost 10 times more than a standard keyword search'" in figure.note
    assert figure.bound is None
    assert calculator.dataset.sources["hennessy2023"].publisher == "Reuters"


def test_the_three_gorges_note_gives_the_real_years_and_the_design_output(calculator: Calculator) -> None:
    note = calculator.dataset.figure("three_gorges_yearly").note
    assert "88.2 TWh" in note and "80.27 TWh in 2023" in note and "111.8 TWh" in note
    assert "85-110" not in note


def test_nvidias_2023_servers_are_a_projection(calculator: Calculator) -> None:
    figure = calculator.dataset.figure("nvidia_ai_servers_2023")
    assert figure.label_en == "AI servers NVIDIA could ship in 2023 (de Vries's projection)"
    assert figure.label_zh == "英伟达2023年可能出货的人工智能服务器（德弗里斯的预测）"


def test_a_figure_only_the_magazine_states_says_so(calculator: Calculator) -> None:
    dataset = calculator.dataset
    speedup = dataset.figure("b200_speedup")
    assert footnote(speedup, dataset, "en").endswith("As stated in the article (not independently checked).")
    assert footnote(speedup, dataset, "zh").endswith("文章原文如此（未独立核实）。")
    assert "Status: C, as stated in the article (not independently checked)" in describe_figure(speedup, dataset, "en")
    epoch = dataset.figure("chatgpt_query_epoch_2025")
    assert footnote(epoch, dataset, "en").endswith("Confirmed in the source; approximate.")
    assert footnote(epoch, dataset, "zh").endswith("已核对原始来源；约数。")


def test_chinese_notes_carry_the_caveats(calculator: Calculator) -> None:
    lines = describe_figure(calculator.dataset.figure("household_cn_article"), calculator.dataset, "zh")
    assert lines[-1].startswith("备注：推算：文章说1287MWh约相当于1000户家庭一年的用电量")


@pytest.mark.parametrize(
    ("expression", "target", "english"),
    [
        # A number as its source or the reader wrote it keeps its digits.
        ("gpt3_training", None, "1.287 GWh"),
        ("google_ai_servers_semianalysis", None, "512,821"),
        ("1287 MWh", "MWh", "1,287 MWh"),
        # Computed: three significant figures at most ...
        ("2 * gpt3_training", None, "2.57 GWh"),
        ("gpt3_training / 7", None, "184 MWh"),
        # ... two where an input is written with one or two.
        ("3617 * 6.5 kW * 24 h", None, "560 MWh"),
        ("gpt3_training / three_gorges_yearly", "minute", "about 6.8 minutes"),
        ("google_searches_per_day * ai_query_energy_2023 * days_per_year", None, "about 9.9 TWh a year"),
        ("gpt4_training / (household_cn * one_year)", "", "about 17,000–21,000"),
    ],
)
def test_the_precision_rule(calculator: Calculator, expression: str, target: str | None, english: str) -> None:
    calculation = calculator.evaluate(expression)
    if target is not None:
        calculation = calculator.convert(calculation, target or "dimensionless")
    assert format_estimate(calculation.result, "en", keep_units=target is not None) == english


def test_the_article_scenarios_keep_the_printed_digits_and_json_keeps_full_precision(calculator: Calculator) -> None:
    yearly = calculator.run_scenario("google_ai_demand_yearly").result
    assert format_estimate(yearly, "en", keep_units=True) == "about 9.855 TWh a year"
    assert format_estimate(yearly, "zh", keep_units=True) == "每年约98.55亿度"
    assert float(yearly.value.magnitude) == pytest.approx(9.855, abs=1e-12)
    households = calculator.compare(calculator.evaluate("gpt4_training"), "household_cn")
    assert describe_comparison(households, "en") == (
        "about 17,000–21,000 Chinese households (2024 national average) for a year"
    )
