"""What a screen reader gets beyond Qt's defaults: headings, texts without layout characters, and announcements.

Qt's AT-SPI bridge (Linux) and UI Automation (Windows) read widgets through QAccessibleInterface. Three things
Qt does not do by itself:

- a question or an answer is a heading (role Heading), so a reader can jump between them;
- a text a screen reader reads carries none of the invisible characters that keep "564 MWh" on one line
  (word joiners, no-break spaces): `spoken` strips them;
- a result that changes after an input changes is announced, politely and once it has settled
  (`Announcer`), so a blind student hears the new answer without leaving the slider.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget

#: Style-sheet names of the labels a screen reader lists as headings.
HEADINGS = frozenset({"question", "headline", "sectionTitle"})
#: The object name of the hidden label that names a chooser (see name_chooser).
CHOOSER_LABEL = "chooserLabel"
#: The widget property that gives a widget a role Qt does not know it has (see make_chart).
ROLE_PROPERTY = "accessibleRole"
#: Milliseconds an answer must stay the same before it is announced (a dragged slider announces once); a
#: slider's own value is announced sooner, so that it comes before the answer it leads to.
SETTLE_MILLISECONDS = 700
VALUE_SETTLE_MILLISECONDS = 250


def spoken(text: str) -> str:
    """`text` as a screen reader should get it: without word joiners, with plain spaces."""
    return text.replace("\u2060", "").replace("\u00a0", " ")


class HeadingAccessible(QAccessibleWidget):
    """A label read as a heading, named by its text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        """The label's text as the name; the rest as for any widget."""
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or spoken(self._label.text())
        return super().text(kind)


def name_chooser(box: QComboBox, name: str) -> None:
    """Name a chooser `name` for screen readers. On Linux Qt reads a combo box's name as its current value
    ("English") and its purpose from the label whose buddy it is, so the box gets a hidden label of its own."""
    box.setAccessibleName(name)
    label = box.findChild(QLabel, CHOOSER_LABEL, Qt.FindChildOption.FindDirectChildrenOnly)
    if label is None:
        label = QLabel(box)
        label.setObjectName(CHOOSER_LABEL)
        label.setBuddy(box)
        label.hide()
    label.setText(name)


def make_chart(widget: QWidget) -> None:
    """Make `widget` a chart to assistive technology: reached with Tab, read as a chart by its accessible name
    (the axis title) and description (the scale and every row's value)."""
    widget.setProperty(ROLE_PROPERTY, "chart")
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def follow_in_tab_order(parts: list[QWidget]) -> None:
    """Make Tab visit the controls inside `parts` in the order of `parts` (each part's own controls in the order
    they were made), so that Tab follows the page as it is laid out, not as it was built."""
    controls = []
    for part in parts:
        inside = [part, *part.findChildren(QWidget)]  # a chooser's pop-up is a window of its own: not in the chain
        controls += [w for w in inside if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is part.window()]
    for before, after in pairwise(controls):
        QWidget.setTabOrder(before, after)


def _interface_for(class_name: str, widget: QObject) -> QAccessibleWidget | None:
    """The accessibility factory: headings for the labels named in HEADINGS, charts for the widgets made so by
    make_chart, Qt's own interface otherwise."""
    if isinstance(widget, QLabel) and widget.objectName() in HEADINGS:
        return HeadingAccessible(widget)
    if isinstance(widget, QWidget) and widget.property(ROLE_PROPERTY) == "chart":
        return QAccessibleWidget(widget, QAccessible.Role.Chart)
    return None


_installed: list[bool] = []


def install() -> None:
    """Install the factory (the first call does; the main window calls it before it builds its widgets)."""
    if not _installed:
        QAccessible.installFactory(_interface_for)
        _installed.append(True)


class Announcer(QObject):
    """Announces a text to screen readers once it has stayed the same for SETTLE_MILLISECONDS (polite: after
    what the reader is hearing). A new text before then replaces the waiting one."""

    def __init__(self, source: QObject, settle_milliseconds: int = SETTLE_MILLISECONDS) -> None:
        super().__init__(source)
        self._source = source
        self._waiting = ""
        self._last = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_milliseconds)
        self._timer.timeout.connect(self._announce)

    def announce(self, text: str) -> None:
        """Announce `text` when it has settled, unless it is what was last announced."""
        self._waiting = spoken(text)
        self._timer.start()

    def _announce(self) -> None:
        """Send the waiting text to assistive technology."""
        if not self._waiting or self._waiting == self._last:
            return
        source = self._source
        if isinstance(source, QWidget) and not source.isVisible():  # a page in the background says nothing
            return
        self._last = self._waiting
        event = QAccessibleAnnouncementEvent(self._source, self._last)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
