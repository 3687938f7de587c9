"""`ai-energy-calc`: the calculator on the command line.

    ai-energy-calc EXPR [--as TARGET] [--lang en|zh] [--explain] [--json]
    ai-energy-calc list [figures|yardsticks|scenarios|sources] [--lang en|zh]
    ai-energy-calc show ID [--lang en|zh] [--json]
    ai-energy-calc scenario ID [--set NAME=VALUE ...] [--lang en|zh] [--explain] [--json]
    ai-energy-calc claims [--lang en|zh] [--json]
    ai-energy-calc project [--growth PERCENT] [--gain X] [--cadence YEARS] [--years N] [--lang en|zh] [--json]

Exit status 0 on success, 2 with one line on stderr for any bad input. No traceback ever reaches the reader.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import math
import sys
import textwrap
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from core.calculator import Calculator
from core.compare import Comparison
from core.dataset import Figure
from core.errors import CalculatorError, DatasetError, UnitDefinitionsError, quoted
from core.explain import (
    ARTICLE_ONLY_WORDS,
    STATUS_WORDS,
    VERDICT_LABELS,
    VERDICT_MEANINGS,
    comparison_unit,
    describe_claim_check,
    describe_comparison,
    describe_figure,
    describe_steps,
    format_deviation,
    format_result,
)
from core.expression import Calculation, Step, Term
from core.formatting import display_width, format_estimate, format_in_kwh, format_unit
from core.projection import OUTLOOK, Assumptions, assumption_labels, default_assumptions, project
from core.scenarios import ClaimCheck
from core.units import quantity
from core.values import Estimate, exact

PROGRAM = "ai-energy-calc"
#: Each subcommand, how it is called and what it does, in one line (the program's --help lists them).
SUBCOMMANDS = {
    "list": ("list [WHAT]", "figures (the default), yardsticks, scenarios or sources, one per line"),
    "show": ("show ID", "one figure, yardstick, constant, group or scenario, with its source and status"),
    "scenario": ("scenario ID", "work out one of the article's claims step by step; --set NAME=VALUE changes an input"),
    "claims": ("claims", "check every claim of the article against its own figures, with what each verdict means"),
    "project": ("project", "data-centre electricity year by year from 2024: chip efficiency against growing demand"),
}
LIST_CHOICES = ("figures", "yardsticks", "scenarios", "sources")
EXIT_OK, EXIT_BAD_INPUT = 0, 2


class UsageError(Exception):
    """The command line itself is malformed (unknown option, missing argument), said in both languages."""

    def __init__(self, english: str, chinese: str) -> None:
        super().__init__(english)
        self.english, self.chinese = english, chinese

    def message(self, language: str) -> str:
        """The message in `language`."""
        return self.chinese if language == "zh" else self.english


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing usage and exiting, so errors stay one line. argparse
    words its own messages in English; Chinese says what is wrong around them."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {PROGRAM} --help)", f"命令行参数有误：{message}（见{PROGRAM} --help）")


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    out, err = stdout or sys.stdout, stderr or sys.stderr
    _use_utf8(out, err)
    try:
        command, options = _parse(arguments)
        command(options, Calculator(), out)
    except UsageError as error:
        return _fail(error.message("zh" if _wants_chinese(arguments) else "en"), err)
    except DatasetError as error:  # a broken dataset file: tell the editor where
        return _fail(f"the dataset is invalid: {error}", err)
    except UnitDefinitionsError as error:  # a broken resources/units/units.txt
        return _fail(str(error), err)
    except CalculatorError as error:
        return _fail(error.message("zh" if _wants_chinese(arguments) else "en"), err)
    except SystemExit as exit_request:  # --help
        return int(exit_request.code or 0)
    except BrokenPipeError:  # the reader piped the output into `head`: stop quietly
        _silence(out)
    except (KeyboardInterrupt, MemoryError):
        return _fail("stopped before the answer was complete", err)
    except Exception as error:  # a bug of ours: one line that says so, never a traceback
        return _fail(f"this input found a bug in the calculator ({type(error).__name__}); please report it", err)
    return EXIT_OK


#: The longest error line printed; a message never spans more than one line.
LONGEST_MESSAGE = 400


def _fail(message: str, err: TextIO) -> int:
    """Print one line, `ai-energy-calc: error: ...`, shortened and with no line breaks; return exit status 2."""
    line = " ".join("".join(" " if not c.isprintable() else c for c in message).split())
    if len(line) > LONGEST_MESSAGE:
        line = line[: LONGEST_MESSAGE - 1] + "…"
    print(f"{PROGRAM}: error: {line}", file=err)
    return EXIT_BAD_INPUT


def _silence(stream: TextIO) -> None:
    """After a broken pipe, point the stream's descriptor at devnull so Python's exit flush cannot fail."""
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def _wants_chinese(arguments: list[str]) -> bool:
    """True when the command line asks for Chinese output (--lang zh or --lang=zh)."""
    pairs = itertools.pairwise(arguments)
    return "--lang=zh" in arguments or any(first == "--lang" and second == "zh" for first, second in pairs)


def _use_utf8(*streams: TextIO) -> None:
    """Chinese output must not fail on a console with a narrow encoding."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def _parse(arguments: list[str]) -> tuple[Callable[[argparse.Namespace, Calculator, TextIO], None], argparse.Namespace]:
    """Choose the subcommand (or the expression command) and parse its options. Options written before a
    subcommand ("--lang zh show ID") are read as if written after it."""
    leading, position = [], 0
    while position < len(arguments) and arguments[position].startswith("--"):
        takes_value = arguments[position] == "--lang" and position + 1 < len(arguments)
        leading += arguments[position : position + (2 if takes_value else 1)]
        position += 2 if takes_value else 1
    if position < len(arguments) and arguments[position] in SUBCOMMANDS:
        name = arguments[position]
        parser = _subcommand_parser(name)
        return _COMMANDS[name], parser.parse_args([*arguments[position + 1 :], *leading])
    return _run_expression, _expression_parser().parse_args(arguments)


