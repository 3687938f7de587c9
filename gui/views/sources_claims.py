"""Sources and claims: every figure in a searchable table, and each of the article's claims checked.

The table is a Qt item model over core's rows (`core.export`), so the table, the CSV export and any handout
word a figure the same way. Addresses can be copied; nothing here opens a browser (the program is offline).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from core.calculator import Calculator
from core.explain import VERDICT_LABELS, VERDICT_MEANINGS, describe_claim_check, format_deviation, format_result
from core.export import FigureRow, figure_rows, write_figures_csv
from core.scenarios import ClaimCheck, Verdict
from gui.palette import LIGHT, TOUCH_TARGET, Theme
from gui.views.page import Page
from gui.widgets.layout import arrange_in_columns, columns_for, scrolling_body, styled_label
from gui.widgets.line_breaks import without_orphan

ModelIndex = QModelIndex | QPersistentModelIndex
#: The figures table's id column (core.export.COLUMNS), hidden until the reader asks for it.
ID_COLUMN = 0


class FigureTableModel(QAbstractTableModel):
    """Every figure of the dataset, one row each, worded in the current language by core."""

    def __init__(self, calculator: Calculator, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calculator = calculator
        self.rows: list[FigureRow] = figure_rows(calculator.dataset, language)

    def set_language(self, language: str) -> None:
        """Re-word every row."""
        self.beginResetModel()
        self.rows = figure_rows(self.calculator.dataset, language)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of figures."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of columns."""
        return 0 if parent.isValid() else len(_figure_headers())

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text (display and tooltip)."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.rows[index.row()].cells()[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _figure_headers()[section]
        return None


