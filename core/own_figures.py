"""A class's own figures: yardsticks a reader adds (the school's yearly electricity, the home town), kept in a TOML
file of their own and never written into the shipped dataset.

The file (``my_figures.toml`` beside the configuration, or the file an exhibit's configuration names)::

    [[figure]]
    id = "our_school"
    name_en = "our school"
    name_zh = "我们学校"
    kind = "company"            # household, city, country, power_station, company or everyday
    value = 350000
    unit = "kWh/year"           # an energy, or an energy per year
    year = 2025
    source = "The school's electricity bills, 2025"
    approximate = false
    plural_en = ""              # household and everyday only: "school days"
    measure_zh = ""             # household and everyday only: the measure word, 户 or 个

Each record is checked field by field, with a message in English and Chinese that names the field, and is then
built by the dataset's own `build_figure`, so an own figure obeys every rule a shipped one does. An own figure's
status is "own" and its source is the reader's text; its id must not be a shipped figure's, a constant's or a
unit's, so it can never replace one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.dataset import COUNTED_KINDS, Dataset, RecordFields, Source, build_figure
from core.errors import CalculatorError, DatasetError, quoted
from core.paths import OWN_FIGURES_FILE_NAME
from core.toml_files import TomlFileError, array_of_tables, read_toml
from core.units import Quantity, registry

FILE_NAME = OWN_FIGURES_FILE_NAME
#: The kinds whose comparisons count ("as much as 12 of our school's days use"): they need a plural and a measure word.
COUNTED = frozenset(kind.value for kind in COUNTED_KINDS)
#: The kinds of yardstick a class is likely to know; sectors and "the world" are the dataset's.
KINDS = ("household", "city", "country", "power_station", "company", "everyday")
#: Text fields, in the order a file lists them.
FIELDS = (
    "id",
    "name_en",
    "name_zh",
    "kind",
    "value",
    "unit",
    "year",
    "source",
    "approximate",
    "plural_en",
    "measure_zh",
)
#: A file of own figures is a few kilobytes; one a thousand times larger is not one.
LARGEST_FILE = 1024 * 1024
#: How an own figure's label marks it, in every chooser, table and step.
MARK = {"en": " (my figure)", "zh": "（我的数据）"}
#: Field names as the My figures dialog and the messages call them.
FIELD_NAMES = {
    "en": {
        "id": "id",
        "name_en": "English name",
        "name_zh": "Chinese name",
        "kind": "kind",
        "value": "value",
        "unit": "unit",
        "year": "year",
        "source": "source",
        "approximate": "approximate",
        "plural_en": "English plural",
        "measure_zh": "Chinese measure word",
    },
    "zh": {
        "id": "编号",
        "name_en": "英文名称",
        "name_zh": "中文名称",
        "kind": "类别",
        "value": "数值",
        "unit": "单位",
        "year": "年份",
        "source": "来源",
        "approximate": "约数",
        "plural_en": "英文复数",
        "measure_zh": "中文量词",
    },
}


class OwnFigureError(CalculatorError):
    """An own figure that cannot be used: the message names the file, the figure and the field, in English and
    (with `message("zh")`) Chinese. `figure` and `field` say where, for the dialog to point at."""

    def __init__(self, file: str, figure: str, field: str, english: str, chinese: str) -> None:
        self.file, self.figure, self.field = file, figure, field
        if figure == "-":  # the whole file, or a key outside any figure
            super().__init__(f"{file}: {english}", f"{file}：{chinese}")
            return
        where_en = f"{file}: figure '{figure}', {FIELD_NAMES['en'].get(field, field)}"
        where_zh = f"{file}：数据“{figure}”的{FIELD_NAMES['zh'].get(field, field)}"
        super().__init__(f"{where_en}: {english}", f"{where_zh}：{chinese}")


@dataclass(frozen=True)
class OwnFigure:
    """One yardstick a reader added; `figure()` is it as the dataset holds it."""

    id: str
    name_en: str
    name_zh: str
    kind: str
    value: float
    unit: str
    year: int
    source: str
    approximate: bool = False
    plural_en: str = ""
    measure_zh: str = ""

    def fields(self) -> dict[str, Any]:
        """The figure as its file writes it, field by field in FIELDS' order."""
        return {field: getattr(self, field) for field in FIELDS}

    @property
    def source_id(self) -> str:
        """The id of the source record made from the reader's source text (shipped source ids never start so)."""
        return f"own_{self.id}"

    def record(self) -> dict[str, Any]:
        """The figure as the dataset's figure files would write it."""
        yardstick = {"kind": self.kind, "name_en": self.name_en, "name_zh": self.name_zh}
        if self.kind in COUNTED:
            yardstick |= {"plural_en": self.plural_en, "measure_zh": self.measure_zh}
        return {
            "id": self.id,
            "label_en": self.name_en + MARK["en"],
            "label_zh": self.name_zh + MARK["zh"],
            "value": self.value,
            "unit": self.unit,
            "year": self.year,
            "source": self.source_id,
            "status": "own",
            "approximate": self.approximate,
            "yardstick": yardstick,
        }

    def source_record(self) -> Source:
        """The reader's source text as a source the footnotes and tables can cite."""
        return Source(
            id=self.source_id,
            title=self.source,
            author=self.source,
            publisher="",
            year=self.year,
            url="",
            doi="",
            part="",
            note="Added by the reader in My figures; not checked by the program.",
            name_zh=self.source,
        )