def _common(parser: argparse.ArgumentParser, json_option: bool = True) -> None:
    """Options every command shares."""
    parser.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the output (default en)")
    if json_option:
        parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def _expression_parser() -> argparse.ArgumentParser:
    """The parser for `ai-energy-calc EXPR ...`."""
    width = max(len(usage) for usage, _ in SUBCOMMANDS.values())
    commands = "\n".join(f"  {PROGRAM} {usage:{width}}  {what}" for usage, what in SUBCOMMANDS.values())
    parser = _Parser(
        prog=PROGRAM,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=textwrap.fill(
            f"Calculate with the sourced figures of the AI energy article: {PROGRAM} EXPRESSION works out an "
            f"expression; the subcommands do the rest ({PROGRAM} SUBCOMMAND --help for each):",
            width=100,
        )
        + f"\n{commands}",
        epilog='Example: ai-energy-calc "google_searches_per_day * ai_query_energy_2023" --as "TWh/year"',
    )
    parser.add_argument("expression", help="for example 'gpt3_training', '50万度', '3617 * 6.5 kW * 24 h'")
    parser.add_argument(
        "--as", dest="target", help="a unit (TWh/year, kWh, 度) or a yardstick id (household_cn_article)"
    )
    parser.add_argument("--explain", action="store_true", help="also list every figure used, with source and status")
    _common(parser)
    return parser


def _subcommand_parser(name: str) -> argparse.ArgumentParser:
    """The parser for one subcommand."""
    parser = _Parser(prog=f"{PROGRAM} {name}", description=SUBCOMMANDS[name][1][:1].upper() + SUBCOMMANDS[name][1][1:])
    if name == "list":
        parser.add_argument(
            "what", nargs="?", default="figures", choices=LIST_CHOICES, help="what to list (default: figures)"
        )
        _common(parser)
    elif name == "show":
        parser.add_argument("id", help="a figure, yardstick, constant, scenario or group id (dc_split)")
        _common(parser)
    elif name == "scenario":
        parser.add_argument("id", help="a scenario id ('ai-energy-calc list scenarios')")
        parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="change an input")
        parser.add_argument("--explain", action="store_true", help="also list every figure used")
        _common(parser)
    elif name == "project":
        parser.description = (
            "Project the world's data-centre electricity from 2024 (IEA): chips do more work per kWh on the AI "
            "share, demand for AI work grows. Defaults are the view's: Epoch AI's efficiency trend over NVIDIA's "
            "two-year cadence, and the demand growth that meets the IEA's 2030 projection."
        )
        parser.add_argument("--growth", type=_number, help="growth in demand for AI work, percent a year")
        parser.add_argument("--gain", type=_number, help="work per kWh, new chip generation against the last")
        parser.add_argument("--cadence", type=_number, help="years between chip generations")
        parser.add_argument("--years", type=_whole_number, help="years ahead of 2024")
        _common(parser)
    else:
        _common(parser)
    return parser


