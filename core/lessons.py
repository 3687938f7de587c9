"""Lesson files: a teacher's settings for every view, saved once and opened on the classroom's computer.

A lesson is TOML (the README documents it)::

    language = "zh"
    view = "chatgpt_day"
    [views.chatgpt_day.inputs]
    hgx_a100_power = "10.2 kW"
    [views.chatgpt_day.choices]
    [views.chatgpt_day.yardsticks]
    household = "our_school"
    [[my_figures]]              # the teacher's own yardsticks the lesson uses (core.own_figures' fields)
    id = "our_school"
    ...

This module reads and writes the file's shape: which keys exist, that every value is text, that the language is
one the program speaks. Whether a view, an input or a figure exists, and whether "10.2 kW" is a power, is for
the views that hold them to say (each names the key and how to fix it): a lesson is applied only once every part
of it has been checked, so a broken lesson changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import CalculatorError
from core.toml_files import TomlFileError, array_of_tables, read_toml, toml_value

#: What a view's table in a lesson may hold: the reader's own values, the estimates chosen, the yardsticks.
SECTIONS = ("inputs", "choices", "yardsticks")
LANGUAGES = ("en", "zh")
#: A lesson is a few hundred bytes; a file a thousand times larger is not one.
LARGEST_LESSON = 256 * 1024
#: The file name ending the installers register, so a double-click opens a lesson.
SUFFIX = ".aienergy.toml"


class LessonError(CalculatorError):
    """A lesson that cannot be used: the message names the file, the key, what is wrong and how to fix it (in
    English, and in Chinese with `message("zh")`)."""


@dataclass(frozen=True)
class ViewState:
    """One view's part of a lesson: input name -> value with its unit ("10.2 kW"), input name -> chosen figure
    id, comparison slot -> yardstick id."""

    inputs: dict[str, str] = field(default_factory=dict)
    choices: dict[str, str] = field(default_factory=dict)
    yardsticks: dict[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        """True when the view is as a new reader sees it."""
        return not (self.inputs or self.choices or self.yardsticks)


@dataclass(frozen=True)
class Lesson:
    """The language and the view to open (None: leave as they are), and each view's state."""

    language: str | None = None
    view: str | None = None
    views: dict[str, ViewState] = field(default_factory=dict)
    my_figures: tuple[dict[str, Any], ...] = ()


def read_lesson(path: Path) -> Lesson:
    """The lesson in the file at `path`; a LessonError names what is wrong with it."""
    try:
        document = read_toml(path, LARGEST_LESSON)
    except FileNotFoundError:
        raise LessonError(
            f"{path}: no such file; check the name and the folder", f"{path}：找不到这个文件，请检查文件名和文件夹"
        ) from None
    except TomlFileError as error:
        raise LessonError(f"{path}: the file {error}", f"{path}：文件无法使用（{error}）") from None
    return parse_lesson(document, path.name)


def parse_lesson(document: dict[str, Any], file_name: str) -> Lesson:
    """Check the shape of a parsed lesson (see the module docstring) and return it."""
    unknown = sorted(set(document) - {"language", "view", "views", "my_figures"})
    if unknown:
        raise LessonError(
            f"{file_name}: unknown key '{unknown[0]}'; a lesson has language, view, [views.…] and [[my_figures]] only",
            f"{file_name}：不认识的键“{unknown[0]}”；课程文件只有language、view、[views.…]和[[my_figures]]",
        )
    my_figures = document.get("my_figures", [])
    if not isinstance(my_figures, list) or not all(isinstance(record, dict) for record in my_figures):
        raise LessonError(
            f"{file_name}: my_figures: write each of your own figures as a [[my_figures]] table",
            f"{file_name}：my_figures：每条自己的数据都要写成[[my_figures]]表",
        )
    language = _text(document, "language", file_name)
    if language is not None and language not in LANGUAGES:
        raise LessonError(
            f'{file_name}: language = "{language}": write "en" or "zh"',
            f'{file_name}：language = "{language}"：请写"en"或"zh"',
        )
    views = document.get("views", {})
    if not isinstance(views, dict):
        raise LessonError(
            f"{file_name}: views must be tables, such as [views.chatgpt_day.inputs]",
            f"{file_name}：views必须是表，例如[views.chatgpt_day.inputs]",
        )
    return Lesson(
        language,
        _text(document, "view", file_name),
        {view_id: _view_state(view_id, table, file_name) for view_id, table in views.items()},
        tuple(my_figures),
    )


