"""My figures: a class's own yardsticks entered in the dialog, checked, saved beside the configuration, shown in
every chooser marked as the reader's own, kept through a restart and carried in lessons (gui/my_figures_dialog.py,
gui/own_figures.py, core/own_figures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from core.calculator import Calculator
from core.lessons import read_lesson
from core.own_figures import read_own_figures
from gui.config import parse_config
from gui.i18n import Languages
from gui.main_window import MainWindow
from gui.my_figures_dialog import MyFiguresDialog
from gui.own_figures import OwnFiguresFile, own_figures_file
from gui.settings import Settings

SCHOOL_FILE = """\
[[figure]]
id = "our_school"
name_en = "our school"
name_zh = "我们学校"
kind = "company"
value = 350000
unit = "kWh/year"
year = 2025
source = "The school's electricity bills"
"""


@pytest.fixture
def open_window(qtbot, calculator: Calculator, languages: Languages):
    """A window whose own figures live in `path` (opened as the program opens it: file first, then core)."""

    def open_at(path: Path) -> MainWindow:
        window = MainWindow(Settings(), languages)
        window.own_figures_file = OwnFiguresFile(path)
        window.set_calculator(calculator)
        qtbot.addWidget(window)
        window.show()
        return window

    return open_at


def _type(qtbot, dialog: MyFiguresDialog, field: str, text: str) -> None:
    """Type into one of the dialog's text fields, as a teacher does: keys, or Chinese as an input method commits
    it (Qt's test keys are ASCII only)."""
    widget = dialog.fields[field]
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _place_chooser(window: MainWindow) -> QComboBox:
    window.open_view("chatgpt_day")
    return window.view("chatgpt_day").strip.combos["place"]


def test_a_teacher_adds_the_school_and_every_chooser_offers_it(qtbot, open_window, tmp_path: Path) -> None:
    path = tmp_path / "my_figures.toml"
    window = open_window(path)
    window.open_view("chatgpt_day")
    dialog = window.lesson_button.edit_own_figures()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog, "name_en", "our school")
    _type(qtbot, dialog, "name_zh", "我们学校")
    _type(qtbot, dialog, "value", "350,000")
    _type(qtbot, dialog, "source", "The school's electricity bills")
    assert dialog.fields["id"].text() == "our_school", "the id follows the English name"
    assert dialog.list.item(0).text() == "our school: 350000 kWh/year"
    dialog.save()
    assert not dialog.isVisible()
    assert path.read_text(encoding="utf-8").endswith(SCHOOL_FILE + "approximate = false\n")
    combo = _place_chooser(window)
    assert combo.itemText(combo.count() - 1) == "our school (my figure)", "the reader's own come last"
    combo.setCurrentIndex(combo.count() - 1)
    view = window.view("chatgpt_day")
    assert view.strip.sentence("place") == "= over a year, at most 590 times our school's yearly electricity use"
    window.set_language("zh")
    assert combo.itemText(combo.count() - 1) == "我们学校（我的数据）"
    assert view.strip.sentence("place") == "按全年计，最多相当于我们学校全年用电量的590倍"
    training = window.view("training_households")
    assert "our_school" in training.strip.yardstick_ids("place")
    window.set_language("en")


def test_they_survive_a_restart_and_the_view_keeps_the_reader_s_inputs(open_window, tmp_path: Path) -> None:
    path = tmp_path / "my_figures.toml"
    path.write_text(SCHOOL_FILE, encoding="utf-8")
    window = open_window(path)
    assert [figure.id for figure in window.own_figures] == ["our_school"]
    window.open_view("chatgpt_day")
    window.view("chatgpt_day").model.set_value("chatgpt_servers", 4000, "")
    window.use_own_figures(())
    assert window.view("chatgpt_day").headline.text() == "at most 620 MWh a day", "the servers stay at 4,000"
    assert "our_school" not in window.view("chatgpt_day").strip.yardstick_ids("place")
    assert window.current == "chatgpt_day"


def test_a_bad_edit_is_shown_at_its_field_and_nothing_is_lost(qtbot, open_window, tmp_path: Path) -> None:
    path = tmp_path / "my_figures.toml"
    path.write_text(SCHOOL_FILE, encoding="utf-8")
    window = open_window(path)
    window.set_language("zh")
    dialog = window.lesson_button.edit_own_figures()
    dialog.show()
    _type(qtbot, dialog, "value", "很多")
    unit = dialog.fields["unit"]
    dialog.save()
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "my_figures.toml：数据“our_school”的数值：“很多”不是大于零的数；请写一个数，例如350000"
    )
    assert dialog.focusWidget() is dialog.fields["value"]
    assert path.read_text(encoding="utf-8") == SCHOOL_FILE, "the file is unchanged"
    _type(qtbot, dialog, "value", "350000")
    unit.setCurrentText("kg")
    dialog.save()
    assert dialog.message.text().endswith("单位：“kg”不是电量或每年的电量；请写度/年、kWh/year（年用电量）或度、kWh")
    assert [figure.value for figure in window.own_figures] == [350000]
    window.set_language("en")