class ClaimTableModel(QAbstractTableModel):
    """Each of the article's derived claims: what it says, what core computes, the deviation and a verdict."""

    def __init__(self, calculator: Calculator, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: list[ClaimCheck] = calculator.check_all_claims()
        self.language = language

    def set_language(self, language: str) -> None:
        """Re-word every row."""
        self.beginResetModel()
        self.language = language
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of claims."""
        return 0 if parent.isValid() else len(self.checks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of columns."""
        return 0 if parent.isValid() else 5

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text; loose roundings are flagged in bold."""
        if not index.isValid():
            return None
        check = self.checks[index.row()]
        if role == Qt.ItemDataRole.FontRole and check.verdict is Verdict.LOOSE:
            font = QApplication.font()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cells(check)[index.column()]

    def cells(self, check: ClaimCheck) -> tuple[str, ...]:
        """The claim, the article's value, the computed value, the deviation, the verdict."""
        language = self.language
        separator = "：" if language == "zh" else ": "
        verdict = f"{VERDICT_LABELS[language][check.verdict]}{separator}{describe_claim_check(check, language)}"
        return (
            check.scenario.claim(language),
            format_result(check.scenario, check.claimed, language),
            format_result(check.scenario, check.computed, language),
            format_deviation(check.deviation, language),
            verdict,
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _claim_headers()[section]
        return None


class CardText(QObject):
    """The card's headline, a plural form (Qt finds plural forms only in `self.tr(text, "", n)` calls)."""

    def headline(self, figures: int, sources: int, loose_claims: int) -> str:
        """ "137 figures, 57 sources; 2 claims rounded loosely" (1 claim ... when there is one)."""
        text = self.tr("%1 figures, %2 sources; %n claim(s) rounded loosely", "", loose_claims)
        return text.replace("%1", str(figures)).replace("%2", str(sources))


class SourcesClaimsView(Page):
    """The searchable figures table, the claims check, CSV export and copyable source addresses."""

    view_id = "sources_claims"

    def __init__(
        self, calculator: Calculator, language: str = "en", theme: Theme = LIGHT, parent: QWidget | None = None
    ) -> None:
        super().__init__(calculator, language, parent)
        self.figures = FigureTableModel(calculator, language, self)
        self.claims = ClaimTableModel(calculator, language, self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.figures)
        self.filtered.setFilterKeyColumn(-1)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.question = styled_label(self, "question")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filtered.setFilterFixedString)
        self.table = _table(self.filtered, self)
        self.table.setColumnHidden(ID_COLUMN, True)  # the figure's name leads; ids are for the calculator's users
        self.show_ids = QCheckBox(self)
        self.show_ids.toggled.connect(lambda shown: self.table.setColumnHidden(ID_COLUMN, not shown))
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.filtered.rowsInserted.connect(self._update_count)
        self.filtered.rowsRemoved.connect(self._update_count)
        self.filtered.modelReset.connect(self._update_count)
        self.export_button, self.copy_button = QPushButton(self), QPushButton(self)
        self.export_button.clicked.connect(self._ask_and_export)
        self.copy_button.clicked.connect(self.copy_address)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.claims_title = QLabel(self)
        self.claims_title.setObjectName("sectionTitle")
        self.claims_table = _table(self.claims, self)
        self.claims_table.setSortingEnabled(False)
        self.claims_table.setMaximumHeight(260)
        self._style_row_minimum = self.table.verticalHeader().minimumSectionSize()  # exhibit mode raises it
        self.verdicts = styled_label(self, "muted", selectable=True)
        self._lay_out()
        self.retranslate()

    @classmethod
    def card_headline_for(cls, calculator: Calculator, language: str) -> str:
        """How many figures and sources, and how many claims the article rounds loosely."""
        loose = sum(check.verdict is Verdict.LOOSE for check in calculator.check_all_claims())
        dataset = calculator.dataset
        return CardText().headline(len(dataset.figures), len(dataset.sources), loose)

    def set_language(self, language: str) -> None:
        """Re-word the tables."""
        self.language = language
        self.figures.set_language(language)
        self.claims.set_language(language)
        self.verdicts.setText(_verdict_meanings(language))

    def retranslate(self) -> None:
        """Re-read every translated string."""
        self.question.setText(
            without_orphan(self.tr("Where does every number come from, and does the article add up?"))
        )
        self.search.setPlaceholderText(self.tr("Search figures: a word, an id, a year, a source…"))
        self.search.setAccessibleName(self.tr("Search figures"))
        self.show_ids.setText(self.tr("Show the ids (for typing into the calculator)"))
        for clear_button in self.search.findChildren(QToolButton):  # Qt's own clear button
            clear_button.setAccessibleName(self.tr("Clear the search"))
        self.table.setAccessibleName(self.tr("Figures and their sources"))
        self.export_button.setText(self.tr("Export the table as CSV…"))
        self.copy_button.setText(self.tr("Copy the selected source's address"))
        self.claims_title.setText(self.tr("The article's claims, checked"))
        self.claims_table.setAccessibleName(self.tr("The article's claims, checked"))
        self.figures.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.figures.columnCount() - 1)
        self.claims.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.claims.columnCount() - 1)
        self.verdicts.setText(_verdict_meanings(self.language))
        self._update_count()

    def reset_inputs(self) -> None:
        """No search, no status message, ids hidden, the table in its first order."""
        self.search.clear()
        self.show_ids.setChecked(False)
        self.status.setText("")
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # -1: the dataset's own order
        self.table.clearSelection()

    def set_exhibit_mode(self, on: bool) -> None:
        """Visitors at an exhibit do not save files (a file dialog would open the machine's disk to them), and
        touch the tables' rows and column titles with a finger: each is at least TOUCH_TARGET pixels tall."""
        self.export_button.setVisible(not on)
        for table in (self.table, self.claims_table):
            table.verticalHeader().setMinimumSectionSize(TOUCH_TARGET if on else self._style_row_minimum)
            table.horizontalHeader().setMinimumHeight(TOUCH_TARGET if on else 0)

    def export_csv(self, path: Path) -> int:
        """Write every figure to `path` as CSV; return the number of rows."""
        with path.open("w", encoding="utf-8", newline="") as stream:
            return write_figures_csv(self.calculator.dataset, self.language, stream)

    def copy_address(self) -> str:
        """Copy the selected figure's source address (URL or DOI) to the clipboard; return it."""
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            self.status.setText(self.tr("Select a figure first."))
            return ""
        row = self.figures.rows[self.filtered.mapToSource(selected[0]).row()]
        if not row.address:
            self.status.setText(self.tr("This source has no web address; its title is in the table."))
            return ""
        QApplication.clipboard().setText(row.address)
        self.status.setText(self.tr("Copied: %1").replace("%1", row.address))
        return row.address

    def _ask_and_export(self) -> None:
        """Ask where to save, then export."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export figures"), "ai-energy-figures.csv", "CSV (*.csv)")
        if not path:
            return
        try:
            count = self.export_csv(Path(path))
        except OSError as error:
            self.status.setText(self.tr("Could not save the file: %1").replace("%1", str(error)))
            return
        self.status.setText(self.tr("Saved %1 figures to %2").replace("%1", str(count)).replace("%2", path))

    def _update_count(self) -> None:
        """How many figures the search shows."""
        text = self.tr("%1 of %2 figures").replace("%1", str(self.filtered.rowCount()))
        self.count.setText(text.replace("%2", str(self.figures.rowCount())))

    def _lay_out(self) -> None:
        """Question, search, table, buttons, claims."""
        layout = scrolling_body(self)
        self.table.setMinimumHeight(300)
        layout.addWidget(self.question)
        self.search_row, self.buttons = QGridLayout(), QGridLayout()
        layout.addLayout(self.search_row)
        layout.addWidget(self.table, 3)
        layout.addLayout(self.buttons)
        layout.addWidget(self.claims_title)
        layout.addWidget(self.claims_table, 2)
        layout.addWidget(self.verdicts)
        self._arrange(1.0)

    def set_display(self, theme: Theme, text_scale: float) -> None:
        """Large text: the check box and the buttons go on rows of their own, and the columns widen with the text,
        so that nothing runs past the page's right edge at 1024 pixels."""
        super().set_display(theme, text_scale)
        self._arrange(text_scale)

    def _arrange(self, text_scale: float) -> None:
        """Search, count and check box on one row, buttons on another; stacked from LARGE_TEXT on."""
        side_by_side = columns_for(text_scale, 2) > 1
        self.search_row.removeWidget(self.show_ids)
        search_parts = [self.search, self.count, self.show_ids] if side_by_side else [self.search, self.count]
        arrange_in_columns(self.search_row, search_parts, len(search_parts), [1, 0, 0][: len(search_parts)])
        if not side_by_side:
            self.search_row.addWidget(self.show_ids, 1, 0, 1, 2)
        buttons = [self.export_button, self.copy_button, self.status]
        arrange_in_columns(self.buttons, buttons, 3 if side_by_side else 1, [0, 0, 1])
        self.search.setMinimumWidth(round(SEARCH_BOX_WIDTH * text_scale))
        for table, widths in ((self.table, FIGURE_COLUMN_WIDTHS), (self.claims_table, CLAIM_COLUMN_WIDTHS)):
            header = table.horizontalHeader()
            for column in range(header.count()):
                width = widths[column] if column < len(widths) else OTHER_COLUMN_WIDTH
                table.setColumnWidth(column, max(round(width * text_scale), header.sectionSizeHint(column)))


