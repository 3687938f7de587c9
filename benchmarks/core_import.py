"""Time importing core, building the unit registry and loading the dataset, against baselines in the same run.

    uv run python benchmarks/core_import.py [--runs N]

Each measurement starts a fresh interpreter (imports are cached within one). The runs alternate between the
commands so that machine noise falls on all of them alike; the script prints medians and ratios:
  python             an empty interpreter start
  pint registry      `import pint; pint.UnitRegistry(cache_folder=None)`: pint's own cost, the floor for us
  core registry      `import core.units`: pint plus our definitions (Chinese units, 365-day year)
  core + dataset     `Calculator()`: the registry, and every TOML file loaded and validated
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

COMMANDS = {
    "python": "pass",
    "pint registry": "import pint; pint.UnitRegistry(cache_folder=None)",
    "core registry": "import core.units",
    "core + dataset": "from core.calculator import Calculator; Calculator()",
}


def time_command(code: str) -> float:
    """Seconds for one fresh interpreter to run `code`."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - start


def main() -> None:
    """Run the alternating measurements and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, code in COMMANDS.items():
            samples[name].append(time_command(code))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    baseline = medians["pint registry"]
    print(f"{'command':16} {'median ms':>10} {'vs pint registry':>17}")
    for name, median in medians.items():
        print(f"{name:16} {1000 * median:10.1f} {median / baseline:16.2f}x")
    own = medians["core + dataset"] - medians["python"]
    print(f"core + dataset beyond interpreter start: {1000 * own:.0f} ms over {runs} runs")


if __name__ == "__main__":
    main()
