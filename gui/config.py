"""The exhibit's configuration file (TOML): read it, check every value, fall back key by key, never stop.

An unattended exhibit must start whatever the file holds. `load_config` therefore never raises: a value that is
wrong is replaced by its safe default, and each problem comes back as one message that names the file, the key,
what is wrong and how to fix it. Every key is optional; `CONFIG_TEMPLATE` documents them all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from gui.palette import TEXT_SCALES, THEMES
from gui.settings import LANGUAGES

THEME_NAMES = tuple(THEMES)
#: The text sizes the program offers, in percent.
TEXT_SIZES = tuple(round(100 * scale) for scale in TEXT_SCALES)
#: Longest idle time and attract interval accepted: one day. Shortest of any time: one millisecond (Qt's timers
#: count whole milliseconds). A scheduled exit may be up to a year away (Qt's own timers hold only 24.8 days: the
#: exhibit counts longer ones itself).
LONGEST_SECONDS = 86_400.0
SHORTEST_SECONDS = 0.001
LONGEST_QUIT_AFTER = 366 * 86_400.0
#: A configuration file larger than this is refused unread (a real one is under 2 KB).
LARGEST_CONFIG_FILE = 1024 * 1024
#: Staff exit code: 4 to 12 digits.
PIN_LENGTHS = range(4, 13)

CONFIG_TEMPLATE = """\
# AI Energy Calculator: configuration. Every key is optional; delete a line to use its default.
# A wrong value is reported in the log (and on the terminal) and replaced by its default: the exhibit still starts.

[display]
language = "zh"          # "en" or "zh": the language the program starts in, and returns to when idle
theme = "light"          # "light", "dark" or "high_contrast"
text_size = 100          # 100, 125, 150 or 200 (percent; 200 is for projectors)

[kiosk]
enabled = false          # true: full screen, no window frame or menus, visitors cannot close it
idle_timeout = 120       # seconds without a touch or key before every view resets and the attract loop starts
attract_interval = 12    # seconds each view stays on screen in the attract loop
hide_cursor = false      # true hides the mouse pointer (touch screens)
exit_pin = ""            # 4-12 digits. Staff exit: Ctrl+Alt+Shift+Q, or hold the title (top left) for 3 s,
                         # then type the PIN.
exit_without_pin = false # with no PIN: true lets Ctrl+Alt+Shift+Q end the exhibit at once (any visitor with a
                         # keyboard can); false (the default) leaves no exit inside the program: staff stop it
                         # from outside (see the README's kiosk section)
quit_after = 0           # seconds after which the program exits cleanly (scheduled restarts); 0 = never

[data]
my_figures = ""          # a file of the exhibit's own yardsticks (a museum's city), as Lesson > My figures writes
                         # it; a relative path is read from this file's folder. Empty: my_figures.toml beside
                         # this file
"""


@dataclass(frozen=True)
class AppConfig:
    """Every configurable option, with the defaults a new installation runs with.

    `language`, `theme` and `text_size` are None when the file does not set them (the saved choice then applies).
    `quit_after` is None for "never".
    """

    language: str | None = None
    theme: str | None = None
    text_size: int | None = None
    kiosk: bool = False
    idle_timeout: float = 120.0
    attract_interval: float = 12.0
    hide_cursor: bool = False
    exit_pin: str = ""
    exit_without_pin: bool = False
    quit_after: float | None = None
    my_figures: str = ""

    def with_overrides(self, **overrides: Any) -> AppConfig:
        """A copy with the command line's options applied (None means "not given")."""
        given = {name: value for name, value in overrides.items() if value is not None}
        return replace(self, **given)


#: The file's layout: table -> key -> the AppConfig field it sets.
KEYS: dict[str, dict[str, str]] = {
    "display": {"language": "language", "theme": "theme", "text_size": "text_size"},
    "kiosk": {
        "enabled": "kiosk",
        "idle_timeout": "idle_timeout",
        "attract_interval": "attract_interval",
        "hide_cursor": "hide_cursor",
        "exit_pin": "exit_pin",
        "exit_without_pin": "exit_without_pin",
        "quit_after": "quit_after",
    },
    "data": {"my_figures": "my_figures"},
}


class ConfigValueError(ValueError):
    """One value in the configuration file is wrong; the message says what a correct one looks like."""


def load_config(path: Path) -> tuple[AppConfig, list[str]]:
    """Read the configuration file at `path`: the options and a list of problems (empty when all is well).

    A missing file is not a problem (the defaults apply). A file that is not valid TOML, or a wrong value, is
    reported and replaced by the defaults; nothing here raises.
    """
    from core.toml_files import TomlFileError, read_toml  # here: most machines have no configuration file

    try:
        document = read_toml(path, LARGEST_CONFIG_FILE)
    except FileNotFoundError:
        return AppConfig(), []
    except TomlFileError as error:
        return AppConfig(), [f"{path}: the file {error}; using the defaults for every key."]
    return check_document(document, path.name)


