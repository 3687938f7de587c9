"""Lessons in the window: every view's state saved and opened again, a broken lesson refused with its key and
nothing changed, and `ai-energy --lesson` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.lessons import Lesson, LessonError, ViewState, read_lesson, write_lesson
from gui.main_window import MainWindow
from gui.views.catalogue import VIEW_IDS


def _changed_everywhere(window: MainWindow) -> None:
    """A teacher's evening: an input moved, an estimate and a yardstick chosen in every story, Jevons changed."""
    chatgpt = window.view("chatgpt_day")
    chatgpt.model.set_value("chatgpt_servers", 4000, "")
    chatgpt.model.choose("hgx_a100_power", "dgx_h100_power")
    chatgpt.model.set_yardstick("household", chatgpt.strip.yardstick_ids("household")[-1])
    search = window.view("search_vs_ai")
    search.model.choose("ai_query_energy_2023", "gemini_prompt_2025")
    jevons = window.view("jevons")
    jevons.model.set_value("demand_growth", 60, "percent")
    window.open_view("training_households")


def test_a_lesson_round_trips_every_view_s_state(window: MainWindow, tmp_path: Path) -> None:
    for view_id in VIEW_IDS:
        window.open_view(view_id)
    _changed_everywhere(window)
    path = tmp_path / "evening.aienergy.toml"
    saved = window.lesson()
    assert window.lesson_button.save_file(path)
    texts = {view_id: window.view(view_id).headline.text() for view_id in ("chatgpt_day", "search_vs_ai", "jevons")}
    for view_id in VIEW_IDS:
        window.view(view_id).reset()
    window.go_home()
    assert window.view("chatgpt_day").headline.text() == "at most 564 MWh a day"
    assert window.lesson_button.open_file(path)
    assert window.lesson() == saved
    assert window.current == "training_households"
    assert {view_id: window.view(view_id).headline.text() for view_id in texts} == texts
    assert texts["chatgpt_day"] == "at most 979 MWh a day"  # 4,000 H100 servers at 10.2 kW, all day
    assert read_lesson(path).views["jevons"] == ViewState({"demand_growth": "60 percent"})
    assert read_lesson(path).views["chatgpt_day"].inputs == {"chatgpt_servers": "4000"}


def test_the_readme_example_chooses_the_estimate_with_that_value(window: MainWindow) -> None:
    lesson = Lesson(
        "zh",
        "chatgpt_day",
        {"chatgpt_day": ViewState({"hgx_a100_power": "10.2 kW"}, {}, {"household": "household_cn"})},
    )
    window.apply_lesson(lesson, "lesson.toml")
    view = window.view("chatgpt_day")
    assert window.current == "chatgpt_day" and window.languages.current == "zh"
    assert view.model.choice("hgx_a100_power") == "dgx_h100_power"
    assert view.headline.text() == "每天最多88.5万度"


BROKEN = [
    (
        Lesson(view="chatgpt"),
        'lesson.toml: view "chatgpt" is not a view; the views are: home, ' + ", ".join(VIEW_IDS),
    ),
    (
        Lesson(views={"chatgpt_day": ViewState({"servers": "4000"})}),
        "lesson.toml: views.chatgpt_day.inputs.servers: this view has no input 'servers'; its inputs are: "
        "chatgpt_servers, hours_per_day",
    ),
    (
        Lesson(views={"chatgpt_day": ViewState({"hours_per_day": "3 kW"})}),
        'lesson.toml: views.chatgpt_day.inputs.hours_per_day = "3 kW": not a value in hour/day; write one such as '
        '"1 hour/day"',
    ),
    (
        Lesson(views={"chatgpt_day": ViewState({"hours_per_day": "30 hour/day"})}),
        'lesson.toml: views.chatgpt_day.inputs.hours_per_day = "30 hour/day": outside what the control can show '
        "(1 to 24 hour/day); write a value in that range",
    ),
    (
        Lesson(views={"chatgpt_day": ViewState({"hgx_a100_power": "9 kW"})}),
        'lesson.toml: views.chatgpt_day.inputs.hgx_a100_power = "9 kW": this input takes one of its estimates '
        "(6.5 kW, 10.2 kW, 14.3 kW); write one of them, or choose it by id under choices",
    ),
    (
        Lesson(views={"chatgpt_day": ViewState({}, {"hgx_a100_power": "tpu_power"})}),
        'lesson.toml: views.chatgpt_day.choices.hgx_a100_power = "tpu_power": not one of its choices; write one of '
        "hgx_a100_power, dgx_h100_power, dgx_b200_power",
    ),
    (
        Lesson(views={"chatgpt_day": ViewState({}, {}, {"city": "shenzhen"})}),
        "lesson.toml: views.chatgpt_day.yardsticks.city: this view has no such setting; it has: household, place, "
        "everyday",
    ),
    (
        Lesson(views={"energy_ladder": ViewState({"x": "1"})}),
        "lesson.toml: views.energy_ladder: this view has no inputs, choices or yardsticks to set; remove its table",
    ),
    (
        Lesson(views={"jevons": ViewState({}, {"demand_growth": "x"})}),
        "lesson.toml: views.jevons: this view takes inputs only; remove its choices and yardsticks",
    ),
]


