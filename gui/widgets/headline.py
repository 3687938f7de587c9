"""The big-number headline of a view."""

from __future__ import annotations

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

    def set_text(self, main: str, secondary: str = "") -> None:
        """Show `main` large and `secondary` under it."""
        self.main.setText(main)
        self.secondary.setText(secondary)
        self._secondary_box.setVisible(bool(secondary))
        self.setAccessibleName(main)
        self.setAccessibleDescription(secondary)