def _number(text: str) -> float:
    """A plain number for an option, or a one-line error."""
    try:
        number = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a number") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a finite number")
    return number


def _whole_number(text: str) -> int:
    """A whole number for an option, or a one-line error."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a whole number") from None


# --- commands ---


def _run_expression(options: argparse.Namespace, calculator: Calculator, out: TextIO) -> None:
    """Evaluate an expression, optionally converting to a unit or comparing with a yardstick."""
    calculation = calculator.evaluate(options.expression)
    target = (options.target or "").strip()
    if options.target is not None and not target:
        raise UsageError(
            "--as needs a unit or a yardstick id, for example --as TWh/year",
            "--as后面需要一个单位或对比参照的编号，例如--as TWh/year",
        )
    if target and calculator.is_figure(target):
        _print_comparison(calculator.compare(calculation, target), calculator, options, out)
        return
    if target:
        calculation = calculator.convert(calculation, target)
    _print_calculation(calculation, calculator, options, out, keep_units=bool(target), asked=bool(target))


def _run_list(options: argparse.Namespace, calculator: Calculator, out: TextIO) -> None:
    """List figures, yardsticks, scenarios or sources: a title, a table with a header, and what the codes mean."""
    dataset, language = calculator.dataset, options.lang
    rows: list[dict[str, Any]]
    figures: list[Figure] = []
    if options.what == "scenarios":
        rows = [{"id": s.id, "title": s.title(language)} for s in dataset.scenarios.values()]
    elif options.what == "sources":
        rows = [{"id": s.id, "title": s.title, "year": s.year} for s in dataset.sources.values()]
    else:
        figures = dataset.yardsticks() if options.what == "yardsticks" else list(dataset.figures.values())
        rows = [_figure_row(figure, language) for figure in figures]
    if options.json:
        _print_json(rows, out)
        return
    for row, figure in zip(rows, figures, strict=False):  # the table marks what only the article states
        row["status"] = "A" if figure.only_in_article else row["status"]
    others = ", ".join(choice for choice in LIST_CHOICES if choice != options.what)
    if language == "zh":
        print(f"{LIST_TITLES_ZH[options.what]}（只写list时列出数据；也可列出：{others}）", file=out)
    else:
        print(f"{options.what.capitalize()} (list alone lists figures; also: {others})", file=out)
    headers = LIST_HEADERS[language]
    keys = sorted(rows[0], key=lambda key: key in ("label", "title"))  # the long texts last
    for line in aligned([[headers[key] for key in keys], *[[str(row[key]) for key in keys] for row in rows]]):
        print(line, file=out)
    if figures:
        codes = {**STATUS_WORDS[language], "A": ARTICLE_ONLY_WORDS[language]}
        if language == "zh":
            print("核实情况：" + "；".join(f"{code} {words}" for code, words in codes.items()), file=out)
        else:
            print("Status: " + "; ".join(f"{code} {words}" for code, words in codes.items()), file=out)


#: The table's column headers and the list's names in each language.
LIST_HEADERS = {
    "en": {"id": "ID", "value": "VALUE", "year": "YEAR", "status": "STATUS", "label": "WHAT IT IS", "title": "TITLE"},
    "zh": {"id": "编号", "value": "数值", "year": "年份", "status": "核实情况", "label": "说明", "title": "标题"},
}
LIST_TITLES_ZH = {"figures": "数据", "yardsticks": "对比参照", "scenarios": "文章的说法", "sources": "来源"}


def aligned(rows: list[list[str]]) -> list[str]:
    """Rows of cells as lines with aligned columns; a Chinese character takes two columns of a terminal."""
    widths = [max(display_width(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell + " " * (width - display_width(cell)) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _run_show(options: argparse.Namespace, calculator: Calculator, out: TextIO) -> None:
    """Show one figure (value, year, source, status), a group, a constant or a scenario."""
    dataset, language, record_id = calculator.dataset, options.lang, options.id
    if record_id in dataset.scenarios:
        options.set, options.explain = [], True
        _run_scenario(options, calculator, out)
        return
    if record_id in dataset.constants:
        constant = dataset.constants[record_id]
        text = format_estimate(constant.estimate(), language, keep_units=True)
        _emit(
            options,
            out,
            {"id": record_id, "label": constant.label(language), "value_text": constant.value},
            [f"{constant.label(language)}: {text}"],
        )
        return
    group = dataset.group(record_id)
    figures = group if group else [dataset.figure(record_id)]
    if options.json:
        _print_json(
            [_figure_json(figure, calculator) for figure in figures] if group else _figure_json(figures[0], calculator),
            out,
        )
        return
    for index, figure in enumerate(figures):
        if index:
            print(file=out)
        print(f"[{figure.id}]", file=out)
        for line in describe_figure(figure, dataset, language):
            print(f"  {line}", file=out)


def _run_scenario(options: argparse.Namespace, calculator: Calculator, out: TextIO) -> None:
    """Run a scenario with optional --set NAME=VALUE inputs; report the article's claim beside the result."""
    scenario = calculator.dataset.scenario(options.id)
    overrides = {}
    for assignment in options.set:
        name, separator, value = assignment.partition("=")
        if not separator or not name.strip() or not value.strip():
            raise UsageError(
                f"--set needs NAME=VALUE, for example --set hgx_a100_power=10.2kW, not {quoted(assignment)}",
                f"--set的写法是“名称=数值”，例如--set hgx_a100_power=10.2kW，而不是{quoted(assignment, 'zh')}",
            )
        overrides[name.strip()] = calculator.set_input(scenario.id, name.strip(), value)
    calculation = calculator.run_scenario(scenario.id, overrides)
    language = options.lang
    check = None if overrides else calculator.check_claim(scenario.id)
    if options.json:
        document = _calculation_json(calculation, calculator, language, keep_units=True)
        document.update({"scenario": scenario.id, "title": scenario.title(language), "claim": scenario.claim(language)})
        document["set"] = {name: _estimate_json(value) for name, value in overrides.items()}
        if check is not None:
            document["claim_check"] = _claim_json(check, language)
        _print_json(document, out)
        return
    print(scenario.title(language), file=out)
    shown = format_result(scenario, calculation.result, language)
    _print_calculation(calculation, calculator, options, out, keep_units=True, shown=shown)
    claim = f"“{scenario.claim(language)}”" if language == "zh" else scenario.claim(language)  # zh quotes it
    print(f"{_label('Article', '文章', language)}{claim}", file=out)
    if check is not None:
        print(_claim_line(check, language), file=out)
    if scenario.note:
        print(f"{_label('Note', '备注', language)}{scenario.note_in(language)}", file=out)


