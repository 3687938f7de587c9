"""Handouts: a story as a PDF with selectable text, from the command line and from the window (gui/handout.py)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from core.lessons import Lesson, ViewState, write_lesson
from gui.fonts import RADICALS
from gui.handout import global_picture_questions, handout_content, student_questions
from gui.main_window import MainWindow

#: Chinese characters and full-width punctuation.
CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"


def _pdf_text(path: Path) -> str:
    """The PDF's text as a reader copies it (Latin ligatures such as "ﬁ" made plain); no CJK radical may stand in
    for an ordinary character ("⼀" for "一" made a search for "一年" fail)."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert not [character for character in text if ord(character) in RADICALS], "a radical copied out of the PDF"
    plain = "".join(
        unicodedata.normalize("NFKC", character) if 0xFB00 <= ord(character) < 0xFB07 else character
        for character in text
    )
    return _without_chinese_spaces(" ".join(plain.split()))


def _without_chinese_spaces(text: str) -> str:
    """`text` without spaces between two Chinese characters: a line break there is no space (Chinese has none
    between words), and a heading runs into its first line as a space would."""
    return re.sub(f"(?<=[{CJK}])\\s+(?=[{CJK}])", "", text)


def _pages(path: Path) -> tuple[int, str]:
    """The page count and page size pdfinfo reports."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


def test_a_handout_holds_the_story_its_questions_and_on_its_last_page_the_answers(run_program, tmp_path: Path):
    path = tmp_path / "chatgpt.pdf"
    result = run_program("--handout", "chatgpt_day", "--lang", "en", "--out", str(path))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(path)
    for words in (
        "Does ChatGPT really “eat” 500,000 kWh of electricity a day?",
        "Your inputs Servers: 3,617 servers Hours a day at full power: 24.0 h",
        "The answer at most 564 MWh a day",
        "= at most as much as 69,000 Chinese households (2024 national average) use",
        "2. 23.5 MW × 24 hours a day = 564 MWh a day",
        "Rated power of one HGX A100 server: 6.5 kW (2020). Source: 三联生活周刊 (Sanlian Lifeweek) 2024",
        "1. The calculation gives at most 564 MWh a day. What would it give if “Servers” were twice as large?",
        "Answer key 1. at most 1,100 MWh a day: twice at most 564 MWh a day",
        "4. at most 1,240 MWh a day",
    ):
        assert words in text, words
    pages, size = _pages(path)
    assert pages == 3 and size.startswith("595") and "A4" in size
    last_page = subprocess.run(["pdftotext", "-f", "3", str(path), "-"], capture_output=True, text=True).stdout
    assert last_page.lstrip().startswith("Answer key")


def test_in_chinese_with_a_lesson_on_letter_paper_without_answers(run_program, tmp_path: Path) -> None:
    lesson = tmp_path / "class.aienergy.toml"
    write_lesson(lesson, Lesson(views={"chatgpt_day": ViewState({"chatgpt_servers": "4000"})}))
    path = tmp_path / "讲义.pdf"
    arguments = ["--handout", "chatgpt_day", "--lang", "zh", "--lesson", str(lesson), "--out", str(path)]
    result = run_program(*arguments, "--paper", "letter", "--no-answers")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(path)
    assert "ChatGPT一天真的“吃”掉50万度电吗？" in text
    assert "你的输入服务器数量：4,000台" in text and "答案每天最多62万度" in text
    assert "课堂练习" in text and "参考答案" not in text
    assert _pages(path)[1].startswith("612 x 792")


def test_a_view_without_a_handout_is_refused_with_one_line(run_program, tmp_path: Path) -> None:
    result = run_program("--handout", "energy_ladder", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "ai-energy: --handout energy_ladder: this view has no handout; these have: search_vs_ai, "
        "training_households, google_three_gorges, chatgpt_day, global_picture"
    )
    assert not (tmp_path / "x.pdf").exists()


def test_the_window_saves_the_handout_of_the_story_on_show(window: MainWindow, tmp_path: Path) -> None:
    window.go_home()
    assert not window.lesson_button.save_handout(tmp_path / "home.pdf"), "home is not a story"
    window.open_view("training_households")
    path = tmp_path / "training.pdf"
    assert window.lesson_button.save_handout(path)
    assert "Training GPT-3 used as much electricity as how many households use in a year?" in _pdf_text(path)


def test_every_story_has_three_to_five_questions_each_with_an_answer(window: MainWindow) -> None:
    for view_id in ("search_vs_ai", "training_households", "google_three_gorges", "chatgpt_day"):
        window.open_view(view_id)
        questions = student_questions(window.view(view_id))
        assert 3 <= len(questions) <= 5, view_id
        assert all(question.text and question.answer for question in questions), view_id


def test_the_global_picture_s_handout_has_its_shares_and_questions_worked_out(window: MainWindow) -> None:
    window.open_view("global_picture")
    view = window.view("global_picture")
    content = handout_content(view)
    assert content.inputs == ["Split into computing, cooling and other: no"]
    assert content.answer == view.headline.text() and content.steps == []
    assert content.notes == [view.shares.text(), view.cooling.text(), *view.water.text().splitlines()]
    assert content.notes[-1].startswith("Hardware: data-centre servers used to last about 6 years, now about 3 years")
    assert [(q.text, q.answer) for q in global_picture_questions(view)][:2] == [
        (
            "Data centres used 415 TWh a year in 2024; the projection for 2030 is about 945 TWh a year. "
            "How many times as much is that?",
            "about 2.28 times (divide the projection for 2030 by the total of 2024).",
        ),
        (
            "Which country on the chart uses about as much electricity in a year as all data centres did in 2024?",
            "Germany's electricity demand, 2024: 522.3 TWh a year",
        ),
    ]
    window.set_language("zh")
    assert global_picture_questions(view)[0].answer == "约2.28倍（用2030年的预测值除以2024年的用电量）。"


def test_the_global_picture_s_handout_from_the_command_line_in_chinese(run_program, tmp_path: Path) -> None:
    path = tmp_path / "global.pdf"
    result = run_program("--handout", "global_picture", "--lang", "zh", "--out", str(path))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(path)
    for words in (
        "全球数据中心、人工智能和加密货币用多少电？增长有多快？",
        "你的输入拆分为计算、冷却和其他：否",
        "各来源的数据",
        "2024年全球数据中心用电每年4150亿度，2030年的预测为每年约9450亿度。后者是前者的多少倍？",
        "参考答案 1. 约2.28倍（用2030年的预测值除以2024年的用电量）。",  # "1." is no Chinese character
    ):
        assert words in text, words
