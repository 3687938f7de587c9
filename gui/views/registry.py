"""The guided view classes in reading order (importing this imports core, pint and the views)."""

from __future__ import annotations

from gui.views.catalogue import VIEW_IDS
from gui.views.chatgpt_day import ChatGptDayView
from gui.views.energy_ladder import EnergyLadderView
from gui.views.free_calculator import FreeCalculatorView
from gui.views.global_picture import GlobalPictureView
from gui.views.google_three_gorges import GoogleThreeGorgesView
from gui.views.jevons import JevonsView
from gui.views.page import Page
from gui.views.search_vs_ai import SearchVsAiView
from gui.views.sources_claims import SourcesClaimsView
from gui.views.training_households import TrainingHouseholdsView

VIEWS: list[type[Page]] = [
    SearchVsAiView,
    TrainingHouseholdsView,
    GoogleThreeGorgesView,
    ChatGptDayView,
    GlobalPictureView,
    JevonsView,
    EnergyLadderView,
    FreeCalculatorView,
    SourcesClaimsView,
]
assert [view.view_id for view in VIEWS] == VIEW_IDS, "gui/views/catalogue.py lists the views in the same order"
