"""Time to first paint of `ai-energy --smoke` against a bare PySide6 window showing one label, in the same run.

    uv run python benchmarks/startup.py [--runs N]

Both programs are started as fresh processes, alternately, and timed from launch until they print their
first-paint line (so interpreter start and imports count for both). Target: the application within 1.5x.
"""

from __future__ import annotations

import argparse
import os
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


def main() -> None:
    """Alternate the two programs, print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    environment["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ai-energy-bench-")
    commands = {
        "bare PySide6 label": [sys.executable, "-c", BARE_WINDOW],
        "ai-energy --smoke": [sys.executable, "-m", "gui", "--smoke"],
    }
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(time_to_first_line(command, environment))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    for name, median in medians.items():
        print(f"{name:20} median {1000 * median:7.1f} ms  (min {1000 * min(samples[name]):.1f}, runs {runs})")
    ratio = medians["ai-energy --smoke"] / medians["bare PySide6 label"]
    print(f"ratio {ratio:.2f}x (target at most 1.5x) on platform {environment['QT_QPA_PLATFORM']}")


if __name__ == "__main__":
    main()
