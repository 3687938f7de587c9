"""Where lines may break: never inside a number and its unit, a chart's unit note, or before a lone last word."""

from __future__ import annotations

from gui.accessibility import spoken
from gui.widgets.line_breaks import NO_BREAK_SPACE, WORD_JOINER, unbreakable, unbroken_brackets, without_orphan


def test_a_chinese_question_keeps_its_last_five_characters_together() -> None:
    question = "一次网页搜索与一次AI问答各用多少电？如果谷歌全部改用AI呢？"
    glued = without_orphan(question)
    assert glued == "一次网页搜索与一次AI问答各用多少电？如果谷歌全部改" + WORD_JOINER.join("用AI呢？")
    assert spoken(glued) == question


def test_an_english_question_keeps_its_last_two_words_together() -> None:
    question = "Does ChatGPT really “eat” 500,000 kWh of electricity a day?"
    assert without_orphan(question) == f"Does ChatGPT really “eat” 500,000 kWh of electricity a{NO_BREAK_SPACE}day?"


def test_glue_already_in_a_headline_is_counted_once() -> None:
    answer = f"芯片每度电做的计算更多了，总用电量却仍在上升：2030年将达到每年约{WORD_JOINER.join('9400亿度')}"
    glued = without_orphan(answer)
    assert glued.endswith("年约" + WORD_JOINER.join("9400亿度")), "the number was glued already; no joiner doubled"
    assert spoken(glued) == spoken(answer)
    assert not glued.startswith(WORD_JOINER) and WORD_JOINER * 2 not in glued


def test_a_short_text_is_left_alone() -> None:
    assert without_orphan("约564兆瓦时") == "约564兆瓦时"
    assert without_orphan("at most") == "at most"


def test_a_charts_unit_note_breaks_before_its_bracket_never_inside_it() -> None:
    title = "每次搜索或问答的用电量（瓦时；1度 = 1千瓦时 = 1000瓦时）"
    note = "（瓦时；1度 = 1千瓦时 = 1000瓦时）".replace(" ", NO_BREAK_SPACE)
    assert unbroken_brackets(title) == "每次搜索或问答的用电量" + WORD_JOINER.join(note)
    assert unbroken_brackets("Energy (Wh) per query") == f"Energy {WORD_JOINER.join('(Wh)')} per query"


def test_hours_stay_with_their_number() -> None:
    assert unbreakable("5 kW, 24 h and 3 hours") == f"5{NO_BREAK_SPACE}kW, 24{NO_BREAK_SPACE}h and 3 hours".replace(
        f"5{NO_BREAK_SPACE}kW", WORD_JOINER.join(f"5{NO_BREAK_SPACE}kW")
    ).replace(f"24{NO_BREAK_SPACE}h", WORD_JOINER.join(f"24{NO_BREAK_SPACE}h"))