def _run_claims(options: argparse.Namespace, calculator: Calculator, out: TextIO) -> None:
    """Check every claim of the article against the calculator."""
    checks = calculator.check_all_claims()
    if options.json:
        _print_json([{"scenario": c.scenario.id, **_claim_json(c, options.lang)} for c in checks], out)
        return
    language = options.lang
    header = ["说法", "核对结果"] if language == "zh" else ["CLAIM", "CHECK"]
    for line in aligned([header, *[[check.scenario.id, _claim_line(check, language)] for check in checks]]):
        print(line, file=out)
    print(file=out)
    print("各种核对结果的含义：" if language == "zh" else "What the verdicts mean:", file=out)
    for verdict, label in VERDICT_LABELS[language].items():
        separator = "：" if language == "zh" else ": "
        print(f"  {label}{separator}{VERDICT_MEANINGS[language][verdict]}", file=out)


def _run_project(options: argparse.Namespace, calculator: Calculator, out: TextIO) -> None:
    """The efficiency and Jevons projection, with the view's defaults for what the reader does not set."""
    defaults = default_assumptions(calculator)
    assumptions = Assumptions(
        defaults.demand_growth if options.growth is None else exact(quantity(options.growth, "percent")),
        defaults.efficiency_gain if options.gain is None else exact(quantity(options.gain, "")),
        defaults.generation_years if options.cadence is None else options.cadence,
        defaults.years if options.years is None else options.years,
    )
    projection = project(calculator, assumptions)
    language = options.lang
    outlook = calculator.dataset.figure(OUTLOOK)
    if options.json:
        rows = [
            {"year": year, **_numbers_json(total.to("TWh/year")), "text": format_estimate(total, language, True)}
            for year, total in projection.rows()
        ]
        _print_json(
            {
                "unit": "TWh/year",
                "rows": rows,
                "inputs": {
                    "growth_percent": float(assumptions.demand_growth.value.to("percent").magnitude),
                    "gain": float(assumptions.efficiency_gain.value.to("dimensionless").magnitude),
                    "cadence_years": assumptions.generation_years,
                    "years": assumptions.years,
                },
                "trend": projection.trend,
                "iea": {"year": outlook.year, **_estimate_json(outlook.estimate().to("TWh/year"))},
                "steps": describe_steps(projection.final, calculator.dataset, language, assumption_labels(language)),
            },
            out,
        )
        return
    for year, total in projection.rows():
        print(f"{year}  {format_estimate(total, language, keep_units=True)}", file=out)
    iea = format_estimate(outlook.estimate(), language, keep_units=True)
    if language == "zh":
        print(f"国际能源署预测（{outlook.year}年）：{iea}", file=out)
    else:
        print(f"IEA projection ({outlook.year}): {iea}", file=out)
    print("步骤：" if language == "zh" else "Steps:", file=out)
    lines = describe_steps(projection.final, calculator.dataset, language, assumption_labels(language))
    for number, line in enumerate(lines, start=1):
        print(f"  {number}. {line}", file=out)


