"""Exhibit mode: idle reset and attract loop, ignored close requests, the staff exit, touch-sized controls and
recovery from an exception, driven as a visitor (and as staff) would, with short timers."""

from __future__ import annotations

import logging
import shutil
import sys

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QSlider,
    QWidget,
)

from gui.app import handle_error, set_up_exhibit
from gui.config import AppConfig
from gui.kiosk import AttractLoop, IdleWatcher, Kiosk, PinPad
from gui.main_window import MainWindow
from gui.palette import TOUCH_TARGET
from gui.resilience import install_exception_handler
from gui.settings import Settings
from gui.views.catalogue import ATTRACT_VIEW_IDS, VIEW_IDS

SHORT = AppConfig(kiosk=True, idle_timeout=0.3, attract_interval=0.05, exit_pin="2468")


@pytest.fixture
def window(qtbot, calculator, languages, qapp):
    """A main window not yet shown: the program sets up the exhibit before showing its window. Afterwards the
    window is unlocked and destroyed, so its idle watcher (an application-wide event filter) goes with it."""
    main_window = MainWindow(Settings(), languages)
    main_window.set_calculator(calculator)
    yield main_window
    for watcher in main_window.findChildren(IdleWatcher):
        qapp.removeEventFilter(watcher)
    while QApplication.overrideCursor() is not None:
        QApplication.restoreOverrideCursor()
    main_window.locked = False
    main_window.close()
    main_window.deleteLater()
    qtbot.wait(1)


def _exhibit(window: MainWindow, qapp: QApplication, config: AppConfig = SHORT) -> list:
    parts = set_up_exhibit(window, config, qapp, "en", idle=True)
    window.showFullScreen()
    return parts


def _part(parts: list, kind: type):
    return next(part for part in parts if isinstance(part, kind))


def _kiosk_without_exit(parts: list) -> tuple[Kiosk, list[bool]]:
    """The kiosk, its real exit (which ends every event loop, the tests' too) replaced by a record of requests."""
    kiosk = _part(parts, Kiosk)
    kiosk.exit_requested.disconnect()
    exits: list[bool] = []
    kiosk.exit_requested.connect(lambda: exits.append(True))
    return kiosk, exits


def test_idle_resets_every_view_then_the_attract_loop_cycles_and_a_touch_returns_home(qtbot, window, qapp) -> None:
    parts = _exhibit(window, qapp)
    watcher, attract = _part(parts, IdleWatcher), _part(parts, AttractLoop)
    window.open_view("chatgpt_day")
    view = window.views["chatgpt_day"]
    article_headline = view.headline.text()
    view.inputs[0].slider.setValue(view.inputs[0].slider.maximum())  # a visitor moves the servers slider
    assert view.headline.text() != article_headline
    window.set_language("zh")  # and switches to Chinese

    shown: list[str] = []
    attract.advanced.connect(shown.append)  # before going idle: the first view may follow within milliseconds
    qtbot.waitUntil(lambda: watcher.is_idle, timeout=3000)
    assert window.languages.current == "en", "the exhibit returns to its start language"
    qtbot.waitUntil(lambda: len(shown) >= len(ATTRACT_VIEW_IDS) + 1, timeout=5000)
    assert shown[: len(ATTRACT_VIEW_IDS)] == ATTRACT_VIEW_IDS
    assert attract.banner.isVisible() and attract.banner.text() == "Touch the screen to explore, or try the quiz"
    assert window.views["chatgpt_day"] is view, "reset in place: no widget churn over weeks"
    assert view.headline.text() == article_headline, "every view is back to the article's numbers"

    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_Right)  # any key (or touch) wakes the exhibit
    assert not watcher.is_idle and not attract.running and not attract.banner.isVisible()
    assert window.current == "home"


def test_the_touch_that_wakes_the_exhibit_presses_nothing_underneath(qtbot, window, qapp) -> None:
    parts = _exhibit(window, qapp)
    watcher = _part(parts, IdleWatcher)
    qtbot.waitUntil(lambda: watcher.is_idle, timeout=3000)
    opened: list[str] = []
    window.view_shown.connect(opened.append)
    card = window.home.cards["jevons"]
    window.go_home()
    opened.clear()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)  # lands on a card: wakes, but must not open it
    assert not watcher.is_idle
    assert "jevons" not in opened and window.current == "home"
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)  # the next touch works normally
    assert window.current == "jevons"


def test_close_requests_escape_and_alt_f4_are_ignored(qtbot, window, qapp) -> None:
    _exhibit(window, qapp)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.close() is False
    event = QCloseEvent()  # what the window manager sends for Alt+F4
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    assert not window.theme_box.isVisible() and not window.size_box.isVisible(), "staff set these in the file"


def _press_the_staff_chord(qtbot, window) -> None:
    """Ctrl+Alt+Shift+Q, typed on the window."""
    modifiers = (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)  # shortcuts need focus
    qtbot.keyClick(window, Qt.Key.Key_Q, modifiers)


