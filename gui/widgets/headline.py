"""The big-number headline of a view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.formatting import display_width
from gui.accessibility import Announcer, spoken
from gui.widgets.layout import SteadyText
from gui.widgets.line_breaks import unbreakable, without_orphan

#: A headline wider than this (in display_width: a Chinese character counts two) is set smaller, so that a long
#: answer ("By the article's estimate, one AI query uses as much electricity as about 10 web searches") takes
#: two lines of a projector's screen, not four. It depends on the text only, never on the width: a size chosen
#: from the width would change the height, then the layout, then the width again.
LONG_HEADLINE = 48


class Headline(QWidget):
    """A large number with a smaller line under it (the same result in other words or units)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = QLabel(self)
        self.main.setObjectName("headline")
        self.main.setWordWrap(True)
        self.main.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secondary = QLabel(self)
        self.secondary.setObjectName("headlineSecondary")
        self.secondary.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._secondary_box = SteadyText(self.secondary)
        self._layout.addWidget(SteadyText(self.main))
        self._layout.addWidget(self._secondary_box)
        self._secondary_layout = self._layout
        self._texts = ("", "")
        self.announcer = Announcer(self.main)  # a new answer is announced once it settles

    def set_text(self, main: str, secondary: str = "") -> None:
        """Show `main` large and `secondary` under it, never breaking a line inside a number and its unit."""
        self._texts = (spoken(main), spoken(secondary))
        self.main.setText(without_orphan(unbreakable(main)))
        long = display_width(main) > LONG_HEADLINE
        if self.main.property("long") != long:  # a long answer is set smaller (see palette.DISPLAY_PIXELS)
            self.main.setProperty("long", long)
            self.main.style().unpolish(self.main)
            self.main.style().polish(self.main)
        self.secondary.setText(unbreakable(secondary))
        self._secondary_box.setVisible(bool(secondary))
        self.main.setAccessibleName(spoken(main))  # without the line-break glue a caller may add
        self.secondary.setAccessibleName(spoken(secondary))
        self.announcer.announce(main)

    def place_secondary(self, layout: QVBoxLayout | None, index: int = -1) -> None:
        """Show the line under the headline at `index` of another `layout` (a projector's stacked page puts it
        under the chart, to keep the answer and its chart on one screen), or back under the headline (None)."""
        self._secondary_layout.removeWidget(self._secondary_box)
        self._secondary_layout = layout or self._layout
        self._secondary_layout.insertWidget(index if layout is not None else 1, self._secondary_box)

    def text(self) -> str:
        """The headline as words (without the characters that keep a number and its unit on one line)."""
        return self._texts[0]

    def secondary_text(self) -> str:
        """The line under the headline, as words."""
        return self._texts[1]
