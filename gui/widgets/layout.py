"""Building blocks every page uses: styled labels and the scrolling page body."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Margins of a page body: left, top, right, bottom.
PAGE_MARGINS = (28, 20, 28, 20)


def styled_label(parent: QWidget, object_name: str = "", selectable: bool = False) -> QLabel:
    """A word-wrapping label with a style-sheet name ("question", "muted", "footnote", "sectionTitle",
    "emphasis")."""
    from PySide6.QtCore import Qt  # not at import: the home screen uses this module before its first paint

    label = QLabel(parent)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scrolling_body(owner: QWidget, object_name: str = "storyContent") -> QVBoxLayout:
    """Give `owner` a vertically scrolling body (never horizontally) and return the body's layout."""
    from PySide6.QtCore import Qt  # see styled_label

    content = QWidget()
    content.setObjectName(object_name)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(10)
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return layout


def arrange_in_columns(grid: QGridLayout, widgets: list[QWidget], columns: int, stretches: list[int]) -> None:
    """Place `widgets` in `grid` row by row, `columns` to a row (one column stacks them); `stretches` are the
    column stretches for the side-by-side arrangement."""
    for widget in widgets:
        grid.removeWidget(widget)
    for column in range(max(grid.columnCount(), len(stretches))):
        grid.setColumnStretch(column, 0)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
    for column in range(columns):
        grid.setColumnStretch(column, stretches[column] if columns > 1 else 1)


def index_in(layout: QBoxLayout, part: QWidget | QLayout) -> int:
    """Where `part` (a widget or a nested layout) is in `layout`; -1 if it is not there."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if part in (item.widget(), item.layout()):
            return index
    return -1


def reorder(layout: QBoxLayout, parts: list[QWidget | QLayout]) -> None:
    """Put `parts`, all already in `layout`, one after another in this order, from where the first of them
    (in the layout's present order) is; whatever else the layout holds keeps its place around them."""
    start = min(index_in(layout, part) for part in parts)
    items = [layout.takeAt(index_in(layout, part)) for part in parts]
    for offset, item in enumerate(items):
        layout.insertItem(start + offset, item)


def columns_for(text_scale: float, side_by_side: int) -> int:
    """How many columns fit: side by side at normal sizes, stacked from LARGE_TEXT on."""
    return 1 if text_scale >= LARGE_TEXT else side_by_side


#: From this text size on, pages stack their columns and the top bar takes two rows.
LARGE_TEXT = 1.5


class SteadyText(QWidget):
    """Holds one word-wrapping label whose text changes often (a result, the steps) without re-laying out the page.

    Qt re-lays out the whole page whenever a label's text changes, even when its size stays the same: with the
    long, selectable labels of a story view that is most of the cost of a slider step. The label sits here
    without a layout, so its change reaches this widget only; the page is re-laid out only when the label's
    height at its current width changes.
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        policy = label.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        """The label's."""
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        """The label's."""
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        """The label wraps."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The label's height when `width` wide."""
        return self.label.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The label fills this widget."""
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """On the label's request for a new layout, pass it on only if the label needs another height."""
        if event.type() == QEvent.Type.LayoutRequest:
            if not self.label.isVisible() or self.label.heightForWidth(self.width()) != self.height():
                self.updateGeometry()
            return True
        return super().event(event)
