"""`ai-energy`: start the desktop application.

    ai-energy [--lang en|zh]                       the application
    ai-energy --smoke                              start, paint the home screen, print the time to it and to the
                                                   cards' numbers, load core, exit 0
    ai-energy --view VIEW_ID                       open on one view (for desktop shortcuts and lessons)
    ai-energy [--lesson] FILE                      open with a lesson's settings (see core/lessons.py); a lesson
                                                   that cannot be used: one line on stderr, exit status 2
    ai-energy --screenshots DIR [--size WxH] [--lang en|zh] [--theme T] [--text-size N] [--view VIEW_ID] [--lesson F]
                                                   render home and every view (or the one --view names) at WxH
                                                   (default 1280x800) to DIR/<view-id>-<lang>.png
    ai-energy --handout VIEW_ID [--lang en|zh] [--lesson FILE] --out FILE.pdf [--no-answers] [--paper a4|letter]
                                                   write a story's handout as a PDF, without a screen
    ai-energy --kiosk [--config FILE] [--idle-timeout S] [--attract-interval S] [--quit-after S]
                                                   the unattended exhibit (see gui/kiosk.py and gui/config.py)

The home screen paints before core (pint, the dataset) is imported; core then loads on a worker thread and the
cards fill in. Uncaught exceptions go to a rotating log (gui/resilience.py). Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import quoted
from core.lessons import Lesson, LessonError, read_lesson
from gui.config import (
    LANGUAGES,
    TEXT_SIZES,
    THEME_NAMES,
    AppConfig,
    ConfigValueError,
    check_quit_after,
    check_seconds,
    load_config,
)
from gui.fonts import register as register_fonts
from gui.i18n import Languages, system_language
from gui.main_window import DEFAULT_SIZE as SCREENSHOT_SIZE
from gui.main_window import MainWindow
from gui.own_figures import OwnFiguresFile, own_figures_file
from gui.resilience import config_file, install_exception_handler, open_log_file, start_logging
from gui.settings import Settings
from gui.views.catalogue import VIEW_IDS

if TYPE_CHECKING:
    from core.calculator import Calculator

STARTED = time.perf_counter()
#: The smallest window the program is laid out for (a 1024x768 projector, less the desktop's panels).
SMALLEST_SIZE = (640, 480)
log = logging.getLogger("ai_energy")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the application; return the exit status."""
    options = _parse(list(sys.argv[1:] if argv is None else argv))
    lesson = _read_lesson(options.lesson) if options.lesson else None
    if isinstance(lesson, int):
        return lesson
    if options.handout:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a handout needs no screen
    application = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(application, QApplication)
    application.setApplicationName("AI Energy Calculator")
    start_logging()
    config = _configuration(options)
    settings = Settings()
    languages = Languages(application)
    start_language = options.lang or config.language or settings.language(system_language())
    languages.switch(start_language)
    if languages.current == "zh":
        register_fonts(application)  # Chinese is on the first screen
    if config.theme:
        settings.set_theme(config.theme)
    if config.text_size:
        settings.set_text_scale(config.text_size / 100)
    window = MainWindow(settings, languages)
    window.own_figures_file = OwnFiguresFile(own_figures_file(_config_path(options), config.my_figures))
    window.apply_display()
    if options.screenshots is not None:
        open_log_file()
        return _screenshots(window, Path(options.screenshots), options.size, options.view, lesson, options.lesson)
    if options.handout:
        return _handout(window, options, lesson)
    install_exception_handler(lambda error: handle_error(window, error, config.kiosk, options.smoke, start_language))
    exhibit = set_up_exhibit(window, config, application, start_language, options.idle_timeout is not None)
    loader = CoreLoader()
    loader.loaded.connect(window.set_calculator)
    loader.failed.connect(lambda message: _core_failed(window, message, options.smoke))
    first_paint = FirstPaint(window)
    if options.smoke:
        first_paint.painted.connect(
            lambda: print(f"first paint: {1000 * (first_paint.at - STARTED):.0f} ms", flush=True)
        )
        numbers = NumbersShown(window, first_paint)
        first_paint.painted.connect(numbers.check)
        loader.loaded.connect(lambda _calculator: numbers.check())
        loader.loaded.connect(lambda _calculator: _finish_smoke(window))
    # After the first paint, in this order: the log file, icons, the Chinese font, then core on its thread (last,
    # because the thread competes for the interpreter lock with whatever the GUI thread still has to do).
    first_paint.painted.connect(lambda: open_log_file())
    first_paint.painted.connect(window.add_icons)
    if languages.current != "zh":
        first_paint.painted.connect(lambda: register_fonts(application))  # needed once Chinese appears
    first_paint.painted.connect(loader.start)
    if config.kiosk:
        # Cover the screen even where no window manager honours "full screen" (a bare X session).
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
    else:
        window.show()
    if lesson is not None:
        loader.loaded.connect(lambda _calculator: _open_lesson(window, lesson, Path(options.lesson).name))
    if options.view:
        loader.loaded.connect(lambda _calculator: window.open_view(options.view))
    status = application.exec()
    del exhibit
    return status


