"""Languages: Qt translators for our strings and Qt's own dialogs, switchable at run time.

Every user-visible string goes through Qt's translation functions (`self.tr`, `QCoreApplication.translate`);
the Chinese translations live in `resources/translations/ai_energy_zh_CN.ts`, compiled to `.qm` by
`uv run python -m gui.translations`. Installing a translator sends LanguageChange to every widget, and each
view re-reads its strings in `retranslate()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.paths import resources_directory
from gui import fonts

log = logging.getLogger("ai_energy")
TRANSLATIONS = resources_directory() / "translations"
QT_LOCALE = {"en": "en", "zh": "zh_CN"}


class Languages:
    """Installs the translators for one language at a time."""

    def __init__(self, application: QCoreApplication) -> None:
        self._application = application
        self._translators: list[QTranslator] = []
        self.current = "en"

    def switch(self, language: str) -> None:
        """Make `language` ("en" or "zh") current; widgets receive LanguageChange."""
        for translator in self._translators:
            self._application.removeTranslator(translator)
        self._translators = []
        ours = QTranslator(self._application)
        ours_file = TRANSLATIONS / f"ai_energy_{QT_LOCALE[language]}.qm"
        if ours.load(str(ours_file)):
            self._translators.append(ours)
        else:
            log.warning("could not load the translation %s; the program shows English strings", ours_file)
        if language == "zh":
            qt_own = QTranslator(self._application)
            if qt_own.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt_own)
        for translator in self._translators:
            self._application.installTranslator(translator)
        QLocale.setDefault(QLocale(QT_LOCALE[language]))
        fonts.use_for(self._application, language)
        self.current = language


def system_language() -> str:
    """ "zh" when the system locale is Chinese, else "en"."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"