def read_own_figures(path: Path, dataset: Dataset) -> tuple[OwnFigure, ...]:
    """The own figures in the file at `path` (none when it does not exist); an OwnFigureError names what is
    wrong."""
    try:
        document = read_toml(path, LARGEST_FILE)
    except FileNotFoundError:
        return ()
    except TomlFileError as error:
        raise OwnFigureError(path.name, "-", "-", f"the file {error}", _file_problem_zh(str(error))) from None
    return parse_own_figures(document, path.name, dataset)


def parse_own_figures(document: Mapping[str, Any], file_name: str, dataset: Dataset) -> tuple[OwnFigure, ...]:
    """Check a parsed file of own figures (``[[figure]]`` records) against `dataset` and return them."""
    unknown = sorted(set(document) - {"figure"})
    if unknown:
        raise OwnFigureError(
            file_name,
            "-",
            unknown[0],
            f"unknown key '{unknown[0]}'; the file holds [[figure]] records only",
            f"无法识别的键“{unknown[0]}”；文件里只能包含[[figure]]记录",
        )
    records = document.get("figure", [])
    if not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
        raise OwnFigureError(
            file_name, "-", "figure", "write each figure as a [[figure]] table", "每条数据都要写成[[figure]]表"
        )
    return checked_figures(records, file_name, dataset)


def checked_figures(records: Iterable[Mapping[str, Any]], file_name: str, dataset: Dataset) -> tuple[OwnFigure, ...]:
    """Each raw record checked (and no id used twice) and built, in order."""
    figures: list[OwnFigure] = []
    for position, record in enumerate(records, start=1):
        figure = own_figure(record, file_name, dataset, position)
        if any(earlier.id == figure.id for earlier in figures):
            raise OwnFigureError(
                file_name,
                figure.id,
                "id",
                "this id is used twice; give each figure its own",
                "这个编号用了两次；每条数据的编号都要不同",
            )
        figures.append(figure)
    return tuple(figures)


