"""Guards against a binding bug we met: PySide6 6.12.0 over-released None on QComboBox.addItem/clear, which
crashed the interpreter at exit after enough refreshes. Every view refreshes combo boxes on each change."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox


def test_combo_box_calls_keep_none_alive(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(200):
        combo.addItem("text", "data")
        combo.setCurrentIndex(0)
        combo.clear()
    assert sys.getrefcount(None) >= before - 5, "the Qt binding leaks references to None: pin another version"
