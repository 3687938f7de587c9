"""The big-number headline of a view."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.widgets.layout import SteadyText


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._secondary_box = SteadyText(self.secondary)
        layout.addWidget(SteadyText(self.main))
        layout.addWidget(self._secondary_box)
        self._texts = ("", "")

    def set_text(self, main: str, secondary: str = "") -> None:
        """Show `main` large and `secondary` under it, never breaking a line inside a number and its unit."""
        self._texts = (main, secondary)
        self.main.setText(unbreakable(main))
        self.secondary.setText(unbreakable(secondary))
        self._secondary_box.setVisible(bool(secondary))
        self.setAccessibleName(main)
        self.setAccessibleDescription(secondary)

    def text(self) -> str:
        """The headline as words (without the characters that keep a number and its unit on one line)."""
        return self._texts[0]

    def secondary_text(self) -> str:
        """The line under the headline, as words."""
        return self._texts[1]


#: A number with what belongs to it: 约98.55亿度, 6200亿～1.05万亿度, 564 MWh, 29%.
_NUMBER_AND_UNIT = re.compile(
    r"(?:约|最多|至少|不到)?\d[\d.,]*(?:万亿|亿|万)?(?:[～–-]\d[\d.,]*)?(?:万亿|亿|万)?"
    r"(?:以上|度|瓦时|千瓦时|千瓦|美元|户|台|次|倍|小时|分钟|年|%"
    r"| ?[GMTk]?Wh| ?[GMTk]?W\b| ?(?:billion|million|trillion))?"
)
WORD_JOINER, NO_BREAK_SPACE = "\u2060", "\u00a0"


def unbreakable(text: str) -> str:
    """`text` with every number glued to its scale word and unit (word joiners; a no-break space in English), so
    a narrow window breaks the line before "98.55亿度" or "564 MWh", never inside it."""
    return _NUMBER_AND_UNIT.sub(lambda match: WORD_JOINER.join(match[0].replace(" ", NO_BREAK_SPACE)), text)