_COMMANDS: dict[str, Callable[[argparse.Namespace, Calculator, TextIO], None]] = {
    "list": _run_list,
    "show": _run_show,
    "scenario": _run_scenario,
    "claims": _run_claims,
    "project": _run_project,
}


# --- output ---


def _print_calculation(
    calculation: Calculation,
    calculator: Calculator,
    options: argparse.Namespace,
    out: TextIO,
    keep_units: bool,
    asked: bool = False,
    shown: str | None = None,
) -> None:
    """Print a result with its steps (and with --explain the figures used), as text or JSON; `shown` words the
    result when its caller knows better (a scenario's "2.2 times")."""
    language = options.lang
    if options.json:
        _print_json(_calculation_json(calculation, calculator, language, keep_units, asked), out)
        return
    result = calculation.result
    shown = shown or format_estimate(result, language, keep_units, asked=asked)
    print(f"= {shown}", file=out)
    in_kwh = format_in_kwh(result, language)
    if language == "en" and in_kwh != shown:
        print(f"= {in_kwh}", file=out)
    _print_steps_and_figures(calculation, calculator, options, out)


def _print_comparison(comparison: Comparison, calculator: Calculator, options: argparse.Namespace, out: TextIO) -> None:
    """Print a comparison with a yardstick: the sentence, the steps, the figures."""
    language = options.lang
    if options.json:
        document = _calculation_json(comparison.calculation, calculator, language, keep_units=True)
        document["unit"] = comparison_unit(comparison, language)
        document["text"] = describe_comparison(comparison, language)
        document["comparison"] = comparison.kind.value
        _print_json(document, out)
        return
    print(f"= {describe_comparison(comparison, language)}", file=out)
    _print_steps_and_figures(comparison.calculation, calculator, options, out)


def _print_steps_and_figures(
    calculation: Calculation, calculator: Calculator, options: argparse.Namespace, out: TextIO
) -> None:
    """The numbered steps, then with --explain each figure's source and status."""
    language, dataset = options.lang, calculator.dataset
    steps = describe_steps(calculation, dataset, language)
    if steps:
        print("步骤：" if language == "zh" else "Steps:", file=out)
        for number, line in enumerate(steps, start=1):
            print(f"  {number}. {line}", file=out)
    if getattr(options, "explain", False):
        for figure_id in calculation.figures_used:
            print(f"[{figure_id}]", file=out)
            for line in describe_figure(dataset.figure(figure_id), dataset, language):
                print(f"  {line}", file=out)


def _label(english: str, chinese: str, language: str) -> str:
    """A line label with the colon each language uses ("Note: ", "备注：")."""
    return f"{chinese}：" if language == "zh" else f"{english}: "


