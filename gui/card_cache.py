"""The home cards' headlines from an earlier run, so that their numbers show with the first paint instead of after
core has loaded (about 0.8 s here: pint, numpy and the dataset's checks).

The headlines are kept as JSON in the standard cache folder (~/.cache/ai-energy/card-headlines.json on Linux),
under a key that hashes everything they come from: the dataset, the unit definitions, the translations and the
program's own code and its locked dependencies (every .py file of core/ and gui/ and uv.lock in a source tree; in
a frozen bundle, `build-id.txt`, the same hash taken by installers/build.py when it froze that code). Change any of
them and the key changes, so old headlines are never shown for new data. Even a matching cache is not trusted
blindly: once core has loaded, the cards are worked out again, replace what was shown, and the file is rewritten
when anything differed. A missing, unreadable or foreign file is simply no cache.

A frozen bundle also carries a seed, `resources/card-headlines.json`, written by the build from a run of the frozen
program itself in both languages: a reader's very first start after installing shows numbers with the first paint
too. The seed is read only when the reader's own cache has nothing for these sources, under the same key check.
Nothing here imports core's calculator or pint: this runs before the first paint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from core.paths import resources_directory
from gui.resilience import FOLDER

FILE_NAME = "card-headlines.json"
#: In a frozen bundle's resources/: the hash of the code it was frozen from, and the build's seed of headlines.
BUILD_ID_FILE = "build-id.txt"
SEED_FILE = FILE_NAME
#: What the headlines are made from, under resources/.
RESOURCE_PATTERNS = ("data/*.toml", "units/*.txt", "translations/*.qm")

log = logging.getLogger("ai_energy")


def cache_file() -> Path:
    """The standard place of the cache file (for example ~/.cache/ai-energy/card-headlines.json on Linux)."""
    location = QStandardPaths.StandardLocation.GenericCacheLocation
    return Path(QStandardPaths.writableLocation(location)) / FOLDER / FILE_NAME


def seed_file() -> Path:
    """Where a frozen bundle keeps the headlines its build worked out (absent in a source tree)."""
    return resources_directory() / SEED_FILE


def sources_key() -> str:
    """A hash of every file the headlines come from (see the module docstring)."""
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    if not getattr(sys, "frozen", False):
        digest.update(code_key(Path(__file__).resolve().parent.parent).encode())
    if getattr(sys, "frozen", False):
        digest.update(_frozen_build_id().encode())
    return digest.hexdigest()


def code_key(root: Path) -> str:
    """A hash of the program's code under `root` (a source tree): every .py file of core/ and gui/, and uv.lock,
    which pins the libraries that word and round the numbers. installers/build.py stores it as the bundle's
    build-id.txt."""
    digest = hashlib.sha256()
    files = [path for package in ("core", "gui") for path in sorted((root / package).rglob("*.py"))]
    for path in [*files, root / "uv.lock"]:
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _frozen_build_id() -> str:
    """The bundle's build-id.txt; without one (a bundle built by hand), the executable's size and time."""
    try:
        return (resources_directory() / BUILD_ID_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        stat = Path(sys.executable).stat()
        return f"{stat.st_size}:{stat.st_mtime_ns}"


def _source_files() -> Iterable[Path]:
    """The resources the headlines are made from, in a fixed order."""
    resources = resources_directory()
    return [path for pattern in RESOURCE_PATTERNS for path in sorted(resources.glob(pattern))]


class CardCache:
    """Headlines by language and view id, valid for the sources as they are now."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_file()
        self.key = sources_key()
        self._headlines: dict[str, dict[str, str]] = self._read(self.path) or self._read(seed_file())

    def headlines(self, language: str) -> dict[str, str]:
        """The remembered headlines in `language` (empty when there are none for these sources)."""
        return dict(self._headlines.get(language, {}))

    def store(self, language: str, headlines: Mapping[str, str]) -> None:
        """Remember `headlines` (worked out by core just now) for `language`; write the file only if they changed."""
        if self._headlines.get(language) == dict(headlines):
            return
        self._headlines[language] = dict(headlines)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(json.dumps({"key": self.key, "headlines": self._headlines}), encoding="utf-8")
            temporary.replace(self.path)  # a reader never sees half a file
        except OSError as error:
            log.info("card headlines not cached: %s", error)

    def _read(self, path: Path) -> dict[str, dict[str, str]]:
        """The headlines of the file at `path` if it is ours and its key is today's, else none."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(document, dict) or document.get("key") != self.key:
            return {}
        headlines = document.get("headlines")
        if not isinstance(headlines, dict):
            return {}
        return {
            language: {view: text for view, text in texts.items() if isinstance(text, str)}
            for language, texts in headlines.items()
            if isinstance(texts, dict)
        }
