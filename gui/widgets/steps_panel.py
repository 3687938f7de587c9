"""The "how is this calculated" panel: core's steps, the article's claim and how the two compare."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.explain import describe_claim_check, describe_steps, format_result
from core.expression import Calculation
from core.scenarios import ClaimCheck
from gui.accessibility import spoken
from gui.model import StoryModel
from gui.widgets.layout import SteadyText
from gui.widgets.line_breaks import unbreakable


class StepsPanel(QWidget):
    """Numbered steps of the current result, then the article's claim with the check against it."""

    def __init__(self, model: StoryModel, extra_claims: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.extra_claims = extra_claims
        self._checks: dict[str, ClaimCheck] = {}
        self._claims: dict[tuple[str, str], str] = {}
        self._lines: list[str] = []
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.steps = QLabel(self)
        steps_box = SteadyText(self.steps, self)  # made before the claim: a screen reader reads the steps first
        self.claim = QLabel(self)
        for label in (self.steps, self.claim):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.claim.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(steps_box)
        layout.addWidget(self.claim)
        model.changed.connect(self.refresh)

    def set_title(self, text: str) -> None:
        """The translated panel title."""
        self.title.setText(text)

    def refresh(self, calculation: Calculation | None = None) -> None:
        """Show the steps of `calculation` (default: the model's) and the claim check."""
        model = self.model
        calculation = calculation or model.calculation()
        self._lines = describe_steps(calculation, model.calculator.dataset, model.language)
        numbered = "\n".join(f"{number}. {line}" for number, line in enumerate(self._lines, start=1))
        self.steps.setText(unbreakable(numbered))  # never "6.5千" at a line's end and "瓦" on the next
        self.steps.setAccessibleName(spoken(numbered))
        self.claim.setText(self._claim_text())

    def step_lines(self) -> list[str]:
        """The steps as shown, as words (for tests)."""
        return list(self._lines)

    def _claim_text(self) -> str:
        """The article's claims this view reproduces, each checked with the article's own inputs (the reader's
        inputs do not change them, so each scenario's text is worded once per language)."""
        key = (self.model.language, self.model.scenario.id)
        if key not in self._claims:
            ids = dict.fromkeys((self.model.scenario.id, *self.extra_claims))
            self._claims[key] = "\n".join(self._claim_line(self._check(scenario_id)) for scenario_id in ids)
        return self._claims[key]

    def _check(self, scenario_id: str) -> ClaimCheck:
        """The claim check of a scenario with the dataset's figures (it never changes, so it is kept)."""
        if scenario_id not in self._checks:
            self._checks[scenario_id] = self.model.calculator.check_claim(scenario_id)
        return self._checks[scenario_id]

    def _claim_line(self, check: ClaimCheck) -> str:
        """One claim: the article's words and value, and whether the numbers bear it out."""
        language = self.model.language
        claimed = format_result(check.scenario, check.claimed, language)
        verdict = describe_claim_check(check, language)
        article = self.tr("The article:")
        if language == "zh":
            return f"{article}“{check.scenario.claim(language)}”（{claimed}）。{verdict}"
        return f"{article} “{check.scenario.claim(language)}” ({claimed}). {verdict}"
