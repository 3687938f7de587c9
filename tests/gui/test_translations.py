"""The Chinese translation is complete and current: the .ts matches the code's strings and the .qm matches the .ts.
Fix a failure with `uv run python -m gui.translations` (and translate what it reports as unfinished)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from gui.translations import BIN, ROOT, sources, ts_file


def _messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize(("language", "options"), [("zh_CN", []), ("en", ["-pluralonly"])])
def test_every_string_in_the_code_is_in_the_ts_file(tmp_path: Path, language: str, options: list[str]) -> None:
    fresh = tmp_path / "fresh.ts"
    files = [str(path) for path in sources()]
    command = [str(BIN / "pyside6-lupdate"), *files, *options, "-ts", str(fresh)]
    subprocess.run(command, check=True, capture_output=True)
    assert set(_messages(fresh)) == set(_messages(ts_file(language)))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_string_is_translated(language: str) -> None:
    unfinished = [
        key
        for key, message in _messages(ts_file(language)).items()
        if message.find("translation") is None
        or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
        or not "".join(message.find("translation").itertext()).strip()  # type: ignore[union-attr]
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_compiled_file_matches_the_source(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts_file(language)), "-qm", str(compiled)], check=True, capture_output=True
    )
    committed = ROOT / "resources" / "translations" / f"ai_energy_{language}.qm"
    assert compiled.read_bytes() == committed.read_bytes()


def test_plural_forms_in_both_languages(languages) -> None:
    from gui.views.sources_claims import CardText

    assert CardText().headline(137, 57, 1) == "137 figures, 57 sources; 1 claim rounded loosely"
    assert CardText().headline(137, 57, 2) == "137 figures, 57 sources; 2 claims rounded loosely"
    languages.switch("zh")
    assert CardText().headline(137, 57, 1) == "137项数据、57个来源；1处说法取整偏粗"