def _config_path(options: argparse.Namespace) -> Path:
    """The configuration file in use: --config, else the default one."""
    return Path(options.config) if options.config else config_file()


def _configuration(options: argparse.Namespace) -> AppConfig:
    """The configuration file's options (problems logged, defaults kept), then the command line's on top."""
    path = _config_path(options)
    config, problems = load_config(path)
    for problem in problems:
        log.warning("configuration: %s", problem)
    if options.config and not path.exists():
        log.warning("configuration: %s does not exist; using the defaults", path)
    return config.with_overrides(
        language=options.lang,
        theme=options.theme,
        text_size=options.text_size,
        kiosk=True if options.kiosk else None,
        idle_timeout=options.idle_timeout,
        attract_interval=options.attract_interval,
        quit_after=options.quit_after,
    )


def set_up_exhibit(
    window: MainWindow, config: AppConfig, application: QApplication, start_language: str, idle: bool
) -> list[QObject]:
    """Kiosk mode, the idle reset with its attract loop, and the scheduled exit, as configured; returns the
    objects that must live as long as the application."""
    parts: list[QObject] = []
    if config.kiosk or idle:
        # Imported here, not at the top: gui.kiosk builds its event-type sets from Qt's enums, which costs a
        # reader's start-up tens of milliseconds before the first paint (measured on the frozen program).
        from gui.kiosk import STAFF_EXIT_STATUS, AttractLoop, IdleWatcher, Kiosk

        if config.kiosk:
            kiosk = Kiosk(window, config, window)
            kiosk.exit_requested.connect(lambda: _exit(window, STAFF_EXIT_STATUS, "a staff exit"))
            parts.append(kiosk)
        watcher = IdleWatcher(application, config.idle_timeout, window)
        attract = AttractLoop(window, config.attract_interval, window)

        def on_idle() -> None:
            window.start_afresh(start_language)
            attract.start()

        def on_woke() -> None:
            attract.stop()
            window.go_home()

        watcher.idle.connect(on_idle)
        watcher.woke.connect(on_woke)
        parts += [watcher, attract]
        log.info("idle reset after %s s, attract loop every %s s", config.idle_timeout, config.attract_interval)
    if config.quit_after is not None:
        parts.append(ScheduledExit(config.quit_after, lambda: _exit(window, 0, "the time set by quit_after"), window))
    log.info("started%s", " in kiosk mode" if config.kiosk else "")
    return parts


