"""Each view: moving an input or switching an estimate changes the headline and chart to core's values."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from core.calculator import Calculator
from core.explain import describe_comparison
from core.formatting import format_estimate
from gui.accessibility import spoken
from gui.i18n import Languages
from gui.views.base import story_view
from gui.views.registry import VIEWS
from gui.widgets.chart import Chart
from gui.widgets.input_control import InputControl
from gui.widgets.line_breaks import NO_BREAK_SPACE, WORD_JOINER
from gui.widgets.trend_chart import TrendChart

SearchVsAiView = story_view("search_vs_ai")
TrainingHouseholdsView = story_view("training_households")
GoogleThreeGorgesView = story_view("google_three_gorges")
ChatGptDayView = story_view("chatgpt_day")


def _type_into(qtbot, control: InputControl, text: str) -> None:
    """Select the spin box's text and type a new number, as a person would."""
    control.spin.setFocus()
    control.spin.selectAll()
    qtbot.keyClicks(control.spin, text)
    qtbot.keyClick(control.spin, Qt.Key.Key_Return)


def _control(view, name: str) -> InputControl:
    return next(control for control in view.inputs if control.spec.name == name)


def _choose(chooser, option_id: str) -> None:
    chooser.combo.setCurrentIndex(chooser.option_ids.index(option_id))


def test_search_vs_ai_follows_searches_per_day(qtbot, calculator: Calculator) -> None:
    view = SearchVsAiView(calculator)
    qtbot.addWidget(view)
    assert view.headline.text() == (
        "By the article's estimate, one AI query uses as much electricity as about 10 web searches"
    )
    assert view.headline.secondary_text() == (
        "One AI query: about 3 Wh (2023); one web search: about 0.3 Wh (Google, 2009). 2025 estimates: "
        "about 0.24–0.34 Wh per query. If all of Google's searches used AI: about 9.855 TWh a year. "
        "All of these are the electricity of using a model (inference), not of training it."
    )
    _type_into(qtbot, _control(view, "google_searches_per_day"), "4.5")
    searches = calculator.set_input_value("google_ai_demand_yearly", "google_searches_per_day", 4.5e9, "1/day")
    expected = calculator.run_scenario("google_ai_demand_yearly", {"google_searches_per_day": searches})
    assert format_estimate(expected.result, "en", keep_units=True) == "about 4.9 TWh a year"
    assert "If all of Google's searches used AI: about 4.9 TWh a year." in view.headline.secondary_text()
    assert view.headline.text() == (
        "By the article's estimate, one AI query uses as much electricity as about 10 web searches"
    )
    assert view.steps.step_lines()[0].startswith("4.5 billion a day")


def test_searches_per_day_counts_in_yi_in_chinese(qtbot, calculator: Calculator) -> None:
    """Chinese says 90亿 for 9 billion: the control shows 90 (亿次), not 9.0 (十亿次), and means the same."""
    english, chinese = SearchVsAiView(calculator), SearchVsAiView(calculator, "zh")
    qtbot.addWidget(english)
    qtbot.addWidget(chinese)
    control = _control(chinese, "google_searches_per_day")
    assert (control.spin.value(), control.spin.decimals(), control.spin.maximum()) == (90, 0, 200)
    _type_into(qtbot, control, "45")
    _type_into(qtbot, _control(english, "google_searches_per_day"), "4.5")
    searches = calculator.set_input_value("google_ai_demand_yearly", "google_searches_per_day", 4.5e9, "1/day")
    expected = calculator.run_scenario("google_ai_demand_yearly", {"google_searches_per_day": searches})
    assert format_estimate(expected.result, "zh", keep_units=True) in chinese.headline.secondary_text()
    assert control.slider.value() == _control(english, "google_searches_per_day").slider.value()
    chinese.set_language("en")
    assert (control.spin.value(), control.spin.decimals()) == (4.5, 1)
    assert chinese.headline.secondary_text() == english.headline.secondary_text()


