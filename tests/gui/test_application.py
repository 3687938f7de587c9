"""The application's flags, run as a reader (or an installer test) would run them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from gui.palette import LIGHT
from gui.views.catalogue import VIEW_IDS


def test_smoke_paints_and_loads_core(run_program) -> None:
    result = run_program("--smoke")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(": ")[0] for line in lines] == ["first paint", "numbers shown", "core loaded"]
    assert all(line.endswith(" ms") for line in lines)
    assert "Traceback" not in result.stderr


def _colours(image: QImage) -> set[int]:
    """The distinct colours of a 64-pixel grid over `image`."""
    return {image.pixel(x, y) for x in range(0, image.width(), 64) for y in range(0, image.height(), 8)}


def test_screenshots_of_every_view_in_chinese(run_program, tmp_path: Path) -> None:
    """Every view is pictured at the size asked for, drawn (not blank), unlike every other view, and each story
    view shows its highlighted bar in the light theme's highlight colour."""
    result = run_program("--screenshots", str(tmp_path / "shots"), "--lang", "zh", "--theme", "light")
    assert result.returncode == 0, result.stderr
    highlight = QColor(LIGHT.highlight_bar).rgb()
    pictures = {}
    for view_id in ["home", *VIEW_IDS]:
        image = QImage(str(tmp_path / "shots" / f"{view_id}-zh.png")).convertToFormat(QImage.Format.Format_RGB32)
        assert (image.width(), image.height()) == (1280, 800), view_id
        assert len(_colours(image)) > 8, f"{view_id} looks blank"
        pictures[view_id] = bytes(image.constBits())
        if view_id in ("search_vs_ai", "training_households", "google_three_gorges", "chatgpt_day"):
            assert any(
                image.pixel(x, y) == highlight for x in range(image.width()) for y in range(0, image.height(), 2)
            ), f"{view_id} shows no highlighted bar"
    assert len(set(pictures.values())) == len(pictures), "two views were pictured the same"


def test_the_first_paint_does_not_wait_for_heavy_imports(run_program) -> None:
    """Structure, not timing: a reader's start (`main`, no kiosk, no configuration file) paints the home screen
    before importing pint, core's calculator, pyqtgraph, numpy, the kiosk (Qt enum sets), the TOML parser or
    the rotating log file's module."""
    heavy = ("pint", "core.calculator", "pyqtgraph", "numpy", "gui.kiosk", "tomllib", "logging.handlers")
    result = run_program("--smoke", at_first_paint=f"[m for m in {heavy!r} if m in sys.modules]")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "[]", result.stdout
