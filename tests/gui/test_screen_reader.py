"""A screen reader's walk through the real application (issue 17): the program runs on Xvfb with the AT-SPI bus,
and the system's pyatspi reads its accessibility tree as Orca does, view by view, in both languages."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "screen_reader"
ROOT = Path(__file__).parents[2]
#: What the walk needs from the system (.ci/run installs them): Xvfb, a D-Bus session, the AT-SPI bus, pyatspi.
NEEDED = {
    "xvfb-run": "xvfb",
    "dbus-run-session": "dbus",
    "/usr/libexec/at-spi-bus-launcher": "at-spi2-core",
}
STORIES = ["search_vs_ai", "training_households", "google_three_gorges", "chatgpt_day"]
WALKS = [f"{view}:{language}" for view in [*STORIES, "home", "jevons", "grid_emissions"] for language in ("en", "zh")]
WALKS += ["quiz:zh", "chatgpt_day:en:guess"]

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _missing() -> list[str]:
    """The Debian packages the walk needs that this machine lacks."""
    missing = [package for tool, package in NEEDED.items() if not (shutil.which(tool) or Path(tool).exists())]
    found = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True, check=False)
    return missing + ([] if found.returncode == 0 else ["python3-pyatspi"])


@pytest.fixture(scope="module")
def trees(tmp_path_factory) -> dict[str, list[dict]]:
    """Every walk's nodes, in reading order, by "view-language"."""
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is Linux's accessibility bus")
    assert not _missing(), f"install the Debian packages {' '.join(_missing())} (.ci/run does)"
    out = tmp_path_factory.mktemp("screen-reader")
    environment = {
        **os.environ,
        "XDG_CONFIG_HOME": str(out / "config"),
        "XDG_STATE_HOME": str(out / "state"),
        "XDG_CACHE_HOME": str(out / "cache"),
    }
    environment.pop("QT_QPA_PLATFORM", None)  # xcb, on Xvfb: the platform that talks to AT-SPI
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--"]
    command += [str(HERE / "session.sh"), sys.executable, str(out), *WALKS]
    subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, timeout=300, check=False)
    found = {}
    for walk in WALKS:
        path = out / f"{walk.replace(':', '-')}.jsonl"
        assert path.exists(), f"the walk of {walk} printed nothing"
        found[walk.replace(":", "-")] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    shutil.rmtree(out, ignore_errors=True)
    return found


def _page(nodes: list[dict]) -> list[dict]:
    """The nodes of the page shown (the top bar and the pages behind it left out)."""
    return [node for node in nodes if node["showing"] and node["role"] not in ("application", "frame")]


def _index(nodes: list[dict], role: str, starts: str = "", contains: str = "") -> int:
    """Where the first node of `role` whose name starts with `starts` and contains `contains` is read."""
    for index, node in enumerate(nodes):
        if node["role"] == role and node["name"].startswith(starts) and contains in node["name"]:
            return index
    raise AssertionError(f"no {role} {starts!r}…{contains!r} in {[(n['role'], n['name'][:40]) for n in nodes]}")


TITLES = {
    "en": ("Change the inputs", "Compare with", "How is this calculated?", "Sources"),
    "zh": ("调整输入", "对比", "这是怎么算出来的？", "来源"),
}


@pytest.mark.parametrize("view_id", STORIES)
@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_story_is_read_in_order_question_answer_inputs_chart_comparisons_steps_sources(
    trees, view_id: str, language: str
) -> None:
    nodes = _page(trees[f"{view_id}-{language}"])
    headings = [node["name"] for node in nodes if node["role"] == "heading"]
    inputs, compare, steps, sources = TITLES[language]
    assert headings[2:] == [inputs, compare, steps, sources], headings
    question, answer = headings[:2]
    order = [
        _index(nodes, "heading", question),
        _index(nodes, "heading", answer),
        _index(nodes, "heading", inputs),
        _index(nodes, "chart"),
        _index(nodes, "heading", compare),
        _index(nodes, "heading", steps),
        _index(nodes, "label", "1. "),  # the steps themselves, not their title again
        _index(nodes, "heading", sources),
        _index(nodes, "label", "• "),  # the sources themselves
    ]
    assert order == sorted(order), f"{view_id} {language} is read out of order: {order}"
    assert [node["name"] for node in nodes].count(steps) == 1, "the steps' title is read once"
    assert not [node for node in nodes if "\u2060" in node["name"] or "\u2060" in node["description"]]


