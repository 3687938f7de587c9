"""The home screen: one card per guided view, each with its question and its live headline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.layout import arrange_in_columns, columns_for
from gui.widgets.line_breaks import unbreakable, without_orphan

#: A card's narrowest width: three cards, their spacing and the page's margins fit 1024 pixels less a scroll bar.
CARD_MINIMUM_WIDTH = 280


class Card(QPushButton):
    """A large button showing a view's title and headline number; activating it opens the view."""

    def __init__(self, view_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view_id = view_id
        self.setObjectName("card")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # grows with its wrapped text
        self.setSizePolicy(policy)
        self.setMinimumSize(CARD_MINIMUM_WIDTH, 150)
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self._headline = "…"
        self.headline = QLabel(self._headline, self)
        self.headline.setObjectName("cardHeadline")
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        for label in (self.title, self.headline, self.hint):
            label.setWordWrap(True)  # plain labels pass clicks on to the card
            layout.addWidget(label)
        layout.addStretch(1)

    def hasHeightForWidth(self) -> bool:
        """Cards grow with their wrapped text."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the card's texts need at `width` (never below the style's minimum)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(needed, self.minimumHeight())

    def sizeHint(self) -> QSize:
        """As wide as the style asks, as tall as the texts need."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def set_texts(self, title: str, headline: str | None = None) -> None:
        """The card's title and its headline ("…" while it is not known: core has not loaded, or could not)."""
        self.title.setText(title)
        self._headline = "…" if headline is None else headline
        self.headline.setText(without_orphan(unbreakable(self._headline)))  # never "721" and "吨" apart
        self.hint.setText(self.tr("Open and explore →"))
        self.setAccessibleName(f"{title}: {self._headline}")

    def headline_text(self) -> str:
        """The headline as words ("…" until it is known), without the glue that keeps its last words together."""
        return self._headline


class HomeView(QWidget):
    """The cards, in reading order.

    Signals:
        open_view(str): the reader chose the view with this id.
    """

    open_view = Signal(str)

    def __init__(self, view_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setObjectName("question")
        self.intro.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.cards = {view_id: Card(view_id, self) for view_id in view_ids}
        self.grid = QGridLayout()
        self.grid.setSpacing(20)
        for card in self.cards.values():
            card.clicked.connect(lambda _checked=False, view_id=card.view_id: self.open_view.emit(view_id))
        self.set_text_scale(1.0)
        content = QWidget()
        content.setObjectName("home")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.setSpacing(16)
        layout.addWidget(self.intro)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def set_text_scale(self, text_scale: float) -> None:
        """Three cards to a row (two when there are few), one at large text sizes."""
        self._text_scale = text_scale
        shown = [card for card in self.cards.values() if not card.isHidden()]
        for card in self.cards.values():
            if card.isHidden():
                self.grid.removeWidget(card)
        columns = columns_for(text_scale, 2 if len(shown) <= 4 else 3)
        arrange_in_columns(self.grid, shown, columns, [1, 1, 1][:columns])

    def show_only(self, view_ids: list[str]) -> None:
        """Show the cards of `view_ids` (an exhibit leaves some views out) and close the gaps."""
        for view_id, card in self.cards.items():
            card.setHidden(view_id not in view_ids)
        self.set_text_scale(self._text_scale)

    def set_ready(self) -> None:
        """The views can open now: show the cards as clickable.

        Kept out of the constructor: the first use of Qt's enum namespace costs about 10 ms, which would delay
        the first paint.
        """
        from PySide6.QtCore import Qt

        for card in self.cards.values():
            card.setCursor(Qt.CursorShape.PointingHandCursor)

    def retranslate(self) -> None:
        """Re-read the translated strings."""
        self.intro.setText(self.tr("How much electricity does AI use?"))
        self.subtitle.setText(
            self.tr(
                "The claims of Sanlian Lifeweek's 2024 interview with Alex de Vries, step by step, "
                "with every number's source. Pick a question."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
