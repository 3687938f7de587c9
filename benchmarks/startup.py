"""Start-up of `ai-energy --smoke` against a bare PySide6 window showing one label, in the same run.

    uv run python benchmarks/startup.py [--runs N]

The programs are started as fresh processes, alternately, and timed from launch (so interpreter start and imports
count for all) until they print a line: the bare window its first paint; the program its first paint and then
"numbers shown", when the home cards first show their numbers. The program runs three times a round (see
gui/card_cache.py):
- "reader's cache": a later start, with the headlines the reader's earlier run remembered;
- "first start": the reader's cache is empty, and the headlines come from the seed shipped in resources/;
- "nothing kept": no cache and no seed that fits, as after an edit of the data (a copy of this tree without the
  seed): the numbers wait for core to load.
Python's bytecode cache is on, as on a reader's machine after its first start, in a temporary folder
(PYTHONPYCACHEPREFIX) so that nothing is written into the tree or the environment. `--as-is` keeps the
environment's own setting instead: this development machine sets PYTHONDONTWRITEBYTECODE, so there every start
compiles every module it imports, ours and the libraries'.
Targets: first paint within 1.5x of the bare window; numbers within 4x.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("first paint", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
label = QLabel("AI Energy Calculator")
watcher = FirstPaint()
label.installEventFilter(watcher)
label.resize(1280, 800)
label.show()
app.exec()
"""


def time_to_first_line(command: list[str], environment: dict[str, str], cwd: Path = ROOT) -> float:
    """Seconds from launching `command` in `cwd` until it prints its first line (then let it finish)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    elapsed = time.perf_counter() - start
    _rest, errors = process.communicate(timeout=120)
    if not first.startswith("first paint") or process.returncode != 0:
        raise RuntimeError(f"{command} did not report its first paint (exit {process.returncode}): {errors[-2000:]}")
    return elapsed


def line_times(
    command: list[str], environment: dict[str, str], prefixes: tuple[str, ...], cwd: Path = ROOT
) -> dict[str, float]:
    """Seconds from launching `command` in `cwd` until it prints a line starting with each of `prefixes`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    seen: dict[str, float] = {}
    for line in process.stdout:
        for prefix in prefixes:
            if line.startswith(prefix) and prefix not in seen:
                seen[prefix] = time.perf_counter() - start
    process.wait(timeout=120)
    if process.returncode != 0 or len(seen) != len(prefixes):
        raise RuntimeError(f"{command} exited {process.returncode} having printed {sorted(seen)} of {prefixes}")
    return seen


def tree_without_seed(folder: Path) -> Path:
    """A copy of this tree's program (core, gui, resources, uv.lock) without the shipped seed of headlines."""
    copy = folder / "no-seed"
    for package in ("core", "gui", "resources"):
        shutil.copytree(ROOT / package, copy / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "uv.lock", copy / "uv.lock")
    (copy / "resources" / "card-headlines.json").unlink()
    return copy


def main() -> None:
    """Alternate the programs, print medians and the ratios to the bare window."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--as-is", action="store_true", help="keep the environment's bytecode setting")
    options = parser.parse_args()
    runs = options.runs
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory(prefix="ai-energy-bench-") as name:
        folder = Path(name)
        environment["XDG_CONFIG_HOME"] = environment["XDG_STATE_HOME"] = name
        if not options.as_is:
            environment.pop("PYTHONDONTWRITEBYTECODE", None)
            environment["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        time_to_first_line([sys.executable, "-c", BARE_WINDOW], environment)  # compiles what the bare window needs
        copy = tree_without_seed(folder)
        warm = {**environment, "XDG_CACHE_HOME": str(folder / "warm")}
        program = [sys.executable, "-m", "gui", "--smoke"]
        line_times(program, warm, ("numbers shown",))  # fills the reader's cache
        line_times(program, environment, ("numbers shown",), cwd=copy)  # the copy's bytecode
        samples: dict[str, list[float]] = {}
        for run in range(runs):
            bare = time_to_first_line([sys.executable, "-c", BARE_WINDOW], environment)
            samples.setdefault("bare PySide6 label: first paint", []).append(bare)
            for case, cache, cwd in (
                ("reader's cache", "warm", ROOT),
                ("first start", f"first{run}", ROOT),
                ("nothing kept", f"none{run}", copy),
            ):
                env = {**environment, "XDG_CACHE_HOME": str(folder / cache)}
                times = line_times(program, env, ("first paint", "numbers shown"), cwd)
                samples.setdefault(f"ai-energy --smoke, {case}: first paint", []).append(times["first paint"])
                samples.setdefault(f"ai-energy --smoke, {case}: numbers", []).append(times["numbers shown"])
    medians = {name: statistics.median(values) for name, values in samples.items()}
    base = medians["bare PySide6 label: first paint"]
    for name, median in medians.items():
        print(
            f"{name:48} median {1000 * median:7.1f} ms  (min {1000 * min(samples[name]):6.1f})  {median / base:5.2f}x"
        )
    print(
        f"{runs} runs each on platform {environment['QT_QPA_PLATFORM']}, bytecode cache "
        f"{'as the environment has it' if options.as_is else 'on'}; targets: first paint at most 1.5x, "
        "numbers at most 4x the bare window's first paint"
    )


if __name__ == "__main__":
    main()
