"""A class's own figures: checked field by field in both languages, written and read back, added to the dataset
without touching the shipped figures, and compared like any yardstick."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.calculator import Calculator
from core.dataset import DatasetError, RecordFields, Status, build_figure, load_dataset
from core.explain import describe_comparison, footnote
from core.own_figures import OwnFigureError, own_figure, parse_own_figures, read_own_figures, with_own_figures
from core.own_figures import write_own_figures as write

SCHOOL = {
    "id": "our_school",
    "name_en": "our school",
    "name_zh": "我们学校",
    "kind": "company",
    "value": 350000,
    "unit": "kWh/year",
    "year": 2025,
    "source": "The school's electricity bills",
}
SCHOOL_DAY = {
    **SCHOOL,
    "id": "school_day",
    "name_en": "school day",
    "name_zh": "上学日",
    "kind": "everyday",
    "value": 1200,
    "unit": "kWh",
    "plural_en": "school days",
    "measure_zh": "个",
}


def test_an_own_figure_is_compared_like_a_shipped_yardstick_and_marked_as_the_reader_s() -> None:
    dataset = load_dataset()
    figures = (own_figure(SCHOOL, "my_figures.toml", dataset), own_figure(SCHOOL_DAY, "my_figures.toml", dataset))
    calculator = Calculator(with_own_figures(dataset, figures))
    training = calculator.evaluate("gpt3_training")
    school = calculator.compare(training, "our_school")
    assert describe_comparison(school, "en") == "what our school uses in 3.7 years"
    assert describe_comparison(school, "zh") == "相当于我们学校3.7年的用电量"
    days = calculator.compare(training, "school_day")
    assert describe_comparison(days, "en") == "1,100 school days"
    assert describe_comparison(days, "zh") == "相当于1,100个上学日"
    figure = calculator.dataset.figure("our_school")
    assert figure.label("en") == "our school (my figure)" and figure.label("zh") == "我们学校（我的数据）"
    assert footnote(figure, calculator.dataset, "en") == (
        "our school (my figure): 350,000 kWh a year (2025). Source: The school's electricity bills 2025. "
        "The reader's own figure, not checked by the program."
    )
    assert calculator.evaluate("our_school * 2").result.value.to("kWh/year").magnitude == 700000


def test_own_figures_never_change_the_shipped_dataset() -> None:
    dataset = load_dataset()
    with_own_figures(dataset, [own_figure(SCHOOL, "my_figures.toml", dataset)])
    assert "our_school" not in dataset.figures and "own_our_school" not in dataset.sources
    assert "our_school" not in load_dataset().figures


@pytest.mark.parametrize(
    ("change", "field", "english", "chinese"),
    [
        ({"id": "household_cn"}, "id", "'household_cn' is a figure of the program's dataset", "是本程序数据集里的数据"),
        ({"id": "Our School"}, "id", "must be small letters, digits and underscores", "只能由小写字母"),
        ({"id": "kWh"}, "id", "must be small letters", "只能由小写字母"),
        ({"id": "hour"}, "id", "'hour' is the name of a unit", "是单位名称"),
        ({"name_zh": ""}, "name_zh", "Chinese name: is empty; fill it in", "中文名称：不能为空，请填写"),
        ({"value": None}, "value", "value: is empty; write a number above zero", "数值：未填写；请填写一个大于零的数"),
        ({"value": "abc"}, "value", "'abc' is not a number above zero", "不是大于零的数"),
        ({"value": -5}, "value", "-5 is not a number above zero", "不是大于零的数"),
        ({"value": 0}, "value", "0 is not a number above zero", "不是大于零的数"),
        ({"unit": "kg"}, "unit", "'kg' is not an energy or an energy per year", "不是电量或每年的电量"),
        ({"unit": "kWh/"}, "unit", "'kWh/' is not a unit the program knows", "程序无法识别单位“kWh/”；请写度/年"),
        ({"year": 20}, "year", "20 is not a year", "不是年份"),
        ({"kind": "galaxy"}, "kind", "'galaxy' must be one of household, city", "必须是household、city"),
        ({"kind": "household"}, "plural_en", "English plural: is empty", "英文复数：不能为空"),
        ({"source": " "}, "source", "source: is empty", "来源：不能为空"),
        ({"approximate": "yes"}, "approximate", "write true or false", "请写true或false"),
        ({"colour": "red"}, "colour", "unknown field", "无法识别的字段；每条数据只能包含id、name_en"),
    ],
)
def test_a_bad_entry_names_its_field_in_both_languages(change: dict, field: str, english: str, chinese: str) -> None:
    with pytest.raises(OwnFigureError) as raised:
        own_figure({**SCHOOL, **change}, "my_figures.toml", load_dataset())
    assert raised.value.field == field
    assert str(raised.value).startswith("my_figures.toml: figure '")
    assert english in str(raised.value)
    assert raised.value.message("zh").startswith("my_figures.toml：数据“") and chinese in raised.value.message("zh")


def test_an_id_used_twice_is_refused() -> None:
    with pytest.raises(OwnFigureError, match="this id is used twice"):
        parse_own_figures({"figure": [SCHOOL, SCHOOL]}, "my_figures.toml", load_dataset())


def test_the_file_round_trips_and_a_missing_file_is_no_figures(tmp_path: Path) -> None:
    dataset = load_dataset()
    path = tmp_path / "folder" / "my_figures.toml"
    assert read_own_figures(path, dataset) == ()
    figures = (own_figure(SCHOOL, "x", dataset), own_figure({**SCHOOL_DAY, "approximate": True}, "x", dataset))
    write(path, figures)
    assert read_own_figures(path, dataset) == figures
    assert 'name_zh = "我们学校"\n' in path.read_text(encoding="utf-8")
    assert not list(path.parent.glob("*.tmp"))


def test_a_broken_file_says_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "my_figures.toml"
    path.write_text("[[figure]]\nid = \n", encoding="utf-8")
    with pytest.raises(OwnFigureError, match=r"^my_figures.toml: the file is not valid TOML") as raised:
        read_own_figures(path, load_dataset())
    assert raised.value.message("zh") == "my_figures.toml：第2行第6列不是有效的TOML格式，请修改这一行"


def test_the_shipped_files_cannot_use_the_status_own() -> None:
    record = {**RECORD, "status": "own"}
    with pytest.raises(DatasetError, match="'own' marks a reader's own figure"):
        build_figure(RecordFields("yardsticks.toml", record, 1))
    assert build_figure(RecordFields("my_figures.toml", record, 1), own=True).status is Status.OWN


RECORD = {
    "id": "a_figure",
    "label_en": "A figure",
    "label_zh": "一个数字",
    "value": 1,
    "unit": "kWh",
    "year": 2024,
    "source": "own_a_figure",
    "status": "C",
}