def test_staff_exit_needs_the_pin_typed_on_the_keypad(qtbot, window, qapp) -> None:
    kiosk, exits = _kiosk_without_exit(_exhibit(window, qapp))
    _press_the_staff_chord(qtbot, window)
    pad = kiosk.pin_pad
    assert isinstance(pad, PinPad) and pad.isVisible()
    keys = {button.text(): button for button in pad.findChildren(QAbstractButton)}
    for digit in "1111":
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keys["OK"], Qt.MouseButton.LeftButton)
    assert exits == [] and pad.isVisible() and pad.prompt.text() == "That PIN is not right. Try again."
    for digit in "2468":
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keys["OK"], Qt.MouseButton.LeftButton)
    assert exits == [True]


def test_holding_the_title_asks_for_the_pin(qtbot, window, qapp) -> None:
    kiosk, _exits = _kiosk_without_exit(_exhibit(window, qapp))
    kiosk._hold.setInterval(50)  # three seconds in the exhibit
    qtbot.mousePress(window.app_title, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.pin_pad is not None and kiosk.pin_pad.isVisible(), timeout=2000)
    qtbot.mouseRelease(window.app_title, Qt.MouseButton.LeftButton)


def test_without_a_pin_or_consent_no_visitor_can_end_the_exhibit(qtbot, window, qapp, caplog) -> None:
    caplog.set_level(logging.INFO, logger="ai_energy")
    kiosk, exits = _kiosk_without_exit(_exhibit(window, qapp, AppConfig(kiosk=True, idle_timeout=60)))
    assert "the exhibit has no exit of its own" in caplog.text
    kiosk._hold.setInterval(50)
    qtbot.mousePress(window.app_title, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    qtbot.mouseRelease(window.app_title, Qt.MouseButton.LeftButton)
    _press_the_staff_chord(qtbot, window)
    qtbot.wait(50)
    assert kiosk.pin_pad is None and exits == []
    assert "Ctrl+Alt+Shift+Q ignored: no exit_pin, and exit_without_pin is false" in caplog.text


def test_without_a_pin_the_chord_exits_only_where_the_configuration_consents(qtbot, window, qapp) -> None:
    config = AppConfig(kiosk=True, idle_timeout=60, exit_without_pin=True)
    kiosk, exits = _kiosk_without_exit(_exhibit(window, qapp, config))
    kiosk._hold.setInterval(50)
    qtbot.mousePress(window.app_title, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    qtbot.mouseRelease(window.app_title, Qt.MouseButton.LeftButton)
    assert kiosk.pin_pad is None and exits == [], "holding the title never exits without a PIN"
    _press_the_staff_chord(qtbot, window)
    qtbot.waitUntil(lambda: exits == [True], timeout=2000)


@pytest.mark.parametrize("view_id", ["home", *VIEW_IDS])
def test_every_control_is_a_touch_sized_target(qtbot, window, qapp, view_id: str) -> None:
    _exhibit(window, qapp, AppConfig(kiosk=True, idle_timeout=600))
    window.resize(1280, 800)
    window.open_view(view_id)
    qtbot.wait(10)
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QSlider)
    small = [
        f"{type(widget).__name__} '{widget.accessibleName()}' {widget.width()}x{widget.height()}"
        for widget in window.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and (widget.width() < TOUCH_TARGET or widget.height() < TOUCH_TARGET)
        and _in_a_control_area(widget)
    ]
    assert small == []


def test_the_free_calculator_is_left_out_of_the_exhibit(qtbot, window, qapp) -> None:
    _exhibit(window, qapp, AppConfig(kiosk=True, idle_timeout=600))
    window.go_home()
    assert window.home.cards["free_calculator"].isHidden()
    assert not window.home.cards["energy_ladder"].isHidden() and not window.home.cards["sources_claims"].isHidden()
    visited = []
    for _ in range(len(VIEW_IDS)):
        window.go_next()
        visited.append(window.current)
    assert visited == [view_id for view_id in VIEW_IDS if view_id != "free_calculator"] + ["search_vs_ai"]
    window.open_view("free_calculator")  # what --view free_calculator asks for
    assert window.current == "home"


def test_the_sources_tables_rows_and_column_titles_are_touch_sized(qtbot, window, qapp) -> None:
    _exhibit(window, qapp, AppConfig(kiosk=True, idle_timeout=600))
    window.resize(1280, 800)
    window.open_view("sources_claims")
    view = window.views["sources_claims"]
    for table in (view.table, view.claims_table):
        rows = table.model().rowCount()
        assert rows > 0
        assert min(table.rowHeight(row) for row in range(rows)) >= TOUCH_TARGET, table.accessibleName()
        assert table.horizontalHeader().height() >= TOUCH_TARGET, table.accessibleName()


def test_outside_an_exhibit_the_tables_keep_their_compact_rows(qtbot, window) -> None:
    window.resize(1280, 800)
    window.open_view("sources_claims")
    assert window.views["sources_claims"].table.rowHeight(0) < TOUCH_TARGET


def _in_a_control_area(widget: QWidget) -> bool:
    """Parts drawn inside another control (a spin box's line edit, a combo box's) are not targets of their own."""
    parent = widget.parentWidget()
    return not isinstance(parent, QAbstractSpinBox | QComboBox)


def test_the_export_button_is_hidden_from_visitors(qtbot, window, qapp) -> None:
    _exhibit(window, qapp, AppConfig(kiosk=True, idle_timeout=600))
    window.open_view("sources_claims")
    assert not window.views["sources_claims"].export_button.isVisibleTo(window)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_view_recovers_to_home_in_kiosk_mode(qtbot, window, qapp, caplog) -> None:
    previous_hook = sys.excepthook
    install_exception_handler(lambda error: handle_error(window, error, kiosk=True, smoke=False, start_language="en"))
    try:
        window.open_view("chatgpt_day")
        view = window.views["chatgpt_day"]

        def broken() -> None:
            raise RuntimeError("a bug in a view")

        view.refresh = broken  # the model's changed signal now fails in the slot
        view.model.changed.disconnect()
        view.model.changed.connect(view.refresh)
        view.inputs[0].slider.setValue(view.inputs[0].slider.value() + 1)
        qtbot.waitUntil(lambda: window.current == "home" and "chatgpt_day" not in window.views, timeout=2000)
    finally:
        sys.excepthook = previous_hook
    assert any("a bug in a view" in record.getMessage() and record.exc_info for record in caplog.records)
    window.open_view("chatgpt_day")  # the view is built afresh and works
    assert window.views["chatgpt_day"].headline.text() == "at most 564 MWh a day"


def test_the_idle_watcher_counts_touches_and_keys_not_paint_or_timers(qtbot, window, qapp) -> None:
    watcher = IdleWatcher(qapp, 0.2, window)
    qtbot.wait(100)
    window.update()
    QApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
    qtbot.waitUntil(lambda: watcher.is_idle, timeout=2000)
    qtbot.mouseMove(window, QPoint(5, 5))  # a mouse drifting is not a visitor
    assert watcher.is_idle


def _state(page: QWidget) -> list:
    """What a reader can change on a page, as values."""
    from PySide6.QtWidgets import QCheckBox, QListWidget, QScrollArea

    values: list = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QSlider):
            values.append(widget.value())
        elif isinstance(widget, QCheckBox):
            values.append(widget.isChecked())
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentIndex())
        elif isinstance(widget, QListWidget):
            values.append(widget.currentRow())
        elif isinstance(widget, QScrollArea):
            values.append(widget.verticalScrollBar().value())
    return values


