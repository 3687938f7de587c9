"""The guided view classes in reading order (importing this imports core, pint and the views)."""

from __future__ import annotations

from gui.views.base import story_view
from gui.views.catalogue import VIEW_IDS
from gui.views.energy_ladder import EnergyLadderView
from gui.views.free_calculator import FreeCalculatorView
from gui.views.global_picture import GlobalPictureView
from gui.views.glossary import GlossaryView
from gui.views.grid_emissions import GridEmissionsView
from gui.views.jevons import JevonsView
from gui.views.page import Page
from gui.views.quiz import QuizView
from gui.views.sources_claims import SourcesClaimsView

#: The article's four stories are records of resources/data/stories.toml; the other views are their own kind.
VIEWS: list[type[Page]] = [
    story_view("search_vs_ai"),
    story_view("training_households"),
    story_view("google_three_gorges"),
    story_view("chatgpt_day"),
    GlobalPictureView,
    GridEmissionsView,
    JevonsView,
    EnergyLadderView,
    QuizView,
    GlossaryView,
    FreeCalculatorView,
    SourcesClaimsView,
]
assert [view.view_id for view in VIEWS] == VIEW_IDS, "gui/views/catalogue.py lists the views in the same order"
