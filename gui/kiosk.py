"""Exhibit mode: unattended for weeks on a touch screen.

- `IdleWatcher` notices when nobody has touched the screen (or a key) for a while, and the first touch after.
- `AttractLoop` cycles the story views with a banner inviting a touch while nobody is there.
- `PinPad` is the on-screen keypad staff type the exit PIN on.
- `Kiosk` makes the window full screen and unclosable, sizes controls for fingers (the scroll bar too: kinetic
  scrolling with QScroller was tried and left out, because every grab registers a new gesture type that PySide6
  never frees, which over weeks of visitors adds up), and gives staff their exit:
  Ctrl+Alt+Shift+Q, or holding the program's title (top left) for three seconds, then the PIN. Without a PIN,
  Ctrl+Alt+Shift+Q ends the exhibit only if the configuration says `exit_without_pin = true`: otherwise any visitor
  with a keyboard could end it for good, so staff stop it from outside (the README says how).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.views.catalogue import ATTRACT_VIEW_IDS

if TYPE_CHECKING:
    from gui.config import AppConfig
    from gui.main_window import MainWindow

log = logging.getLogger("ai_energy")

STAFF_EXIT_KEYS = "Ctrl+Alt+Shift+Q"
#: The exit status after a staff exit: supervisors (the systemd unit, Windows Shell Launcher) restart the program
#: after any other exit, a crash or a scheduled `quit_after` included, but not after this one.
STAFF_EXIT_STATUS = 10
# How long staff hold the title to ask for the exit PIN.
LONG_PRESS_MILLISECONDS = 3000
# Input that counts as somebody being there.
PRESSES = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.Wheel,
}
RELEASES = {QEvent.Type.MouseButtonRelease, QEvent.Type.KeyRelease, QEvent.Type.TouchEnd, QEvent.Type.TabletRelease}
MOVES = {QEvent.Type.MouseMove, QEvent.Type.TouchUpdate, QEvent.Type.TabletMove}
INPUT = PRESSES | RELEASES | MOVES


class IdleWatcher(QObject):
    """Watches every input event of the application.

    While idle, input is swallowed: the touch that wakes the exhibit must not also press whatever button the
    attract loop happens to show under the finger.

    Signals:
        idle(): nobody has touched the screen or a key for the timeout.
        woke(): somebody touched the screen or a key after `idle`.
    """

    idle = Signal()
    woke = Signal()

    def __init__(self, application: QApplication, timeout_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_idle = False
        self._swallowing_press = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(timeout_seconds * 1000))
        self._timer.timeout.connect(self._went_idle)
        application.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on any input; wake on the first press while idle, and swallow it."""
        kind = event.type()
        if kind not in INPUT:
            return False
        if self.is_idle:
            if kind in PRESSES or (kind in MOVES and kind != QEvent.Type.MouseMove):
                self.is_idle = False
                self._swallowing_press = True
                self._timer.start()
                self.woke.emit()
            return True
        if self._swallowing_press:  # the rest of the waking touch: its moves and release
            if kind in RELEASES:
                self._swallowing_press = False
            return True
        self._timer.start()
        return False

    def _went_idle(self) -> None:
        """The countdown ran out."""
        self.is_idle = True
        self.idle.emit()


