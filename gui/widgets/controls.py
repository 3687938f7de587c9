"""Controls a reader can trust: a chooser that shows its whole text, and a page that scrolls under the wheel
instead of changing an input the reader never chose."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollBar,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


class ElidedLabel(QLabel):
    """A one-line label that gives up its width before anything else in its row: it shows as much of its text as
    fits, ending in "…" (never cut mid-letter), and keeps the whole text in its tooltip and accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        """Show `text`, elided to the label's width."""
        self._full = text
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        """The whole text."""
        return self._full

    def sizeHint(self) -> QSize:
        """Wide enough for the whole text."""
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """No width of its own: the row shrinks this label first."""
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        """The text as it fits, with the tooltip only when something is hidden."""
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


#: Room around an item's text in a chooser's pop-up list (its margins and a scroll bar), in pixels at 100 %.
POPUP_SLACK_PIXELS = 48


class FullTextComboBox(QComboBox):
    """A chooser that takes the width its layout gives it; a text too long for it is elided in the middle (both
    ends stay: "Google on AI: servers…New Street Research)"), and the whole text is in its tooltip, in its
    accessible description and in the pop-up list, which is as wide as its longest item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentTextChanged.connect(self._describe)
        self.currentIndexChanged.connect(self._show_the_start)
        items = self.model()  # filled or re-worded while the box's own signals are blocked: still described
        for signal in (items.rowsInserted, items.rowsRemoved, items.modelReset, items.dataChanged):
            signal.connect(lambda *_: self._describe(self.currentText()))

    def _describe(self, text: str) -> None:
        """The whole current text as tooltip and accessible description."""
        if self.toolTip() != text:
            self.setToolTip(text)
            self.setAccessibleDescription(text)

    def _show_the_start(self) -> None:
        """An editable box shows a chosen item from its first letter (Qt leaves the cursor at the end, which
        scrolls a long text's start out of sight); what the reader is typing is left alone."""
        editor = self.lineEdit()
        if editor is not None and not editor.hasFocus():
            editor.setCursorPosition(0)

    def shown_text(self) -> str:
        """The current text as drawn in the box: whole, or elided in the middle to fit."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideMiddle, field.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the box with its text elided in the middle (Qt elides at the end)."""
        self._describe(self.currentText())  # a choice made with signals blocked is described by its first paint
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:
        """Open the list as wide as its longest item (within the screen)."""
        metrics = self.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(index)) for index in range(self.count())), default=0)
        screen = self.screen().availableGeometry().width() if self.screen() else widest
        self.view().setMinimumWidth(min(widest + POPUP_SLACK_PIXELS, screen - 20))
        super().showPopup()


#: Inputs whose value the wheel changes: only once the reader has chosen them (clicked or tabbed to them).
GUARDED = (QAbstractSlider, QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """A wheel turned over an input that does not have focus scrolls the page under it instead (a scroll over
    "Compare with" must never switch Three Gorges to Bitcoin); inputs take focus only by click or Tab, not by the
    wheel. `guard(root)` watches every input under `root` (a filter on each input, not on the application, which
    would cost a Python call for every event of every widget)."""

    def guard(self, root: QWidget) -> None:
        """Watch the inputs under `root` (each once)."""
        for widget in root.findChildren(QWidget):
            if isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar) and not widget.property("guarded"):
                widget.setProperty("guarded", True)
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pass an unfocused input's wheel event to the scroll area around it."""
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area that holds `widget`."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent
