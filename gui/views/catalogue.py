"""The guided views' ids and card titles, importable without core (pint) so the home screen paints fast."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: View ids in reading order; gui.views.VIEWS holds the classes in the same order.
VIEW_IDS = [
    "search_vs_ai",
    "training_households",
    "google_three_gorges",
    "chatgpt_day",
    "global_picture",
    "grid_emissions",
    "jevons",
    "energy_ladder",
    "quiz",
    "glossary",
    "free_calculator",
    "sources_claims",
]
#: The views the exhibit's attract loop cycles through: the stories and the quiz, not the tools (glossary, free
#: calculator, sources).
ATTRACT_VIEW_IDS = VIEW_IDS[: VIEW_IDS.index("quiz") + 1]
#: The views an exhibit leaves out: the free calculator needs a keyboard a touch screen does not have.
NOT_IN_EXHIBIT = frozenset({"free_calculator"})


def reachable_view_ids(exhibit: bool) -> list[str]:
    """The views a reader can open, in reading order: all of them, or in an exhibit those a finger can use."""
    return [view_id for view_id in VIEW_IDS if not (exhibit and view_id in NOT_IN_EXHIBIT)]


def card_title(view_id: str) -> str:
    """The short, translated title of a view, for its card and the top bar."""
    titles = {
        "search_vs_ai": QCoreApplication.translate("Catalogue", "One search vs one AI query"),
        "training_households": QCoreApplication.translate("Catalogue", "Training GPT-3 = how many households?"),
        "google_three_gorges": QCoreApplication.translate("Catalogue", "Google on AI = a third of the Three Gorges?"),
        "chatgpt_day": QCoreApplication.translate("Catalogue", "How much does ChatGPT use in a day?"),
        "global_picture": QCoreApplication.translate("Catalogue", "The global picture"),
        "grid_emissions": QCoreApplication.translate("Catalogue", "Where the electricity comes from"),
        "jevons": QCoreApplication.translate("Catalogue", "Efficiency and the Jevons paradox"),
        "energy_ladder": QCoreApplication.translate("Catalogue", "The energy ladder"),
        "quiz": QCoreApplication.translate("Catalogue", "Quiz: guess first"),
        "glossary": QCoreApplication.translate("Catalogue", "Units and terms"),
        "free_calculator": QCoreApplication.translate("Catalogue", "Free calculator"),
        "sources_claims": QCoreApplication.translate("Catalogue", "Sources and claims"),
    }
    return titles[view_id]
