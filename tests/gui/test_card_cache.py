"""The home cards show last run's headlines before core loads, only for the same sources, and core's own once it
has loaded (gui/card_cache.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.calculator import Calculator
from core.paths import resources_directory
from gui import card_cache
from gui.card_cache import CardCache, cache_file
from gui.i18n import Languages
from gui.main_window import MainWindow
from gui.resilience import FOLDER
from gui.settings import Settings
from gui.views.registry import VIEWS


def _headlines(calculator: Calculator, language: str) -> dict[str, str]:
    return {view.view_id: view.card_headline_for(calculator, language) for view in VIEWS}


def test_headlines_are_kept_per_language_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(card_cache, "seed_file", lambda: tmp_path / "no-seed.json")
    path = tmp_path / "cache" / "cards.json"
    CardCache(path).store("zh", {"chatgpt_day": "每天最多56.4万度"})
    again = CardCache(path)
    assert again.headlines("zh") == {"chatgpt_day": "每天最多56.4万度"}
    assert again.headlines("en") == {}


@pytest.mark.parametrize(
    "content",
    ["", "{not json", "[1, 2]", '{"key": "another program", "headlines": {"en": {"a": "b"}}}', '{"key": null}'],
)
def test_a_foreign_broken_or_stale_file_is_no_cache(
    tmp_path: Path, content: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(card_cache, "seed_file", lambda: tmp_path / "no-seed.json")
    path = tmp_path / "cards.json"
    path.write_text(content, encoding="utf-8")
    assert CardCache(path).headlines("en") == {}


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    CardCache(blocker / "cards.json").store("en", {"a": "b"})  # the folder cannot be made: nothing is raised


def test_the_key_changes_when_a_data_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(resources_directory(), copy, ignore=shutil.ignore_patterns("fonts", "icons"))
    monkeypatch.setattr(card_cache, "resources_directory", lambda: copy)
    before = card_cache.sources_key()
    assert card_cache.sources_key() == before
    figures = copy / "data" / "article.toml"
    figures.write_text(figures.read_text(encoding="utf-8").replace("1287", "1288", 1), encoding="utf-8")
    assert card_cache.sources_key() != before


def test_the_key_changes_when_the_code_or_its_locked_libraries_change(tmp_path: Path) -> None:
    for name in ("core/values.py", "gui/app.py", "uv.lock"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("# one\n", encoding="utf-8")
    before = card_cache.code_key(tmp_path)
    for name in ("core/values.py", "gui/app.py", "uv.lock"):
        (tmp_path / name).write_text("# two\n", encoding="utf-8")
        assert card_cache.code_key(tmp_path) != before, name
        before = card_cache.code_key(tmp_path)


def test_the_seed_is_read_when_the_reader_has_no_cache_of_these_sources_and_their_own_is_then_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(
        json.dumps({"key": card_cache.seed_key(), "headlines": {"zh": {"chatgpt_day": "每天最多56.4万度"}}})
    )
    monkeypatch.setattr(card_cache, "seed_file", lambda: seed)
    first = CardCache(tmp_path / "own.json")
    assert first.headlines("zh") == {"chatgpt_day": "每天最多56.4万度"}
    first.store("zh", {"chatgpt_day": "每天最多56.4万度"})  # core confirmed the seed: the reader's own file has it
    assert json.loads((tmp_path / "own.json").read_text(encoding="utf-8"))["headlines"] == {
        "zh": {"chatgpt_day": "每天最多56.4万度"}
    }
    CardCache(tmp_path / "own.json").store("zh", {"chatgpt_day": "每天最多1度"})
    assert CardCache(tmp_path / "own.json").headlines("zh") == {"chatgpt_day": "每天最多1度"}  # own cache first
    seed.write_text(json.dumps({"key": "an older build", "headlines": {"zh": {"a": "b"}}}), encoding="utf-8")
    assert CardCache(tmp_path / "none.json").headlines("zh") == {}  # a seed of other sources is no seed


def test_a_language_the_reader_s_cache_lacks_comes_from_the_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = tmp_path / "seed.json"
    headlines = {"en": {"chatgpt_day": "at most 564 MWh a day"}, "zh": {"chatgpt_day": "每天最多56.4万度"}}
    seed.write_text(json.dumps({"key": card_cache.seed_key(), "headlines": headlines}), encoding="utf-8")
    monkeypatch.setattr(card_cache, "seed_file", lambda: seed)
    CardCache(tmp_path / "own.json").store("en", headlines["en"])  # a first start in English
    second = CardCache(tmp_path / "own.json")
    assert second.headlines("en") == headlines["en"]
    assert second.headlines("zh") == headlines["zh"]  # switching to Chinese before core has loaded
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file became the cache


def test_the_shipped_seed_is_what_the_program_works_out_now(calculator: Calculator, languages: Languages) -> None:
    """A reader's first start shows the seed's headlines until core has loaded: they must be today's."""
    refresh = "run `uv run python -m gui.card_cache` and commit resources/card-headlines.json"
    document = json.loads(card_cache.seed_file().read_text(encoding="utf-8"))
    assert document["key"] == card_cache.seed_key(), f"the data, translations or uv.lock changed: {refresh}"
    for language in ("en", "zh"):
        languages.switch(language)
        assert document["headlines"][language] == _headlines(calculator, language), f"a headline changed: {refresh}"


