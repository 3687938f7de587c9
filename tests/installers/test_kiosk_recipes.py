"""The operating-system recipes for the exhibit agree with the program: its options and its staff-exit status."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from gui.app import _parse
from gui.kiosk import STAFF_EXIT_KEYS, STAFF_EXIT_STATUS

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read(INSTALLERS / "linux" / "ai-energy-kiosk.service", encoding="utf-8")
    return parser


def test_the_systemd_unit_restarts_the_program_except_after_a_staff_exit() -> None:
    unit = _unit()
    assert unit["Service"]["Restart"] == "always"
    assert unit["Service"]["RestartPreventExitStatus"] == str(STAFF_EXIT_STATUS)
    assert unit["Unit"]["StartLimitIntervalSec"] == "0"


def test_the_systemd_unit_starts_the_program_with_options_it_has() -> None:
    command = _unit()["Service"]["ExecStart"].split()
    assert command[0] == "/usr/bin/ai-energy"
    options = _parse(command[1:])
    assert options.kiosk


def test_the_windows_recipe_keeps_the_program_closed_after_a_staff_exit() -> None:
    text = (INSTALLERS / "windows" / "SHELL-LAUNCHER.md").read_text(encoding="utf-8")
    call = re.search(r"SetCustomShell\(\$sid, .*?, \[int\[\]\]\((\d+)\), \[int\[\]\]\((\d+)\), (\d+)\)", text)
    assert call is not None
    return_code, action, default_action = (int(group) for group in call.groups())
    assert (return_code, action, default_action) == (STAFF_EXIT_STATUS, 3, 0)  # 3: do nothing; 0: restart
    assert STAFF_EXIT_KEYS in text and "--kiosk" in text