def _verdict_meanings(language: str) -> str:
    """What each verdict means, one per line (core words them in both languages)."""
    separator = "：" if language == "zh" else ": "
    return "\n".join(
        f"{VERDICT_LABELS[language][verdict]}{separator}{meaning}"
        for verdict, meaning in VERDICT_MEANINGS[language].items()
    )


#: Column widths at 100 % (they grow with the text size): the figures table's id, name and value; the claims
#: table's claim, its figure and the calculator's result.
FIGURE_COLUMN_WIDTHS = (200, 300, 150)
CLAIM_COLUMN_WIDTHS = (320, 140, 170)
#: The other columns' width at 100 %, widened where the column's title needs more.
OTHER_COLUMN_WIDTH = 100
#: The search box's narrowest width at 100 %: room for "Search figures".
SEARCH_BOX_WIDTH = 160


def _table(model: QAbstractTableModel | QSortFilterProxyModel, parent: QWidget) -> QTableView:
    """A read-only table with whole-row selection and sortable columns."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # dataset order until a click
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _figure_headers() -> tuple[str, ...]:
    """Column titles of the figures table (core.export.COLUMNS order)."""
    return (
        QCoreApplication.translate("SourcesClaimsView", "Id"),
        QCoreApplication.translate("SourcesClaimsView", "Figure"),
        QCoreApplication.translate("SourcesClaimsView", "Value"),
        QCoreApplication.translate("SourcesClaimsView", "Year"),
        QCoreApplication.translate("SourcesClaimsView", "Status"),
        QCoreApplication.translate("SourcesClaimsView", "Source"),
        QCoreApplication.translate("SourcesClaimsView", "Address"),
        QCoreApplication.translate("SourcesClaimsView", "Article's wording"),
        QCoreApplication.translate("SourcesClaimsView", "Note"),
    )


def _claim_headers() -> tuple[str, ...]:
    """Column titles of the claims table."""
    return (
        QCoreApplication.translate("SourcesClaimsView", "The article says"),
        QCoreApplication.translate("SourcesClaimsView", "Its figure"),
        QCoreApplication.translate("SourcesClaimsView", "The calculator gives"),
        QCoreApplication.translate("SourcesClaimsView", "Deviation"),
        QCoreApplication.translate("SourcesClaimsView", "Verdict"),
    )
