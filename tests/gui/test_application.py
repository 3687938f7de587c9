"""The application's flags, run as a reader (or an installer test) would run them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from gui.views.catalogue import VIEW_IDS


def test_smoke_paints_and_loads_core(run_program) -> None:
    result = run_program("--smoke")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("first paint: ") and lines[0].endswith(" ms")
    assert lines[1].startswith("core loaded: ")
    assert "Traceback" not in result.stderr


def test_screenshots_of_every_view_in_chinese(run_program, tmp_path: Path) -> None:
    result = run_program("--screenshots", str(tmp_path / "shots"), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    for view_id in ["home", *VIEW_IDS]:
        image = QImage(str(tmp_path / "shots" / f"{view_id}-zh.png"))
        assert (image.width(), image.height()) == (1280, 800), view_id


def test_the_first_paint_does_not_wait_for_heavy_imports(run_program) -> None:
    """Structure, not timing: a reader's start (`main`, no kiosk, no configuration file) paints the home screen
    before importing pint, core's calculator, pyqtgraph, numpy, the kiosk (Qt enum sets), the TOML parser or
    the rotating log file's module."""
    heavy = ("pint", "core.calculator", "pyqtgraph", "numpy", "gui.kiosk", "tomllib", "logging.handlers")
    result = run_program("--smoke", at_first_paint=f"[m for m in {heavy!r} if m in sys.modules]")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "[]", result.stdout