@pytest.mark.parametrize(("lesson", "message"), BROKEN, ids=range(len(BROKEN)))
def test_a_broken_lesson_is_refused_with_its_key_and_changes_nothing(
    window: MainWindow, lesson: Lesson, message: str
) -> None:
    window.open_view("chatgpt_day")
    window.view("chatgpt_day").model.set_value("chatgpt_servers", 5000, "")
    before = window.lesson()
    with pytest.raises(LessonError) as caught:
        window.apply_lesson(_with_a_good_part(lesson), "lesson.toml")
    assert str(caught.value) == message
    assert caught.value.message("zh").startswith("lesson.toml")
    after = window.lesson()
    assert (after.language, after.view) == (before.language, before.view)
    assert after.views["chatgpt_day"] == before.views["chatgpt_day"], "a broken lesson changes nothing"
    search = window.view("search_vs_ai")  # built to check the good part, which was not applied either
    assert search.model.choice("ai_query_energy_2023") == "ai_query_energy_2023"


def _with_a_good_part(lesson: Lesson) -> Lesson:
    """`lesson` with a valid setting for another view before its broken one (which must not be applied either)."""
    good = {"search_vs_ai": ViewState({}, {"ai_query_energy_2023": "gemini_prompt_2025"})}
    return Lesson(lesson.language, lesson.view, {**good, **lesson.views})


def test_the_window_says_why_a_lesson_cannot_be_opened(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    path = tmp_path / "bad.aienergy.toml"
    path.write_text('view = "nowhere"\n', encoding="utf-8")
    assert not window.lesson_button.open_file(path)
    assert shown == [
        (
            "This lesson cannot be opened",
            'bad.aienergy.toml: view "nowhere" is not a view; the views are: home, ' + ", ".join(VIEW_IDS),
        )
    ]


def test_the_lesson_menu_is_hidden_from_exhibit_visitors(window: MainWindow) -> None:
    window.set_text_scale(1.0)  # one row: the menu is in the top bar itself
    window.resize(1280, 800)
    assert window.lesson_button.isVisible()
    assert [action.text() for action in window.lesson_button.menu().actions()] == [
        "Open lesson…",
        "Save lesson…",
        "",
        "My figures…",
        "",
        "Save this story's handout as PDF…",
        "Print this story's handout…",
    ]
    window.set_exhibit_mode(True)
    assert not window.lesson_button.isVisible()


def test_the_command_line_refuses_a_broken_lesson_with_one_line_and_status_2(run_program, tmp_path: Path) -> None:
    path = tmp_path / "typo.aienergy.toml"
    path.write_text('language = "en"\n[views.chatgpt_day.inputs]\nchatgpt_servers = "4000 kW"\n', encoding="utf-8")
    result = run_program("--lesson", str(path), "--quit-after", "60")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        'ai-energy: typo.aienergy.toml: views.chatgpt_day.inputs.chatgpt_servers = "4000 kW": not a value in '
        'dimensionless; write one such as "100"'
    )
    not_toml = tmp_path / "not.toml"
    not_toml.write_text("view = \n", encoding="utf-8")
    result = run_program("--lesson", str(not_toml))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"ai-energy: {not_toml}: the file is not valid TOML (Invalid value (at line 1")


def test_the_command_line_opens_a_lesson(run_program, tmp_path: Path) -> None:
    path = tmp_path / "class.aienergy.toml"
    write_lesson(path, Lesson("en", "chatgpt_day", {"chatgpt_day": ViewState({"chatgpt_servers": "4000"})}))
    code = (
        "import sys, gui.app as app\n"
        "opened = app._open_lesson\n"
        "def report(window, lesson, name):\n"
        "    opened(window, lesson, name)\n"
        "    print(window.current, window.view('chatgpt_day').headline.text(), flush=True)\n"
        "    app.QApplication.exit(0)\n"
        "app._open_lesson = report\n"
        "sys.exit(app.main(sys.argv[1:]))\n"
    )
    result = run_program("--lesson", str(path), "--quit-after", "60", code=code)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip().splitlines()[-1] == "chatgpt_day at most 620 MWh a day"
    )  # 6.5 kW has two significant figures


def test_screenshots_show_a_lesson_s_settings(run_program, tmp_path: Path) -> None:
    lesson = tmp_path / "class.aienergy.toml"
    write_lesson(lesson, Lesson("zh", None, {"chatgpt_day": ViewState({"chatgpt_servers": "4000"})}))
    folder = tmp_path / "shots"
    code = (
        "import sys, gui.app as app\n"
        "shots = app._screenshots\n"
        "def watched(window, *arguments):\n"
        "    status = shots(window, *arguments)\n"
        "    print('headline:', window.view('chatgpt_day').headline.text())\n"
        "    return status\n"
        "app._screenshots = watched\n"
        "sys.exit(app.main(sys.argv[1:]))\n"
    )
    result = run_program("--screenshots", str(folder), "--view", "chatgpt_day", "--lesson", str(lesson), code=code)
    assert result.returncode == 0, result.stderr
    assert (folder / "chatgpt_day-zh.png").is_file(), "the lesson's language names the file"
    assert "headline: 每天最多62万度" in result.stdout, "4,000 servers, as the lesson says"
    broken = tmp_path / "broken.aienergy.toml"
    broken.write_text('[views.chatgpt_day.inputs]\nchatgpt_servers = "4 kW"\n', encoding="utf-8")
    result = run_program("--screenshots", str(folder), "--lesson", str(broken))
    assert result.returncode == 2 and result.stderr.strip().splitlines()[-1].startswith("ai-energy: broken.aienergy")
