"""The dataset is valid, complete against the brief, and every bad edit is caught with a clear message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.dataset import DatasetLoader, Status, YardstickKind, load_dataset
from core.errors import DatasetError
from core.paths import data_directory
from core.units import registry

#: The ids in the first column of ../shared/brief/article-figures.md: a contract other people rely on.
BRIEF_IDS = [
    "brain_mass_share",
    "brain_energy_share",
    "chatgpt_users",
    "gpt3_training",
    "household_cn_article",
    "google_search_energy",
    "google_searches_per_day",
    "ai_search_factor",
    "ai_query_energy_2023",
    "chatgpt_servers",
    "chatgpt_gpus",
    "chatgpt_daily_energy",
    "google_ai_servers_semianalysis",
    "hgx_a100_power",
    "google_ai_servers_newstreet",
    "google_total_2021",
    "google_ai_share_2021",
    "ireland_electricity",
    "three_gorges_yearly",
    "google_ai_investment",
    "dc_ai_crypto_2022",
    "crypto_share_world_2022",
    "dc_ai_share_world_2022",
    "dc_ai_crypto_2026",
    "altman_chip_plan",
    "stargate_cost",
    "bitcoin_tx_household_days",
    "btc_unmined_2022",
    "btc_unmined_2024",
    "btc_mining_cost_2024",
    "btc_price_2024",
    "nvidia_ai_servers_2023",
    "nvidia_ai_servers_2027",
    "dc_cooling_share_interview",
    "b200_transistors",
    "dc_hardware_life",
    "datacentres_world",
    "us_dc_2022",
]


def test_every_brief_id_is_a_figure() -> None:
    dataset = load_dataset()
    assert [figure_id for figure_id in BRIEF_IDS if figure_id not in dataset.figures] == []


def test_dc_split_is_a_group_of_three_shares_that_add_up() -> None:
    group = load_dataset().group("dc_split")
    assert [figure.id for figure in group] == ["dc_split_computing", "dc_split_cooling", "dc_split_other"]
    assert sum(figure.value or 0 for figure in group) == 100


def test_every_source_is_cited_and_every_citation_exists() -> None:
    dataset = load_dataset()
    cited = {source for figure in dataset.figures.values() for source in (figure.source, *figure.cites)}
    in_text = {source.id for source in dataset.sources.values() if source.cited_in}
    assert cited | in_text == set(dataset.sources)
    assert in_text == {"dutchnews2022_zeewolde", "riksdagen2022_datacentres"}
    assert {source.cited_in for source in dataset.sources.values() if source.cited_in} == {"grid_emissions"}


def test_every_unit_parses_and_every_figure_is_a_quantity() -> None:
    for figure in load_dataset().figures.values():
        registry.parse_units(figure.unit or "dimensionless")
        estimate = figure.estimate()
        assert estimate.value.magnitude == estimate.value.magnitude, figure.id


def test_approximations_are_marked_and_derivations_explained() -> None:
    for figure in load_dataset().figures.values():
        if figure.status is Status.UNCONFIRMED:
            assert figure.approximate, figure.id
        if figure.status in (Status.DERIVED, Status.UNCONFIRMED):
            assert figure.note, figure.id
        if figure.source == "sanlian2024":
            assert figure.article_zh, figure.id


def test_yardsticks_cover_every_kind_the_readers_compare_with() -> None:
    dataset = load_dataset()
    for kind in (
        YardstickKind.HOUSEHOLD,
        YardstickKind.CITY,
        YardstickKind.COUNTRY,
        YardstickKind.WORLD,
        YardstickKind.POWER_STATION,
        YardstickKind.EVERYDAY,
    ):
        assert dataset.yardsticks(kind), kind
    assert len(dataset.yardsticks(YardstickKind.HOUSEHOLD)) >= 6


def test_disagreeing_sources_are_both_kept() -> None:
    dataset = load_dataset()
    assert dataset.figure("ai_query_energy_2023").value == 3
    assert dataset.figure("gemini_prompt_2025").value == 0.24
    assert dataset.figure("chatgpt_query_altman_2025").value == 0.34
    assert dataset.figure("dc_ai_crypto_2026").value == 1000
    assert (dataset.figure("dc_ai_crypto_2026_iea").low, dataset.figure("dc_ai_crypto_2026_iea").high) == (620, 1050)


# --- bad edits: each names file, record and field ---


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(data_directory(), copy)
    return copy


def _assert_reported(directory: Path, edit: tuple[str, str, str], where: tuple[str, str, str], words: str) -> None:
    """Make `edit` (file, old, new) and check that loading reports it at `where` (file, record, field)."""
    _edit(directory, *edit)
    with pytest.raises(DatasetError) as raised:
        DatasetLoader(directory).load()
    error = raised.value
    assert (error.file, error.record, error.field) == where
    assert words in str(error)


def _edit(directory: Path, file: str, old: str, new: str) -> None:
    path = directory / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the test's edit does not apply: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "record", "field", "words"),
    [
        (
            "article.toml",
            'unit = "MWh"\nyear = 2020',
            'unit = "megaflops"\nyear = 2020',
            "gpt3_training",
            "unit",
            "not a unit",
        ),
        ("article.toml", 'label_en = "Electricity to train GPT-3"\n', "", "gpt3_training", "label_en", "missing"),
        (
            "article.toml",
            'value = 1287\nunit = "MWh"',
            'value = "1287"\nunit = "MWh"',
            "gpt3_training",
            "value",
            "number",
        ),
        (
            "article.toml",
            'source = "sanlian2024"\ncites = ["patterson2021"]',
            'source = "nowhere"\ncites = ["patterson2021"]',
            "gpt3_training",
            "source",
            "no source",
        ),
        (
            "article.toml",
            'status = "C"\narticle_zh = "GPT-3',
            'status = "X"\narticle_zh = "GPT-3',
            "gpt3_training",
            "status",
            "C, C2, D, U",
        ),
        ("article.toml", "low = 10\nhigh = 15", "low = 15\nhigh = 10", "google_ai_share_2021", "low", "greater than"),
        ("article.toml", "low = 10\nhigh = 15", "low = 10", "google_ai_share_2021", "high", "both low and high"),
        ("article.toml", 'id = "brain_mass_share"', 'id = "brain_energy_share"', "brain_energy_share", "id", "twice"),
        ("article.toml", 'id = "brain_mass_share"', 'id = "kWh"', "kWh", "id", "lower_snake_case"),
        ("article.toml", 'id = "brain_mass_share"', 'id = "day"', "day", "id", "unit name"),
        (
            "article.toml",
            "year = 2020\nsource",
            "yeer = 2020\nyear = 2020\nsource",
            "gpt3_training",
            "yeer",
            "not a known field",
        ),
        (
            "yardsticks.toml",
            'status = "U"\napproximate = true\nnote = "Unconfirmed: a non',
            'status = "U"\nnote = "Unconfirmed: a non',
            "household_de",
            "approximate",
            "status U",
        ),
        (
            "yardsticks.toml",
            'kind = "household", name_en = "US home"',
            'kind = "house", name_en = "US home"',
            "household_us.yardstick",
            "kind",
            "must be one of",
        ),
        (
            "scenarios.toml",
            'inputs = ["google_search_energy", "ai_search_factor"]',
            'inputs = ["google_search_energy", "no_such_figure"]',
            "ai_query_vs_search",
            "inputs",
            "not a figure",
        ),
        (
            "scenarios.toml",
            'unit = ""\ncounted = "times"\nclaim_value = 2',
            'unit = "percent"\ncounted = "times"\nclaim_value = 2',
            "dc_ai_crypto_doubling",
            "counted",
            "only a plain-number result",
        ),
        (
            "scenarios.toml",
            'counted = "households"',
            'counted = "homes"',
            "gpt3_households",
            "counted",
            "must be one of times, households",
        ),
        (
            "sources.toml",
            'doi = "10.1016/j.joule.2023.09.004"',
            'doi = "joule 2023"',
            "devries2023",
            "doi",
            "not a DOI",
        ),
    ],
)
def test_a_bad_edit_is_reported_with_file_record_and_field(
    data_copy: Path, file: str, old: str, new: str, record: str, field: str, words: str
) -> None:
    _assert_reported(data_copy, (file, old, new), (file, record, field), words)


def test_an_unused_source_is_reported(data_copy: Path) -> None:
    _edit(
        data_copy,
        "sources.toml",
        "[[source]]\n",
        '[[source]]\nid = "orphan"\ntitle = "t"\nauthor = "a"\n'
        'publisher = "p"\nyear = 2020\npart = "x"\n\n[[source]]\n',
    )
    with pytest.raises(DatasetError, match=r"orphan.*no figure cites"):
        DatasetLoader(data_copy).load()


def test_broken_toml_names_the_file(data_copy: Path) -> None:
    _edit(data_copy, "estimates.toml", "[[figure]]", "[[figure")
    with pytest.raises(DatasetError, match=r"estimates.toml.*not valid TOML.*line"):
        DatasetLoader(data_copy).load()


def test_a_missing_file_is_reported(data_copy: Path) -> None:
    (data_copy / "scenarios.toml").unlink()
    with pytest.raises(DatasetError, match=r"scenarios\.toml.*missing"):
        DatasetLoader(data_copy).load()


#: Edits that used to pass validation and break later (issue 13): each is now reported at load, naming the file,
#: the record and the field. (file, old text, new text, record, field, words of the message)
LATE_BREAKING_EDITS = [
    (
        "article.toml",
        'value = 6.5\nunit = "kW"',
        'value = 6.5\nunit = "kWh"',
        "chatgpt_daily",
        "formula",
        "cannot convert",
    ),
    (
        "article.toml",
        'value = 1287\nunit = "MWh"',
        'value = 1287\nunit = ""',
        "gpt3_households",
        "formula",
        "gpt3_training ('')",
    ),
    ("article.toml", "value = 1287\n", "value = 1e300\n", "gpt3_training", "value", "too large"),
    ("article.toml", "value = 1287\n", "value = -1287\n", "gpt3_training", "value", "is negative"),
    (
        "article.toml",
        'value = 6.5\nunit = "kW"',
        'value = 6.5\nunit = "kW/"',
        "hgx_a100_power",
        "unit",
        "is not a unit",
    ),
    (
        "article.toml",
        'value = 6.5\nunit = "kW"',
        'value = 6.5\nunit = "2"',
        "hgx_a100_power",
        "unit",
        "is not a unit pint knows",
    ),
    ("yardsticks.toml", "value = 10791\n", "value = 0\n", "household_us", "value", "more than zero"),
    (
        "scenarios.toml",
        'formula = "google_search_energy * ai_search_factor"',
        'formula = "google_search_energy * ai_serch_factor"',
        "ai_query_vs_search",
        "formula",
        "'ai_serch_factor' is neither a dataset id nor a unit",
    ),
    (
        "scenarios.toml",
        'formula = "google_search_energy * ai_search_factor"',
        'formula = "(google_search_energy * ai_search_factor"',
        "ai_query_vs_search",
        "formula",
        "brackets do not match",
    ),
    (
        "scenarios.toml",
        'formula = "google_search_energy * ai_search_factor"',
        'formula = "google_search_energy * ai_search_factor * google_searches_per_day"',
        "ai_query_vs_search",
        "formula",
        "cannot convert",
    ),
    (
        "scenarios.toml",
        'formula = "google_search_energy * ai_search_factor"',
        'formula = "google_search_energy * ai_search_factor * chatgpt_servers / chatgpt_servers"',
        "ai_query_vs_search",
        "inputs",
        "add chatgpt_servers",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "record", "field", "words"), LATE_BREAKING_EDITS)
def test_an_edit_that_would_break_a_view_is_reported_at_load(
    data_copy: Path, file: str, old: str, new: str, record: str, field: str, words: str
) -> None:
    reported_file = "scenarios.toml" if field in ("formula", "inputs") else file
    _assert_reported(data_copy, (file, old, new), (reported_file, record, field), words)


def test_a_data_file_that_is_a_folder_a_pipe_or_huge_is_refused_without_hanging(data_copy: Path) -> None:
    import os

    target = data_copy / "estimates.toml"
    target.unlink()
    target.mkdir()
    with pytest.raises(DatasetError, match=r"estimates\.toml.*not a regular file"):
        DatasetLoader(data_copy).load()
    target.rmdir()
    os.mkfifo(target)  # reading a pipe nobody writes to would wait for ever
    with pytest.raises(DatasetError, match=r"estimates\.toml.*not a regular file"):
        DatasetLoader(data_copy).load()
    target.unlink()
    target.write_text("# x\n" * 2_000_000, encoding="utf-8")  # 8 MB
    with pytest.raises(DatasetError, match=r"estimates\.toml.*larger than 5,242,880 bytes"):
        DatasetLoader(data_copy).load()


def test_deep_nesting_is_refused_and_a_byte_order_mark_is_fine(data_copy: Path) -> None:
    sources = data_copy / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text("\ufeff" + text, encoding="utf-8")
    assert DatasetLoader(data_copy).load().version
    sources.write_text(text + "\nnested = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"sources\.toml.*nests values too deeply"):
        DatasetLoader(data_copy).load()


def test_a_note_without_its_chinese_is_reported(data_copy: Path) -> None:
    _edit(data_copy, "article.toml", 'note_zh = "这是德弗里斯供给侧估算的前提', 'nope = "')
    text = (data_copy / "article.toml").read_text(encoding="utf-8").replace('\nnope = "', "\n# ")
    (data_copy / "article.toml").write_text(text, encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        DatasetLoader(data_copy).load()
    assert (raised.value.file, raised.value.record, raised.value.field) == (
        "article.toml",
        "nvidia_ai_server_share",
        "note_zh",
    )


#: Story records (stories.toml) are validated like the rest: (old text, new text, record, field, words).
BAD_STORY_EDITS = [
    (
        'headline_en = "{result}"',
        'headline_en = "{resutl}"',
        "chatgpt_day",
        "headline_en",
        "'{resutl}' is not a placeholder",
    ),
    (
        'headline_en = "{result}"',
        'headline_en = "{value:no_such_figure}"',
        "chatgpt_day",
        "headline_en",
        "names a figure",
    ),
    ('headline_en = "{result}"', 'headline_en = "{result"', "chatgpt_day", "headline_en", "unbalanced braces"),
    (
        'scenario = "chatgpt_daily"',
        'scenario = "chatgpt_dialy"',
        "chatgpt_day",
        "scenario",
        "no scenario 'chatgpt_dialy'",
    ),
    (
        'kind = "runs"\ntarget = "hgx_a100_power"',
        'kind = "runs"\ntarget = "chatgpt_servers"',
        "chatgpt_day",
        "row",
        "has no chooser",
    ),
    (
        'kind = "runs"\ntarget = "hgx_a100_power"',
        'kind = "bars"\ntarget = "hgx_a100_power"',
        "chatgpt_day.row[1]",
        "kind",
        "must be one of",
    ),
    ('place = "shenzhen_2023"', 'place = "gpt3_training"', "chatgpt_day", "yardsticks", "is not a yardstick"),
    (
        'name = "chatgpt_servers"',
        'name = "chatgpt_serverz"',
        "chatgpt_day",
        "input.name",
        "is not an input of chatgpt_daily",
    ),
    (
        'question_zh = "ChatGPT一天真的“吃”掉{amount:chatgpt_title_energy}电吗？"\n',
        "",
        "chatgpt_day",
        "question_zh",
        "is missing",
    ),
]


@pytest.mark.parametrize(("old", "new", "record", "field", "words"), BAD_STORY_EDITS)
def test_a_bad_story_record_is_reported_with_file_record_and_field(
    data_copy: Path, old: str, new: str, record: str, field: str, words: str
) -> None:
    _assert_reported(data_copy, ("stories.toml", old, new), ("stories.toml", record, field), words)


def test_no_figure_value_is_written_into_a_translation_or_a_story() -> None:
    """A corrected figure must never leave its old number behind: labels and templates take it from the figure."""
    import html
    import re
    from dataclasses import replace

    from core.formatting import format_amount, format_estimate
    from core.paths import resources_directory

    dataset = load_dataset()
    ts = (resources_directory() / "translations" / "ai_energy_zh_CN.ts").read_text(encoding="utf-8")
    texts = [html.unescape(t) for t in re.findall(r"<(?:source|translation)>(.*?)</", ts, re.S)]
    texts.append((data_directory() / "stories.toml").read_text(encoding="utf-8"))
    # the article's own headline is a title, cited as printed (the about box): not a figure to keep in step
    texts = [text.replace("ChatGPT 一天“吃”50万度电", "").replace("ChatGPT 一天‘吃’50万度电", "") for text in texts]
    found = []
    for figure in dataset.figures.values():
        estimate = replace(figure.estimate(), approximate=False, bound=None)
        for language in ("en", "zh"):
            # as a value reads ("500,000 kWh a day") and as an amount per period ("500,000 kWh", "50万度")
            for shown in {format_estimate(estimate, language, keep_units=True), format_amount(estimate, language)}:
                if "%" in shown or not re.search(r"[A-Za-z度]", shown):  # shares and bare counts are too common
                    continue
                found += [(figure.id, shown) for text in texts if shown in text]
    assert found == []
