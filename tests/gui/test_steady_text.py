"""SteadyText: a changing label re-lays out its page only when it needs another height."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from gui.widgets.layout import SteadyText

SHORT = "564.3 MWh a day"
LONG = " ".join(["3,617 servers × 6.5 kW × 24 hours a day = 564.3 MWh a day."] * 8)


class _LayoutRequests(QObject):
    """Counts the layout requests a page receives."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _settle() -> None:
    """Let Qt finish: a layout request posted while another is handled waits for the next pass."""
    for _ in range(3):
        QApplication.processEvents()


def _page(qtbot) -> tuple[QWidget, QLabel, SteadyText, _LayoutRequests]:
    page = QWidget()
    label = QLabel(SHORT)
    label.setWordWrap(True)
    steady = SteadyText(label)
    layout = QVBoxLayout(page)
    layout.addWidget(steady)
    layout.addStretch(1)
    qtbot.addWidget(page)
    page.resize(400, 2400)
    page.show()
    qtbot.waitExposed(page)
    _settle()
    requests = _LayoutRequests()
    page.installEventFilter(requests)
    return page, label, steady, requests


def test_text_of_the_same_height_does_not_re_lay_out_the_page(qtbot) -> None:
    _page_widget, label, steady, requests = _page(qtbot)
    height = steady.height()
    for number in range(20):
        label.setText(f"{560 + number}.1 MWh a day")
        _settle()
    assert requests.count == 0
    assert steady.height() == height
    assert label.geometry() == steady.rect()
    assert label.text() == "579.1 MWh a day"


def test_text_that_needs_more_lines_grows_the_label_and_its_page_follows(qtbot) -> None:
    _page_widget, label, steady, requests = _page(qtbot)
    one_line = steady.height()
    label.setText(LONG)
    _settle()
    assert requests.count >= 1
    assert steady.height() > 3 * one_line
    assert steady.height() == label.heightForWidth(steady.width())
    assert label.geometry() == steady.rect()  # the whole text is shown, none of it clipped
    label.setText(SHORT)
    _settle()
    assert steady.height() == one_line


def test_a_narrower_page_rewraps_the_label(qtbot) -> None:
    page, label, steady, _requests = _page(qtbot)
    label.setText(LONG)
    _settle()
    wide = steady.height()
    page.resize(200, 4000)
    _settle()
    assert steady.height() > wide
    assert steady.height() == label.heightForWidth(steady.width())