def _claim_line(check: ClaimCheck, language: str) -> str:
    """One line: computed against claimed, deviation, verdict and what it means."""
    computed = format_result(check.scenario, check.computed, language)
    claimed = format_result(check.scenario, check.claimed, language)
    deviation = format_deviation(check.deviation, language)
    verdict = VERDICT_LABELS[language][check.verdict]
    explained = describe_claim_check(check, language)
    if language == "zh":
        return f"计算：{computed}；文章：{claimed}；偏差{deviation}；{verdict}。{explained}"
    return f"computed {computed}; article {claimed}; deviation {deviation}; {verdict}. {explained}"


def _figure_row(figure: Figure, language: str) -> dict[str, Any]:
    """A short listing row for a figure."""
    return {
        "id": figure.id,
        "value": format_estimate(figure.estimate(), language, keep_units=True),
        "year": figure.year,
        "status": figure.status.value,
        "label": figure.label(language),
    }


def _figure_json(figure: Figure, calculator: Calculator) -> dict[str, Any]:
    """Every field of a figure for machine-readable output."""
    source = calculator.dataset.sources[figure.source]
    return {
        "id": figure.id,
        "label_en": figure.label_en,
        "label_zh": figure.label_zh,
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "unit": figure.unit,
        "year": figure.year,
        "status": figure.status.value,
        "approximate": figure.approximate,
        "bound": figure.bound,
        "source": {"id": source.id, "title": source.title, "year": source.year, "url": source.url, "doi": source.doi},
        "cites": list(figure.cites),
        "article_zh": figure.article_zh,
        "note": figure.note,
        "group": figure.group,
        "yardstick": None if figure.yardstick is None else figure.yardstick.kind.value,
    }


def _estimate_json(estimate: Estimate) -> dict[str, Any]:
    """An Estimate as numbers and a unit."""
    return {**_numbers_json(estimate), "unit": format_unit(estimate.units)}


def _numbers_json(estimate: Estimate) -> dict[str, Any]:
    """An Estimate's value, low and high, in its own units (the caller says which)."""
    value, low, high = estimate.magnitudes()
    return {"value": value, "low": low, "high": high}


def _term_json(term: Term, calculator: Calculator, language: str) -> dict[str, Any]:
    """A step operand as JSON."""
    return {"kind": term.kind.value, "name": term.name or None, **_estimate_json(term.estimate)}


def _step_json(step: Step, text: str, calculator: Calculator, language: str) -> dict[str, Any]:
    """A step as JSON, with the line a reader would see."""
    return {
        "operation": step.operation.value,
        "operands": [_term_json(term, calculator, language) for term in step.operands],
        "result": _estimate_json(step.result),
        "text": text,
    }


def _calculation_json(
    calculation: Calculation, calculator: Calculator, language: str, keep_units: bool, asked: bool = False
) -> dict[str, Any]:
    """A calculation as one JSON object: value, unit, low, high, text, steps, figures."""
    from core.explain import describe_step

    dataset = calculator.dataset
    return {
        "expression": calculation.expression,
        **_estimate_json(calculation.result),
        "approximate": calculation.result.approximate,
        "text": format_estimate(calculation.result, language, keep_units, asked),
        "steps": [
            _step_json(step, describe_step(step, dataset, language), calculator, language) for step in calculation.steps
        ],
        "figures": [
            {
                "id": figure_id,
                "source": dataset.figure(figure_id).source,
                "year": dataset.figure(figure_id).year,
                "status": dataset.figure(figure_id).status.value,
            }
            for figure_id in calculation.figures_used
        ],
    }


def _claim_json(check: ClaimCheck, language: str) -> dict[str, Any]:
    """A claim check as JSON."""
    document = {
        "computed": _estimate_json(check.computed),
        "claimed": _estimate_json(check.claimed),
        "deviation": check.deviation,
        "verdict": check.verdict.value,
        "text": _claim_line(check, language),
    }
    if check.independent is not None:
        document["independent"] = _estimate_json(check.independent.result)
    return document


def _emit(options: argparse.Namespace, out: TextIO, document: dict[str, Any], lines: list[str]) -> None:
    """Print `document` as JSON with --json, else the text lines."""
    if options.json:
        _print_json(document, out)
        return
    for line in lines:
        print(line, file=out)


def _print_json(document: Any, out: TextIO) -> None:
    """One JSON document, Chinese kept readable."""
    print(json.dumps(document, ensure_ascii=False, indent=2), file=out)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
