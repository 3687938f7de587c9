"""The main window: top bar, home screen and the guided views, wired together in this one place.

Core (pint and the dataset) is not needed to paint the home screen; the window receives the Calculator later
through `set_calculator` and only then fills the cards' numbers and builds views, each on first opening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.paths import resources_directory
from gui.i18n import Languages
from gui.palette import THEMES
from gui.settings import Settings
from gui.views.catalogue import VIEW_IDS, card_title
from gui.views.home import HomeView

if TYPE_CHECKING:
    from core.calculator import Calculator
    from gui.views.page import Page

VERSION = "0.1.0"
ICONS = resources_directory() / "icons"


class MainWindow(QMainWindow):
    """Home screen and guided views with obvious navigation (home, previous, next), language and About.

    Signals:
        view_shown(str): a view (or "home") is now on screen.
    """

    view_shown = Signal(str)

    def __init__(self, settings: Settings, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.languages = settings, languages
        self.theme = THEMES[settings.theme()]
        self.calculator: Calculator | None = None
        self.views: dict[str, Page] = {}
        self.current = "home"
        self.home = HomeView(VIEW_IDS, self)
        self.home.open_view.connect(self.open_view)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.home)
        self._build_top_bar()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence("Alt+Home"), self, self.go_home)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_previous)
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.retranslate()
        self._update_navigation()

    # --- wiring ---

    def add_icons(self) -> None:
        """Give the top bar its icons (called after the first paint: loading SVG costs a few milliseconds)."""
        for button, icon in (
            (self.home_button, "home"),
            (self.previous_button, "previous"),
            (self.next_button, "next"),
            (self.about_button, "about"),
        ):
            button.setIcon(QIcon(str(ICONS / f"{icon}.svg")))
        self.setWindowIcon(QIcon(str(ICONS / "app.svg")))

    def set_calculator(self, calculator: Calculator) -> None:
        """Core is ready: fill every card's headline."""
        self.calculator = calculator
        self.home.set_ready()
        self._refresh_cards()

    def open_view(self, view_id: str) -> None:
        """Show the view `view_id`, building it the first time; before core is ready nothing happens."""
        if view_id == "home":
            self.go_home()
            return
        view = self._view(view_id)
        if view is None:
            return
        self.stack.setCurrentWidget(view)
        self.current = view_id
        self._update_navigation()
        self.view_shown.emit(view_id)

    def go_home(self) -> None:
        """Back to the cards."""
        self.stack.setCurrentWidget(self.home)
        self.current = "home"
        self._update_navigation()
        self.view_shown.emit("home")

    def go_next(self) -> None:
        """The next view in reading order (from home: the first)."""
        index = -1 if self.current == "home" else VIEW_IDS.index(self.current)
        self.open_view(VIEW_IDS[(index + 1) % len(VIEW_IDS)])

    def go_previous(self) -> None:
        """The previous view in reading order (from home: the last)."""
        index = len(VIEW_IDS) if self.current == "home" else VIEW_IDS.index(self.current)
        self.open_view(VIEW_IDS[(index - 1) % len(VIEW_IDS)])

    def set_language(self, language: str) -> None:
        """Switch the language everywhere, now, and remember it."""
        if language == self.languages.current:
            return
        self.languages.switch(language)  # Qt sends LanguageChange: fixed strings re-translate
        self.settings.set_language(language)
        for view in self.views.values():
            view.set_language(language)
        self._refresh_cards()

    def view(self, view_id: str) -> Page | None:
        """The view `view_id` (built if needed), or None before core is ready."""
        return self._view(view_id)

    # --- Qt events ---

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate the top bar when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's geometry."""
        self.settings.set_geometry(self.saveGeometry())
        super().closeEvent(event)

    # --- parts ---

    def retranslate(self) -> None:
        """Re-read the window's own translated strings."""
        self.setWindowTitle(self.tr("AI Energy Calculator"))
        self.app_title.setText(self.tr("AI Energy Calculator"))
        for button, text in (
            (self.home_button, self.tr("Home")),
            (self.previous_button, self.tr("Previous")),
            (self.next_button, self.tr("Next")),
            (self.about_button, self.tr("About")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.language_box.setAccessibleName(self.tr("Language"))
        self._update_navigation()
        self._refresh_cards()

    def show_about(self) -> None:
        """Version, dataset version, sources and licence."""
        dataset_line = ""
        if self.calculator is not None:
            dataset = self.calculator.dataset
            dataset_line = (
                self.tr("Dataset version %1: %2 figures from %3 sources.")
                .replace("%1", dataset.version)
                .replace("%2", str(len(dataset.figures)))
                .replace("%3", str(len(dataset.sources)))
            )
        text = "\n\n".join(
            [
                self.tr("AI Energy Calculator, version %1").replace("%1", VERSION),
                dataset_line,
                self.tr(
                    "Built around 袁越, “ChatGPT 一天‘吃’50万度电，AI的尽头是能源？”, Sanlian Lifeweek 2024 issue 18, "
                    "and A. de Vries, “The growing energy footprint of artificial intelligence”, Joule 7(10), 2023. "
                    "Every figure shows its source, year and status; see each view's Sources."
                ),
                self.tr("Free software under the MIT licence. Works offline; it never uses the network."),
            ]
        )
        QMessageBox.about(self, self.tr("About"), text)

    def _build_top_bar(self) -> None:
        """Home, previous, next, the title of what is shown, language and About."""
        self.top_bar = QWidget(self)
        self.top_bar.setObjectName("topBar")
        self.home_button, self.previous_button, self.next_button = QPushButton(), QPushButton(), QPushButton()
        self.home_button.clicked.connect(self.go_home)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.app_title = QLabel()
        self.app_title.setObjectName("appTitle")
        self.location = QLabel()
        self.location.setObjectName("muted")
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("中文", "zh")
        self.language_box.setCurrentIndex(0 if self.languages.current == "en" else 1)
        self.language_box.currentIndexChanged.connect(
            lambda index: self.set_language(str(self.language_box.itemData(index)))
        )
        self.about_button = QPushButton()
        self.about_button.clicked.connect(self.show_about)
        layout = QHBoxLayout(self.top_bar)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(10)
        for widget in (self.home_button, self.app_title, self.location):
            layout.addWidget(widget)
        layout.addStretch(1)
        for widget in (self.previous_button, self.next_button, self.language_box, self.about_button):
            layout.addWidget(widget)

    def _view(self, view_id: str) -> Page | None:
        """Build (once) and return a view; None before core is ready."""
        if view_id in self.views:
            return self.views[view_id]
        if self.calculator is None:
            return None
        from gui.views.registry import VIEWS

        view_class = next(view for view in VIEWS if view.view_id == view_id)
        view = view_class(self.calculator, self.languages.current, self.theme, self)
        view.headline_changed.connect(self._refresh_cards)
        self.views[view_id] = view
        self.stack.addWidget(view)
        return view

    def _refresh_cards(self) -> None:
        """Card titles, and their live headlines once core is ready (from the open views where built)."""
        for view_id, card in self.home.cards.items():
            card.set_texts(card_title(view_id), self._card_headline(view_id))

    def _card_headline(self, view_id: str) -> str | None:
        """A view's card headline: from the view if built, else worked out for its class."""
        if self.calculator is None:
            return None
        if view_id in self.views:
            return self.views[view_id].card_headline()
        from gui.views.registry import VIEWS

        view_class = next(view for view in VIEWS if view.view_id == view_id)
        return view_class.card_headline_for(self.calculator, self.languages.current)

    def _update_navigation(self) -> None:
        """Show where the reader is; previous/next only inside the views."""
        inside = self.current != "home"
        self.previous_button.setVisible(inside)
        self.next_button.setText(self.tr("Next") if inside else self.tr("Start"))
        self.home_button.setEnabled(inside)
        self.location.setText(f"· {card_title(self.current)}" if inside else "")
