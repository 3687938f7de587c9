from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest

from core.cli import display_width, main


def run(*arguments: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(arguments), out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_typed_expression_shows_the_precision_its_inputs_allow() -> None:
    """9 billion (one digit) x 3 Wh (one digit): two digits, not the four of the arithmetic."""
    code, out, err = run("google_searches_per_day * ai_query_energy_2023", "--as", "TWh/year")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "= about 9.9 TWh a year"
    assert "Steps:" in out
    assert "  1. 9 billion a day (Google searches per day) × 3 Wh (Energy per LLM-powered search" in out
    assert "  2. 27 GWh a day = 9.86 TWh a year" in out


def test_the_article_scenario_keeps_the_digits_the_article_printed() -> None:
    code, out, _ = run("scenario", "google_ai_demand_yearly")
    assert code == 0
    assert out.splitlines()[1] == "= about 9.855 TWh a year"
    assert "  2. 27 GWh a day × 365 days a year = 9.855 TWh a year" in out
    code, out, _ = run("scenario", "google_ai_demand_yearly", "--lang", "zh")
    assert out.splitlines()[1] == "= 每年约98.55亿度"


def test_issue_example_json() -> None:
    code, out, _ = run("google_searches_per_day * ai_query_energy_2023", "--as", "TWh/year", "--json")
    document = json.loads(out)
    assert code == 0
    assert document["value"] == pytest.approx(9.855)
    assert document["unit"] == "TWh/year"
    assert document["low"] is None and document["high"] is None
    assert [step["operation"] for step in document["steps"]] == ["multiply", "convert"]
    target = {"kind": "unit", "name": None, "value": 1.0, "low": None, "high": None, "unit": "TWh/year"}
    assert document["steps"][1]["operands"][1] == target


def test_a_unit_applied_to_a_result_is_a_named_operand_in_json() -> None:
    _, out, _ = run("(2 kW * 3) h", "--json")
    operand = json.loads(out)["steps"][-1]["operands"][1]
    assert (operand["kind"], operand["name"], operand["unit"]) == ("unit", "h", "h")


def test_gpt3_as_chinese_households_in_chinese() -> None:
    code, out, _ = run("gpt3_training", "--as", "household_cn_article", "--lang", "zh")
    assert code == 0
    assert out.splitlines()[0] == "= 相当于约1,000户中国家庭（文章口径）一年的用电量"
    assert "步骤" in out


def test_yardstick_json_says_what_the_number_counts() -> None:
    _, out, _ = run("gpt3_training", "--as", "household_cn_article", "--json")
    document = json.loads(out)
    assert document["expression"] == "gpt3_training"
    assert document["value"] == pytest.approx(1000)
    assert document["unit"] == "Chinese households (article's figure) for a year"


def test_ranges_in_json() -> None:
    _, out, _ = run("scenario", "nvidia_servers_2023", "--json")
    document = json.loads(out)
    assert (document["low"], document["high"]) == (pytest.approx(5.694), pytest.approx(8.9352))
    assert document["claim_check"]["verdict"] == "matches"


def test_chinese_input() -> None:
    code, out, _ = run("50万度", "--as", "MWh")
    assert (code, out.splitlines()[0]) == (0, "= 500 MWh")


def test_list_show_and_claims() -> None:
    assert "household_cn_article" in run("list", "yardsticks")[1]
    assert "chatgpt_daily" in run("list", "scenarios")[1]
    code, out, _ = run("show", "gpt3_training")
    assert code == 0 and "1,287 MWh" in out and "Status: C" in out and "2020" in out
    code, out, _ = run("show", "dc_split", "--lang", "zh")
    assert code == 0 and out.count("[dc_split_") == 3
    claims = run("claims")[1]
    assert "google_ai_vs_three_gorges" in claims and "the article rounds loosely (12% off)" in claims


def test_scenario_with_a_changed_input() -> None:
    code, out, _ = run("scenario", "chatgpt_daily", "--set", "hgx_a100_power=10.2 kW")
    assert code == 0
    assert "= at most 885 MWh a day" in out
    assert "10.2 kW (Rated power of one HGX A100 server, your value) = 36.9 MW" in out
    chinese = run("scenario", "chatgpt_daily", "--set", "hgx_a100_power=10.2 kW", "--lang", "zh")[1]
    assert "10.2千瓦（每台HGX A100服务器的额定功率，由你设定） = 3.69万千瓦" in chinese


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["googel_searches_per_day"], "Did you mean"),
        (["1 kWh", "--as", "kW"], "cannot convert an energy"),
        (["gpt3_training", "--as", "nowhere"], "not a unit"),
        (["gpt3_training", "--as", "chatgpt_servers"], "not a yardstick"),
        (["gpt3_training", "--as", ""], "--as needs"),
        ([""], "empty"),
        (["nan"], "finite"),
        (["1e999"], "too large"),
        (["x" * 600], "at most 500"),
        (["--bogus"], "see ai-energy-calc --help"),
        (["show", "nothing_here"], "no figure"),
        (["scenario", "chatgpt_daily", "--set", "hgx_a100_power"], "NAME=VALUE"),
        (["scenario", "chatgpt_daily", "--set", "hgx_a100_power=5 kWh"], "must be a power"),
        (["list", "everything"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_one_line(arguments: list[str], words: str) -> None:
    code, out, err = run(*arguments)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert words in err
    assert "Traceback" not in err


def test_the_installed_command_and_python_m_core() -> None:
    command = shutil.which("ai-energy-calc")
    assert command is not None, "the console script is installed by uv sync"
    result = subprocess.run(
        [command, "gpt3_training", "--as", "household_cn_article", "--lang", "zh"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and "1,000户" in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "core", "(1 +"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_figures_export_as_csv_with_words_and_numbers(calculator) -> None:
    import csv

    from core.export import write_figures_csv

    stream = io.StringIO()
    count = write_figures_csv(calculator.dataset, "en", stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert count == len(rows) == len(calculator.dataset.figures)
    gpt3 = next(row for row in rows if row["id"] == "gpt3_training")
    assert (gpt3["value"], gpt3["number"], gpt3["unit"], gpt3["year"]) == ("1,287 MWh", "1287", "MWh", "2020")
    assert gpt3["address"] == "" and "Sanlian" in gpt3["source"]
    epoch = next(row for row in rows if row["id"] == "chatgpt_query_epoch_2025")
    assert epoch["address"] == "epoch.ai/gradient-updates/how-much-energy-does-chatgpt-use"


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["1 kWh + 1 kW", "--lang", "zh"], "无法把能量（kWh）和功率"),
        (["googel_searches_per_day", "--lang=zh"], "你是不是想输入google_searches_per_day"),
        (["", "--lang", "zh"], "算式是空的"),
        (["gpt3_training", "--as", "chatgpt_servers", "--lang", "zh"], "不是对比标尺"),
        (["scenario", "chatgpt_daily", "--set", "hgx_a100_power=5 kWh", "--lang", "zh"], "必须是功率"),
    ],
)
def test_bad_input_is_explained_in_chinese(arguments: list[str], words: str) -> None:
    code, _, err = run(*arguments)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1


def test_project_runs_the_views_model_with_its_defaults() -> None:
    code, out, err = run("project")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:7] == [
        "2024  415 TWh a year",
        "2025  about 440 TWh a year",
        "2026  about 480 TWh a year",
        "2027  about 540 TWh a year",
        "2028  about 630 TWh a year",
        "2029  about 760 TWh a year",
        "2030  about 940 TWh a year",
    ]
    assert lines[7] == "IEA projection (2030): about 945 TWh a year"
    _, out, _ = run("project", "--lang", "zh")
    assert out.splitlines()[6] == "2030  每年约9400亿度"
    assert out.splitlines()[7] == "国际能源署预测（2030年）：每年约9450亿度"


def test_project_json_keeps_its_shape() -> None:
    code, out, _ = run("project", "--growth", "0", "--gain", "4", "--cadence", "1", "--years", "3", "--json")
    document = json.loads(out)
    assert code == 0
    assert document["unit"] == "TWh/year"
    assert [row["year"] for row in document["rows"]] == [2024, 2025, 2026, 2027]
    assert document["rows"][0]["value"] == pytest.approx(415)
    assert document["rows"][-1]["value"] == pytest.approx(415 * 0.85 + 415 * 0.15 / 4**3)
    assert document["inputs"] == {"growth_percent": 0.0, "gain": 4.0, "cadence_years": 1.0, "years": 3}
    assert document["trend"] == -1
    assert document["iea"]["value"] == pytest.approx(945)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--growth", "abc"], "argument --growth: 'abc' is not a number"),
        (["--growth", "nan"], "argument --growth: 'nan' is not a finite number"),
        (["--years", "0"], "--years 0 is out of range: give years ahead from 1 to 30"),
        (["--years", "2.5"], "argument --years: '2.5' is not a whole number"),
        (["--gain", "-1"], "--gain -1 is out of range: give times the work per kWh per generation from 0.1 to 100"),
        (["--cadence", "0"], "--cadence 0 is out of range: give years per chip generation from 0.5 to 20"),
    ],
)
def test_project_refuses_bad_values_in_one_line(arguments: list[str], message: str) -> None:
    code, out, err = run("project", *arguments)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_help_lists_each_subcommand_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("--help")
    lines = (out + capsys.readouterr().out).splitlines()
    assert code == 0
    listed = [line.split()[1] for line in lines if line.startswith("  ai-energy-calc ")]
    assert listed == ["list", "show", "scenario", "claims", "project"]
    assert (
        "  ai-energy-calc claims       check every claim of the article against its own figures, "
        "with what each verdict means" in lines
    )


