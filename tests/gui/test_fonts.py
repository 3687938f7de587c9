"""Chinese renders without any system CJK font: the bundled subset covers every character the program shows.
Fix a failure with `uv run python -m gui.fonts` (it needs Debian's fonts-noto-cjk)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from gui.fonts import FONT_FILE, LICENCE_FILE, characters_needed, register

#: Characters the calculator accepts as input operators (core/expression.py) but never shows itself.
INPUT_ONLY = {"⋅", "✕"}


def test_the_subset_covers_every_character_the_program_shows(qapp: QApplication) -> None:
    font = QRawFont(str(FONT_FILE), 12)
    assert font.isValid()
    needed = characters_needed() - INPUT_ONLY
    assert {"度", "万", "亿", "约", "（", "～"} <= needed
    missing = sorted(character for character in needed if not font.supportsCharacter(ord(character)))
    assert missing == [], "run `uv run python -m gui.fonts` to rebuild the bundled font"


def test_the_font_is_registered_as_the_fallback_for_chinese(qapp: QApplication) -> None:
    family = register(qapp)
    assert family == "Noto Sans CJK SC"
    assert family in QFontDatabase.families()
    assert family in qapp.font().families()


def test_the_font_licence_is_bundled() -> None:
    text = LICENCE_FILE.read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text and "Adobe" in text
