"""GUI tests run offscreen, with their own settings folder, and fail on Qt warnings and on slot exceptions."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ai-energy-test-config-")

import pytest
from PySide6.QtWidgets import QApplication

from core.calculator import Calculator
from gui.i18n import Languages
from gui.main_window import MainWindow
from gui.settings import Settings


@pytest.fixture(scope="session")
def calculator() -> Calculator:
    return Calculator()


@pytest.fixture(autouse=True)
def languages(qapp: QApplication) -> Languages:
    """Every GUI test starts in English with the application's translators installed, as the program does."""
    installed = Languages(qapp)
    installed.switch("en")
    yield installed
    installed.switch("en")


@pytest.fixture
def window(qtbot, calculator: Calculator, languages: Languages) -> MainWindow:
    main_window = MainWindow(Settings(), languages)
    main_window.set_calculator(calculator)
    qtbot.addWidget(main_window)
    main_window.show()
    return main_window
