"""Where the program keeps its configuration and log, the rotating log itself, and the handler of last resort.

Every uncaught exception in the GUI is written to the log with its traceback. What the reader sees is decided by
the caller (`install_exception_handler`): a short message outside kiosk mode, a quiet recovery inside it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths

#: The folder name under the platform's standard configuration and state locations.
FOLDER = "ai-energy"
LOG_FILE = "ai-energy.log"
#: The log rotates at this size and keeps this many old files: at most 4 MiB on disk.
LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 3

log = logging.getLogger("ai_energy")

ExceptionHandler = Callable[[BaseException], None]


def config_file() -> Path:
    """The standard place of the configuration file (for example ~/.config/ai-energy/config.toml on Linux)."""
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    return Path(QStandardPaths.writableLocation(location)) / FOLDER / "config.toml"


def log_directory() -> Path:
    """The standard place of the log (for example ~/.local/state/ai-energy on Linux)."""
    location = QStandardPaths.StandardLocation.GenericStateLocation
    return Path(QStandardPaths.writableLocation(location)) / FOLDER


def start_logging() -> None:
    """Log warnings to stderr at once, and hold every record for the log file until `open_log_file` opens it.

    The file opens just after the first paint: its module (logging.handlers, with socket and pickle) would cost
    every start about 10 ms before the window appears. Nothing logged in between is lost.
    """
    log.setLevel(logging.INFO)
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setLevel(logging.WARNING)
    terminal.setFormatter(logging.Formatter("ai-energy: %(message)s"))
    log.addHandler(terminal)
    log.addHandler(_EarlyRecords())
    log.propagate = False


def open_log_file(directory: Path | None = None) -> Path | None:
    """Open the rotating log file in `directory` (default: `log_directory()`) and write into it what was logged
    since `start_logging`. Returns the file, or None when it cannot be written (the program then logs to stderr
    only: a read-only disk must not stop an exhibit). Calling it again changes nothing."""
    from logging.handlers import RotatingFileHandler

    opened = [handler for handler in log.handlers if isinstance(handler, RotatingFileHandler)]
    if opened:
        return Path(opened[0].baseFilename)
    early = [handler for handler in log.handlers if isinstance(handler, _EarlyRecords)]
    for handler in early:
        log.removeHandler(handler)
    directory = directory if directory is not None else log_directory()
    path = directory / LOG_FILE
    try:
        directory.mkdir(parents=True, exist_ok=True)
        file_handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as error:
        log.warning("cannot write the log in %s (%s); logging to the terminal only", directory, error)
        return None
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    for handler in early:
        for record in handler.records:
            file_handler.handle(record)
    log.addHandler(file_handler)
    return path


class _EarlyRecords(logging.Handler):
    """Keeps the records logged before the log file opens."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record."""
        self.records.append(record)


def install_exception_handler(handle: ExceptionHandler) -> None:
    """Route every uncaught exception to the log (with its traceback), then to `handle`.

    Qt calls Python slots from its event loop; an exception there reaches `sys.excepthook`, so this catches
    exceptions in views, widgets and timers alike. A failure inside `handle` is logged, never raised again.
    """

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        open_log_file()  # an error before the first paint still reaches the file
        log.error("uncaught exception: %s", error, exc_info=(kind, error, trace))
        try:
            handle(error)
        except Exception:
            log.exception("the exception handler failed as well")

    sys.excepthook = hook
