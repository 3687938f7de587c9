"""The top bar's "Lesson" menu: lessons, the reader's own figures, and the story's handout. Light enough to be
built before the first paint (no core calculator, no pint): the checks behind it live in gui.lessons and the views,
the own figures in gui.my_figures_dialog, the handout in gui.handout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton

from core.lessons import SUFFIX, LessonError, read_lesson, write_lesson

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.my_figures_dialog import MyFiguresDialog
    from gui.views.base import StoryView
    from gui.views.global_picture import GlobalPictureView


class LessonButton(QPushButton):
    """The top bar's "Lesson" menu: save the state of every view to a lesson file, or open one (a teacher sets
    the inputs at home and opens the same state on the classroom's computer)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.menu_ = QMenu(self)
        self.open_action = self.menu_.addAction("", self.ask_and_open)
        self.save_action = self.menu_.addAction("", self.ask_and_save)
        self.menu_.addSeparator()
        self.figures_action = self.menu_.addAction("", self.edit_own_figures)
        self.menu_.addSeparator()
        self.pdf_action = self.menu_.addAction("", self.ask_and_save_handout)
        self.print_action = self.menu_.addAction("", self.print_handout)
        self.menu_.aboutToShow.connect(self._enable_handouts)
        self.setMenu(self.menu_)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-read the translated strings."""
        self.setText(self.tr("Lesson"))
        self.setAccessibleName(self.tr("Lesson"))
        self.setToolTip(self.tr("Save the inputs of every view as a lesson, or open one"))
        self.open_action.setText(self.tr("Open lesson…"))
        self.save_action.setText(self.tr("Save lesson…"))
        self.figures_action.setText(self.tr("My figures…"))
        self.pdf_action.setText(self.tr("Save this story's handout as PDF…"))
        self.print_action.setText(self.tr("Print this story's handout…"))

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

    def edit_own_figures(self) -> MyFiguresDialog | None:
        """Open the My figures dialog (once core has loaded and there is a file to keep them in)."""
        from gui.my_figures_dialog import MyFiguresDialog

        if self.window_.shipped_dataset is None or self.window_.own_figures_file is None:
            return None
        dialog = MyFiguresDialog(self.window_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def story_on_show(self) -> StoryView | GlobalPictureView | None:
        """The view on show if a handout can be made of it (a story or the global picture), else None."""
        from gui.handout import has_handout

        view = self.window_.views.get(self.window_.current)
        return view if has_handout(view) else None  # type: ignore[return-value]

    def ask_and_save_handout(self) -> None:
        """Ask where to save the handout of the story on show, as a PDF."""
        path, _ = QFileDialog.getSaveFileName(self.window_, self.tr("Save handout"), "", "PDF (*.pdf)")
        if path:
            self.save_handout(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def save_handout(self, path: Path, paper: str = "a4", with_answers: bool = True) -> bool:
        """Write the handout of the story on show to `path`; on a problem say what."""
        from gui.handout import save_pdf

        view = self.story_on_show()
        if view is None:
            return False
        try:
            save_pdf(view, path, paper, with_answers)
        except OSError as error:
            self._tell(self.tr("The handout was not saved"), f"{path}: {error.strerror or error}")
            return False
        return True

    def print_handout(self) -> None:
        """Print the handout of the story on show, on a printer the reader picks."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from gui.handout import handout_document

        view = self.story_on_show()
        if view is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.window_).exec():
            handout_document(view).print_(printer)

    def _enable_handouts(self) -> None:
        """Handouts are made of a story: the menu offers them only while one is on show."""
        story = self.story_on_show() is not None
        self.figures_action.setEnabled(
            self.window_.shipped_dataset is not None and self.window_.own_figures_file is not None
        )
        self.pdf_action.setEnabled(story)
        self.print_action.setEnabled(story)

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