def parse_config(text: str, file_name: str = "config.toml") -> tuple[AppConfig, list[str]]:
    """Parse configuration text: the options and a list of problems (see `load_config`)."""
    from core.toml_files import TomlFileError, parse_toml

    try:
        document = parse_toml(text)
    except TomlFileError as error:
        return AppConfig(), [f"{file_name}: the file {error}; using the defaults for every key."]
    return check_document(document, file_name)


def check_document(document: dict[str, Any], file_name: str) -> tuple[AppConfig, list[str]]:
    """Check a parsed configuration key by key: the options and a list of problems."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for table_name, table in document.items():
        if table_name not in KEYS or not isinstance(table, dict):
            problems.append(f"{file_name}: unknown section '{table_name}'{_suggestion(table_name, KEYS)}; ignored.")
            continue
        for key, raw in table.items():
            name = f"{table_name}.{key}"
            field = KEYS[table_name].get(key)
            if field is None:
                problems.append(f"{file_name}: unknown key '{name}'{_suggestion(key, KEYS[table_name])}; ignored.")
                continue
            try:
                values[field] = CHECKS[field](raw)
            except ConfigValueError as error:
                default = _default_text(field)
                problems.append(f"{file_name}: {name} = {raw!r}: {error}. Using {default}.")
    return AppConfig(**values), problems


def check_seconds(value: Any, longest: float = LONGEST_SECONDS) -> float:
    """A number of seconds from SHORTEST_SECONDS to `longest`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigValueError("write a number of seconds, such as 120")
    if not SHORTEST_SECONDS <= value <= longest:
        raise ConfigValueError(f"write a number of seconds from {SHORTEST_SECONDS:g} to {longest:,.0f}")
    return float(value)


def check_quit_after(value: Any) -> float | None:
    """Seconds until a clean exit, up to a year; 0 means never."""
    if value == 0 and not isinstance(value, bool):
        return None
    return check_seconds(value, longest=LONGEST_QUIT_AFTER)


def _check_choice(choices: tuple[str, ...]) -> Any:
    """A check that accepts one of `choices`."""

    def check(value: Any) -> str:
        if value not in choices:
            raise ConfigValueError("write one of " + ", ".join(f'"{choice}"' for choice in choices))
        return str(value)

    return check


def _check_text_size(value: Any) -> int:
    """One of the text sizes the program offers, in percent."""
    if isinstance(value, bool) or value not in TEXT_SIZES:
        raise ConfigValueError("write one of " + ", ".join(str(size) for size in TEXT_SIZES) + " (percent)")
    return int(value)


def _check_switch(value: Any) -> bool:
    """true or false."""
    if not isinstance(value, bool):
        raise ConfigValueError("write true or false (without quotes)")
    return value


def _check_pin(value: Any) -> str:
    """4 to 12 digits, written as a string (so a leading 0 is kept); empty for no PIN."""
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str) or (text and (not text.isascii() or not text.isdigit())):
        raise ConfigValueError('write 4 to 12 digits in quotes, such as "2468"')
    if text and len(text) not in PIN_LENGTHS:
        raise ConfigValueError('write 4 to 12 digits in quotes, such as "2468"')
    return text


def _check_file_name(value: Any) -> str:
    """A file name in quotes (empty: the default)."""
    if not isinstance(value, str) or "\0" in value:
        raise ConfigValueError('write a file name in quotes, such as "museum_figures.toml"')
    return value.strip()


CHECKS: dict[str, Any] = {
    "language": _check_choice(LANGUAGES),
    "theme": _check_choice(THEME_NAMES),
    "text_size": _check_text_size,
    "kiosk": _check_switch,
    "idle_timeout": check_seconds,
    "attract_interval": check_seconds,
    "hide_cursor": _check_switch,
    "exit_pin": _check_pin,
    "exit_without_pin": _check_switch,
    "quit_after": check_quit_after,
    "my_figures": _check_file_name,
}


def _default_text(field: str) -> str:
    """How the default of `field` reads in a message."""
    default = next(item.default for item in fields(AppConfig) if item.name == field)
    if default is None:
        return "the default"
    if default == "":
        return "no PIN" if field == "exit_pin" else "the default"
    return f"the default ({str(default).lower() if isinstance(default, bool) else default})"


def _suggestion(word: str, known: dict[str, Any]) -> str:
    """' (did you mean 'x'?)' when a known name is close to `word`."""
    import difflib  # only a configuration with a misspelt key needs it

    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
