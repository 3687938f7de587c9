"""Lessons in the window: a view's inputs as a lesson writes them, and a lesson's values checked against the
controls that will take them (core.lessons reads and writes the file itself).

An input is written in its control's unit ("3617", "24 hour", "118 percent") and read back with core's
calculator, so a teacher may write any unit of the same kind ("10.2 kW", "10200 W", "1 day"); a value of
another kind, or outside the control's range, is refused with the key that holds it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from core.errors import CalculatorError
from core.lessons import LessonError
from core.units import pint
from gui.widgets.input_control import InputControl, InputSpec

if TYPE_CHECKING:
    from core.calculator import Calculator
    from core.values import Estimate


def value_text(estimate: Estimate, spec: InputSpec) -> str:
    """`estimate` as a lesson writes it: the number in the control's unit, then the unit ("9e+09 1 / day")."""
    magnitude = float(estimate.value.to(spec.unit or "dimensionless").magnitude)
    return f"{magnitude:.12g} {spec.unit}".strip()


def inputs_state(controls: Iterable[InputControl], changed: Callable[[str], bool]) -> dict[str, str]:
    """The values of the controls whose input `changed` says the reader set."""
    return {
        control.spec.name: value_text(control.model.value(control.spec.name), control.spec)
        for control in controls
        if changed(control.spec.name)
    }


def checked_inputs(
    calculator: Calculator, controls: Iterable[InputControl], inputs: dict[str, str], where: str
) -> dict[str, float]:
    """The lesson's `inputs` as numbers in each control's unit, every one checked: a known input, a value of the
    right kind, within the control's range. `where` is the lesson's key of the table ("lesson.toml:
    views.chatgpt_day.inputs")."""
    specs = {control.spec.name: control.spec for control in controls}
    numbers = {}
    for name, text in inputs.items():
        key = f"{where}.{name}"
        spec = specs.get(name)
        if spec is None:
            known = ", ".join(specs) or "none"
            raise LessonError(
                f"{key}: this view has no input '{name}'; its inputs are: {known}",
                f"{key}：这个视图没有输入项“{name}”；它的输入项是：{known}",
            )
        numbers[name] = _checked_value(calculator, spec, text, key)
    return numbers


def _checked_value(calculator: Calculator, spec: InputSpec, text: str, key: str) -> float:
    """The value `text` in the unit of `spec`, or a LessonError that says why it cannot be."""
    unit = spec.unit or "dimensionless"
    example = f"{spec.minimum * spec.factor:g} {spec.unit}".strip()
    try:
        magnitude = float(calculator.evaluate(text).result.value.to(unit).magnitude)
    except CalculatorError as error:
        raise LessonError(f'{key} = "{text}": {error}', f'{key} = "{text}"：{error.message("zh")}') from None
    except pint.DimensionalityError:  # a value of another kind
        raise LessonError(
            f'{key} = "{text}": not a value in {unit}; write one such as "{example}"',
            f'{key} = "{text}"：单位不对，应当可以换算成{unit}，例如"{example}"',
        ) from None
    low, high = spec.minimum * spec.factor, spec.maximum * spec.factor
    if not low <= magnitude <= high:
        raise LessonError(
            f'{key} = "{text}": outside what the control can show ({low:g} to {high:g} {spec.unit}); '
            f"write a value in that range",
            f'{key} = "{text}"：超出了滑块的范围（{low:g}～{high:g} {spec.unit}），请写这个范围内的值',
        )
    return magnitude


def checked_choice(key: str, figure_id: str, allowed: list[str]) -> str:
    """`figure_id` if it is one of `allowed`, else a LessonError listing them."""
    if figure_id not in allowed:
        listed = ", ".join(allowed)
        raise LessonError(
            f'{key} = "{figure_id}": not one of its choices; write one of {listed}',
            f'{key} = "{figure_id}"：不在可选范围内；请写其中之一：{listed}',
        )
    return figure_id


def unknown_name(key: str, known: Iterable[str]) -> LessonError:
    """The error for a choice or yardstick slot the view does not have."""
    listed = ", ".join(known) or "none"
    return LessonError(
        f"{key}: this view has no such setting; it has: {listed}", f"{key}：这个视图没有这一项；它有：{listed}"
    )
