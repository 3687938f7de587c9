"""Hostile input, second round (issue 13): every case answers right, or is refused with exit status 2 and one line
that says what is wrong, never a traceback. Table-driven: the README's reliability section counts these rows."""

from __future__ import annotations

import io
import json

import pytest

from core.cli import LONGEST_MESSAGE, main
from core.units import load_definitions, pint


def run(*arguments: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(arguments), out, err)
    return code, out.getvalue(), err.getvalue()


#: (arguments, the first line printed): answers that used to be wrong with exit status 0.
RIGHT_ANSWERS = [
    (["5²"], "= 25"),
    (["10³ kWh"], "= 1 MWh"),
    (["10³ kWh", "--as", "kWh"], "= 1,000 kWh"),
    (["100 * 10⁻³"], "= 0.1"),
    (["2 m²", "--as", "m**2"], "= 2 m²"),
    (["10-15 %"], "= 10–15%"),
    (["6.5-10.2 kW"], "= 6.5–10.2 kW"),
    (["5.7～8.9 TWh"], "= 5.7–8.9 TWh"),
    (["100000 * 6.5–10.2 kW * 8760 h", "--as", "TWh"], "= 5.7–8.9 TWh"),
    (["10 - 15"], "= -5"),
    (["15-10"], "= 5"),
    (["0.2 TWh", "--as", "TWh"], "= 0.2 TWh"),
    (["0.2 TWh", "--as", "TWh", "--lang", "zh"], "= 2亿度"),
    (["98.55亿度", "--lang", "zh"], "= 98.55亿度"),
]


@pytest.mark.parametrize(("arguments", "first_line"), RIGHT_ANSWERS)
def test_answers_right(arguments: list[str], first_line: str) -> None:
    code, out, err = run(*arguments)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == first_line


def test_a_typed_range_is_carried_through_the_json() -> None:
    code, out, _ = run("6.5-10.2 kW * 24 h", "--as", "kWh", "--json")
    document = json.loads(out)
    assert code == 0
    assert (document["low"], document["high"]) == (pytest.approx(156), pytest.approx(244.8))


#: (arguments, words the one line must hold): refused with exit status 2.
REFUSED = [
    (["10 degC", "--as", "K"], "'degC' is a temperature scale or a logarithmic unit"),
    (["10 K", "--as", "degC"], "use kelvin (K) for a temperature difference"),
    (["100", "--as", "dB"], "'dB' is a temperature scale or a logarithmic unit"),
    (["-1", "--as", "dB"], "'dB' is a temperature scale or a logarithmic unit"),
    (["1 degF * 2"], "'degF' is a temperature scale"),
    (["50%%"], "write one % sign, as in 50%"),
    (["50 % %"], "write one % sign"),
    (["1 kWh", "--as", "kWh *"], "'kWh *' is not a unit the calculator knows"),
    (["1 kWh", "--as", "kWh**"], "'kWh**' is not a unit the calculator knows"),
    (["1 kWh", "--as", "/"], "'/' is not a unit the calculator knows"),
    (["1 kWh", "--as", "-"], "'-' is not a unit the calculator knows"),
    (["1 kWh", "--as", "1/0"], "'1/0' is not a unit the calculator knows"),
    (["1 kWh", "--as", "__import__('os')"], "is not a unit the calculator knows"),
    (["1 kWh", "--as", "TWh/"], "'TWh/' is not a unit the calculator knows"),
    (["1 kWh", "--as", "MWh*2"], "'MWh*2' is not a unit the calculator knows"),
    (["1 kWh", "--as", "2"], "'2' is not a unit the calculator knows"),
    (["1 kWh", "--as", "k\nWh"], "a line break, a control character or a byte that is not UTF-8"),
    (["1\nkWh"], "a line break, a control character or a byte that is not UTF-8"),
    (["x\udcff"], "a byte that is not UTF-8"),
    (["1 kWh", "--as", "kWh\udcff"], "a byte that is not UTF-8"),
    (["scenario", "chatgpt_daily", "--set", "hgx_a100_power=6\udcff kW"], "a byte that is not UTF-8"),
    (["show", "a\nb"], "there is no figure 'a b'"),
    (["scenario", "chatgpt_daily", "--set", "a\nb"], "--set needs NAME=VALUE"),
    (["1/0"], "division by zero"),
    (["(1"], "brackets do not match"),
]


@pytest.mark.parametrize(("arguments", "words"), REFUSED)
def test_refused_in_one_line(arguments: list[str], words: str) -> None:
    code, out, err = run(*arguments)
    assert (code, out) == (2, "")
    assert err.startswith("ai-energy-calc: error: ")
    assert err.count("\n") == 1, err
    assert words in err


def test_a_huge_argument_is_not_echoed_back_whole() -> None:
    huge = "x" * 100_000
    for arguments in ([huge], ["1 kWh", "--as", huge], ["show", huge], ["scenario", "chatgpt_daily", "--set", huge]):
        code, _, err = run(*arguments)
        assert code == 2
        assert err.count("\n") == 1 and len(err) <= len("ai-energy-calc: error: ") + LONGEST_MESSAGE + 1


def test_a_bug_of_ours_is_one_line_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import core.cli

    monkeypatch.setitem(core.cli._COMMANDS, "list", lambda *_: [][1])
    code, _, err = run("list")
    assert code == 2
    assert err == "ai-energy-calc: error: this input found a bug in the calculator (IndexError); please report it\n"


@pytest.mark.parametrize(
    ("definitions", "words"),
    [
        ("度 = kilowat_hour\n", "line 1: '度' does not resolve to known units"),
        ("foo = 3 *\n", "units.txt: cannot be read"),
        ("= watt\n", "is not a valid unit name"),
        ("year = 365 * day = a = yr = calendar_year\n瓦 = watt\n瓦时 = wat_hour\n", "line 3: '瓦时'"),
    ],
)
def test_a_broken_unit_definition_is_named_by_its_line(tmp_path, definitions: str, words: str) -> None:
    path = tmp_path / "units.txt"
    path.write_text(definitions, encoding="utf-8")
    problem = load_definitions(pint.UnitRegistry(cache_folder=None, on_redefinition="ignore"), path)
    assert problem is not None and words in str(problem)
    assert str(problem).startswith("units.txt")


def test_the_real_unit_definitions_load_cleanly() -> None:
    from core.units import DEFINITIONS_PROBLEM

    assert DEFINITIONS_PROBLEM is None