def _disturb(page: QWidget) -> None:
    """Change everything a reader can change, as a busy visitor would."""
    from PySide6.QtWidgets import QCheckBox, QListWidget, QScrollArea

    for widget in page.findChildren(QWidget):
        if isinstance(widget, QSlider):
            widget.setValue(widget.maximum())
        elif isinstance(widget, QCheckBox):
            widget.setChecked(not widget.isChecked())
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            widget.setText("2 * gpt3_training")
        elif isinstance(widget, QComboBox) and widget.count() > 1:
            widget.setCurrentIndex(widget.count() - 1)
        elif isinstance(widget, QListWidget):
            widget.setCurrentRow(widget.count() - 1)
        elif isinstance(widget, QScrollArea):
            widget.verticalScrollBar().setValue(widget.verticalScrollBar().maximum())


@pytest.mark.parametrize("view_id", VIEW_IDS)
def test_the_idle_reset_puts_every_control_of_every_view_back(qtbot, window, view_id: str) -> None:
    window.resize(1280, 800)
    window.show()
    window.open_view(view_id)
    page = window.views[view_id]
    first_state, first_headline = _state(page), page.card_headline()
    _disturb(page)
    assert _state(page) != first_state, "the test changed something"
    window.start_afresh("en")
    assert window.views[view_id] is page
    assert _state(page) == first_state
    assert page.card_headline() == first_headline


def test_the_kiosk_window_covers_the_screen_even_without_a_window_manager(run_program) -> None:
    """A bare X session (Xvfb, no window manager) does not honour "full screen" by itself; offscreen would."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.fail("xvfb-run is missing: apt-get install xvfb xauth (.ci/run installs them)")
    result = run_program(
        "--kiosk",
        "--quit-after",
        "1",
        at_first_paint="window.geometry() == window.screen().geometry()",
        platform="xcb",
        prefix=[xvfb_run, "-a", "-s", "-screen 0 1600x900x24"],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "True", result.stdout