def test_the_chatgpt_story_reads_as_a_reader_sees_it(trees) -> None:
    nodes = _page(trees["chatgpt_day-en"])
    headings = [node["name"] for node in nodes if node["role"] == "heading"]
    assert headings[:2] == ["Does ChatGPT really “eat” 500,000 kWh of electricity a day?", "at most 564 MWh a day"]
    sliders = {node["name"]: node for node in nodes if node["role"] == "slider"}
    assert sliders["Servers"]["description"] == "3,617 servers"
    assert sliders["Hours a day at full power"]["description"] == "24.0 h"
    chart = nodes[_index(nodes, "chart")]
    assert chart["name"] == "Electricity per day (MWh)"
    assert chart["description"].startswith("Linear scale: A100 servers (6.5 kW): at most 564 MWh a day;")
    assert chart["focusable"]
    steps = nodes[_index(nodes, "label", "1. ")]["name"]
    assert steps.splitlines() == [
        "1. 3,617 (NVIDIA HGX A100 servers needed to run ChatGPT) × 6.5 kW (Rated power of one HGX A100 server)"
        " = 23.5 MW",
        "2. 23.5 MW × 24 hours a day = 564 MWh a day",
    ]


def test_in_chinese_the_slider_reads_the_number_as_the_box_shows_it(trees) -> None:
    nodes = _page(trees["search_vs_ai-zh"])
    described = [node["description"] for node in nodes if node["role"] == "slider"]
    boxes = [node for node in nodes if node["role"] == "spin button"]
    assert described and len(described) == len(boxes)
    assert all(description and description[0].isdigit() for description in described), described


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_top_bar_choosers_are_labelled_by_what_they_choose(trees, language: str) -> None:
    nodes = trees[f"home-{language}"]
    labels = sorted(label for node in nodes if node["role"] == "combo box" for label in node["labelled_by"])
    expected = {"en": ["Language", "Text size", "Theme"], "zh": ["配色", "文字大小", "语言"]}[language]
    assert labels == sorted(expected)


def test_every_chooser_in_every_walked_view_is_labelled_by_its_purpose(trees) -> None:
    unlabelled = [
        f"{tree}: {node['name']}"
        for tree, nodes in trees.items()
        for node in nodes
        if node["role"] == "combo box" and not node["labelled_by"]
    ]
    assert unlabelled == []
    for language, household in (("en", "Household to compare with"), ("zh", "用来对比的家庭")):
        labels = [label for node in _page(trees[f"chatgpt_day-{language}"]) for label in node["labelled_by"]]
        assert household in labels, labels


def test_jevons_reads_its_question_and_answer_as_headings_and_its_chart(trees) -> None:
    nodes = _page(trees["jevons-en"])
    headings = [node["name"] for node in nodes if node["role"] == "heading"]
    assert headings[0] == "If chips get more efficient, will AI use less electricity?"
    assert headings[1].startswith("Chips do more work per kWh, and yet total use rises: about 940 TWh a year in 2030")
    chart = nodes[_index(nodes, "chart")]
    assert chart["name"] == "Electricity per year (TWh)" and chart["focusable"]


def test_the_emissions_view_reads_its_answer_and_chart_and_names_its_choosers(trees) -> None:
    nodes = _page(trees["grid_emissions-en"])
    headings = [node["name"] for node in nodes if node["role"] == "heading"]
    assert headings[:2] == [
        "How much CO2 does AI's electricity emit? It depends on the grid",
        "Training GPT-3 on this grid (China): 721 t of CO2e",
    ]
    chart = nodes[_index(nodes, "chart")]
    assert chart["name"] == "Emissions (t CO2e)" and "China (560 g/kWh): 721 t" in chart["description"]
    labels = sorted(label for node in nodes if node["role"] == "combo box" for label in node["labelled_by"])
    assert {"Which AI load?", "Which grid?"} <= set(labels), labels  # with the top bar's own
    zh = [node["name"] for node in _page(trees["grid_emissions-zh"]) if node["role"] == "heading"]
    assert zh[1] == "训练GPT-3，用中国的电：721吨二氧化碳当量"


def test_a_guess_screen_reads_the_question_the_guess_and_reveal_and_hides_the_answer(trees) -> None:
    nodes = _page(trees["chatgpt_day-en-guess"])
    slider = next(node for node in nodes if node["role"] == "slider" and node["name"].startswith("How much"))
    assert slider["name"] == "How much electricity do ChatGPT's servers use in a day?"
    assert slider["description"] == "320 MWh a day"
    assert any(node["role"] == "push button" and node["name"] == "Reveal the answer" for node in nodes)
    assert not [node for node in nodes if "564 MWh" in node["name"]], "the answer is not read before the reveal"


def test_the_quiz_reads_its_first_question_in_chinese(trees) -> None:
    nodes = _page(trees["quiz-zh"])
    slider = next(node for node in nodes if node["role"] == "slider")
    assert slider["name"] == "ChatGPT的服务器一天用多少电？" and slider["description"] == "每天32万度"
    assert any(node["role"] == "push button" and node["name"] == "揭晓答案" for node in nodes)