class ScheduledExit(QObject):
    """Calls `leave` once `seconds` have passed, however many: Qt's timers hold at most 24.8 days (2**31 ms), so
    a monthly restart waits in steps of at most an hour, against the monotonic clock."""

    STEP_SECONDS = 3600.0

    def __init__(self, seconds: float, leave: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = time.monotonic
        self._deadline = self._clock() + seconds
        self._leave = leave
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._arm()

    def remaining_milliseconds(self) -> int:
        """What the next step waits (for tests: never more than Qt's timers hold)."""
        return self._timer.interval()

    def _arm(self) -> None:
        """Wait for the deadline, or an hour, whichever comes first."""
        remaining = max(0.0, self._deadline - self._clock())
        self._timer.start(round(1000 * min(remaining, self.STEP_SECONDS)))

    def _check(self) -> None:
        """Leave at the deadline; otherwise wait another step."""
        if self._clock() >= self._deadline - 0.0005:
            self._leave()
        else:
            self._arm()


def _handout(window: MainWindow, options: argparse.Namespace, lesson: Lesson | None) -> int:
    """--handout: write the view's handout (with the lesson's settings) to --out as a PDF; 0, or 2 with one line
    on stderr when the view has no handout, the lesson does not fit or the file cannot be written."""
    from gui.handout import handout_view_ids, has_handout, save_pdf

    register_fonts(QApplication.instance())
    window.set_calculator(load_calculator())
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    try:
        if lesson is not None:
            window.apply_lesson(lesson, Path(options.lesson).name)
    except LessonError as error:
        print(f"ai-energy: {error}", file=sys.stderr)
        return 2
    window.open_view(options.handout)
    view = window.view(options.handout)
    if not has_handout(view):
        stories = ", ".join(handout_view_ids())
        print(
            f"ai-energy: --handout {options.handout}: this view has no handout; these have: {stories}", file=sys.stderr
        )
        return 2
    QApplication.processEvents()
    try:
        save_pdf(view, Path(options.out), options.paper, not options.no_answers)
    except OSError as error:
        print(f"ai-energy: {options.out}: cannot be written ({error.strerror or error})", file=sys.stderr)
        return 2
    print(options.out)
    return 0


def _read_lesson(path: str) -> Lesson | int:
    """The lesson of --lesson, or 2 (the status of a usage error) after one line on stderr saying what is wrong."""
    try:
        return read_lesson(Path(path))
    except LessonError as error:
        print(f"ai-energy: {error}", file=sys.stderr)
        return 2


def _open_lesson(window: MainWindow, lesson: Lesson, file_name: str) -> None:
    """Show --lesson's lesson once core has loaded; a lesson that does not fit the views ends the program with
    status 2 and one line on stderr (nothing was changed)."""
    try:
        window.apply_lesson(lesson, file_name)
    except LessonError as error:
        print(f"ai-energy: {error}", file=sys.stderr)
        _exit(window, 2, "a lesson that does not fit")


def _exit(window: MainWindow, status: int, reason: str = "") -> None:
    """Leave the application (an exhibit's window is unlocked first), every event loop included."""
    if reason:
        log.info("exiting after %s", reason)
    window.locked = False
    QCoreApplication.exit(status)


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


class NumbersShown:
    """Prints, once, how long after the start the home cards first showed their numbers: at the first paint when
    the card cache had them, else when core has loaded (for --smoke and benchmarks/startup.py)."""

    def __init__(self, window: MainWindow, first_paint: FirstPaint) -> None:
        self.window, self.first_paint, self.printed = window, first_paint, False

    def check(self) -> None:
        """Print the time if the cards have their numbers now (and it was not printed yet)."""
        if self.printed or not self.window.cards_have_numbers():
            return
        self.printed = True
        at = self.first_paint.at if self.window.calculator is None else time.perf_counter()
        print(f"numbers shown: {1000 * (at - STARTED):.0f} ms", flush=True)


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
        """Build the Calculator and import the views' modules (the cards' headlines are worked out by the views'
        classes; their modules import pyqtgraph only when a chart is built)."""
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


def _finish_smoke(window: MainWindow) -> None:
    """--smoke: report core's load time and quit."""
    print(f"core loaded: {1000 * (time.perf_counter() - STARTED):.0f} ms")
    QTimer.singleShot(0, lambda: _exit(window, 0))


def _core_failed(window: MainWindow, message: str, smoke: bool) -> None:
    """Core could not load: say so (the window stays usable for navigation and About)."""
    log.error("the data could not be loaded: %s", message)
    window.core_unavailable()
    if smoke:
        print(f"core failed to load: {message}", file=sys.stderr)
        QApplication.exit(1)
        return
    QMessageBox.warning(window, QCoreApplication.translate("Application", "The data could not be loaded"), message)


def _screenshots(
    window: MainWindow,
    directory: Path,
    size: tuple[int, int],
    only: str | None,
    lesson: Lesson | None = None,
    lesson_file: str = "",
) -> int:
    """Render home and every view (or only the view `only`) at `size` to DIR/<view-id>-<lang>.png, with the
    settings of `lesson` when one is given (2 and one line on stderr when it does not fit)."""
    directory.mkdir(parents=True, exist_ok=True)
    register_fonts(QApplication.instance())
    window.add_icons()
    window.set_calculator(load_calculator())
    window.setMinimumSize(0, 0)
    window.resize(*size)
    window.show()
    if lesson is not None:
        try:
            window.apply_lesson(lesson, Path(lesson_file).name)
        except LessonError as error:
            print(f"ai-energy: {error}", file=sys.stderr)
            return 2
    language = window.languages.current
    for view_id in [only] if only else ["home", *VIEW_IDS]:
        window.open_view(view_id)
        QApplication.processEvents()
        path = directory / f"{view_id}-{language}.png"
        if not _save_grab(window, path):
            return 1
        view = window.view(view_id) if view_id != "home" else None
        if getattr(view, "guess_panel", None) is not None:  # a story's guess screen too
            view.set_guess_mode(True)  # type: ignore[union-attr]
            QApplication.processEvents()
            saved = _save_grab(window, directory / f"{view_id}-guess-{language}.png")
            view.set_guess_mode(False)  # type: ignore[union-attr]
            if not saved:
                return 1
    return 0


def _save_grab(window: MainWindow, path: Path) -> bool:
    """Save the window as drawn to `path` and print the path; False (and a line on stderr) when it cannot be."""
    if not window.grab().save(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return False
    print(path)
    return True


def handle_error(window: MainWindow, error: BaseException, kiosk: bool, smoke: bool, start_language: str) -> None:
    """An uncaught exception (already logged): a smoke test fails; an exhibit starts afresh at home; a reader
    is told briefly, once at a time, and carries on."""
    if smoke:
        _exit(window, 1)
        return
    if kiosk:
        log.warning("kiosk: recovering to the home screen")
        QTimer.singleShot(0, lambda: window.start_afresh(start_language, rebuild=True))
        return
    if QApplication.activeModalWidget() is not None:  # one message at a time, never a storm of dialogs
        return
    QMessageBox.warning(
        window,
        QCoreApplication.translate("Application", "Something went wrong"),
        QCoreApplication.translate("Application", "That action failed, but nothing is lost: you can carry on.")
        + f"\n\n{error}",
    )


def _parse(arguments: list[str]) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="ai-energy", description="How much electricity does AI use?")
    parser.add_argument("--lang", choices=LANGUAGES, help="language (default: saved choice, else the system's)")
    parser.add_argument("--smoke", action="store_true", help="start, paint, print the time to first paint, exit")
    parser.add_argument("--view", choices=("home", *VIEW_IDS), metavar="VIEW_ID", help=_view_help())
    parser.add_argument(
        "--screenshots", metavar="DIR", help="save every view (or --view's) to DIR/<view-id>-<lang>.png"
    )
    parser.add_argument(
        "--size",
        type=_window_size,
        default=SCREENSHOT_SIZE,
        metavar="WIDTHxHEIGHT",
        help="the window size of --screenshots (default 1280x800)",
    )
    parser.add_argument(
        "--lesson", metavar="FILE", help="open with a lesson's inputs, estimates, yardsticks, language and view"
    )
    parser.add_argument(
        "lesson_file", nargs="?", metavar="LESSON", help="the same as --lesson (a double-clicked lesson file)"
    )
    handout = parser.add_argument_group("handouts for a class")
    handout.add_argument("--handout", choices=VIEW_IDS, metavar="VIEW_ID", help="write this view's handout (a PDF)")
    handout.add_argument("--out", metavar="FILE.pdf", help="where --handout writes the PDF")
    handout.add_argument("--no-answers", action="store_true", help="leave the answer key out of the handout")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4", help="the handout's paper (default a4)")
    parser.add_argument("--theme", choices=THEME_NAMES, help="colours (remembered)")
    parser.add_argument("--text-size", type=int, choices=TEXT_SIZES, help="text size in percent (remembered)")
    exhibit = parser.add_argument_group("exhibit (kiosk) mode; the configuration file sets the same and more")
    exhibit.add_argument("--kiosk", action="store_true", help="full screen, unclosable by visitors, resets when idle")
    exhibit.add_argument("--config", metavar="FILE", help=f"configuration file (default: {config_file()})")
    exhibit.add_argument("--idle-timeout", type=_seconds, metavar="SECONDS", help="reset and attract after this idle")
    exhibit.add_argument("--attract-interval", type=_seconds, metavar="SECONDS", help="time per view in the loop")
    exhibit.add_argument("--quit-after", type=_quit_seconds, metavar="SECONDS", help="exit cleanly after this time")
    options = parser.parse_args(arguments)
    if options.lesson_file and options.lesson:
        parser.error("give one lesson: --lesson FILE or FILE")
    options.lesson = options.lesson or options.lesson_file
    if options.handout and not options.out:
        parser.error("--handout needs --out FILE.pdf")
    return options


def _view_help() -> str:
    """--view's help: the views it can open."""
    return "open on this view: " + ", ".join(("home", *VIEW_IDS))


def _window_size(text: str) -> tuple[int, int]:
    """A --size such as 1024x768 (argparse reports a wrong one, exit status 2)."""
    width, separator, height = text.lower().replace("×", "x").partition("x")
    if separator and width.strip().isdigit() and height.strip().isdigit():
        size = (int(width), int(height))
        if size[0] >= SMALLEST_SIZE[0] and size[1] >= SMALLEST_SIZE[1] and max(size) <= 10000:
            return size
        raise argparse.ArgumentTypeError(
            f"{quoted(text)}: the program is laid out for windows from {SMALLEST_SIZE[0]}x{SMALLEST_SIZE[1]} up "
            "(and at most 10000 pixels a side)"
        )
    raise argparse.ArgumentTypeError(f"{quoted(text)}: write the width and height in pixels, such as 1024x768")


def _seconds(text: str) -> float:
    """A command-line idle time or attract interval in seconds (argparse reports a wrong one, exit status 2)."""
    return _command_line_seconds(text, check_seconds)


def _quit_seconds(text: str) -> float:
    """A command-line --quit-after in seconds, up to a year."""
    seconds = _command_line_seconds(text, check_quit_after)
    if seconds is None:
        raise argparse.ArgumentTypeError(
            f"{quoted(text)}: give a number of seconds above 0 (or leave --quit-after out)"
        )
    return seconds


def _command_line_seconds(text: str, check: Any) -> Any:
    """`check` applied to a command-line number, its message made argparse's one line."""
    try:
        return check(float(text))
    except (ValueError, ConfigValueError) as error:
        message = str(error) if isinstance(error, ConfigValueError) else "write a number of seconds, such as 120"
        raise argparse.ArgumentTypeError(f"{quoted(text)}: {message}") from None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
