"""The frozen program against a frozen bare PySide6 window (one label), built by the same PyInstaller in this run.

    uv run python benchmarks/bundle.py [--runs 11] [--skip-build]

Compressed size: both onedir folders packed as .tar.gz (gzip level 9). Start-up: time from launch to the first
paint, alternating the two frozen programs, medians over --runs (offscreen platform); then the time until the home
cards show their numbers: with a warm card cache, on a first start (the reader's cache empty, the bundle's seed
written by the build, see gui/card_cache.py), and with neither (as after an edit of the data). Targets: size
at most 1.25x the baseline's, first paint at most 1.5x, numbers at most 4x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # benchmarks.startup, when run as a script

from benchmarks.startup import BARE_WINDOW, line_times, time_to_first_line  # noqa: E402
from gui.card_cache import SEED_FILE  # noqa: E402

WORK = ROOT / "build" / "bundle-benchmark"


def build_baseline() -> Path:
    """Freeze the bare window (onedir, no UPX) and return its folder."""
    WORK.mkdir(parents=True, exist_ok=True)
    script = WORK / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--noupx", "--windowed"]
    command += ["--distpath", str(WORK / "dist"), "--workpath", str(WORK / "build"), "--specpath", str(WORK)]
    subprocess.run([*command, str(script)], check=True, capture_output=True)
    return WORK / "dist" / "bare_window"


def build_application() -> Path:
    """Freeze the application with the project's build command and return its folder."""
    subprocess.run([sys.executable, str(ROOT / "installers" / "build.py"), "freeze"], check=True, cwd=ROOT)
    return ROOT / "dist" / "ai-energy"


def compressed_size(folder: Path) -> int:
    """Bytes of `folder` packed as .tar.gz (gzip level 9)."""
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def reader_environment() -> dict[str, str]:
    """Offscreen, with fresh configuration and state folders (no saved window or log from earlier runs)."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="ai-energy-bench-"),
        "XDG_STATE_HOME": tempfile.mkdtemp(prefix="ai-energy-bench-"),
        "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="ai-energy-bench-"),
    }


def main() -> None:
    """Build both, measure, print the figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--skip-build", action="store_true", help="measure the folders already built")
    options = parser.parse_args()
    baseline = WORK / "dist" / "bare_window" if options.skip_build else build_baseline()
    application = ROOT / "dist" / "ai-energy" if options.skip_build else build_application()
    baseline_size, application_size = compressed_size(baseline), compressed_size(application)
    print(
        f"compressed onedir (.tar.gz): application {application_size / 2**20:.1f} MiB, "
        f"bare PySide6 window {baseline_size / 2**20:.1f} MiB: {application_size / baseline_size:.2f}x "
        "(target at most 1.25x)"
    )
    bare_times, application_times = [], []
    for _ in range(options.runs):
        bare_times.append(time_to_first_line([str(baseline / "bare_window")], reader_environment()))
        application_times.append(time_to_first_line([str(application / "ai-energy"), "--smoke"], reader_environment()))
    bare, ours = statistics.median(bare_times), statistics.median(application_times)
    print(
        f"first paint, frozen, {options.runs} alternating runs (medians): application {1000 * ours:.0f} ms, "
        f"bare window {1000 * bare:.0f} ms: {ours / bare:.2f}x (target at most 1.5x)"
    )
    program = [str(application / "ai-energy"), "--smoke"]
    warm = {**reader_environment(), "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="ai-energy-bench-")}
    line_times(program, warm, ("numbers shown",))  # fills the warm cache
    seed = next(application.rglob(SEED_FILE))
    for cache in ("warm", "first start (the build's seed)", "empty (no seed either)"):
        numbers = []
        if cache.startswith("empty"):
            seed.rename(seed.with_suffix(".away"))  # as after an edit of the data: no headline matches
        try:
            for _ in range(options.runs):
                environment = warm if cache == "warm" else reader_environment()  # a new, empty cache folder each time
                numbers.append(line_times(program, environment, ("numbers shown",))["numbers shown"])
        finally:
            if cache.startswith("empty"):
                seed.with_suffix(".away").rename(seed)
        shown = statistics.median(numbers)
        print(f"numbers on the home cards, frozen, {cache} card cache: {1000 * shown:.0f} ms, {shown / bare:.2f}x")


if __name__ == "__main__":
    main()
