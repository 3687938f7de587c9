"""What a teacher does with a chart: save it as PNG or SVG for slides, copy it, or read its values as a table
(and save that as CSV). Every chart offers it on its "Chart" button above the plot, and on its context menu (a
right click, the Menu key or Shift+F10 once the chart has focus). The exhibit's visitors get neither (they save
no files).

A chart gives the menu its plot (for the images) and its rows as words: the category, its value as core worded
it, with its unit. The table also shows where the figures come from, when the page says (`set_sources`).
"""

from __future__ import annotations

import csv
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: A saved PNG's width in pixels (a slide's).
PNG_PIXELS = 1600


class ChartMenu:
    """The context menu of one chart (`owner`: a widget whose `plot` is a pyqtgraph PlotWidget, with
    `rows_as_words()` giving its rows as (category, value with unit, source) and `table_title()` its axis title).

    The menu keeps only weak references to its chart and to the page's `set_sources` method: a chart that held
    its menu and a menu that held its chart made a cycle, and Python's collector then deleted a parentless chart
    at a random moment, once in the middle of a paint (a segmentation fault in the test suite)."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = weakref.ref(owner)
        self._sources: weakref.WeakMethod[Callable[[], str]] | None = None
        self._button: weakref.ref[QPushButton] | None = None
        self.enabled = True  # off in exhibit mode

    def button(self, parent: QWidget) -> QPushButton:
        """A button that opens the menu under itself: the menu a reader can see (a context menu is found only by
        those who look for one)."""
        button = ChartMenuButton(parent)
        button.clicked.connect(lambda: self.open_at(button.mapToGlobal(button.rect().bottomLeft())))
        self._button = weakref.ref(button)
        return button

    def set_enabled(self, on: bool) -> None:
        """Offer the menu (and show its button), or not (exhibit mode)."""
        self.enabled = on
        button = self._button() if self._button is not None else None
        if button is not None:
            button.setVisible(on)

    @property
    def owner(self) -> Any:
        """The chart (the menu lives as long as it does)."""
        owner = self._owner()
        assert owner is not None, "a chart's menu outlives its chart"
        return owner

    def rows(self) -> list[tuple[str, str, str]]:
        """The chart's rows as words."""
        return self.owner.rows_as_words()

    def title(self) -> str:
        """The chart's axis title."""
        return self.owner.table_title()

    def set_sources(self, method: Callable[[], str]) -> None:
        """Let the table show where the figures come from: `method` (a bound method of the page) gives the text."""
        self._sources = weakref.WeakMethod(method)  # type: ignore[arg-type]

    def sources(self) -> str:
        """The page's text on the figures' sources ("" when it has none)."""
        method = self._sources() if self._sources is not None else None
        return method() if method is not None else ""

    def open_at(self, position: QPoint) -> None:
        """Show the menu at `position` (global coordinates)."""
        if not self.enabled:
            return
        menu = QMenu(self.owner)
        menu.addAction(QCoreApplication.translate("ChartMenu", "Save the chart as PNG…"), self.ask_and_save_png)
        menu.addAction(QCoreApplication.translate("ChartMenu", "Save the chart as SVG…"), self.ask_and_save_svg)
        menu.addAction(QCoreApplication.translate("ChartMenu", "Copy the chart"), self.copy)
        menu.addAction(QCoreApplication.translate("ChartMenu", "Show the values as a table…"), self.show_table)
        menu.exec(position)

    def save_png(self, path: Path) -> None:
        """Save the chart as a PNG PNG_PIXELS wide."""
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self._plot_item())
        exporter.parameters()["width"] = PNG_PIXELS
        exporter.export(str(path))

    def save_svg(self, path: Path) -> None:
        """Save the chart as SVG, drawn by Qt's SVG generator (text stays text). pyqtgraph's own SVG exporter
        fails on the charts' paths (ValueError in its path rewriting), so it is not used."""
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(self.owner.size())
        generator.setViewBox(self.owner.rect())
        generator.setTitle(self.title())
        painter = QPainter(generator)
        try:
            self.owner.render(painter, QPoint())
        finally:
            painter.end()  # a painter left open on a generator brings the interpreter down later
        if not path.is_file():
            raise OSError(f"could not write {path}")

    def copy(self) -> None:
        """Put the chart, as drawn, on the clipboard."""
        QApplication.clipboard().setImage(self.owner.grab().toImage())

    def save_csv(self, path: Path) -> int:
        """Write the rows to `path` as CSV (UTF-8 with a byte-order mark, which spreadsheets read as UTF-8);
        return how many."""
        rows = self.rows()
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(self._headers())
            writer.writerows(rows)
        return len(rows)

    def table(self) -> QDialog:
        """A window with the chart's values as a table, its sources under it, and a button to save the CSV."""
        dialog = QDialog(self.owner)
        dialog.setWindowTitle(self.title())
        rows = self.rows()
        table = QTableWidget(len(rows), 3, dialog)
        table.setHorizontalHeaderLabels(self._headers())
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setAccessibleName(self.title())
        sources = QLabel(self.sources(), dialog)
        sources.setWordWrap(True)
        save = QPushButton(QCoreApplication.translate("ChartMenu", "Save as CSV…"), dialog)
        save.clicked.connect(self.ask_and_save_csv)
        layout = QVBoxLayout(dialog)
        for widget in (table, sources, save):
            layout.addWidget(widget)
        sources.setVisible(bool(sources.text()))
        dialog.resize(720, 480)
        return dialog

    def _headers(self) -> list[str]:
        """The table's (and the CSV's) column titles."""
        return [
            self.title(),
            QCoreApplication.translate("ChartMenu", "Value"),
            QCoreApplication.translate("ChartMenu", "Source"),
        ]

    def show_table(self) -> None:
        """Open the table window."""
        self.table().exec()

    def ask_and_save_png(self) -> None:
        """Ask where, then save the PNG."""
        self._ask_and_save("PNG (*.png)", ".png", self.save_png)

    def ask_and_save_svg(self) -> None:
        """Ask where, then save the SVG."""
        self._ask_and_save("SVG (*.svg)", ".svg", self.save_svg)

    def ask_and_save_csv(self) -> None:
        """Ask where, then save the CSV."""
        self._ask_and_save("CSV (*.csv)", ".csv", self.save_csv)

    def _ask_and_save(self, file_filter: str, suffix: str, save: Callable[[Path], Any]) -> None:
        """A save dialog, then `save`; a file that cannot be written is said in a message, nothing else."""
        name, _ = QFileDialog.getSaveFileName(self.owner, self.title(), "", file_filter)
        if not name:
            return
        path = Path(name if name.lower().endswith(suffix) else name + suffix)
        try:
            save(path)
        except OSError as error:
            QMessageBox.warning(
                self.owner,
                QCoreApplication.translate("ChartMenu", "The file was not saved"),
                f"{path}: {error.strerror or error}",
            )

    def _plot_item(self) -> Any:
        """The pyqtgraph plot the images are made of."""
        return self.owner.plot.getPlotItem()


class ChartMenuButton(QPushButton):
    """The "Chart…" button above a chart: it opens the chart's menu (see ChartMenu.button)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("chartMenuButton")
        self.retranslate()

    def retranslate(self) -> None:
        """Word the button in the language now in use."""
        self.setText(QCoreApplication.translate("ChartMenu", "Chart…"))
        self.setToolTip(QCoreApplication.translate("ChartMenu", "Save or copy the chart, or show its values"))
        self.setAccessibleName(
            QCoreApplication.translate("ChartMenu", "Chart: save, copy or show the values as a table")
        )

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
