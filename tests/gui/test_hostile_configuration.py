"""The exhibit starts on any configuration (issue 13): each bad value is clamped or refused with a message naming
its key, and a scheduled exit months away neither overflows Qt's timers nor crashes the start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gui.app import ScheduledExit
from gui.config import AppConfig, load_config, parse_config

#: (configuration text, the problem's words, the value kept): every row starts the exhibit.
BAD_VALUES = [
    (
        "[kiosk]\nquit_after = 1e10",
        "kiosk.quit_after = 10000000000.0: write a number of seconds from 0.001 to 31,622,400",
        None,
    ),
    ("[kiosk]\nquit_after = 5e-324", "kiosk.quit_after = 5e-324: write a number of seconds from 0.001", None),
    (
        "[kiosk]\nidle_timeout = 1e10",
        "kiosk.idle_timeout = 10000000000.0: write a number of seconds from 0.001 to 86,400",
        120.0,
    ),
    (
        "[kiosk]\nidle_timeout = 2147484",
        "kiosk.idle_timeout = 2147484: write a number of seconds from 0.001 to 86,400",
        120.0,
    ),
    (
        "[kiosk]\nattract_interval = 5e-324",
        "kiosk.attract_interval = 5e-324: write a number of seconds from 0.001",
        12.0,
    ),
    ("[kiosk]\nattract_interval = inf", "kiosk.attract_interval = inf: write a number of seconds, such as 120", 12.0),
]


@pytest.mark.parametrize(("text", "words", "kept"), BAD_VALUES)
def test_a_time_out_of_range_is_refused_with_its_key(text: str, words: str, kept: float | None) -> None:
    config, problems = parse_config(text)
    assert len(problems) == 1 and words in problems[0], problems
    field = text.split("\n")[1].split(" = ")[0]
    assert getattr(config, field) == kept


def test_a_monthly_restart_is_accepted() -> None:
    config, problems = parse_config("[kiosk]\nquit_after = 2147484")  # 24.9 days: more than a Qt timer holds
    assert (problems, config.quit_after) == ([], 2147484.0)


def test_a_scheduled_exit_months_away_waits_in_steps_qt_can_hold(qtbot) -> None:
    left: list[str] = []
    scheduled = ScheduledExit(31 * 86_400.0, lambda: left.append("left"))
    assert 0 < scheduled.remaining_milliseconds() <= 3_600_000 < 2**31 - 1
    now = [scheduled._deadline - 10.0]
    scheduled._clock = lambda: now[0]
    scheduled._check()  # an hour's step ended early: wait again, only the ten seconds left
    assert left == [] and scheduled.remaining_milliseconds() == 10_000
    now[0] = scheduled._deadline
    scheduled._check()
    assert left == ["left"]


def test_nesting_a_pipe_a_huge_file_and_a_byte_order_mark(tmp_path: Path) -> None:
    nested = tmp_path / "nested.toml"
    nested.write_text("[kiosk]\nx = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    config, problems = load_config(nested)
    assert config == AppConfig() and "nests values too deeply" in problems[0]
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)  # --config pointing at a pipe used to hang the start
    config, problems = load_config(pipe)
    assert config == AppConfig() and "is not a regular file" in problems[0]
    huge = tmp_path / "huge.toml"
    huge.write_text("# padding\n" * 200_000, encoding="utf-8")  # 2 MB
    config, problems = load_config(huge)
    assert config == AppConfig() and "is larger than 1,048,576 bytes" in problems[0]
    notepad = tmp_path / "notepad.toml"
    notepad.write_bytes("\ufeff[kiosk]\nidle_timeout = 45\n".encode())
    config, problems = load_config(notepad)
    assert (problems, config.idle_timeout) == ([], 45.0)


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--quit-after", "1e10"], "--quit-after: '1e10': write a number of seconds from 0.001 to 31,622,400"),
        (["--idle-timeout", "1e10"], "--idle-timeout: '1e10': write a number of seconds from 0.001 to 86,400"),
        (["--attract-interval", "5e-324"], "--attract-interval: '5e-324': write a number of seconds from 0.001"),
        (["--quit-after", "0"], "--quit-after: '0': give a number of seconds above 0"),
    ],
)
def test_a_bad_command_line_time_is_one_line_and_status_2(run_program, arguments: list[str], words: str) -> None:
    result = run_program("--kiosk", *arguments)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr
