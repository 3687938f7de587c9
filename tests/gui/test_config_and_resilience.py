"""The configuration file (every key, every kind of mistake), corrupt saved settings, the log, the scheduled exit
and the promise that the program never uses the network: run as the exhibit's staff would run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.config import CONFIG_TEMPLATE, AppConfig, load_config, parse_config


def test_the_documented_template_is_valid_and_gives_the_defaults() -> None:
    config, problems = parse_config(CONFIG_TEMPLATE)
    assert problems == []
    assert config == AppConfig(language="zh", theme="light", text_size=100)


def test_every_key_is_read() -> None:
    text = """
    [display]
    language = "en"
    theme = "high_contrast"
    text_size = 150
    [kiosk]
    enabled = true
    idle_timeout = 45
    attract_interval = 8.5
    hide_cursor = true
    exit_pin = "0246"
    exit_without_pin = true
    quit_after = 86400
    """
    config, problems = parse_config(text)
    assert problems == []
    assert config == AppConfig(
        language="en",
        theme="high_contrast",
        text_size=150,
        kiosk=True,
        idle_timeout=45.0,
        attract_interval=8.5,
        hide_cursor=True,
        exit_pin="0246",
        exit_without_pin=True,
        quit_after=86400.0,
    )


@pytest.mark.parametrize(
    ("line", "key", "advice"),
    [
        ("[kiosk]\nidle_timeout = 'ten'", "kiosk.idle_timeout = 'ten'", "write a number of seconds, such as 120"),
        ("[kiosk]\nidle_timeout = -5", "kiosk.idle_timeout = -5", "from 0.001 to 86,400"),
        ("[kiosk]\nattract_interval = nan", "kiosk.attract_interval = nan", "write a number of seconds"),
        ("[kiosk]\nenabled = 'yes'", "kiosk.enabled = 'yes'", "write true or false (without quotes)"),
        ("[kiosk]\nexit_pin = '12a4'", "kiosk.exit_pin = '12a4'", "write 4 to 12 digits in quotes"),
        ("[kiosk]\nexit_pin = '12'", "kiosk.exit_pin = '12'", "write 4 to 12 digits in quotes"),
        ("[kiosk]\nexit_without_pin = 1", "kiosk.exit_without_pin = 1", "write true or false (without quotes)"),
        ("[display]\nlanguage = 'fr'", "display.language = 'fr'", 'write one of "en", "zh"'),
        ("[display]\ntext_size = 300", "display.text_size = 300", "write one of 100, 125, 150, 200"),
        ("[kiosk]\nidle_timout = 30", "unknown key 'kiosk.idle_timout' (did you mean 'idle_timeout'?)", "ignored"),
        ("[kiosks]\nenabled = true", "unknown section 'kiosks' (did you mean 'kiosk'?)", "ignored"),
    ],
)
def test_a_wrong_value_names_its_key_says_how_to_fix_it_and_keeps_the_default(line: str, key: str, advice: str):
    config, problems = parse_config(line, "exhibit.toml")
    assert len(problems) == 1
    assert problems[0].startswith(f"exhibit.toml: {key}")
    assert advice in problems[0]
    assert config == AppConfig(), "the wrong value is replaced by its default"


def test_one_wrong_value_does_not_lose_the_right_ones() -> None:
    config, problems = parse_config("[kiosk]\nenabled = true\nidle_timeout = 'soon'\nattract_interval = 5\n")
    assert len(problems) == 1 and "idle_timeout" in problems[0] and "Using the default (120.0)" in problems[0]
    assert (config.kiosk, config.idle_timeout, config.attract_interval) == (True, 120.0, 5.0)


def test_a_file_that_is_not_toml_gives_the_defaults_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[kiosk\nenabled = true\n", encoding="utf-8")
    config, problems = load_config(path)
    assert config == AppConfig()
    assert problems == [problems[0]] and "not valid TOML" in problems[0] and "line 1" in problems[0]


def test_a_missing_file_is_no_problem_and_an_unreadable_one_is_reported(tmp_path: Path) -> None:
    assert load_config(tmp_path / "absent.toml") == (AppConfig(), [])
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    config, problems = load_config(binary)
    assert config == AppConfig() and "is not UTF-8 text; save it as UTF-8" in problems[0]


# --- the program itself ---


def _log(tmp_path: Path) -> str:
    return (tmp_path / "state" / "ai-energy" / "ai-energy.log").read_text(encoding="utf-8")


def test_a_bad_configuration_file_never_stops_the_exhibit(run_program, tmp_path: Path) -> None:
    config = tmp_path / "exhibit.toml"
    config.write_text("[kiosk]\nenabled = true\nidle_timeout = 'ten'\nexit_pin = 42\n", encoding="utf-8")
    result = run_program("--config", str(config), "--quit-after", "3")
    assert result.returncode == 0, result.stderr
    assert "kiosk.idle_timeout = 'ten': write a number of seconds, such as 120" in result.stderr
    assert "kiosk.exit_pin = 42" in result.stderr
    assert "Traceback" not in result.stderr
    log = _log(tmp_path)
    assert "kiosk.idle_timeout" in log and "started in kiosk mode" in log and "exiting after the time set" in log


def test_a_bad_command_line_value_is_refused_with_a_reason(run_program) -> None:
    result = run_program("--kiosk", "--idle-timeout", "-3")
    assert result.returncode == 2
    assert "--idle-timeout: invalid _seconds value" not in result.stderr
    assert "'-3': write a number of seconds from 0.001 to 86,400" in result.stderr


def test_corrupt_saved_settings_are_set_aside_with_a_log_line(run_program, tmp_path: Path) -> None:
    folder = tmp_path / "config" / "AI Energy Calculator"
    folder.mkdir(parents=True)
    (folder / "ai-energy.conf").write_bytes(b"\x00\xff[General\ntheme=\x01\ngeometry=@ByteArray(\x00\n[[[")
    result = run_program("--smoke")
    assert result.returncode == 0, result.stderr
    kept = list(folder.glob("ai-energy.conf.corrupt-*"))
    assert len(kept) == 1, "the unreadable file is kept for inspection, not deleted"
    assert "could not be read" in _log(tmp_path)


NO_NETWORK = """
import os, sys
network_events = []
def audit(event, arguments):
    if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser.")):
        network_events.append(event)
sys.addaudithook(audit)
from gui.app import main
status = main(sys.argv[1:])
inet_sockets = set()
for table in ("tcp", "tcp6", "udp", "udp6"):
    for line in open(f"/proc/self/net/{table}").read().splitlines()[1:]:
        inet_sockets.add(line.split()[9])
own = set()
for fd in os.listdir("/proc/self/fd"):
    try:
        target = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:  # the descriptor of the listing itself
        continue
    if target.startswith("socket:["):
        own.add(target[8:-1])
print("events", network_events)
print("qtnetwork", "PySide6.QtNetwork" in sys.modules)
print("inet", sorted(own & inet_sockets))
sys.exit(status)
"""


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="reads Linux's /proc to find open sockets")
def test_the_program_never_uses_the_network(run_program, tmp_path: Path) -> None:
    """Python-level network calls (audit hooks), Qt's network module, and open internet sockets of the process,
    through start-up, every view of the attract loop, an idle reset and a clean exit."""
    arguments = ("--kiosk", "--idle-timeout", "1", "--attract-interval", "0.1", "--quit-after", "4")
    result = run_program(*arguments, code=NO_NETWORK)
    assert result.returncode == 0, result.stderr
    assert "events []" in result.stdout
    assert "qtnetwork False" in result.stdout
    assert "inet []" in result.stdout
