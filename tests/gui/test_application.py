"""The application's flags, run as a reader (or an installer test) would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from gui.views.catalogue import VIEW_IDS


def _run(*arguments: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run(
        [sys.executable, "-m", "gui", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=environment,
        check=False,
    )


def test_smoke_paints_and_loads_core(tmp_path: Path) -> None:
    result = _run("--smoke", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("first paint: ") and lines[0].endswith(" ms")
    assert lines[1].startswith("core loaded: ")
    assert "Traceback" not in result.stderr


def test_screenshots_of_every_view_in_chinese(tmp_path: Path) -> None:
    result = _run("--screenshots", str(tmp_path / "shots"), "--lang", "zh", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    for view_id in ["home", *VIEW_IDS]:
        image = QImage(str(tmp_path / "shots" / f"{view_id}-zh.png"))
        assert (image.width(), image.height()) == (1280, 800), view_id


def test_the_first_paint_does_not_wait_for_heavy_imports(tmp_path: Path) -> None:
    """Structure, not timing: a reader's start (`main`, no kiosk, no configuration file) paints the home screen
    before importing pint, core's calculator, pyqtgraph, numpy, the kiosk (Qt enum sets), the TOML parser or
    the rotating log file's module."""
    code = (
        "import sys\n"
        "import gui.app as app\n"
        "HEAVY = ('pint', 'core.calculator', 'pyqtgraph', 'numpy', 'gui.kiosk', 'tomllib', 'logging.handlers')\n"
        "class Watched(app.FirstPaint):\n"
        "    def __init__(self, window):\n"
        "        super().__init__(window)\n"
        "        self.painted.connect(lambda: print([m for m in HEAVY if m in sys.modules], flush=True))\n"
        "app.FirstPaint = Watched\n"
        "sys.exit(app.main(['--smoke']))\n"
    )
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=environment, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "[]", result.stdout
