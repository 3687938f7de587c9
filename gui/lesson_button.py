"""The top bar's "Lesson" menu. Light enough to be built before the first paint (no core calculator, no pint):
the checks behind it live in gui.lessons and the views."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton

from core.lessons import SUFFIX, LessonError, read_lesson, write_lesson

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class LessonButton(QPushButton):
    """The top bar's "Lesson" menu: save the state of every view to a lesson file, or open one (a teacher sets
    the inputs at home and opens the same state on the classroom's computer)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.menu_ = QMenu(self)
        self.open_action = self.menu_.addAction("", self.ask_and_open)
        self.save_action = self.menu_.addAction("", self.ask_and_save)
        self.setMenu(self.menu_)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read the translated strings."""
        self.setText(self.tr("Lesson"))
        self.setAccessibleName(self.tr("Lesson"))
        self.setToolTip(self.tr("Save the inputs of every view as a lesson, or open one"))
        self.open_action.setText(self.tr("Open lesson…"))
        self.save_action.setText(self.tr("Save lesson…"))

    def ask_and_open(self) -> None:
        """Ask for a lesson file and open it."""
        path, _ = QFileDialog.getOpenFileName(self.window_, self.tr("Open lesson"), "", self._file_filter())
        if path:
            self.open_file(Path(path))

    def ask_and_save(self) -> None:
        """Ask where to save the lesson and save it there."""
        path, _ = QFileDialog.getSaveFileName(self.window_, self.tr("Save lesson"), "", self._file_filter())
        if path:
            self.save_file(Path(path) if path.endswith(".toml") else Path(path + SUFFIX))

    def open_file(self, path: Path) -> bool:
        """Open the lesson at `path`; on a problem say what and where, and change nothing."""
        try:
            self.window_.apply_lesson(read_lesson(path), path.name)
        except LessonError as error:
            self._tell(self.tr("This lesson cannot be opened"), error.message(self.window_.languages.current))
            return False
        return True

    def save_file(self, path: Path) -> bool:
        """Save every view's state to `path` (atomically); on a problem say what."""
        try:
            write_lesson(path, self.window_.lesson())
        except OSError as error:
            self._tell(self.tr("The lesson was not saved"), f"{path}: {error.strerror or error}")
            return False
        return True

    def _tell(self, title: str, text: str) -> None:
        """A warning the reader closes."""
        QMessageBox.warning(self.window_, title, text)

    def _file_filter(self) -> str:
        """The file dialogs' filter."""
        return self.tr("Lessons (*%1 *.toml)").replace("%1", SUFFIX)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