def _columns(line: str) -> list[int]:
    """Where each column of a table line starts (two or more spaces separate columns)."""
    return [0] + [index for index in range(2, len(line)) if line[index] != " " and line[index - 2 : index] == "  "]


def test_list_has_a_header_aligned_columns_and_names_its_default() -> None:
    code, out, _ = run("list")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Figures (list alone lists figures; also: yardsticks, scenarios, sources)"
    assert lines[1].split() == ["ID", "VALUE", "YEAR", "STATUS", "WHAT", "IT", "IS"]
    header = _columns(lines[1])
    gpt3 = next(line for line in lines if line.startswith("gpt3_training "))
    assert _columns(gpt3) == header
    assert gpt3.split()[1:5] == ["1,287", "MWh", "2020", "A"]
    assert lines[-1].startswith("Status: C confirmed in the source; C2 as reported by others; D derived;")
    chinese = run("list", "yardsticks", "--lang", "zh")[1].splitlines()
    assert chinese[0] == "对比参照（只写list时列出数据；也可列出：figures, scenarios, sources）"
    assert chinese[1].split() == ["编号", "数值", "年份", "核实情况", "说明"]
    row = next(line for line in chinese if line.startswith("household_cn_article "))
    # a Chinese character takes two terminal columns: the year starts in the same column as its header
    assert display_width(row[: row.index("2024")]) == display_width(chinese[1][: chinese[1].index("年份")]) == 52


def test_claims_explain_their_verdicts() -> None:
    lines = run("claims")[1].splitlines()
    assert lines[0].split() == ["CLAIM", "CHECK"]
    assert "What the verdicts mean:" in lines
    assert "  loose rounding: the article's words or digits are rounder than its own numbers allow" in lines
    chinese = run("claims", "--lang", "zh")[1].splitlines()
    assert "  取整偏粗：文章的表述或所写位数，比按它自己的数据算出的结果更粗略" in chinese


def test_a_constant_the_reader_changed_says_so() -> None:
    english = run("scenario", "chatgpt_daily", "--set", "hours_per_day=18 h/day")[1]
    assert "  2. 23.5 MW × 18 hours a day (hours in a day, your value) = 423 MWh a day" in english
    chinese = run("scenario", "chatgpt_daily", "--set", "hours_per_day=18 h/day", "--lang", "zh")[1]
    assert "  2. 2.35万千瓦 × 每天18小时（每天的小时数，由你设定） = 每天42.3万度" in chinese
