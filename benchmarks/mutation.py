"""Mutation score of core: how many small deliberate mistakes in the code the tests catch.

    uv run python benchmarks/mutation.py [--max-children N] [--survivors FILE] [--only core/values.py ...]

mutmut (configured under [tool.mutmut] in pyproject.toml) changes core/formatting.py, explain.py, compare.py,
expression.py and values.py one mutant at a time (an operator, a constant, a string, a dropped argument) and runs
the tests of tests/core and tests/data that reach the changed function. A mutant is killed when a test fails.
The run happens in a temporary clone of this tree, so the working tree is never mutated; mutmut's own table of
exit codes gives each mutant's status. It prints, per file, killed / survived / without tests, and the score
(killed out of those with tests). Goal: at least 85 % in each file. `--survivors FILE` writes each surviving
mutant's name and the lines it changed, to kill it with a test or explain why no test should. Takes about 10 minutes on
two cores.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 0.85


def clone(folder: Path) -> Path:
    """A copy of this tree's tracked and changed files (not .venv, not mutants/) in `folder`."""
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    for name in files:
        source = ROOT / name
        if source.is_file():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return folder


def exit_codes(tree: Path) -> dict[str, dict[str, int | None]]:
    """Each mutated file's mutants and the exit code of their test run, from the .meta files beside them."""
    return {
        str(meta.relative_to(tree / "mutants")).removesuffix(".meta"): json.loads(meta.read_text(encoding="utf-8")).get(
            "exit_code_by_key", {}
        )
        for meta in sorted((tree / "mutants").rglob("*.py.meta"))
    }


def statuses(tree: Path) -> dict[str, Counter[str]]:
    """Each mutated file's mutant statuses, in mutmut's own meaning of each exit code."""
    from mutmut.stats import status_by_exit_code

    return {
        name: Counter(status_by_exit_code[code] for code in codes.values()) for name, codes in exit_codes(tree).items()
    }


def survivors(tree: Path) -> list[str]:
    """The names of the mutants no test killed."""
    from mutmut.stats import status_by_exit_code

    return [
        mutant
        for codes in exit_codes(tree).values()
        for mutant, code in codes.items()
        if status_by_exit_code[code] == "survived"
    ]


def main() -> None:
    """Run mutmut in a clone and print the score per file."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-children", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument("--survivors", type=Path, help="write the surviving mutants' names to this file")
    parser.add_argument("--only", nargs="+", metavar="FILE", help="mutate only these of the five files")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ai-energy-mutation-") as folder:
        tree = clone(Path(folder))
        if options.only:
            _mutate_only(tree / "pyproject.toml", options.only)
        subprocess.run(
            ["mutmut", "run", "--max-children", str(options.max_children)],
            cwd=tree,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        by_file = statuses(tree)
        if options.survivors:
            options.survivors.write_text("".join(_shown(tree, name) for name in survivors(tree)), encoding="utf-8")
    print(f"{'file':24} {'mutants':>8} {'killed':>7} {'survived':>9} {'no tests':>9} {'other':>6} {'score':>7}")
    total: Counter[str] = Counter()
    for name, counts in by_file.items():
        total += counts
        print(_row(name, counts))
    print(_row(f"all {len(by_file)} files", total))
    print(f"goal: at least {GOAL:.0%} of the mutants that tests reach are killed, in each file")


def _shown(tree: Path, name: str) -> str:
    """A surviving mutant's name and the lines it changed (`mutmut show`)."""
    shown = subprocess.run(["mutmut", "show", name], cwd=tree, capture_output=True, text=True).stdout
    changed = [line for line in shown.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    return f"{name}\n" + "".join(f"    {line}\n" for line in changed)


def _mutate_only(pyproject: Path, files: list[str]) -> None:
    """Narrow the clone's [tool.mutmut] only_mutate to `files` (for a quicker second look at some files)."""
    text = pyproject.read_text(encoding="utf-8")
    start = text.index("only_mutate = [")
    end = text.index("]", start) + 1
    pyproject.write_text(text[:start] + f"only_mutate = {json.dumps(files)}" + text[end:], encoding="utf-8")


def _row(name: str, counts: Counter[str]) -> str:
    """One table line: the counts and the score (killed out of killed + survived)."""
    killed, survived, untested = counts["killed"], counts["survived"], counts["no tests"]
    other = sum(counts.values()) - killed - survived - untested
    score = killed / max(1, killed + survived)
    mark = "" if score >= GOAL else "  below the goal"
    return f"{name:24} {sum(counts.values()):8} {killed:7} {survived:9} {untested:9} {other:6} {score:7.1%}{mark}"


if __name__ == "__main__":
    main()
