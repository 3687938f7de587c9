"""The home cards' headlines from an earlier run, so that their numbers show with the first paint instead of after
core has loaded (about 0.45 s here: pint, its registry, the dataset and its checks).

The headlines are kept as JSON in the standard cache folder (~/.cache/ai-energy/card-headlines.json on Linux),
under a key that hashes everything they come from: the dataset, the unit definitions, the translations and the
program's own code and its locked dependencies (every .py file of core/ and gui/ and uv.lock in a source tree; in
a frozen bundle, `build-id.txt`, the same hash taken by installers/build.py when it froze that code). Change any of
them and the key changes, so the reader's cache never shows old headlines for new data or new code. Even a
matching cache is not trusted blindly: once core has loaded, the cards are worked out again, replace what was
shown, and the file is rewritten when anything differed. A missing, unreadable or foreign file is simply no cache.

For a reader's very first start, when their own cache does not yet hold the language on screen, the program
ships a seed, `resources/card-headlines.json`, read only then and under the same kind of key check:
- a frozen bundle's seed is written by installers/build.py from a run of the frozen program itself, under the
  bundle's key;
- a source tree's seed is in the repository, written by

      uv run python -m gui.card_cache

  under a key of the resources and uv.lock: a change of code alone does not discard it, so in a working tree
  whose code changes a headline the seed's stays on screen until core replaces it. A test
  (tests/gui/test_card_cache.py) fails when the seed no longer matches what the code works out now, in both
  languages, and names this command; and core's own headlines replace the seed's once it has loaded, as always.
Nothing here imports core's calculator or pint: this runs before the first paint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
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
ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "zh")

log = logging.getLogger("ai_energy")


def cache_file() -> Path:
    """The standard place of the cache file (for example ~/.cache/ai-energy/card-headlines.json on Linux)."""
    location = QStandardPaths.StandardLocation.GenericCacheLocation
    return Path(QStandardPaths.writableLocation(location)) / FOLDER / FILE_NAME


def seed_file() -> Path:
    """Where the program keeps the headlines for a reader's first start (see the module docstring)."""
    return resources_directory() / SEED_FILE


def sources_key() -> str:
    """A hash of every file the headlines come from (see the module docstring)."""
    digest = _resources_digest()
    if getattr(sys, "frozen", False):
        digest.update(_frozen_build_id().encode())
    else:
        digest.update(code_key(ROOT).encode())
    return digest.hexdigest()


def seed_key() -> str:
    """The key of a seed: a frozen bundle's own key; in a source tree, a hash of the resources and uv.lock."""
    if getattr(sys, "frozen", False):
        return sources_key()
    digest = _resources_digest()
    lock = ROOT / "uv.lock"
    if lock.is_file():
        digest.update(lock.read_bytes())
    return digest.hexdigest()


def _resources_digest() -> hashlib._Hash:
    """A running hash of the resources the headlines are made from."""
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest


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
        self._written = self._read(self.path, self.key)  # what the reader's own file holds
        self._seed: dict[str, dict[str, str]] | None = None  # read when a language is missing from the reader's

    def headlines(self, language: str) -> dict[str, str]:
        """The remembered headlines in `language`: the reader's own, else the seed's (empty when neither fits these
        sources)."""
        if language in self._written:
            return dict(self._written[language])
        if self._seed is None:
            self._seed = self._read(seed_file(), seed_key())
        return dict(self._seed.get(language, {}))

    def store(self, language: str, headlines: Mapping[str, str]) -> None:
        """Remember `headlines` (worked out by core just now) for `language`; write the reader's file only if it
        does not hold them yet (the seed's headlines are written there too, so that later starts do not need it)."""
        if self._written.get(language) == dict(headlines):
            return
        self._written[language] = dict(headlines)
        try:
            _write_atomically(self.path, _document(self.key, self._written))
        except OSError as error:
            log.info("card headlines not cached: %s", error)

    @staticmethod
    def _read(path: Path, key: str) -> dict[str, dict[str, str]]:
        """The headlines of the file at `path` if it is ours and made under `key`, else none."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(document, dict) or document.get("key") != key:
            return {}
        headlines = document.get("headlines")
        if not isinstance(headlines, dict):
            return {}
        return {
            language: {view: text for view, text in texts.items() if isinstance(text, str)}
            for language, texts in headlines.items()
            if isinstance(texts, dict)
        }


def _document(key: str, headlines: Mapping[str, Mapping[str, str]]) -> str:
    """The cache file's text: the key and the headlines by language."""
    return json.dumps({"key": key, "headlines": headlines}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file of its own (two programs may write at once), so that a
    reader never sees half a file."""
    import tempfile  # after core has loaded: not on the way to the first paint

    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f"{path.name}.", suffix=".tmp", delete=False
    ) as file:
        file.write(text)
    try:
        Path(file.name).replace(path)
    except OSError:
        Path(file.name).unlink(missing_ok=True)
        raise


def work_out_seed(program: Sequence[str], key: str | None = None) -> str:
    """Run `program` (the command that starts the program) with --smoke in each language, off-screen, in an empty
    home, and return the card cache it wrote: the seed, under `key` when given (else the program's own key).
    Raises RuntimeError when a run fails or caches nothing. Also proves the program starts."""
    import os  # a build step: none of this is on the way to the first paint
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ai-energy-seed-") as folder:
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "APPDATA", "LOCALAPPDATA", "HOME"):
            environment[variable] = folder
        for language in LANGUAGES:
            command = [*program, "--smoke", "--lang", language]
            result = subprocess.run(
                command, env=environment, capture_output=True, text=True, check=False, timeout=300, cwd=folder
            )
            if result.returncode != 0:
                raise RuntimeError(f"{' '.join(command)} failed (exit {result.returncode}): {result.stderr[-2000:]}")
        cached = next(Path(folder).rglob(FILE_NAME), None)
        if cached is None:
            raise RuntimeError(f"{' '.join(program)} --smoke cached no card headlines")
        document = json.loads(cached.read_text(encoding="utf-8"))
    missing = [language for language in LANGUAGES if not document["headlines"].get(language)]
    if missing:
        raise RuntimeError(f"{' '.join(program)} --smoke cached no headlines in {', '.join(missing)}")
    return _document(key or document["key"], document["headlines"])


def write_seed() -> None:
    """Work out the source tree's seed (resources/card-headlines.json) by running this tree's program."""
    _write_atomically(seed_file(), work_out_seed([sys.executable, "-m", "gui"], seed_key()))
    print(f"wrote {seed_file()}")


if __name__ == "__main__":
    write_seed()
