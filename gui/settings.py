"""Persistent options (language, theme, window geometry) through QSettings, tolerant of corrupt values and files."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gui.palette import TEXT_SCALES, THEMES

ORGANISATION = "AI Energy Calculator"
APPLICATION = "ai-energy"
LANGUAGES = ("en", "zh")


log = logging.getLogger("ai_energy")


class Settings:
    """Typed access to the saved options; a value of the wrong type or outside its choices reads as the default.

    A settings file Qt cannot parse is set aside (renamed with a `.corrupt-<time>` suffix, so nothing is lost for
    whoever wants to look at it) with a log line, and the program starts with the defaults.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else _open_settings()

    def language(self, default: str) -> str:
        """The saved language ("en" or "zh"), or `default`."""
        value = self._settings.value("language", default)
        return value if value in LANGUAGES else default

    def set_language(self, language: str) -> None:
        """Remember the language."""
        self._settings.setValue("language", language)

    def theme(self) -> str:
        """The saved theme name ("light", "dark" or "high_contrast")."""
        value = self._settings.value("theme", "light")
        return value if value in THEMES else "light"

    def set_theme(self, theme: str) -> None:
        """Remember the theme."""
        self._settings.setValue("theme", theme)

    def text_scale(self) -> float:
        """The saved text size (1.0 is normal; the largest is for projectors)."""
        try:
            value = float(self._settings.value("text_scale", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0
        return value if value in TEXT_SCALES else 1.0

    def set_text_scale(self, scale: float) -> None:
        """Remember the text size."""
        self._settings.setValue("text_scale", scale)

    def geometry(self) -> QByteArray | None:
        """The saved window geometry, if any."""
        value = self._settings.value("geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the window geometry."""
        self._settings.setValue("geometry", geometry)


def _open_settings() -> QSettings:
    """The program's QSettings; a corrupt file is set aside and replaced by an empty one."""
    settings = QSettings(ORGANISATION, APPLICATION)
    if settings.status() == QSettings.Status.NoError:
        return settings
    path = Path(settings.fileName())
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    del settings  # release the file before moving it
    try:
        path.replace(aside)
        log.warning("the saved settings in %s could not be read; kept them as %s and started afresh", path, aside)
    except OSError as error:
        log.warning("the saved settings in %s could not be read, nor set aside (%s); using defaults", path, error)
    return QSettings(ORGANISATION, APPLICATION)
