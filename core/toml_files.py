"""Reading a TOML file that a person edits (the dataset, the exhibit's configuration) without ever hanging or
raising anything but one error that says what is wrong. Imports only the standard library, and the TOML parser
only once a file exists: the configuration is looked for before the first window paints."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class TomlFileError(Exception):
    """The file cannot be used; the message says why and how to fix it (without the file's name)."""


def read_toml(path: Path, largest: int) -> dict[str, Any]:
    """Parse the TOML file at `path`: a regular file (not a folder, a pipe that would never end, or a device) of at
    most `largest` bytes, UTF-8 with or without the byte-order mark Windows Notepad writes. FileNotFoundError is left
    to the caller (a missing configuration is normal); every other problem is a TomlFileError."""
    try:
        size = path.stat().st_size  # raises FileNotFoundError for a missing file
        if not path.is_file():
            raise TomlFileError("is not a regular file (a folder, a pipe or a device); point to a .toml file")
        if size > largest:
            raise TomlFileError(
                f"is larger than {largest:,} bytes, far more than such a file needs: is it the right one?"
            )
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TomlFileError("is not UTF-8 text; save it as UTF-8") from None
    except FileNotFoundError:
        raise
    except OSError as error:
        raise TomlFileError(f"cannot be read ({error.strerror or error})") from None
    return parse_toml(text)


def parse_toml(text: str) -> dict[str, Any]:
    """Parse TOML text (a leading byte-order mark is allowed); a TomlFileError says what is wrong."""
    import tomllib

    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        raise TomlFileError(f"is not valid TOML ({error}); fix the line it names") from None
    except RecursionError:
        raise TomlFileError("nests values too deeply; a table in a table is as deep as it needs to go") from None


def toml_value(value: Any) -> str:
    """A text, number or true/false as TOML writes it (JSON's string escapes are TOML's)."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))
    return json.dumps(value, ensure_ascii=False)


def array_of_tables(name: str, records: list[dict[str, Any]]) -> str:
    """`records` as TOML's ``[[name]]`` tables, one blank line between them, empty values left out."""
    blocks = [
        "\n".join([f"[[{name}]]", *(f"{key} = {toml_value(value)}" for key, value in record.items() if value != "")])
        for record in records
    ]
    return "\n\n".join(blocks) + ("\n" if blocks else "")