def lesson_text(lesson: Lesson) -> str:
    """The lesson as TOML, views in the order given, with a first line that says what the file is."""
    lines = ["# AI Energy Calculator lesson: open it with the program, or edit it (see the README)."]
    for key in ("language", "view"):
        value = getattr(lesson, key)
        if value is not None:
            lines.append(f"{key} = {_quoted(value)}")
    for view_id, state in lesson.views.items():
        for section in SECTIONS:
            lines += ["", f"[views.{view_id}.{section}]"]
            lines += [f"{_key(key)} = {_quoted(value)}" for key, value in getattr(state, section).items()]
    if lesson.my_figures:
        lines += ["", array_of_tables("my_figures", list(lesson.my_figures)).rstrip("\n")]
    return "\n".join(lines) + "\n"


def write_lesson(path: Path, lesson: Lesson) -> None:
    """Write `lesson` to `path` atomically: a crash leaves the old file or the new one, never half of one."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(lesson_text(lesson), encoding="utf-8")
    temporary.replace(path)


def _view_state(view_id: str, table: Any, file_name: str) -> ViewState:
    """One view's table: only inputs, choices and yardsticks, each a table of texts."""
    if not isinstance(table, dict):
        raise LessonError(
            f"{file_name}: views.{view_id} must be a table, such as [views.{view_id}.inputs]",
            f"{file_name}：views.{view_id}必须是表，例如[views.{view_id}.inputs]",
        )
    unknown = sorted(set(table) - set(SECTIONS))
    if unknown:
        raise LessonError(
            f"{file_name}: unknown key 'views.{view_id}.{unknown[0]}'; a view has inputs, choices and yardsticks",
            f"{file_name}：不认识的键“views.{view_id}.{unknown[0]}”；每个视图只有inputs、choices和yardsticks",
        )
    sections: dict[str, dict[str, str]] = {}
    for section in SECTIONS:
        entries = table.get(section, {})
        if not isinstance(entries, dict):
            raise LessonError(
                f"{file_name}: views.{view_id}.{section} must be a table of names and values",
                f"{file_name}：views.{view_id}.{section}必须是由名称和取值组成的表",
            )
        for key, value in entries.items():
            if not isinstance(value, str):
                raise LessonError(
                    f"{file_name}: views.{view_id}.{section}.{key} = {value!r}: write the value in quotes, "
                    f'with its unit where it has one, such as "10.2 kW"',
                    f"{file_name}：views.{view_id}.{section}.{key} = {value!r}："
                    '请把取值写在引号里，有单位的带上单位，例如"10.2 kW"',
                )
        sections[section] = dict(entries)
    return ViewState(**sections)


def _text(document: dict[str, Any], key: str, file_name: str) -> str | None:
    """A top-level text value, or None when the key is absent."""
    value = document.get(key)
    if value is not None and not isinstance(value, str):
        raise LessonError(
            f"{file_name}: {key} = {value!r}: write it in quotes", f"{file_name}：{key} = {value!r}：请写在引号里"
        )
    return value


def _quoted(value: str) -> str:
    """`value` as a TOML basic string."""
    return toml_value(value)


def _key(key: str) -> str:
    """A key as TOML writes it: bare when it can be, quoted otherwise."""
    return key if key.replace("_", "").replace("-", "").isalnum() and key.isascii() else _quoted(key)