def test_search_vs_ai_estimate_chooser_changes_headline_and_chart(qtbot, calculator: Calculator) -> None:
    view = SearchVsAiView(calculator)
    qtbot.addWidget(view)
    _choose(view.choosers[0], "gemini_prompt_2025")
    expected = calculator.run_scenario(
        "google_ai_demand_yearly", substitutions={"ai_query_energy_2023": "gemini_prompt_2025"}
    )
    assert format_estimate(expected.result, "en", keep_units=True) == "about 790 GWh a year"
    assert view.headline.text() == (
        "By the article's estimate, one AI query uses as much electricity as about 0.8 web searches"
    )
    assert "If all of Google's searches used AI: about 790 GWh a year." in view.headline.secondary_text()
    highlighted = [bar for bar in view.chart.bars() if bar.highlighted]
    assert [(bar.label, bar.value) for bar in highlighted] == [("Gemini prompt (Google, 2025)", pytest.approx(0.24))]
    assert [bar.value for bar in view.chart.bars()][:2] == [pytest.approx(0.3), pytest.approx(3)]


def test_comparison_strip_follows_the_chosen_yardstick(qtbot, calculator: Calculator) -> None:
    view = SearchVsAiView(calculator)
    qtbot.addWidget(view)
    combo = view.strip.combos["household"]
    combo.setCurrentIndex(combo.findData("household_us"))
    comparison = calculator.compare(calculator.run_scenario("google_ai_demand_yearly"), "household_us")
    assert view.strip.sentence("household") == "= " + describe_comparison(comparison, "en")
    assert "US homes" in view.strip.sentence("household")


def test_training_households_follows_model_household_and_slider(qtbot, calculator: Calculator) -> None:
    view = TrainingHouseholdsView(calculator)
    qtbot.addWidget(view)
    assert view.headline.text() == "about 430 Chinese households (2024 national average) for a year"
    assert view.headline.secondary_text() == (
        "1,287 MWh to train; the article says about 1,000 Chinese households (article's figure) for a year"
    )
    assert view.chart.bars()[0].value == pytest.approx(1_287_000 / 3000)
    _choose(view.choosers[1], "household_cn_article")
    assert view.headline.text() == "about 1,000 Chinese households (article's figure) for a year"
    _choose(view.choosers[1], "household_cn_2025")
    assert view.headline.text() == "about 400 Chinese homes (national average) for a year"
    assert view.chart.bars()[0].value == pytest.approx(1_287_000 / 3200)
    _choose(view.choosers[0], "bloom_training")
    assert view.headline.text() == "about 140 Chinese homes (national average) for a year"
    view.model.reset()
    assert view.headline.text() == "about 430 Chinese households (2024 national average) for a year"
    view.inputs[0].slider.setValue(view.inputs[0].slider.maximum())  # drag to the end: 100,000 MWh
    assert view.headline.text() == "about 33,000 Chinese households (2024 national average) for a year"
    assert view.chart.logarithmic
    assert [(bar.label, bar.highlighted) for bar in view.chart.bars()][-1] == ("Your value", True)
    assert [bar.value for bar in view.chart.bars()][:2] == [
        pytest.approx(1_287_000 / 3000),
        pytest.approx(433196 / 3000),
    ]


def test_training_compares_the_training_energy(qtbot, calculator: Calculator) -> None:
    view = TrainingHouseholdsView(calculator)
    qtbot.addWidget(view)
    assert view.strip.sentence("place") == "= what the Three Gorges dam generates in about 6.8 minutes"


def test_google_three_gorges_estimates(qtbot, calculator: Calculator) -> None:
    view = GoogleThreeGorgesView(calculator)
    qtbot.addWidget(view)
    assert view.headline.text() == "at most 29% of the Three Gorges dam's yearly output"
    assert "The numbers give about 29%: the article rounds loosely (12% off)." in view.steps.claim.text()
    _choose(view.choosers[0], "google_ai_newstreet_yearly")
    assert view.headline.text() == "at most 23% of the Three Gorges dam's yearly output"
    assert [bar.highlighted for bar in view.chart.bars()][:3] == [False, True, False]
    _type_into(qtbot, _control(view, "hgx_a100_power"), "10.2")
    power = calculator.set_input_value("google_ai_newstreet_yearly", "hgx_a100_power", 10.2, "kW")
    result = calculator.run_scenario("google_ai_newstreet_yearly", {"hgx_a100_power": power}).result
    assert view.chart.bars()[1].value == pytest.approx(float(result.value.magnitude))