def test_a_change_of_code_alone_keeps_the_seed_and_a_change_of_data_discards_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(resources_directory(), copy, ignore=shutil.ignore_patterns("fonts", "icons"))
    monkeypatch.setattr(card_cache, "resources_directory", lambda: copy)
    before = card_cache.seed_key()
    monkeypatch.setattr(card_cache, "code_key", lambda root: "other code")
    assert card_cache.seed_key() == before
    translations = next((copy / "translations").glob("*.qm"))
    translations.write_bytes(translations.read_bytes() + b"\0")
    assert card_cache.seed_key() != before


def test_cards_show_cached_numbers_before_core_and_core_s_own_after(
    qtbot, calculator: Calculator, languages: Languages
) -> None:
    """Never trusted blindly: a cached headline that core does not confirm is replaced, and the file rewritten."""
    path = cache_file()
    expected = _headlines(calculator, "en")
    wrong = {**expected, "chatgpt_day": "a wrong number"}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"key": card_cache.sources_key(), "headlines": {"en": wrong}}), encoding="utf-8")
    window = MainWindow(Settings(), languages)
    qtbot.addWidget(window)
    assert window.cards_have_numbers()
    assert window.home.cards["chatgpt_day"].headline_text() == "a wrong number"
    assert window.home.cards["search_vs_ai"].headline_text() == expected["search_vs_ai"]
    window.set_calculator(calculator)
    assert {view_id: card.headline_text() for view_id, card in window.home.cards.items()} == expected
    assert json.loads(path.read_text(encoding="utf-8"))["headlines"]["en"] == expected


def test_without_a_cache_or_a_seed_the_cards_wait_for_core(
    qtbot, calculator: Calculator, languages: Languages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_file().unlink(missing_ok=True)
    monkeypatch.setattr(card_cache, "seed_file", lambda: tmp_path / "no-seed.json")
    window = MainWindow(Settings(), languages)
    qtbot.addWidget(window)
    assert not window.cards_have_numbers()
    assert window.home.cards["chatgpt_day"].headline_text() == "…"
    window.set_calculator(calculator)
    assert window.cards_have_numbers()
    assert CardCache().headlines("en") == _headlines(calculator, "en")


def test_a_first_and_a_second_start_show_the_numbers_with_their_first_paint(run_program, tmp_path: Path) -> None:
    def milliseconds(result) -> dict[str, int]:
        assert result.returncode == 0, result.stderr
        pairs = (line.split(": ") for line in result.stdout.splitlines())
        return {name: int(value.removesuffix(" ms")) for name, value in pairs}

    first = milliseconds(run_program("--smoke"))
    assert first["numbers shown"] == first["first paint"] < first["core loaded"]  # from the shipped seed
    own = json.loads((tmp_path / "cache" / FOLDER / card_cache.FILE_NAME).read_text(encoding="utf-8"))
    assert own["key"] == card_cache.sources_key() and set(own["headlines"]) == {"en"}  # core confirmed and kept them
    second = milliseconds(run_program("--smoke"))
    assert second["numbers shown"] == second["first paint"] < second["core loaded"]  # from the reader's own cache


def _window_before_core(qtbot, languages: Languages) -> MainWindow:
    """The main window on screen as a reader first sees it: core not loaded yet."""
    window = MainWindow(Settings(), languages)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_card_touched_before_core_has_loaded_opens_its_view_once_core_has(
    qtbot, calculator: Calculator, languages: Languages
) -> None:
    """The seed shows numbers about half a second before the views can open: a touch then is not lost."""
    window = _window_before_core(qtbot, languages)
    assert window.cards_have_numbers()
    qtbot.mouseClick(window.home.cards["training_households"], Qt.MouseButton.LeftButton)
    assert window.current == "home" and window.stack.currentWidget() is window.home
    assert window.cursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.mouseClick(window.home.cards["chatgpt_day"], Qt.MouseButton.LeftButton)  # the last touch counts
    window.set_calculator(calculator)
    assert window.current == "chatgpt_day" and window.stack.currentWidget() is window.views["chatgpt_day"]
    assert "training_households" not in window.views
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_when_core_cannot_load_the_cards_drop_remembered_numbers_and_nothing_waits(qtbot, languages: Languages) -> None:
    window = _window_before_core(qtbot, languages)
    assert window.home.cards["chatgpt_day"].headline_text() == "at most 564 MWh a day"  # the seed's
    qtbot.mouseClick(window.home.cards["chatgpt_day"], Qt.MouseButton.LeftButton)
    window.core_unavailable()
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor and window.waiting_for is None
    assert {card.headline_text() for card in window.home.cards.values()} == {"…"}
    qtbot.mouseClick(window.home.cards["chatgpt_day"], Qt.MouseButton.LeftButton)
    assert window.current == "home" and window.waiting_for is None
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_going_home_while_core_loads_cancels_the_view_asked_for(
    qtbot, calculator: Calculator, languages: Languages
) -> None:
    window = _window_before_core(qtbot, languages)
    qtbot.mouseClick(window.home.cards["chatgpt_day"], Qt.MouseButton.LeftButton)
    window.go_home()  # Alt+Home (the Home button is disabled on the home screen)
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor
    window.set_calculator(calculator)
    assert window.current == "home" and window.stack.currentWidget() is window.home