def own_figure(record: Mapping[str, Any], file_name: str, dataset: Dataset, position: int = 1) -> OwnFigure:
    """One raw record checked field by field; an OwnFigureError names the first field that is wrong."""
    name = str(record.get("id", "") or f"#{position}")
    check = _Checker(file_name, name, record)
    check.unknown_keys()
    figure_id = check.identifier(dataset)
    figure = OwnFigure(
        id=figure_id,
        name_en=check.text("name_en"),
        name_zh=check.text("name_zh"),
        kind=check.kind(),
        value=check.value(),
        unit=check.unit(),
        year=check.year(),
        source=check.text("source"),
        approximate=check.flag("approximate"),
        plural_en=check.text("plural_en", required=record.get("kind") in COUNTED),
        measure_zh=check.text("measure_zh", required=record.get("kind") in COUNTED),
    )
    try:
        build_figure(RecordFields(file_name, figure.record(), position), own=True)
    except DatasetError as error:  # the dataset's own rules, as a last guard; the checks above say it in Chinese
        field = {"label_en": "name_en", "label_zh": "name_zh"}.get(error.field, error.field)
        raise OwnFigureError(file_name, figure_id, field, error.problem, error.problem) from None
    return figure


def with_own_figures(dataset: Dataset, figures: Iterable[OwnFigure]) -> Dataset:
    """`dataset` with `figures` added after the shipped ones (the shipped dataset itself is not changed)."""
    own = list(figures)
    if not own:
        return dataset
    built = {figure.id: build_figure(RecordFields(FILE_NAME, figure.record(), 0), own=True) for figure in own}
    return dataclasses.replace(
        dataset,
        figures={**dataset.figures, **built},
        sources={**dataset.sources, **{figure.source_id: figure.source_record() for figure in own}},
    )


