"""The "My figures" dialog: a class's own yardsticks (the school's yearly electricity, the home town), added,
edited and removed, checked like the dataset's own figures when saved (core.own_figures), and used by every view
from then on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.own_figures import COUNTED, FILE_NAME, KINDS, OwnFigureError, checked_figures

if TYPE_CHECKING:
    from gui.main_window import MainWindow

#: Units a teacher is offered first (any energy, or energy per year, may be typed).
UNITS = ("kWh/year", "度/年", "MWh/year", "GWh/year", "TWh/year", "kWh", "度", "MWh")
#: The year a new figure starts with.
NEW_YEAR = 2025


class MyFiguresDialog(QDialog):
    """Add, edit and remove the reader's own yardsticks; Save checks every one (a bad entry is shown with its
    field and the message saying how to fix it; nothing is lost) and writes them to the file of own figures."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.language = window.languages.current
        self.entries: list[dict[str, Any]] = [figure.fields() for figure in window.own_figures]
        self._showing: int | None = None
        self.setWindowTitle(self.tr("My figures"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("My figures"))
        self.add_button = QPushButton(self.tr("Add a figure"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.fields = self._build_fields()
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._lay_out()
        self.list.currentRowChanged.connect(self._show_entry)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.intro.setText(
            self.tr(
                "Your own yardsticks, such as your school's yearly electricity or your town's. They appear in every "
                "“Compare with” chooser marked (my figure), and in the free calculator by their id. They are saved "
                "in %1, never in the program's dataset."
            ).replace("%1", FILE_NAME)
        )
        self._fill_list()
        self.list.setCurrentRow(0 if self.entries else -1)
        self._enable_form()

    # --- what the reader does ---

    def add_entry(self) -> None:
        """A new, empty figure, selected for editing."""
        self.entries.append({"id": "", "kind": "company", "unit": "kWh/year", "year": NEW_YEAR, "approximate": False})
        self._fill_list()
        self.list.setCurrentRow(len(self.entries) - 1)
        self.fields["name_en"].setFocus()

    def remove_entry(self) -> None:
        """Remove the selected figure (it leaves the file when the dialog is saved)."""
        row = self.list.currentRow()
        if row < 0:
            return
        self._showing = None
        del self.entries[row]
        self._fill_list()
        self.list.setCurrentRow(min(row, len(self.entries) - 1))
        self._enable_form()

    def save(self) -> None:
        """Check every figure; save and close, or show the first problem at its field."""
        assert self.window_.shipped_dataset is not None and self.window_.own_figures_file is not None
        self._store_entry()
        try:
            figures = checked_figures(self.entries, FILE_NAME, self.window_.shipped_dataset)
        except OwnFigureError as error:
            self._show_problem(error)
            return
        try:
            self.window_.own_figures_file.save(figures)
        except OSError as error:
            self.message.setText(
                self.tr("Could not save %1: %2")
                .replace("%1", str(self.window_.own_figures_file.path))
                .replace("%2", error.strerror or str(error))
            )
            return
        self.window_.use_own_figures(figures)
        self.accept()

    # --- building ---

    def _build_fields(self) -> dict[str, QWidget]:
        """The form's editors, by the field each edits."""
        kind = QComboBox(self)
        for key in KINDS:
            kind.addItem(self._kind_name(key), key)
        unit = QComboBox(self)
        unit.setEditable(True)
        unit.addItems(UNITS)
        year = QSpinBox(self)
        year.setRange(1800, 2100)
        fields: dict[str, QWidget] = {
            "name_en": QLineEdit(self),
            "name_zh": QLineEdit(self),
            "kind": kind,
            "value": QLineEdit(self),
            "unit": unit,
            "year": year,
            "source": QLineEdit(self),
            "approximate": QCheckBox(self.tr("approximate (“about”)"), self),
            "plural_en": QLineEdit(self),
            "measure_zh": QLineEdit(self),
            "id": QLineEdit(self),
        }
        for widget in fields.values():
            _changed_signal(widget).connect(self._edited)
        return fields

    def _lay_out(self) -> None:
        """List and buttons on the left, the form on the right, the message and Save/Cancel below."""
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        for button in (self.add_button, self.remove_button):
            left.addWidget(button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "name_en": self.tr("Name in English"),
            "name_zh": self.tr("Name in Chinese"),
            "kind": self.tr("What it is"),
            "value": self.tr("Value"),
            "unit": self.tr("Unit"),
            "year": self.tr("Year"),
            "source": self.tr("Source"),
            "approximate": "",
            "plural_en": self.tr("English plural"),
            "measure_zh": self.tr("Chinese measure word"),
            "id": self.tr("Id (for the calculator)"),
        }
        for field, text in labels.items():
            self.form.addRow(text, self.fields[field])
            self.fields[field].setAccessibleName(text or self.tr("approximate (“about”)"))
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(self.form, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _kind_name(self, kind: str) -> str:
        """What a kind of yardstick is, in the dialog's words."""
        return {
            "household": self.tr("A home (counted: “as much as 3 homes use”)"),
            "city": self.tr("A town or city"),
            "country": self.tr("A country or region"),
            "power_station": self.tr("A power station"),
            "company": self.tr("A school, company or building"),
            "everyday": self.tr("An everyday thing (counted: “12 school days”)"),
        }[kind]

    # --- keeping list, form and entries in step ---

    def _fill_list(self) -> None:
        """One line per figure: its name in the reader's language (or its id), value and unit."""
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            self.list.addItem(self._entry_line(entry))
        self.list.blockSignals(False)

    def _entry_line(self, entry: dict[str, Any]) -> str:
        """How the list names a figure."""
        name = entry.get("name_zh" if self.language == "zh" else "name_en") or entry.get("id") or self.tr("(new)")
        value = entry.get("value", "")
        colon = "：" if self.language == "zh" else ": "
        return f"{name}{colon}{value} {entry.get('unit', '')}".strip() if value != "" else str(name)

    def _show_entry(self, row: int) -> None:
        """Put the figure of `row` into the form (after keeping what the form held)."""
        self._store_entry()
        self._showing = row if 0 <= row < len(self.entries) else None
        entry = self.entries[row] if self._showing is not None else {}
        for field, widget in self.fields.items():
            widget.blockSignals(True)
            value = entry.get(field, "")
            if isinstance(widget, QLineEdit):
                widget.setText(_number_text(value) if field == "value" else str(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value) if isinstance(value, int) else NEW_YEAR)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox) and widget.isEditable():
                widget.setCurrentText(str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            widget.blockSignals(False)
        self._id_follows_name = not entry.get("id") or entry.get("id") == _id_from(str(entry.get("name_en", "")))
        self._show_counted_fields()
        self._enable_form()

    def _store_entry(self) -> None:
        """Keep the form's values in the figure on show."""
        if self._showing is None or self._showing >= len(self.entries):
            return
        entry = self.entries[self._showing]
        for field, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                text = widget.text().strip()
                entry[field] = _number(text) if field == "value" else text
            elif isinstance(widget, QSpinBox):
                entry[field] = widget.value()
            elif isinstance(widget, QCheckBox):
                entry[field] = widget.isChecked()
            elif isinstance(widget, QComboBox) and widget.isEditable():
                entry[field] = widget.currentText().strip()
            elif isinstance(widget, QComboBox):
                entry[field] = widget.currentData()
        if entry.get("kind") not in COUNTED:
            entry["plural_en"] = entry["measure_zh"] = ""

    def _edited(self, *_: object) -> None:
        """The form changed: keep it, let the id follow the English name, renew the list's line."""
        name_field, id_field = self.fields["name_en"], self.fields["id"]
        assert isinstance(name_field, QLineEdit) and isinstance(id_field, QLineEdit)
        if self.sender() is id_field:
            self._id_follows_name = False
        elif getattr(self, "_id_follows_name", False):
            id_field.setText(_id_from(name_field.text()))
        self._store_entry()
        self._show_counted_fields()
        if self._showing is not None:
            self.list.item(self._showing).setText(self._entry_line(self.entries[self._showing]))
        self.message.clear()

    def _show_counted_fields(self) -> None:
        """The plural and the measure word matter only for the counted kinds (homes, everyday things)."""
        kind = self.fields["kind"]
        assert isinstance(kind, QComboBox)
        counted = kind.currentData() in COUNTED
        for field in ("plural_en", "measure_zh"):
            self.form.setRowVisible(self.fields[field], counted)

    def _enable_form(self) -> None:
        """The form and Remove work only while a figure is selected."""
        selected = self._showing is not None
        for widget in self.fields.values():
            widget.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _show_problem(self, error: OwnFigureError) -> None:
        """Select the figure the problem is in, put the cursor in its field and say what is wrong."""
        row = next((i for i, entry in enumerate(self.entries) if entry.get("id") == error.figure), None)
        if row is None and error.figure.startswith("#") and error.figure[1:].isdigit():
            row = int(error.figure[1:]) - 1
        if row is not None:
            self.list.setCurrentRow(row)
        widget = self.fields.get(error.field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.setText(error.message(self.language))
        self.message.setAccessibleName(error.message(self.language))


def _changed_signal(widget: QWidget) -> Any:
    """The signal a form editor sends when the reader changes it."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    assert isinstance(widget, QComboBox)
    return widget.currentTextChanged if widget.isEditable() else widget.currentIndexChanged


def _number(text: str) -> float | int | str:
    """A typed value as a number ("350,000" and "350 000" too); text that is no number stays text, for the check
    to name."""
    plain = re.sub(r"[,\s\u00a0]", "", text)
    try:
        number = float(plain)
    except ValueError:
        return text
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def _number_text(value: Any) -> str:
    """A stored value as the form shows it."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _id_from(name: str) -> str:
    """An id made of an English name: "Our school" -> "our_school"."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    text = "_".join(words)
    return ("my_" + text if text[:1].isdigit() else text)[:40]