def test_a_file_that_cannot_be_read_is_kept_when_the_figures_are_saved(open_window, tmp_path: Path) -> None:
    path = tmp_path / "my_figures.toml"
    path.write_text(SCHOOL_FILE.replace("350000", '"lots"'), encoding="utf-8")
    window = open_window(path)
    assert window.own_figures == ()
    assert str(window.own_figures_file.problem).startswith("my_figures.toml: figure 'our_school', value: 'lots'")
    dialog = window.lesson_button.edit_own_figures()
    assert dialog.list.count() == 0
    dialog.save()
    assert (tmp_path / "my_figures.toml.bak").read_text(encoding="utf-8") == SCHOOL_FILE.replace("350000", '"lots"')
    assert read_own_figures(path, window.shipped_dataset) == ()


def test_removing_a_figure_takes_it_out_of_the_file(qtbot, open_window, tmp_path: Path) -> None:
    path = tmp_path / "my_figures.toml"
    path.write_text(SCHOOL_FILE, encoding="utf-8")
    window = open_window(path)
    dialog = window.lesson_button.edit_own_figures()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.save()
    assert window.own_figures == () and read_own_figures(path, window.shipped_dataset) == ()


def test_a_lesson_carries_its_own_figures_to_another_computer(open_window, tmp_path: Path) -> None:
    home = tmp_path / "home" / "my_figures.toml"
    home.parent.mkdir()
    home.write_text(SCHOOL_FILE, encoding="utf-8")
    teacher = open_window(home)
    combo = _place_chooser(teacher)
    combo.setCurrentIndex(combo.count() - 1)
    lesson_path = tmp_path / "class.aienergy.toml"
    assert teacher.lesson_button.save_file(lesson_path)
    assert read_lesson(lesson_path).my_figures[0]["id"] == "our_school"
    classroom = open_window(tmp_path / "classroom" / "my_figures.toml")
    assert classroom.lesson_button.open_file(lesson_path)
    view = classroom.view("chatgpt_day")
    assert view.model.yardstick("place") == "our_school"
    assert view.strip.sentence("place") == "= over a year, at most 590 times our school's yearly electricity use"
    assert not (tmp_path / "classroom" / "my_figures.toml").exists(), "a lesson's figures are not saved"


def test_a_lesson_with_a_bad_own_figure_changes_nothing(open_window, tmp_path: Path) -> None:
    lesson_path = tmp_path / "bad.aienergy.toml"
    lesson_path.write_text(
        'view = "chatgpt_day"\n\n' + SCHOOL_FILE.replace("[[figure]]", "[[my_figures]]").replace("kWh/year", "kg"),
        encoding="utf-8",
    )
    window = open_window(tmp_path / "my_figures.toml")
    window.lesson_button._tell = lambda title, text: messages.append(text)  # the message box, read
    messages: list[str] = []
    assert not window.lesson_button.open_file(lesson_path)
    assert messages == [
        "bad.aienergy.toml: my_figures: figure 'our_school', unit: 'kg' is not an energy or an energy per year; "
        "write kWh/year (a yearly use) or kWh"
    ]
    assert window.own_figures == () and window.current == "home"


def test_the_free_calculator_knows_them_by_id(open_window, tmp_path: Path) -> None:
    path = tmp_path / "my_figures.toml"
    path.write_text(SCHOOL_FILE, encoding="utf-8")
    window = open_window(path)
    assert window.calculator.evaluate("gpt3_training / our_school").result.value.to("year").magnitude == (
        pytest.approx(1287 / 350)
    )


def test_an_exhibit_reads_its_own_figures_from_the_file_its_configuration_names(tmp_path: Path) -> None:
    config, problems = parse_config('[data]\nmy_figures = "museum.toml"\n')
    assert problems == [] and config.my_figures == "museum.toml"
    assert own_figures_file(tmp_path / "config.toml", config.my_figures) == tmp_path / "museum.toml"
    assert own_figures_file(tmp_path / "config.toml", "") == tmp_path / "my_figures.toml"
    assert own_figures_file(tmp_path / "config.toml", "/srv/city.toml") == Path("/srv/city.toml")
    _, problems = parse_config("[data]\nmy_figures = 3\n")
    assert problems == [
        'config.toml: data.my_figures = 3: write a file name in quotes, such as "museum_figures.toml". '
        "Using the default."
    ]
