"""The Chinese translation is complete and current: the .ts matches the code's strings and the .qm matches the .ts.
Fix a failure with `uv run python -m gui.translations` (and translate what it reports as unfinished)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from gui.translations import BIN, ROOT, sources, ts_file


def _messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = [str(path) for path in sources()]
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True)
    assert set(_messages(fresh)) == set(_messages(ts_file("zh_CN")))


def test_every_string_is_translated() -> None:
    unfinished = [
        key
        for key, message in _messages(ts_file("zh_CN")).items()
        if message.find("translation") is None
        or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_the_compiled_file_matches_the_source(tmp_path: Path) -> None:
    compiled = tmp_path / "zh_CN.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts_file("zh_CN")), "-qm", str(compiled)], check=True, capture_output=True
    )
    committed = ROOT / "resources" / "translations" / "ai_energy_zh_CN.qm"
    assert compiled.read_bytes() == committed.read_bytes()
