"""Lesson files: their shape read and written (core/lessons.py); the views check their contents (tests/gui)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.lessons import Lesson, LessonError, ViewState, lesson_text, read_lesson, write_lesson

EXAMPLE = """\
language = "zh"
view = "chatgpt_day"
[views.chatgpt_day.inputs]
hgx_a100_power = "10.2 kW"
[views.chatgpt_day.choices]
[views.chatgpt_day.yardsticks]
household = "household_cn"
"""


def test_the_readme_s_example_reads_as_written(tmp_path: Path) -> None:
    path = tmp_path / "lesson.aienergy.toml"
    path.write_text(EXAMPLE, encoding="utf-8")
    assert read_lesson(path) == Lesson(
        "zh",
        "chatgpt_day",
        {"chatgpt_day": ViewState({"hgx_a100_power": "10.2 kW"}, {}, {"household": "household_cn"})},
    )


def test_a_written_lesson_reads_back_the_same_and_reads_as_toml(tmp_path: Path) -> None:
    lesson = Lesson(
        "en",
        "jevons",
        {
            "jevons": ViewState({"demand_growth": "60 percent"}),
            "search_vs_ai": ViewState({}, {"ai_query_energy_2023": "gemini_prompt_2025"}, {"place": "三峡"}),
        },
    )
    path = tmp_path / "class.aienergy.toml"
    write_lesson(path, lesson)
    assert read_lesson(path) == lesson
    assert lesson_text(lesson).splitlines()[1:4] == ['language = "en"', 'view = "jevons"', ""]
    assert 'place = "三峡"' in path.read_text(encoding="utf-8")
    assert [item.name for item in tmp_path.iterdir()] == ["class.aienergy.toml"], "no temporary file is left"


@pytest.mark.parametrize(
    ("text", "english", "chinese"),
    [
        ("language = 'fr'", 'lesson.toml: language = "fr": write "en" or "zh"', '请写"en"或"zh"'),
        (
            "langauge = 'en'",
            "lesson.toml: unknown key 'langauge'; a lesson has language, view, [views.…] and [[my_figures]] only",
            "不认识的键",
        ),
        ("view = 3", "lesson.toml: view = 3: write it in quotes", "请写在引号里"),
        ("views = 'x'", "lesson.toml: views must be tables, such as [views.chatgpt_day.inputs]", "views必须是表"),
        (
            "[views.chatgpt_day.input]\nx = '1'",
            "lesson.toml: unknown key 'views.chatgpt_day.input'; a view has inputs, choices and yardsticks",
            "每个视图只有inputs、choices和yardsticks",
        ),
        (
            "[views.chatgpt_day.inputs]\nchatgpt_servers = 4000",
            "lesson.toml: views.chatgpt_day.inputs.chatgpt_servers = 4000: write the value in quotes, with its unit "
            'where it has one, such as "10.2 kW"',
            "请把取值写在引号里",
        ),
    ],
)
def test_a_lesson_of_the_wrong_shape_is_refused_with_its_key(tmp_path: Path, text: str, english: str, chinese: str):
    path = tmp_path / "lesson.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LessonError) as caught:
        read_lesson(path)
    assert str(caught.value) == english
    assert chinese in caught.value.message("zh") and caught.value.message("zh").startswith("lesson.toml：")


def test_a_file_that_is_not_toml_or_not_there_says_so(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("language = \n", encoding="utf-8")
    with pytest.raises(LessonError, match=r"broken.toml: the file is not valid TOML \(.*line 1.*\); fix the line"):
        read_lesson(path)
    with pytest.raises(LessonError, match=r"missing\.toml: no such file; check the name and the folder"):
        read_lesson(tmp_path / "missing.toml")
