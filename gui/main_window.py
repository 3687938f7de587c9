"""The main window: top bar, home screen and the guided views, wired together in this one place.

Core (pint and the dataset) is not needed to paint the home screen; the window receives the Calculator later
through `set_calculator` and only then fills the cards' numbers and builds views, each on first opening.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.lessons import Lesson, LessonError, ViewState
from core.paths import resources_directory
from gui import accessibility
from gui.card_cache import CardCache
from gui.i18n import Languages
from gui.lesson_button import LessonButton
from gui.palette import LIGHT, TEXT_SCALES, THEMES, stylesheet
from gui.resilience import LOG_FILE, config_file, log_directory
from gui.settings import Settings
from gui.views.catalogue import VIEW_IDS, card_title, reachable_view_ids
from gui.views.home import HomeView
from gui.widgets.controls import ElidedLabel, WheelGuard

if TYPE_CHECKING:
    from core.calculator import Calculator
    from core.dataset import Dataset
    from core.own_figures import OwnFigure, OwnFigureError
    from gui.own_figures import OwnFiguresFile
    from gui.views.page import Page
    from gui.widgets.term_links import TermLinks

VERSION = "0.1.0"
ICON_PIXELS = 18
#: The window's size on a first start (smaller where the screen is: see fit_to_screen).
DEFAULT_SIZE = (1280, 800)
#: The text size of presentation mode (F11): the largest the reader can choose.
PRESENTATION_SCALE = TEXT_SCALES[-1]
ICONS = resources_directory() / "icons"


#: From this text size on, the top bar keeps one row of navigation (arrows for previous and next) and shows the
#: display controls, the lesson menu and About on a second row when asked: in one row they need more than 1024
#: pixels at 125 %.
COMPACT_TOP_BAR = 1.25


class MainWindow(QMainWindow):
    """Home screen and guided views with obvious navigation (home, previous, next), language and About.

    In exhibit mode (`set_exhibit_mode`) the window is `locked` against close requests, its controls are sized for
    fingers, and the display options and file export are hidden (staff set them in the configuration file).

    Signals:
        view_shown(str): a view (or "home") is now on screen.
    """

    view_shown = Signal(str)

    def __init__(self, settings: Settings, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.install()
        self.settings, self.languages = settings, languages
        self.theme = THEMES[settings.theme()]
        self.text_scale = settings.text_scale()
        self._icons_added = False
        self._before_presentation: tuple[float, bool] | None = None  # text size and maximised, to go back to
        self.locked = False
        self.exhibit_mode = False
        self.calculator: Calculator | None = None
        self.shipped_dataset: Dataset | None = None  # the dataset as the program ships it, without own figures
        self.own_figures_file: OwnFiguresFile | None = None
        self.own_figures: tuple[OwnFigure, ...] = ()
        self.card_cache = CardCache()  # last run's headlines: the cards show numbers before core loads
        self.waiting_for: str | None = None  # a view asked for before core had loaded, opened once it has
        self.core_failed = False  # core could not load: no view opens, and the cards show no remembered numbers
        self.views: dict[str, Page] = {}
        self.term_links: dict[str, TermLinks] = {}  # each view's links to the glossary
        self.wheel_guard = WheelGuard(self)
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
        QShortcut(QKeySequence("F11"), self, self.present_button.toggle)
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        self.fit_to_screen()
        self.home.set_text_scale(self.text_scale)
        self.retranslate()
        self._update_navigation()

    # --- wiring ---

    def add_icons(self) -> None:
        """Give the top bar its icons in the theme's accent colour, sized with the text (called after the first
        paint: loading SVG costs a few milliseconds)."""
        self._icons_added = True
        for button, icon in (
            (self.home_button, "home"),
            (self.previous_button, "previous"),
            (self.next_button, "next"),
            (self.about_button, "about"),
        ):
            button.setIcon(_themed_icon(icon, self.theme.accent))
            button.setIconSize(QSize(round(ICON_PIXELS * self.text_scale), round(ICON_PIXELS * self.text_scale)))
        self.setWindowIcon(QIcon(str(ICONS / "app.svg")))
        self._word_navigation()

    def set_calculator(self, calculator: Calculator) -> None:
        """Core is ready: add the reader's own figures, fill every card's headline, worked out anew, and remember
        them for the next start."""
        self.shipped_dataset = calculator.dataset
        self.calculator = calculator
        if self.own_figures_file is not None:
            self._use_figures(self.own_figures_file.load(calculator.dataset))
            if self.own_figures_file.problem is not None and not self.exhibit_mode:
                self._tell_own_figures_problem(self.own_figures_file.problem)
        self.home.set_ready()
        self._refresh_cards()
        self._remember_headlines()
        waiting_for = self._stop_waiting()
        if waiting_for is not None:
            self.open_view(waiting_for)

    def _stop_waiting(self) -> str | None:
        """Forget the view asked for while core was loading (it has loaded, or it could not) and show the normal
        cursor again; return that view's id, if any."""
        waiting_for, self.waiting_for = self.waiting_for, None
        if waiting_for is not None:
            self.unsetCursor()
        return waiting_for

    def core_unavailable(self) -> None:
        """Core could not load: no view will open, and the cards drop the numbers they remembered (nothing can
        confirm them now)."""
        self.core_failed = True
        self._stop_waiting()
        self._refresh_cards()

    def cards_have_numbers(self) -> bool:
        """Whether every card shows its headline (from core, or from the cache before core has loaded)."""
        return all(self._card_headline(view_id) is not None for view_id in self.home.cards)

    def _remember_headlines(self) -> None:
        """Keep the cards' headlines for the next start, while they are the defaults (no view built yet)."""
        if self.calculator is not None and not self.views:
            headlines = {view_id: card.headline_text() for view_id, card in self.home.cards.items()}
            self.card_cache.store(self.languages.current, headlines)

    def open_view(self, view_id: str) -> None:
        """Show the view `view_id`, building it the first time; asked for before core is ready, it opens as soon as
        core is (a busy cursor says so meanwhile)."""
        if view_id == "home" or view_id not in reachable_view_ids(self.exhibit_mode):
            self.go_home()
            return
        view = self._view(view_id)
        if view is None:  # core is still loading (the cards may already show its numbers): open it once loaded
            if self.core_failed:
                return
            from PySide6.QtCore import Qt  # Qt's enum namespace costs about 10 ms: not before the first paint

            self.waiting_for = view_id
            self.setCursor(Qt.CursorShape.BusyCursor)
            return
        self.stack.setCurrentWidget(view)
        self.current = view_id
        self._update_navigation()
        if view_id in self.term_links:
            self.term_links[view_id].update_for(self.languages.current)
        self.view_shown.emit(view_id)

    # --- the reader's own figures ---

    def use_own_figures(self, figures: tuple[OwnFigure, ...]) -> None:
        """Compare with `figures` from now on: every view is built anew on them, keeping what the reader set (a
        yardstick that no longer exists goes back to the view's own)."""
        state, showing = self.lesson(), self.current
        self._use_figures(figures)
        self.go_home()
        self._drop_views()
        assert self.calculator is not None
        known = self.calculator.dataset.figures
        for view_id, view_state in state.views.items():
            yardsticks = {slot: figure_id for slot, figure_id in view_state.yardsticks.items() if figure_id in known}
            view = self._view(view_id)
            assert view is not None
            view.apply_lesson(replace(view_state, yardsticks=yardsticks))
        self.open_view(showing)

    def _use_figures(self, figures: tuple[OwnFigure, ...]) -> None:
        """A calculator over the shipped dataset and `figures`."""
        from core.calculator import Calculator
        from core.own_figures import with_own_figures

        assert self.shipped_dataset is not None
        self.own_figures = figures
        self.calculator = Calculator(with_own_figures(self.shipped_dataset, figures))

    def _tell_own_figures_problem(self, problem: OwnFigureError) -> None:
        """Say, without stopping anything, that the own figures' file could not be used and what to do."""
        language = self.languages.current
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Your own figures were not loaded"), "", parent=self)
        box.setText(
            self.tr(
                "%1\n\nThe program runs without them. The file is kept as it is: fix it, or open Lesson > "
                "My figures… to enter them again."
            ).replace("%1", problem.message(language))
        )
        box.open()

    # --- lessons ---

    def lesson(self) -> Lesson:
        """The language, the view on show, and the state of every view built so far (the others are as a new
        reader sees them)."""
        views = {view_id: self.views[view_id].lesson_state() for view_id in VIEW_IDS if view_id in self.views}
        return Lesson(
            self.languages.current,
            self.current,
            {key: state for key, state in views.items() if not state.is_empty()},
            tuple(figure.fields() for figure in self.own_figures),
        )

    def apply_lesson(self, lesson: Lesson, file_name: str) -> None:
        """Show `lesson`: every part is checked first (a LessonError names the key), so a broken lesson changes
        nothing; then every view goes back to its defaults and takes the lesson's settings. The lesson's own
        figures join the reader's for this session (the lesson's win where both have an id); they are not saved
        to the reader's file."""
        figures = self._lesson_figures(lesson, file_name)
        if figures == self.own_figures:
            self._apply_lesson_views(lesson, file_name)
            return
        before = self.own_figures
        self.use_own_figures(figures)
        try:
            self._apply_lesson_views(lesson, file_name)
        except LessonError:
            self.use_own_figures(before)
            raise

    def _lesson_figures(self, lesson: Lesson, file_name: str) -> tuple[OwnFigure, ...]:
        """The reader's own figures with the lesson's added (checked like the reader's own file)."""
        from core.own_figures import OwnFigureError, checked_figures

        assert self.shipped_dataset is not None, "a lesson is applied once core has loaded"
        try:
            from_lesson = checked_figures(lesson.my_figures, f"{file_name}: my_figures", self.shipped_dataset)
        except OwnFigureError as error:
            raise LessonError(str(error), error.message("zh")) from None
        ids = {figure.id for figure in from_lesson}
        return tuple(figure for figure in self.own_figures if figure.id not in ids) + from_lesson

    def _apply_lesson_views(self, lesson: Lesson, file_name: str) -> None:
        """Check, then apply, the lesson's view, language and views."""
        known = ", ".join(VIEW_IDS)
        for key, view_id in [("view", lesson.view or "home"), *(("views", view_id) for view_id in lesson.views)]:
            if view_id not in ("home", *VIEW_IDS):
                raise LessonError(
                    f'{file_name}: {key} "{view_id}" is not a view; the views are: home, {known}',
                    f"{file_name}：{key}“{view_id}”不是一个视图；视图有：home, {known}",
                )
        views = {view_id: self._view(view_id) for view_id in lesson.views}
        for view_id, state in lesson.views.items():
            view = views[view_id]
            assert view is not None, "a lesson is applied once core has loaded"
            view.check_lesson(state, f"{file_name}: views.{view_id}")
        for view_id, built in self.views.items():
            built.apply_lesson(lesson.views.get(view_id, ViewState()))
        if lesson.language is not None:
            self.set_language(lesson.language)
        if lesson.view is not None:
            self.open_view(lesson.view)

    def go_home(self) -> None:
        """Back to the cards (a view asked for while core was loading is no longer wanted)."""
        self._stop_waiting()
        self.stack.setCurrentWidget(self.home)
        self.current = "home"
        self._update_navigation()
        self.view_shown.emit("home")

    def go_next(self) -> None:
        """The next view in reading order (from home: the first)."""
        view_ids = reachable_view_ids(self.exhibit_mode)
        index = -1 if self.current == "home" else view_ids.index(self.current)
        self.open_view(view_ids[(index + 1) % len(view_ids)])

    def go_previous(self) -> None:
        """The previous view in reading order (from home: the last)."""
        view_ids = reachable_view_ids(self.exhibit_mode)
        index = len(view_ids) if self.current == "home" else view_ids.index(self.current)
        self.open_view(view_ids[(index - 1) % len(view_ids)])

    def set_language(self, language: str) -> None:
        """Switch the language everywhere, now, and remember it."""
        if language == self.languages.current:
            return
        self.languages.switch(language)  # Qt sends LanguageChange: fixed strings re-translate
        self.settings.set_language(language)
        for view in self.views.values():
            view.set_language(language)
        if self.current in self.term_links:
            self.term_links[self.current].update_for(language)
        self._refresh_cards()
        self._remember_headlines()

    def set_theme(self, name: str) -> None:
        """Switch to the light, dark or high-contrast theme, now, and remember it."""
        self.theme = THEMES[name]
        self.settings.set_theme(name)
        self.apply_display()

    def set_text_scale(self, scale: float) -> None:
        """Switch the text size (the largest is for projectors), now, and remember it."""
        self.settings.set_text_scale(scale)
        self._show_text_scale(scale)

    def _show_text_scale(self, scale: float) -> None:
        """Lay everything out for the text size `scale` (without remembering it)."""
        self.text_scale = scale
        self.apply_display()
        self.home.set_text_scale(scale)
        self._arrange_top_bar()
        index = self.size_box.findData(scale)
        if index != self.size_box.currentIndex():
            self.size_box.blockSignals(True)  # showing the size, not choosing it
            self.size_box.setCurrentIndex(index)
            self.size_box.blockSignals(False)

    def fit_to_screen(self) -> None:
        """Never larger than the screen's available area (a 1024x768 projector less the desktop's panels), and on
        it: a size remembered from a larger screen, or the 1280x800 default, shrinks to fit."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None or self.isFullScreen():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # the window manager's title bar and edges
        width = min(self.width(), available.width() - frame.width())
        height = min(self.height(), available.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not available.contains(self.frameGeometry()):
            left = min(max(self.x(), available.left()), available.right() - self.frameGeometry().width() + 1)
            top = min(max(self.y(), available.top()), available.bottom() - self.frameGeometry().height() + 1)
            self.move(left, top)

    def set_presentation(self, on: bool) -> None:
        """Presentation mode (F11 or the top bar's button): full screen with the largest text, for the back of a
        classroom; leaving it puts back the reader's text size and window. The reader's saved text size is not
        changed by it."""
        if on == (self._before_presentation is not None):
            return
        if on:
            self._before_presentation = (self.text_scale, self.isMaximized())
            self._show_text_scale(PRESENTATION_SCALE)
            self.showFullScreen()
        else:
            scale, maximised = self._before_presentation or (self.text_scale, False)
            self._before_presentation = None
            self._show_text_scale(scale)
            self.showMaximized() if maximised else self.showNormal()
        self.present_button.setChecked(on)
        self._word_navigation()

    def in_presentation(self) -> bool:
        """Whether presentation mode is on."""
        return self._before_presentation is not None

    def set_exhibit_mode(self, on: bool) -> None:
        """Exhibit (kiosk) mode: touch-sized controls; no display options or file export for visitors."""
        self.exhibit_mode = on
        self.home.show_only(reachable_view_ids(on))
        self._arrange_top_bar()
        for view in self.views.values():
            view.set_exhibit_mode(on)
        self.apply_display()

    def start_afresh(self, language: str, rebuild: bool = False) -> None:
        """Ready for the next visitor: close dialogs and pop-ups, put every view back to its defaults, speak
        `language`, and go home. `rebuild` (to recover from an error) throws the views away instead, to be built
        anew on their next opening; the idle reset does not, because destroying and rebuilding styled widgets
        costs Qt memory it never gives back (measured by benchmarks/soak.py)."""
        application = QApplication.instance()
        for _ in range(10):  # nested dialogs close one at a time
            widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
            if widget is None:
                break
            widget.close()
            if isinstance(application, QApplication):
                application.processEvents()
        self.go_home()
        if rebuild:
            self._drop_views()
        self.set_language(language)
        self.language_box.setCurrentIndex(self.language_box.findData(language))
        for view in self.views.values():
            view.reset()
        self._refresh_cards()

    def _drop_views(self) -> None:
        """Throw the built views away, to be built anew on their next opening."""
        for view in self.views.values():
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views.clear()
        self.term_links.clear()

    def apply_display(self) -> None:
        """Apply the theme and text size to the whole application."""
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.setStyleSheet(stylesheet(self.theme, self.text_scale, touch=self.exhibit_mode))
        for view in self.views.values():
            view.set_display(self.theme, self.text_scale)
        if self._icons_added:
            self.add_icons()

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
        """Remember the window's geometry; a locked (exhibit) window ignores close requests (Alt+F4 among them)."""
        if self.locked:
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        super().closeEvent(event)

    # --- parts ---

    def retranslate(self) -> None:
        """Re-read the window's own translated strings."""
        self.setWindowTitle(self.tr("AI Energy Calculator"))
        self.app_title.set_full_text(self.tr("AI Energy Calculator"))
        for button, text in ((self.home_button, self.tr("Home")), (self.about_button, self.tr("About"))):
            button.setText(text)
            button.setAccessibleName(text)
        for box, name in (
            (self.language_box, self.tr("Language")),
            (self.theme_box, self.tr("Theme")),
            (self.size_box, self.tr("Text size")),
        ):
            accessibility.name_chooser(box, name)
        self.more_button.setText(self.tr("Display"))
        self.more_button.setAccessibleName(self.tr("Display"))
        self.more_button.setToolTip(self.tr("Colours, text size and About"))
        for index, label in enumerate((self.tr("Light"), self.tr("Dark"), self.tr("High contrast"))):
            self.theme_box.setItemText(index, label)
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
        parts = [
            self.tr("AI Energy Calculator, version %1").replace("%1", VERSION),
            dataset_line,
            self.tr(
                "Built around 袁越, “ChatGPT 一天‘吃’50万度电，AI的尽头是能源？”, Sanlian Lifeweek 2024 issue 18, "
                "and A. de Vries, “The growing energy footprint of artificial intelligence”, Joule 7(10), 2023. "
                "Every figure shows its source, year and status; see each view's Sources."
            ),
            self.tr("Free software under the MIT licence. Works offline; it never uses the network."),
            "" if self.exhibit_mode else self._file_locations(),  # visitors see no paths of the machine
        ]
        text = "\n\n".join(part for part in parts if part)
        QMessageBox.about(self, self.tr("About"), text)

    def _file_locations(self) -> str:
        """Where the configuration file and the log are, for the About box outside an exhibit."""
        return (
            self.tr("Configuration file: %1\nLog: %2")
            .replace("%1", str(config_file()))
            .replace("%2", str(log_directory() / LOG_FILE))
        )

    def _build_top_bar(self) -> None:
        """Home, previous, next, the title of what is shown, language and About."""
        self.top_bar = QWidget(self)
        self.top_bar.setObjectName("topBar")
        self.home_button, self.previous_button, self.next_button = QPushButton(), QPushButton(), QPushButton()
        self.home_button.clicked.connect(self.go_home)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.app_title = ElidedLabel()
        self.app_title.setObjectName("appTitle")
        self.location = ElidedLabel()  # gives up its width first: the window fits 1024 pixels
        self.location.setObjectName("muted")
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("中文", "zh")
        self.language_box.setCurrentIndex(0 if self.languages.current == "en" else 1)
        self.language_box.currentIndexChanged.connect(
            lambda index: self.set_language(str(self.language_box.itemData(index)))
        )
        self.theme_box, self.size_box = QComboBox(), QComboBox()
        for name in THEMES:
            self.theme_box.addItem("", name)
        self.theme_box.setCurrentIndex(self.theme_box.findData(self.theme.name))
        self.theme_box.currentIndexChanged.connect(lambda index: self.set_theme(str(self.theme_box.itemData(index))))
        for scale in TEXT_SCALES:
            self.size_box.addItem(f"{round(scale * 100)}%", scale)
        self.size_box.setCurrentIndex(self.size_box.findData(self.text_scale))
        self.size_box.currentIndexChanged.connect(
            lambda index: self.set_text_scale(float(self.size_box.itemData(index)))
        )
        self.about_button = QPushButton()
        self.about_button.clicked.connect(self.show_about)
        self.lesson_button = LessonButton(self)
        self.present_button = QPushButton()
        self.present_button.setCheckable(True)
        self.present_button.toggled.connect(self.set_presentation)
        self.more_button = QPushButton()  # at large text sizes: shows the row of colours, text size and About
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(lambda _checked: self._arrange_top_bar())
        self.navigation_row, self.display_row = QHBoxLayout(), QHBoxLayout()
        layout = QVBoxLayout(self.top_bar)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(self.navigation_row)
        layout.addLayout(self.display_row)
        self._arrange_top_bar()
        self.wheel_guard.guard(self.top_bar)

    def _arrange_top_bar(self) -> None:
        """One row at normal sizes: home, title, where the reader is, previous, next, the display controls. At
        large text sizes (projectors) the row keeps home, previous and next (as arrows), language, presentation
        and "Display", which shows or hides a second row with colours, text size and About; the title goes (the
        view's question says where the reader is)."""
        large = self.text_scale >= COMPACT_TOP_BAR
        first = [self.home_button, self.app_title, self.location, None, self.previous_button, self.next_button]
        first += [self.language_box, self.present_button]
        second: list[QWidget | None] = [None, self.lesson_button, self.theme_box, self.size_box, self.about_button]
        if large:
            first = [widget for widget in first if widget not in (self.app_title, self.location)]
            first.append(self.more_button)
        else:
            first += second[1:]
            second = []
        for row in (self.navigation_row, self.display_row):
            while row.count():
                row.takeAt(0)
        for row, widgets in ((self.navigation_row, first), (self.display_row, second)):
            for widget in widgets:
                if widget is None:
                    row.addStretch(1)
                else:
                    row.addWidget(widget)
        hidden = {self.app_title, self.location} if large else {self.more_button}
        if self.exhibit_mode:
            hidden.add(self.present_button)  # an exhibit is full screen already
        shown_below = large and self.more_button.isChecked()
        for widget in (self.app_title, self.location, self.more_button, self.present_button):
            widget.setVisible(widget not in hidden)
        for widget in (self.lesson_button, self.theme_box, self.size_box, self.about_button):
            staff_only = self.exhibit_mode and widget is not self.about_button  # an exhibit's staff set these
            widget.setVisible((shown_below or not large) and not staff_only)
        self._word_navigation()

    def _view(self, view_id: str) -> Page | None:
        """Build (once) and return a view; None before core is ready."""
        if view_id in self.views:
            return self.views[view_id]
        if self.calculator is None:
            return None
        from gui.views.registry import VIEWS

        view_class = next(view for view in VIEWS if view.view_id == view_id)
        view = view_class(self.calculator, self.languages.current, self.theme, self)
        view.set_display(self.theme, self.text_scale)
        view.set_exhibit_mode(self.exhibit_mode)
        view.headline_changed.connect(self._refresh_cards)
        self.wheel_guard.guard(view)
        self.views[view_id] = view
        self.stack.addWidget(view)
        if view_id != "glossary":
            self._add_term_links(view)
        explore = getattr(view, "explore", None)  # the quiz's way on: the stories
        if explore is not None:
            explore.connect(self.go_home)
        return view

    def _add_term_links(self, view: Page) -> None:
        """'Words on this page' at the end of the view's scrolling body, each a link to the glossary."""
        from PySide6.QtWidgets import QScrollArea

        from gui.widgets.term_links import TermLinks

        area = view.findChild(QScrollArea)
        body = area.widget().layout() if area is not None and area.widget() is not None else None
        if body is None:
            return
        links = TermLinks(view, area.widget())
        last = body.count() - 1
        ends_in_stretch = last >= 0 and body.itemAt(last).spacerItem() is not None
        body.insertWidget(last if ends_in_stretch else body.count(), links)
        links.entry_chosen.connect(self.open_glossary)
        self.term_links[view.view_id] = links

    def open_glossary(self, entry_id: str) -> None:
        """Show the glossary at one entry (a term link was chosen)."""
        self.open_view("glossary")
        glossary = self.views.get("glossary")
        if glossary is not None:
            glossary.show_entry(entry_id)  # type: ignore[attr-defined]

    def _refresh_cards(self) -> None:
        """Card titles, and their live headlines once core is ready (from the open views where built)."""
        for view_id, card in self.home.cards.items():
            card.set_texts(card_title(view_id), self._card_headline(view_id))

    def _card_headline(self, view_id: str) -> str | None:
        """A view's card headline: from the view if built, else worked out for its class; before core has loaded,
        the last run's (None when there is none for these sources and this language, or core could not load)."""
        if self.calculator is None:
            return None if self.core_failed else self.card_cache.headlines(self.languages.current).get(view_id)
        if view_id in self.views:
            return self.views[view_id].card_headline()
        from gui.views.registry import VIEWS

        view_class = next(view for view in VIEWS if view.view_id == view_id)
        return view_class.card_headline_for(self.calculator, self.languages.current)

    def _word_navigation(self) -> None:
        """Word the buttons whose text depends on the mode: at large text sizes previous and next are arrows
        (their names stay for screen readers and tooltips); presentation says how to leave it."""
        arrows = self.text_scale >= COMPACT_TOP_BAR
        inside = self.current != "home"
        for button, text, arrow in (
            (self.previous_button, self.tr("Previous"), "<"),
            (self.next_button, self.tr("Next") if inside else self.tr("Start"), ">"),
        ):
            button.setText(("" if self._icons_added else arrow) if arrows else text)
            button.setAccessibleName(text)
            button.setToolTip(text if arrows else "")
        self.present_button.setText(self.tr("Present"))
        self.present_button.setAccessibleName(self.tr("Presentation mode"))
        self.present_button.setToolTip(
            self.tr("Leave presentation mode (F11)")
            if self.in_presentation()
            else self.tr("Full screen with large text, for a classroom (F11)")
        )

    def _update_navigation(self) -> None:
        """Show where the reader is; previous/next only inside the views."""
        inside = self.current != "home"
        self.previous_button.setVisible(inside)
        self._word_navigation()
        self.home_button.setEnabled(inside)
        self.location.set_full_text(f"· {card_title(self.current)}" if inside else "")


def _themed_icon(name: str, colour: str) -> QIcon:
    """An icon from resources/icons drawn in `colour` (the SVGs are drawn in the light theme's accent)."""
    svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace(LIGHT.accent, colour)
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode("utf-8"), "SVG")
    return QIcon(pixmap)
