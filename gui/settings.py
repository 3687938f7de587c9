"""Persistent options (language, theme, window geometry) through QSettings, tolerant of corrupt values."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from gui.palette import TEXT_SCALES, THEMES

ORGANISATION = "AI Energy Calculator"
APPLICATION = "ai-energy"
LANGUAGES = ("en", "zh")


class Settings:
    """Typed access to the saved options; a value of the wrong type or outside its choices reads as the default."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)

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