def write_own_figures(path: Path, figures: Iterable[OwnFigure]) -> None:
    """Write the figures to `path` atomically (a crash leaves the old file or the new one), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# AI Energy Calculator: my figures (a class's own yardsticks). Edit in the program: Lesson > My figures.\n\n"
    )
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(header + array_of_tables("figure", [figure.fields() for figure in figures]), encoding="utf-8")
    temporary.replace(path)


class _Checker:
    """The field checks of one record, each raising an OwnFigureError in both languages."""

    def __init__(self, file: str, figure: str, record: Mapping[str, Any]) -> None:
        self.file, self.figure, self.record = file, figure, record

    def fail(self, field: str, english: str, chinese: str) -> OwnFigureError:
        """An error for `field` of this record."""
        return OwnFigureError(self.file, self.figure, field, english, chinese)

    def unknown_keys(self) -> None:
        """Only the documented fields."""
        unknown = sorted(set(self.record) - set(FIELDS))
        if unknown:
            raise self.fail(
                unknown[0],
                f"unknown field; a figure has {', '.join(FIELDS)}",
                f"无法识别的字段；每条数据只能包含{'、'.join(FIELDS)}",
            )

    def text(self, field: str, required: bool = True) -> str:
        """A text field; a required one must not be empty."""
        value = self.record.get(field, "")
        if not isinstance(value, str):
            raise self.fail(field, "write it as text, in quotes", "请写成文字（加引号）")
        if required and not value.strip():
            raise self.fail(field, "is empty; fill it in", "不能为空，请填写")
        return value.strip()

    def identifier(self, dataset: Dataset) -> str:
        """lower_snake_case, and not a shipped figure's, constant's or unit's name."""
        value = self.text("id")
        if (
            not value.isascii()
            or not value[:1].isalpha()
            or not value.replace("_", "").isalnum()
            or value != value.lower()
        ):
            raise self.fail(
                "id",
                f"'{value}' must be small letters, digits and underscores, starting with a letter, such as our_school",
                f"“{value}”只能由小写字母、数字和下划线组成，并以字母开头，例如our_school",
            )
        if value in dataset.figures or value in dataset.constants:
            raise self.fail(
                "id",
                f"'{value}' is a figure of the program's dataset; choose another id (yours never replace its own)",
                f"“{value}”是本程序数据集里的数据；请换一个编号（自己的数据不会替换程序自带的数据）",
            )
        if value in registry:
            raise self.fail(
                "id", f"'{value}' is the name of a unit; choose another id", f"“{value}”是单位名称；请换一个编号"
            )
        return value

    def kind(self) -> str:
        """One of KINDS."""
        value = self.text("kind")
        if value not in KINDS:
            raise self.fail(
                "kind", f"'{value}' must be one of {', '.join(KINDS)}", f"“{value}”必须是{'、'.join(KINDS)}之一"
            )
        return value

    def value(self) -> float:
        """A finite number above zero."""
        value = self.record.get("value")
        if value is None or value == "":
            raise self.fail(
                "value",
                "is empty; write a number above zero, such as 350000",
                "未填写；请填写一个大于零的数，例如350000",
            )
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1e30:
            raise self.fail(
                "value",
                f"{_shown(value, 'en')} is not a number above zero; write a number such as 350000",
                f"{_shown(value, 'zh')}不是大于零的数；请写一个数，例如350000",
            )
        return value

    def unit(self) -> str:
        """A unit pint knows, measuring an energy (kWh) or an energy per year (kWh/year)."""
        value = self.text("unit")
        try:
            dimensionality = Quantity(1, registry.parse_units(value)).dimensionality
        except Exception:  # pint raises several kinds for a malformed unit
            dimensionality = None
        if dimensionality is None:
            raise self.fail(
                "unit",
                f"'{value}' is not a unit the program knows; write kWh/year, MWh/year or kWh",
                f"程序无法识别单位“{value}”；请写度/年、kWh/year（年用电量）或度、kWh",
            )
        energy = registry.get_dimensionality("[energy]")
        if dimensionality not in (energy, energy / registry.get_dimensionality("[time]")):
            raise self.fail(
                "unit",
                f"'{value}' is not an energy or an energy per year; write kWh/year (a yearly use) or kWh",
                f"“{value}”不是电量或每年的电量；请写度/年、kWh/year（年用电量）或度、kWh",
            )
        return value

    def year(self) -> int:
        """A whole year from 1800 to 2100."""
        value = self.record.get("year")
        if value is None or value == "":
            raise self.fail("year", "is empty; write a year such as 2025", "未填写；请填写年份，例如2025")
        if isinstance(value, bool) or not isinstance(value, int) or not 1800 <= value <= 2100:
            raise self.fail(
                "year",
                f"{_shown(value, 'en')} is not a year; write one such as 2025",
                f"{_shown(value, 'zh')}不是年份；请写一个年份，例如2025",
            )
        return value

    def flag(self, field: str) -> bool:
        """true or false (false when absent)."""
        value = self.record.get(field, False)
        if not isinstance(value, bool):
            raise self.fail(field, "write true or false", "请写true或false")
        return value


def _file_problem_zh(problem: str) -> str:
    """What is wrong with a file, in Chinese: the TOML parser's line and column, when it names them."""
    place = re.search(r"at line (\d+), column (\d+)", problem)
    if "not valid TOML" in problem and place:
        return f"第{place[1]}行第{place[2]}列不是有效的TOML格式，请修改这一行"
    if "not valid TOML" in problem:
        return "文件不是有效的TOML格式，请检查后修改"
    if "not UTF-8" in problem:
        return "文件不是UTF-8编码的文本，请另存为UTF-8"
    return "文件无法读取，请检查它是否是程序写出的my_figures.toml"


def _shown(value: Any, language: str) -> str:
    """A wrong value as a message echoes it: text quoted, anything else as TOML would write it."""
    return quoted(value, language) if isinstance(value, str) else repr(value)


__all__ = [
    "FIELDS",
    "FIELD_NAMES",
    "FILE_NAME",
    "KINDS",
    "MARK",
    "OwnFigure",
    "OwnFigureError",
    "checked_figures",
    "own_figure",
    "parse_own_figures",
    "read_own_figures",
    "with_own_figures",
    "write_own_figures",
]
