"""Approved error messages: what the calculator says, in English and Chinese, to every kind of input it refuses,
pinned whole in tests/golden/messages.txt (a changed word, a lost hint or an untranslated message fails as a
diff). Approve a deliberate change with UPDATE_GOLDEN=1 uv run pytest tests/core/test_messages.py."""

from __future__ import annotations

import io
from collections.abc import Callable

from core.cli import main

#: Arguments of ai-energy-calc that are refused, one kind of mistake each.
REFUSED = [
    ["0 kWh / 0 kWh"],
    ["1e41 kWh"],
    ["1e999"],
    ["2 kW ** (1 kW)"],
    ["2 ** (1-2)"],
    ["2 ** 1e6"],
    ["(-8) ** 0.5"],
    ["1 kWh + 1 kW"],
    ["1 kW + 1 kWh"],
    ["1 kWh - 1 kg"],
    ["1 kWh + 1 kg"],
    ["1 kWh", "--as", "kW"],
    ["1 kW", "--as", "kWh"],
    ["1 kWh", "--as", "kg"],
    ["3 kg", "--as", "household_cn"],
    ["-(1 kg) + 1 kWh"],
    ["3 km/hour + 1 kWh"],
    ["nonsense_id"],
    ["gpt3_trainin"],
    ["3 Wh * nonsense"],
    [""],
    ["   "],
    ["1 +"],
    ["(1"],
    ["1/0"],
    ["a; b"],
    ["'text'"],
    ["1,2 kWh"],
    ["kWh"],
    ["万"],
    ["万度"],
    ["x" * 501],
    ["0x1F"],
    ["1 2"],
    ["1.2.3"],
    ["3e"],
    ["2 ** ** 3"],
    ["2 // 3"],
    ["10 degC", "--as", "K"],
    ["10 K", "--as", "degC"],
    ["1 degF * 2"],
    ["50%%"],
    ["1 kWh", "--as", "kWh *"],
    ["1 kWh", "--as", "2"],
    ["1\nkWh"],
    ["show", "nothing_here"],
    ["scenario", "no_such_scenario"],
    ["scenario", "chatgpt_daily", "--set", "hgx_a100_power"],
    ["scenario", "chatgpt_daily", "--set", "hgx_a100_power=5 kWh"],
    ["scenario", "chatgpt_daily", "--set", "no_input=5 kW"],
    ["list", "everything"],
    ["project", "--years", "0"],
    ["project", "--growth", "abc"],
]


def _refusal(arguments: list[str], language: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = main([*arguments, "--lang", language], out, err)
    return f"exit {code}: {err.getvalue().strip()}"


def test_every_refusal_reads_as_approved(assert_approved: Callable[[str, str], None]) -> None:
    lines = []
    for arguments in REFUSED:
        shown = " ".join(repr(argument) if len(argument) < 40 else repr(argument[:20] + "…") for argument in arguments)
        lines += [f"{shown}", f"  en {_refusal(arguments, 'en')}", f"  zh {_refusal(arguments, 'zh')}"]
    assert_approved("messages.txt", "\n".join(lines) + "\n")
