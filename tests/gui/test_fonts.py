"""Chinese renders without any system CJK font: the bundled subset covers every character the program shows.
Fix a failure with `uv run python -m gui.fonts` (it needs Debian's fonts-noto-cjk)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

from gui.fonts import BUNDLED_FAMILY, FONT_FILE, LICENCE_FILE, RADICALS, characters_needed, register, use_for

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
    assert family == BUNDLED_FAMILY == "AI Energy Noto Subset SC"  # not the name of a system's whole Noto CJK
    assert family in QFontDatabase.families()
    assert family in qapp.font().families()


def test_english_quotes_are_latin_and_chinese_quotes_full_width(qapp: QApplication) -> None:
    family = register(qapp)
    try:
        use_for(qapp, "en")
        font = qapp.font()
        assert font.families()[0] != family, "English leads with the system's own font"
        font.setPixelSize(40)
        quote, letter = QFontMetrics(font).horizontalAdvance("“"), QFontMetrics(font).horizontalAdvance("n")
        assert quote < letter, "“eat” in an English question is set with Latin quotation marks, not full-width ones"
        use_for(qapp, "zh")
        font = qapp.font()
        assert font.families()[0] == family
        font.setPixelSize(40)
        assert QFontMetrics(font).horizontalAdvance("“") == 40, "Chinese text gets full-width quotation marks"
    finally:
        use_for(qapp, "en")


def test_the_font_licence_is_bundled() -> None:
    text = LICENCE_FILE.read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text and "Adobe" in text


def test_the_subset_maps_no_cjk_radical(qapp: QApplication) -> None:
    """A radical mapped to an ordinary character's glyph makes a PDF's Chinese copy out wrong ("⼀年" for "一年")."""
    font = QRawFont(str(FONT_FILE), 12)
    assert font.isValid()
    assert [hex(code) for code in RADICALS if font.supportsCharacter(code)] == []
    assert font.supportsCharacter(0x4E00)
