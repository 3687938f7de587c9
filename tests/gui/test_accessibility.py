"""Accessibility: every control and chart is named, every view works from the keyboard alone, and the largest
text size in high contrast neither clips a label nor widens the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QWidget,
)

from gui.main_window import MainWindow
from gui.views.catalogue import VIEW_IDS
from gui.widgets.chart import Chart

INTERACTIVE_ROLES = {
    QAccessible.Role.Button,
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.ComboBox,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Slider,
    QAccessible.Role.EditableText,
    QAccessible.Role.List,
    QAccessible.Role.Table,
}


def _unnamed_controls(interface: QAccessibleInterface, inside_combo: bool = False) -> list[str]:
    """Interactive nodes without a name. A combo box's own popup list is Qt's, announced through the combo."""
    role = interface.role()
    found = []
    if role in INTERACTIVE_ROLES and not inside_combo and not interface.text(QAccessible.Text.Name):
        found.append(f"{role.name} in {interface.object().__class__.__name__}")
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            found += _unnamed_controls(child, inside_combo or role == QAccessible.Role.ComboBox)
    return found


@pytest.mark.parametrize("view_id", ["home", *VIEW_IDS])
def test_the_accessibility_tree_has_no_unnamed_control(qtbot, window: MainWindow, view_id: str) -> None:
    window.open_view(view_id)
    page = window.stack.currentWidget()
    assert _unnamed_controls(QAccessible.queryAccessibleInterface(page)) == []
    top_bar = QAccessible.queryAccessibleInterface(window.top_bar)
    assert _unnamed_controls(top_bar) == []
    for chart in page.findChildren(Chart):
        assert chart.accessibleName() and chart.accessibleDescription(), view_id


def _keyboard_controls(page: QWidget) -> set[QWidget]:
    """Everything a reader operates in a page: buttons, choosers, sliders, fields, lists and tables."""
    kinds = (QAbstractButton, QComboBox, QAbstractSlider, QAbstractSpinBox, QLineEdit, QAbstractItemView)
    controls = set()
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QScrollBar) or not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the text field inside a spin box or combo box is part of it
        if isinstance(widget, QAbstractItemView) and widget.window() is not page.window():
            continue  # a combo box's popup
        if isinstance(widget, QHeaderView):
            continue  # a table's header is part of the table
        controls.add(widget)
    return controls


@pytest.mark.parametrize("view_id", ["home", *VIEW_IDS])
def test_every_control_is_reached_with_the_tab_key(qtbot, window: MainWindow, view_id: str) -> None:
    window.open_view(view_id)
    page = window.stack.currentWidget()
    window.activateWindow()
    window.home_button.setFocus()
    reached: set[QWidget] = set()
    for _ in range(300):
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.add(focused)
            parent = focused.parentWidget()
            if isinstance(parent, QAbstractSpinBox | QComboBox):
                reached.add(parent)
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    missing = [f"{w.__class__.__name__} {w.accessibleName()!r}" for w in _keyboard_controls(page) - reached]
    assert missing == []


def test_a_card_opens_from_the_keyboard(qtbot, window: MainWindow) -> None:
    card = window.home.cards["chatgpt_day"]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Space)
    assert window.current == "chatgpt_day"


@pytest.mark.parametrize("view_id", ["home", *VIEW_IDS])
def test_largest_text_in_high_contrast_clips_nothing(qtbot, window: MainWindow, view_id: str) -> None:
    window.set_theme("high_contrast")
    window.set_text_scale(2.0)
    window.resize(1280, 800)
    window.open_view(view_id)
    for _ in range(3):  # a long headline is set smaller once it has its width: a few layout passes
        QApplication.processEvents()
    page = window.stack.currentWidget()
    assert window.width() == 1280, "the window grew: something is wider than the screen"
    clipped = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text():
            continue
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        if label.height() + 1 < needed or (not label.wordWrap() and label.width() + 1 < label.sizeHint().width()):
            clipped.append(label.text()[:40])
    assert clipped == []
    for chart in page.findChildren(Chart):
        assert chart.text_scale == 2.0 and chart.theme.name == "high_contrast"