def test_chatgpt_day_servers_power_and_hours(qtbot, calculator: Calculator) -> None:
    view = ChatGptDayView(calculator)
    qtbot.addWidget(view)
    assert view.headline.text() == "at most 564 MWh a day"
    assert view.headline.secondary_text() == (
        "An upper estimate: every server at its full rated power, all day. "
        "The article: 564 MWh a day, rounded to 500,000 kWh a day in its title"
    )
    _type_into(qtbot, _control(view, "hours_per_day"), "12")
    assert view.headline.text() == "at most 280 MWh a day"
    assert "Rated power of one HGX A100 server" in view.sources.text.text()
    assert "DGX H100" not in view.sources.text.text()
    _choose(view.choosers[0], "dgx_h100_power")
    assert view.headline.text() == "at most 443 MWh a day"
    assert "DGX H100" in view.sources.text.text()  # the footnote follows the figures used
    assert "Rated power of one HGX A100 server" not in view.sources.text.text()
    assert view.steps.step_lines()[0].startswith("3,617 (NVIDIA HGX A100 servers needed to run ChatGPT) × 10.2 kW")
    assert view.strip.sentence("place") == "= over a year, at most 0.143% of Shenzhen's yearly electricity use"


@pytest.mark.parametrize("view_class", [SearchVsAiView, TrainingHouseholdsView, GoogleThreeGorgesView, ChatGptDayView])
def test_a_view_opened_in_chinese_reads_as_approved(qtbot, calculator: Calculator, view_class, languages) -> None:
    """Opened in Chinese (not switched to it): every part reads as tests/golden/views_zh.txt approves."""
    languages.switch("zh")
    view = view_class(calculator, "zh")
    qtbot.addWidget(view)
    approved = (Path(__file__).parents[1] / "golden" / "views_zh.txt").read_text(encoding="utf-8")
    sections = {section.splitlines()[0]: section.strip() for section in approved.split("\n\n")}
    assert view_text(view).strip() == sections[f"== {view.view_id}"]


@pytest.mark.parametrize("view_class", [SearchVsAiView, TrainingHouseholdsView, GoogleThreeGorgesView, ChatGptDayView])
def test_every_interactive_widget_has_an_accessible_name(qtbot, calculator: Calculator, view_class) -> None:
    view = view_class(calculator)
    qtbot.addWidget(view)
    widgets = [view.reset_button, *view.strip.combos.values()]
    widgets += [chooser.combo for chooser in view.choosers]
    widgets += [part for control in view.inputs for part in (control.slider, control.spin)]
    assert [widget for widget in widgets if not widget.accessibleName()] == []


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_story_renders_from_its_record(qtbot, calculator: Calculator, language: str) -> None:
    """A story is data: every record of stories.toml becomes a view, its templates filled, one bar highlighted."""

    expected_rows = {
        "search_vs_ai": 6,
        "training_households": 4,
        "google_three_gorges": 6,
        "chatgpt_day": 4,
        "global_picture": 14,
    }
    assert set(calculator.dataset.stories) == set(expected_rows)
    classes = {view.view_id: view for view in VIEWS}
    for story_id, story in calculator.dataset.stories.items():
        view = classes[story_id](calculator, language)
        qtbot.addWidget(view)
        texts = [spoken(view.question.text()), view.headline.text(), view.headline.secondary_text()]
        texts += [bar.label for bar in view.chart.bars()]
        texts += [control.label.text() for control in getattr(view, "inputs", [])]
        assert all(texts[:3]) and not any("{" in text or "}" in text for text in texts), texts
        assert spoken(view.question.text()) == story.question(language) or "{" in story.question(language)
        assert len(view.chart.bars()) == expected_rows[story_id]
        assert sum(bar.highlighted for bar in view.chart.bars()) == 1
        assert view.chart.shown_axis_title().startswith(story.chart_title(language))
        if story.scenario:
            assert [slot.slot for slot in view.slots] == list(story.slots)


