"""A lesson file opens the program with a double-click: the .deb's MIME type and menu entry, the Windows
installer's "Open with", and the command line's plain file argument they both use."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from configparser import ConfigParser
from pathlib import Path

import pytest

from core.lessons import SUFFIX
from gui.app import _parse

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_the_deb_s_mime_type_is_the_lesson_suffix_and_the_menu_entry_opens_it() -> None:
    root = ElementTree.parse(INSTALLERS / "linux" / "org.aienergy.Calculator.mime.xml").getroot()
    mime_type = root.find(f"{MIME}mime-type")
    assert mime_type is not None
    assert [glob.get("pattern") for glob in mime_type.findall(f"{MIME}glob")] == [f"*{SUFFIX}"]
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[method-assign,assignment]
    entry.read(INSTALLERS / "linux" / "org.aienergy.Calculator.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["MimeType"] == f"{mime_type.get('type')};"
    assert desktop["Exec"] == "ai-energy %f"
    assert "mime.xml" in (INSTALLERS / "build.py").read_text(encoding="utf-8")


def test_the_windows_installer_offers_the_program_for_toml_files_and_removes_it_again() -> None:
    script = (INSTALLERS / "windows" / "ai-energy.nsi").read_text(encoding="utf-8")
    assert re.search(r'AIEnergy\.Lesson\\shell\\open\\command" "" \'"\$INSTDIR\\\$\{EXE\}" "%1"\'', script)
    assert 'Classes\\.toml\\OpenWithProgids" "AIEnergy.Lesson"' in script
    assert 'DeleteRegKey HKCU "Software\\Classes\\AIEnergy.Lesson"' in script
    assert 'DeleteRegValue HKCU "Software\\Classes\\.toml\\OpenWithProgids" "AIEnergy.Lesson"' in script


def test_a_plain_file_argument_is_a_lesson_and_two_lessons_are_refused(capsys) -> None:
    assert _parse(["class.aienergy.toml"]).lesson == "class.aienergy.toml"
    assert _parse(["--lesson", "a.toml"]).lesson == "a.toml"
    assert _parse([]).lesson is None
    with pytest.raises(SystemExit) as exit_status:
        _parse(["--lesson", "a.toml", "b.toml"])
    assert exit_status.value.code == 2
    assert "give one lesson: --lesson FILE or FILE" in capsys.readouterr().err
