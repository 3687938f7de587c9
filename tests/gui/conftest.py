"""GUI tests run offscreen, with their own settings and log folders, and fail on Qt warnings and on slot exceptions."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ai-energy-test-config-")
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="ai-energy-test-state-")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="ai-energy-test-cache-")

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from core.calculator import Calculator
from gui import fonts
from gui.i18n import Languages
from gui.main_window import MainWindow
from gui.settings import Settings

for _folder in (os.environ["XDG_CONFIG_HOME"], os.environ["XDG_STATE_HOME"], os.environ["XDG_CACHE_HOME"]):
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)  # tests leave no folders behind


@pytest.fixture(autouse=True)
def languages(qapp: QApplication) -> Languages:
    """Every GUI test starts in English with the application's translators and its bundled Chinese font installed,
    as the program does (the font leads in Chinese, and its taller lines are what the layout must fit)."""
    fonts.register(qapp)
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


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(qapp: QApplication) -> None:
    """Delete every top-level widget a test made: a closed window that lived on is restyled by every later test
    that changes the application's style sheet (in one run the suite grew minutes slower, a test took 100 s)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.locked = False  # an exhibit's window refuses to close
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


#: `python -c` code that runs the program with its arguments and prints one Python expression (which may use
#: `window` and `sys`) when the home screen first paints.
AT_FIRST_PAINT = """
import sys
import gui.app as app
class Watched(app.FirstPaint):
    def __init__(self, window):
        super().__init__(window)
        self.painted.connect(lambda: print({expression}, flush=True))
app.FirstPaint = Watched
sys.exit(app.main(sys.argv[1:]))
"""

RunProgram = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def run_program(tmp_path: Path) -> RunProgram:
    """Run the program in a subprocess, as a reader would, with its configuration in tmp_path/config, its log in
    tmp_path/state and its cache in tmp_path/cache. Options: `code` runs `python -c code` instead of `python -m
    gui`; `at_first_paint` prints an expression at the first paint (see AT_FIRST_PAINT); `platform` is Qt's;
    `prefix` goes before the command (xvfb-run)."""

    def run(
        *arguments: str,
        code: str | None = None,
        at_first_paint: str | None = None,
        platform: str = "offscreen",
        prefix: Sequence[str] = (),
    ) -> subprocess.CompletedProcess[str]:
        if at_first_paint is not None:
            code = AT_FIRST_PAINT.format(expression=at_first_paint)
        command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "gui"]
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": platform,
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
        }
        return subprocess.run(
            [*prefix, *command, *arguments],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            env=environment,
            check=False,
        )

    return run