class AttractLoop(QObject):
    """Cycles the window through the story views, with a banner that invites the visitor to touch.

    Signals:
        advanced(str): the loop put this view on screen.
    """

    advanced = Signal(str)

    def __init__(self, window: MainWindow, interval_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.changes = 0
        self._index = -1
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, round(interval_seconds * 1000)))
        self._timer.timeout.connect(self.advance)
        self.banner = QLabel(window)
        self.banner.setObjectName("attractBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.banner.hide()

    @property
    def running(self) -> bool:
        """Whether the loop is cycling."""
        return self._timer.isActive()

    def start(self) -> None:
        """Start from the home screen; the first story view follows after one interval."""
        self._index = -1
        self._timer.start()
        self._show_banner()

    def stop(self) -> None:
        """Stop cycling and take the banner away."""
        self._timer.stop()
        self.banner.hide()

    def advance(self) -> None:
        """Show the next story view."""
        self._index = (self._index + 1) % len(ATTRACT_VIEW_IDS)
        view_id = ATTRACT_VIEW_IDS[self._index]
        self.window.open_view(view_id)
        self.changes += 1
        self._show_banner()
        self.advanced.emit(view_id)

    def _show_banner(self) -> None:
        """The banner, translated, centred near the bottom, above everything."""
        self.banner.setText(QCoreApplication.translate("Kiosk", "Touch the screen to explore, or try the quiz"))
        self.banner.adjustSize()
        x = (self.window.width() - self.banner.width()) // 2
        y = self.window.height() - self.banner.height() - max(24, self.window.height() // 12)
        self.banner.move(max(0, x), max(0, y))
        self.banner.show()
        self.banner.raise_()


class PinPad(QDialog):
    """An on-screen keypad for the staff exit PIN (touch screens have no keyboard); typing digits works too."""

    def __init__(self, pin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        self.setObjectName("pinPad")
        self.setModal(True)
        self.setWindowTitle(QCoreApplication.translate("Kiosk", "Staff exit"))
        self.prompt = QLabel(QCoreApplication.translate("Kiosk", "Type the staff PIN to close the exhibit."), self)
        self.prompt.setWordWrap(True)
        self.entry = QLineEdit(self)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAccessibleName(QCoreApplication.translate("Kiosk", "Staff PIN"))
        self.entry.returnPressed.connect(self.check)
        keys = QGridLayout()
        for index, digit in enumerate("123456789"):
            keys.addWidget(self._key(digit, lambda _=False, d=digit: self.entry.insert(d)), index // 3, index % 3)
        keys.addWidget(self._key(QCoreApplication.translate("Kiosk", "Clear"), self.entry.clear), 3, 0)
        keys.addWidget(self._key("0", lambda: self.entry.insert("0")), 3, 1)
        keys.addWidget(self._key(QCoreApplication.translate("Kiosk", "OK"), self.check), 3, 2)
        cancel = self._key(QCoreApplication.translate("Kiosk", "Cancel"), self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.entry):
            layout.addWidget(widget)
        layout.addLayout(keys)
        layout.addWidget(cancel)

    def check(self) -> None:
        """Accept the right PIN; on a wrong one say so and start again."""
        if self.entry.text() == self._pin:
            self.accept()
            return
        log.warning("kiosk: a wrong staff PIN was typed")
        self.prompt.setText(QCoreApplication.translate("Kiosk", "That PIN is not right. Try again."))
        self.entry.clear()

    def _key(self, text: str, action: object) -> QPushButton:
        """A large keypad button."""
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setMinimumSize(72, 72)
        button.clicked.connect(action)
        return button


class Kiosk(QObject):
    """Kiosk mode for `window`: full screen without frame or menus, close requests ignored, touch-sized
    controls, optional hidden cursor, and the staff exit.

    Signals:
        exit_requested(): staff asked to close the exhibit and passed the PIN (or, with no PIN, the configuration
            allows an exit without one).
    """

    exit_requested = Signal()

    def __init__(self, window: MainWindow, config: AppConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window, self.pin = window, config.exit_pin
        self.exit_without_pin = config.exit_without_pin
        self.pin_pad: PinPad | None = None
        window.locked = True
        window.set_exhibit_mode(True)
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        if config.hide_cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        exit_keys = QShortcut(QKeySequence(STAFF_EXIT_KEYS), window)
        exit_keys.setContext(Qt.ShortcutContext.ApplicationShortcut)
        exit_keys.activated.connect(self.ask_to_exit)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(LONG_PRESS_MILLISECONDS)
        self._hold.timeout.connect(self.ask_to_exit)
        if self.pin:  # without a PIN, holding the title must not close the exhibit for any visitor
            window.app_title.installEventFilter(self)
        elif not self.exit_without_pin:
            log.warning(
                "kiosk: no exit_pin and exit_without_pin is false: the exhibit has no exit of its own; "
                "stop its service (or end the process) to close it"
            )

    def ask_to_exit(self) -> None:
        """Staff exit: ask for the PIN (if one is set), then request the exit. Without a PIN, exit only if the
        configuration consents (`exit_without_pin`)."""
        if not self.pin:
            if self.exit_without_pin:
                log.info("kiosk: staff exit with %s (exit_without_pin = true)", STAFF_EXIT_KEYS)
                self.exit_requested.emit()
            else:
                log.info("kiosk: %s ignored: no exit_pin, and exit_without_pin is false", STAFF_EXIT_KEYS)
            return
        if self.pin_pad is not None and self.pin_pad.isVisible():
            return
        self.pin_pad = PinPad(self.pin, self.window)
        self.pin_pad.accepted.connect(self._pin_accepted)
        self.pin_pad.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A long press on the title asks for the PIN."""
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._hold.start()
        elif event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._hold.stop()
        return False

    def _pin_accepted(self) -> None:
        """The PIN was right."""
        log.info("kiosk: staff exit with the PIN")
        self.exit_requested.emit()
