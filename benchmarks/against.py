"""This tree against an earlier commit, in the same run: slider steps and start-up, measured alternately.

    uv run python benchmarks/against.py REVISION [--rounds N] [--steps N] [--runs N]

REVISION (a commit, tag or branch) is checked out into a temporary git worktree with its own environment (uv
builds it from its uv.lock), and the same measuring code runs on both programs, one after the other, round by
round, so that both see the same machine:
- slider steps: this tree's `benchmarks/responsiveness.py --json` on each program, `--rounds` times; each
  control's p50 and p95 are the medians over the rounds;
- start-up: `ai-energy --smoke` (first paint) started `--runs` times from each program, alternately.
It prints each measure for both and the ratio (this tree / REVISION): above 1 is slower. Timings on a shared
VM jitter by up to 40 % between runs, which is why both sides are measured in every round.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from startup import time_to_first_line  # noqa: E402  (a sibling script, not a package)


@contextmanager
def worktree(revision: str) -> Iterator[Path]:
    """A temporary checkout of `revision`, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="ai-energy-against-")) / "tree"
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(folder), revision], cwd=ROOT, check=True, capture_output=True
    )
    try:
        yield folder
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(folder)], cwd=ROOT, check=False)


def python_of(tree: Path) -> str:
    """The interpreter of `tree`'s own environment (made by uv if it does not exist yet)."""
    subprocess.run(["uv", "sync", "--frozen", "--quiet"], cwd=tree, check=True)
    return str(tree / ".venv" / "bin" / "python")


def slider_steps(python: str, tree: Path, steps: int) -> dict[str, dict[str, float]]:
    """Each control's p50 and p95 (ms) in the program at `tree`, timed by this tree's benchmark."""
    script = ROOT / "benchmarks" / "responsiveness.py"
    output = subprocess.run(
        [python, str(script), "--json", "--steps", str(steps)],
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
        env=_environment(),
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def _environment() -> dict[str, str]:
    """Offscreen Qt and a settings folder of its own, so a reader's saved settings change nothing."""
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    environment["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ai-energy-bench-")
    return environment


def print_row(name: str, before: float, now: float) -> None:
    """One measure for both programs and their ratio."""
    print(f"{name:58} {before:8.2f} {now:8.2f} {now / before:7.2f}x")


def main() -> None:
    """Measure both programs round by round and print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision")
    parser.add_argument("--rounds", type=int, default=5, help="slider runs of each program (default 5)")
    parser.add_argument("--steps", type=int, default=100, help="timed steps per control and run (default 100)")
    parser.add_argument("--runs", type=int, default=15, help="start-ups of each program (default 15)")
    arguments = parser.parse_args()
    with worktree(arguments.revision) as before_tree:
        trees = {"before": before_tree, "now": ROOT}
        pythons = {side: python_of(tree) for side, tree in trees.items()}
        sliders: dict[str, list[dict[str, dict[str, float]]]] = {side: [] for side in trees}
        for round_number in range(arguments.rounds):
            order = list(trees) if round_number % 2 == 0 else list(reversed(trees))
            for side in order:
                sliders[side].append(slider_steps(pythons[side], trees[side], arguments.steps))
        starts: dict[str, list[float]] = {side: [] for side in trees}
        for _ in range(arguments.runs):
            for side, tree in trees.items():
                command = [pythons[side], "-m", "gui", "--smoke"]
                starts[side].append(time_to_first_line(command, _environment(), cwd=tree))
    print(f"{arguments.revision} (before) against this tree (now), medians of {arguments.rounds} rounds")
    print(f"{'slider step, ms':58} {'before':>8} {'now':>8} {'ratio':>8}")
    controls = [name for name in sliders["now"][0] if name in sliders["before"][0]]
    ratios = []
    for name in controls:
        for key in ("p50", "p95"):
            before = statistics.median(run[name][key] for run in sliders["before"])
            now = statistics.median(run[name][key] for run in sliders["now"])
            print_row(f"{name} {key}", before, now)
            if name != "bare slider + label":
                ratios.append(now / before)
    print(
        f"story and Jevons steps: median ratio {statistics.median(ratios):.2f}x, "
        f"range {min(ratios):.2f}-{max(ratios):.2f}x"
    )
    before, now = (1000 * statistics.median(starts[side]) for side in ("before", "now"))
    print_row(f"first paint of --smoke, ms ({arguments.runs} runs each)", before, now)


if __name__ == "__main__":
    main()
