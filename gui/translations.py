"""Update the translation sources and compile them: `uv run python -m gui.translations`.

1. `pyside6-lupdate` reads every tr()/translate() string under gui/ into resources/translations/*.ts
   (existing translations are kept; strings no longer in the code are marked obsolete).
2. `pyside6-lrelease` compiles each .ts into the .qm the application loads.
Translate new strings in the .ts (Qt Linguist: `uv run pyside6-linguist FILE.ts`) and run this again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
#: Chinese is complete; English holds only the plural forms of numerus strings ("%n claim(s)").
LANGUAGES = ("zh_CN", "en")
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    """Every Python file of the GUI, in a stable order."""
    return sorted((ROOT / "gui").rglob("*.py"))


def ts_file(language: str) -> Path:
    """The translation source for `language`."""
    return TRANSLATIONS / f"ai_energy_{language}.ts"


def update() -> None:
    """Run lupdate then lrelease for every language."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        files = [str(path.relative_to(ROOT)) for path in sources()]
        target = str(ts_file(language).relative_to(ROOT))
        plural_only = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *files,
                "-no-obsolete",
                *plural_only,
                "-target-language",
                language,
                "-ts",
                target,
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run([str(BIN / "pyside6-lrelease"), target], cwd=ROOT, check=True)


if __name__ == "__main__":
    update()
