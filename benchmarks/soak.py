"""Memory over a long unattended run: the real application in kiosk mode against a bare Qt baseline.

    uv run python benchmarks/soak.py [--changes 10000] [--visitor-every 100]

Each side runs in a fresh process. The application is started through its own entry point (`gui.app.main`) with
`--kiosk`, a short idle time and a 1 ms attract interval; the attract loop then changes views by itself. Every
`--visitor-every` changes a visitor "arrives and leaves": the window starts afresh exactly as after an idle
timeout (dialogs closed, home shown, every view's inputs reset in place), so resetting is soaked too. The
baseline is a bare QStackedWidget cycling seven labels the same number of times.

Resident memory (VmRSS, Linux) is read after a warm-up (three rounds of the loop, core loaded, every view
built) and at the end; the target is growth under 5 MB over 10,000 changes.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 21  # three rounds of the seven attract views
#: Changes (30 rounds) after every view is built and before the first reading: memory rises by about 6 MiB over
#: the first 200 changes as caches fill (glyphs, style sheet, pixmaps), then levels off; the readings show it.
SETTLE_CHANGES = 210
#: Readings taken along the way, to show whether memory climbs or levels off.
READINGS = 10

BASELINE = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget
sys.path.insert(0, {root!r})
from benchmarks.soak import resident_kib
changes, warm_up = {changes}, {warm_up}
app = QApplication([])
stack = QStackedWidget()
for index in range(7):
    stack.addWidget(QLabel(f"view {{index}}"))
stack.resize(1280, 800)
stack.showFullScreen()
state = {{"count": 0}}
def advance():
    state["count"] += 1
    stack.setCurrentIndex(state["count"] % 7)
    if state["count"] == warm_up:
        gc.collect(); state["start"] = resident_kib()
    if state["count"] == warm_up + changes:
        gc.collect(); state["end"] = resident_kib(); app.quit()
timer = QTimer(); timer.setInterval(1); timer.timeout.connect(advance); timer.start()
app.exec()
print(json.dumps({{"start": state["start"], "end": state["end"]}}))
"""


def resident_kib() -> int:
    """This process's resident memory in KiB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status: this benchmark needs Linux")


def soak_application(changes: int, visitor_every: int) -> dict[str, Any]:
    """Run the real application in kiosk mode in this process; return memory at start and end and the time."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.app import main
    from gui.kiosk import AttractLoop
    from gui.main_window import MainWindow

    application = QApplication.instance() or QApplication([sys.argv[0]])
    state: dict[str, float] = {}
    readings: list[int] = []

    def attach() -> None:
        windows = [widget for widget in application.topLevelWidgets() if isinstance(widget, MainWindow)]
        attract = windows[0].findChild(AttractLoop) if windows else None
        if attract is None:
            QTimer.singleShot(10, attach)
            return
        attract.advanced.connect(lambda _view_id: on_change(windows[0], attract))

    def on_change(window: MainWindow, attract: AttractLoop) -> None:
        if "start" not in state:
            if "built" not in state:
                if attract.changes >= WARM_UP and window.calculator is not None and len(window.views) >= 7:
                    state["built"] = attract.changes
            elif attract.changes >= state["built"] + SETTLE_CHANGES:
                gc.collect()
                state.update(start=resident_kib(), first=attract.changes, started=time.perf_counter())
                readings.append(state["start"])
            return
        done = attract.changes - state["first"]
        if done % visitor_every == 0:
            window.start_afresh("en")  # a visitor came and left; the idle reset
        if done % max(1, changes // READINGS) == 0:
            readings.append(resident_kib())
        if done >= changes:
            gc.collect()
            state.update(end=resident_kib(), seconds=time.perf_counter() - state["started"])
            window.locked = False
            QCoreApplication.exit(0)

    QTimer.singleShot(0, attach)
    arguments = ["--kiosk", "--lang", "en", "--idle-timeout", "0.3", "--attract-interval", "0.001"]
    status = main(arguments)
    if status != 0 or "end" not in state:
        raise SystemExit(f"the application exited with {status} before the soak finished")
    return {**state, "readings": readings}


def run_side(side: str, changes: int, visitor_every: int) -> dict[str, Any]:
    """Run one side in a fresh process and return its measurements."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="ai-energy-soak-config-"),
        "XDG_STATE_HOME": tempfile.mkdtemp(prefix="ai-energy-soak-state-"),
    }
    if side == "baseline":
        code = BASELINE.format(root=str(ROOT), changes=changes, warm_up=WARM_UP)
        command = [sys.executable, "-c", code]
    else:
        command = [sys.executable, __file__, "--side", "application", "--changes", str(changes)]
        command += ["--visitor-every", str(visitor_every)]
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{side} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    """Measure both sides and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--visitor-every", type=int, default=100)
    parser.add_argument("--side", choices=("application",), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.side == "application":
        print(json.dumps(soak_application(options.changes, options.visitor_every)))
        return
    baseline = run_side("baseline", options.changes, options.visitor_every)
    application = run_side("application", options.changes, options.visitor_every)
    growth = (application["end"] - application["start"]) / 1024
    baseline_growth = (baseline["end"] - baseline["start"]) / 1024
    print(f"view changes: {options.changes:,} (a visitor every {options.visitor_every}), attract interval 1 ms")
    print(
        f"bare Qt baseline: {baseline['start'] / 1024:.1f} MiB -> {baseline['end'] / 1024:.1f} MiB, "
        f"growth {baseline_growth:+.2f} MiB"
    )
    print(
        f"application:      {application['start'] / 1024:.1f} MiB -> {application['end'] / 1024:.1f} MiB, "
        f"growth {growth:+.2f} MiB in {application['seconds']:.0f} s"
    )
    series = " ".join(f"{kib / 1024:.1f}" for kib in application["readings"])
    print(f"application readings along the way (MiB): {series}")
    ratio = application["end"] / application["start"]
    print(f"application end/start: {ratio:.3f}x; growth minus the baseline's: {growth - baseline_growth:+.2f} MiB")
    print(f"target: growth under 5 MB ({5e6 / 2**20:.2f} MiB): {'met' if growth * 2**20 < 5e6 else 'NOT met'}")


if __name__ == "__main__":
    main()
