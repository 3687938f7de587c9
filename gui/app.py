"""`ai-energy`: start the desktop application.

    ai-energy [--lang en|zh]                       the application
    ai-energy --smoke                              start, paint the home screen, print the time, load core, exit 0
    ai-energy --screenshots DIR [--lang en|zh]     render home and every view at 1280x800 to DIR/<view-id>-<lang>.png

The home screen paints before core (pint, the dataset) is imported; core then loads on a worker thread and the
cards fill in. Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.fonts import register as register_fonts
from gui.i18n import Languages, system_language
from gui.main_window import MainWindow
from gui.settings import Settings

if TYPE_CHECKING:
    from core.calculator import Calculator

STARTED = time.perf_counter()
SCREENSHOT_SIZE = (1280, 800)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the application; return the exit status."""
    options = _parse(list(sys.argv[1:] if argv is None else argv))
    application = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(application, QApplication)
    application.setApplicationName("AI Energy Calculator")
    settings = Settings()
    languages = Languages(application)
    languages.switch(options.lang or settings.language(system_language()))
    if languages.current == "zh":
        register_fonts(application)  # Chinese is on the first screen
    if options.theme:
        settings.set_theme(options.theme)
    if options.text_size:
        settings.set_text_scale(options.text_size / 100)
    window = MainWindow(settings, languages)
    window.apply_display()
    if options.screenshots is not None:
        return _screenshots(window, Path(options.screenshots))
    sys.excepthook = _reader_excepthook(window, smoke=options.smoke)
    loader = CoreLoader()
    loader.loaded.connect(window.set_calculator)
    loader.failed.connect(lambda message: _core_failed(window, message, options.smoke))
    first_paint = FirstPaint(window)
    if options.smoke:
        first_paint.painted.connect(
            lambda: print(f"first paint: {1000 * (first_paint.at - STARTED):.0f} ms", flush=True)
        )
        loader.loaded.connect(lambda _calculator: _finish_smoke(application))
    # After the first paint, in this order: icons, the Chinese font, then core on its thread (last, because the
    # thread competes for the interpreter lock with whatever the GUI thread still has to do).
    first_paint.painted.connect(window.add_icons)
    if languages.current != "zh":
        first_paint.painted.connect(lambda: register_fonts(application))  # needed once Chinese appears
    first_paint.painted.connect(loader.start)
    window.show()
    return application.exec()


class FirstPaint(QObject):
    """Watches a window for its first paint.

    Signals:
        painted(): the window has painted once (emitted after the paint, from the event loop).
    """

    painted = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._done = False
        self.at = 0.0  # perf_counter() when the paint event arrived
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report the first paint event once."""
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self.at = time.perf_counter()
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False


class CoreLoader(QObject):
    """Imports core and loads the dataset on a worker thread, then hands the Calculator to the GUI thread.

    Signals:
        loaded(object): the Calculator is ready.
        failed(str): loading failed (for example a broken dataset file); the message says why.
    """

    loaded = Signal(object)
    failed = Signal(str)

    def start(self) -> None:
        """Begin loading in the background."""
        threading.Thread(target=self._load, name="core-loader", daemon=True).start()

    def _load(self) -> None:
        """Build the Calculator (and import the views' modules, which import pyqtgraph lazily later)."""
        try:
            calculator = load_calculator()
            import gui.views.registry  # noqa: F401  (import cost off the GUI thread)
        except Exception as error:  # a broken dataset must not kill the window: report it
            self.failed.emit(str(error))
            return
        self.loaded.emit(calculator)


def load_calculator() -> Calculator:
    """Import core and load the dataset."""
    from core.calculator import Calculator

    return Calculator()


def _finish_smoke(application: QApplication) -> None:
    """--smoke: report core's load time and quit."""
    print(f"core loaded: {1000 * (time.perf_counter() - STARTED):.0f} ms")
    QTimer.singleShot(0, application.quit)


def _core_failed(window: MainWindow, message: str, smoke: bool) -> None:
    """Core could not load: say so (the window stays usable for navigation and About)."""
    if smoke:
        print(f"core failed to load: {message}", file=sys.stderr)
        QApplication.exit(1)
        return
    QMessageBox.warning(window, QCoreApplication.translate("Application", "The data could not be loaded"), message)


def _screenshots(window: MainWindow, directory: Path) -> int:
    """Render home and every view at 1280x800 to DIR/<view-id>-<lang>.png."""
    from gui.views.catalogue import VIEW_IDS

    directory.mkdir(parents=True, exist_ok=True)
    register_fonts(QApplication.instance())
    window.add_icons()
    window.set_calculator(load_calculator())
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    language = window.languages.current
    for view_id in ["home", *VIEW_IDS]:
        window.open_view(view_id)
        QApplication.processEvents()
        path = directory / f"{view_id}-{language}.png"
        if not window.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path)
    return 0


def _reader_excepthook(window: MainWindow, smoke: bool) -> Any:
    """An excepthook that tells the reader briefly instead of printing a traceback at them."""

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        traceback.print_exception(kind, error, trace, file=sys.stderr)  # for whoever reads the log
        if smoke:
            QApplication.exit(1)
            return
        QMessageBox.warning(
            window,
            QCoreApplication.translate("Application", "Something went wrong"),
            QCoreApplication.translate("Application", "That action failed, but nothing is lost: you can carry on.")
            + f"\n\n{error}",
        )

    return hook


def _parse(arguments: list[str]) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="ai-energy", description="How much electricity does AI use?")
    parser.add_argument("--lang", choices=("en", "zh"), help="language (default: saved choice, else the system's)")
    parser.add_argument("--smoke", action="store_true", help="start, paint, print the time to first paint, exit")
    parser.add_argument("--screenshots", metavar="DIR", help="save every view at 1280x800 to DIR/<view-id>-<lang>.png")
    parser.add_argument("--theme", choices=("light", "dark", "high_contrast"), help="colours (remembered)")
    parser.add_argument("--text-size", type=int, choices=(100, 125, 150, 200), help="text size in percent (remembered)")
    return parser.parse_args(arguments)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
