"""The bundled Chinese font: a subset of Noto Sans CJK SC (SIL Open Font License 1.1) that covers every Chinese
character the program can show, so a bare Linux kiosk without CJK fonts still renders Chinese.

Rebuild it after adding Chinese text (translations, dataset labels, core's wording):

    apt-get install fonts-noto-cjk          # the source font, once per machine
    uv run python -m gui.fonts              # writes resources/fonts/NotoSansSC-Subset.otf and OFL.txt

A test fails when a character in the translations, the dataset or the code is missing from the subset.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.paths import resources_directory

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

FONTS = resources_directory() / "fonts"
FONT_FILE = FONTS / "NotoSansSC-Subset.otf"
LICENCE_FILE = FONTS / "OFL.txt"
SOURCE_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_FACE = "Noto Sans CJK SC"
#: The subset's own family name (see _rename); the font is Noto Sans CJK SC, under the SIL Open Font License.
BUNDLED_FAMILY = "AI Energy Noto Subset SC"
SOURCE_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
ROOT = Path(__file__).resolve().parent.parent

#: Typography a Chinese text may use even where our files do not yet: keep them in the subset.
EXTRA_CHARACTERS = "，。、：；！？（）《》“”‘’～—…·％＋－×÷＝［］【】"


def texts_with_chinese() -> list[Path]:
    """Every file whose text the program can show: translations, dataset, unit names, core and GUI code."""
    patterns = ["resources/translations/*.ts", "resources/data/*.toml", "resources/units/*.txt", "core/*.py"]
    files = [path for pattern in patterns for path in sorted(ROOT.glob(pattern))]
    return files + sorted((ROOT / "gui").rglob("*.py"))


def characters_needed() -> set[str]:
    """The non-ASCII characters the program can show (CJK, full-width punctuation, symbols)."""
    characters = set(EXTRA_CHARACTERS)
    for path in texts_with_chinese():
        characters.update(character for character in path.read_text(encoding="utf-8") if ord(character) > 0x7F)
    return {
        character
        for character in characters
        if character.isprintable() and not character.isspace() and not _is_radical(character)
    }


#: The CJK radical blocks: glyphs shared with ordinary characters, so a font that maps them makes a PDF's text copy
#: out as radicals ("一" as U+2F00). The program never shows a radical on its own.
RADICALS = range(0x2E80, 0x2FE0)


def _is_radical(character: str) -> bool:
    """True for a character of the CJK radical blocks."""
    return ord(character) in RADICALS


#: The bundled family once loaded, the system's own (resolved) family, and the language whose font leads.
_fonts: dict[str, str | None] = {"bundled": None, "system": None, "language": "en"}


def register(application: object) -> str | None:
    """Load the bundled font (once) and put it in the application's font, after or before the system's own
    family as the language wants (see `use_for`); return its family."""
    from PySide6.QtGui import QFontDatabase, QFontInfo

    if _fonts["bundled"] is None:
        font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
        if font_id < 0:
            print(f"warning: could not load {FONT_FILE}; Chinese may not display", file=sys.stderr)
            return None
        # The real family behind the default ("Sans Serif" is an alias Qt does not resolve in a list of families,
        # which would hand every English text to the Chinese font, with its full-width quotation marks).
        _fonts["system"] = QFontInfo(_application(application).font()).family()
        _fonts["bundled"] = QFontDatabase.applicationFontFamilies(font_id)[0]
    _apply(application)
    return _fonts["bundled"]


def use_for(application: object, language: str) -> None:
    """Lead with the font that suits `language`: the system's for English (Latin text and its punctuation, “like
    this”), the bundled Chinese font for Chinese (its full-width punctuation); the other one fills in."""
    _fonts["language"] = language
    if _fonts["bundled"] is not None:
        _apply(application)


def _apply(application: object) -> None:
    """Set the application font's families in the current language's order."""
    bundled, system = _fonts["bundled"], _fonts["system"]
    assert bundled is not None and system is not None
    families = [bundled, system] if _fonts["language"] == "zh" else [system, bundled]
    font = _application(application).font()
    if font.families() != families:
        font.setFamilies(families)
        _application(application).setFont(font)


def _application(application: object) -> QApplication:
    """`application`, checked to be the QApplication (this module is imported without Qt's widgets)."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(application, QApplication)
    return application


def build() -> None:
    """Subset the source font to the characters needed (and printable ASCII) and copy its licence."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    if not SOURCE_FONT.exists():
        sys.exit(f"{SOURCE_FONT} is missing: install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk)")
    collection = TTCollection(str(SOURCE_FONT))
    face = next(font for font in collection.fonts if font["name"].getDebugName(1) == SOURCE_FACE)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    unicodes = {ord(character) for character in characters_needed()} | set(range(0x20, 0x7F))
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(face)
    _rename(face)
    FONTS.mkdir(parents=True, exist_ok=True)
    face.save(str(FONT_FILE))
    LICENCE_FILE.write_text(_licence_text(face["name"].getDebugName(0) or ""), encoding="utf-8")
    print(f"{FONT_FILE}: {len(unicodes)} characters, {FONT_FILE.stat().st_size // 1024} KiB")


def _rename(face: Any) -> None:
    """Give the subset a family name of its own, BUNDLED_FAMILY: under the source's name, a machine that also has
    the whole Noto Sans CJK installed used that one instead (another look than the tests', and in a PDF text that
    copies out as Kangxi radicals, U+2F00 for U+4E00, because the whole font maps both to one glyph)."""
    names = {1: BUNDLED_FAMILY, 4: BUNDLED_FAMILY, 6: BUNDLED_FAMILY.replace(" ", "") + "-Regular", 16: BUNDLED_FAMILY}
    for record in face["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
    if "CFF " in face:
        face["CFF "].cff.fontNames = [names[6]]


def _licence_text(copyright_notice: str) -> str:
    """The font's copyright notice and the SIL Open Font License 1.1, from the Debian package's copyright file."""
    lines = SOURCE_COPYRIGHT.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if "SIL OPEN FONT LICENSE Version 1.1" in line) - 1
    licence = []
    for line in lines[start:]:
        if line and not line.startswith(" "):
            break
        licence.append("" if line.strip() == "." else line.removeprefix(" "))
    header = "Noto Sans CJK SC, subset for the AI Energy Calculator: only the characters the program shows."
    return f"{header}\n{copyright_notice}\n\n" + "\n".join(licence).strip() + "\n"


if __name__ == "__main__":
    build()