def test_a_chart_label_takes_its_number_from_the_figure(qtbot, calculator: Calculator) -> None:
    view = ChatGptDayView(calculator, "zh")
    qtbot.addWidget(view)
    assert [bar.label for bar in view.chart.bars()] == [
        "A100服务器（6.5千瓦）",
        "H100服务器（10.2千瓦）",
        "B200服务器（约14.3千瓦）",
        "文章中的数据",
    ]
    assert spoken(view.question.text()) == "ChatGPT一天真的“吃”掉50万度电吗？"


def test_a_headline_never_breaks_inside_a_number_and_its_unit(qtbot, calculator: Calculator) -> None:
    from gui.widgets.line_breaks import NO_BREAK_SPACE, WORD_JOINER, unbreakable

    assert unbreakable("每年约98.55亿度") == "每年" + WORD_JOINER.join("约98.55亿度")
    assert unbreakable("about 9.855 TWh a year") == f"about {WORD_JOINER.join('9.855' + NO_BREAK_SPACE + 'TWh')} a year"
    assert unbreakable("每年约6200亿～1.05万亿度") == "每年" + WORD_JOINER.join("约6200亿～1.05万亿度")
    view = SearchVsAiView(calculator, "zh")
    qtbot.addWidget(view)
    view.resize(420, 800)  # a narrow window: the headline wraps, but not inside 98.55亿度
    secondary = view.headline.secondary.text()
    assert WORD_JOINER.join("约98.55亿度") in secondary
    assert "每年约98.55亿度。以上都是使用模型（推理）时的耗电，不含训练。" in view.headline.secondary_text()


#: The views that tell a story with a headline and a chart.
NOT_STORIES = {"energy_ladder", "free_calculator", "sources_claims", "glossary", "quiz"}
STORY_VIEWS = [view for view in VIEWS if view.view_id not in NOT_STORIES]


def _text(widget: QWidget | None) -> str:
    """A label's text as words (without the invisible characters that keep a number and its unit on one line),
    or nothing for a view without that part."""
    if not isinstance(widget, QLabel):
        return ""
    return widget.text().replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")


def _axis_title(chart: QWidget) -> str:
    """The value axis's title as the reader sees it."""
    return chart.shown_axis_title() if isinstance(chart, Chart) else chart.axis_title()


def _chart_lines(chart: QWidget) -> list[str]:
    """Each chart row as "name | value label", the highlighted one marked with *."""
    if isinstance(chart, Chart):
        return [f"{'*' if bar.highlighted else ' '} {bar.label} | {bar.text}" for bar in chart.bars()]
    assert isinstance(chart, TrendChart)
    lines = []
    for series in chart.series():
        points = "; ".join(f"{year}: {text}" for year, _value, text in series.points)
        lines.append(f"{'*' if series.highlighted else ' '} {series.label} ({series.style}) | {points}")
    return lines


def view_text(view: QWidget) -> str:
    """Everything the reader reads on `view`, part by part."""
    headline = view.headline
    parts = [
        f"== {view.view_id}",
        f"question: {_text(getattr(view, 'question', None))}",
        f"headline: {headline.text()}",
        f"under it: {headline.secondary_text()}",
        f"chart: {_axis_title(view.chart)}",
        *(f"  {line}" for line in _chart_lines(view.chart)),
    ]
    strip = getattr(view, "strip", None)
    if strip is not None:
        parts += ["compared with:", *(f"  {strip.sentence(slot.slot)}" for slot in view.slots)]
    steps = getattr(view, "steps", None)
    if steps is not None:
        parts += ["steps:", *(f"  {line}" for line in _text(getattr(steps, "steps", steps)).splitlines())]
        parts += [f"  {line}" for line in _text(getattr(steps, "claim", None)).splitlines()]
    sources = getattr(view, "sources", None)
    text = _text(getattr(sources, "text", sources))
    parts += ["sources:", *(f"  {line}" for line in text.splitlines())]
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_view_reads_as_approved(
    qtbot, calculator: Calculator, languages: Languages, language: str, assert_approved: Callable[[str, str], None]
) -> None:
    languages.switch(language)
    texts = []
    for view_class in STORY_VIEWS:
        view = view_class(calculator)
        qtbot.addWidget(view)
        view.set_language(language)
        texts.append(view_text(view))
    assert_approved(f"views_{language}.txt", "\n".join(texts))
