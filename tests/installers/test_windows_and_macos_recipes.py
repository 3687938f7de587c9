"""What of the Windows and macOS packaging can be proved on Linux: the icons are well formed, the NSIS script
builds a per-user installer (NSIS also runs on Linux), and the release workflow runs the documented commands."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from installers import build
from installers.icons import ICNS_TYPES, ICO_SIZES, write_icons

ROOT = Path(__file__).resolve().parents[2]
APP_SVG = ROOT / "resources" / "icons" / "app.svg"


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The .ico and .icns, drawn into a scratch folder."""
    return write_icons(APP_SVG, tmp_path_factory.mktemp("icons"))


def test_the_windows_icon_holds_every_size_as_a_sharp_png(icons: tuple[Path, Path]) -> None:
    data = icons[0].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    for index, size in enumerate(ICO_SIZES):
        width, height, _colours, _reserved, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width or 256, height or 256, bits) == (size, size, 32)
        image = QImage.fromData(data[offset : offset + length], "PNG")
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 8).alpha() == 255, "the drawing is missing"
        assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner should be transparent"


def test_the_macos_icon_holds_every_size_up_to_1024(icons: tuple[Path, Path]) -> None:
    data = icons[1].read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, found = 8, {}
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        image = QImage.fromData(data[offset + 8 : offset + length], "PNG")
        found[kind] = image.width()
        offset += length
    assert found == ICNS_TYPES


def test_the_nsis_script_builds_a_per_user_installer(icons: tuple[Path, Path], tmp_path: Path) -> None:
    if shutil.which("makensis") is None:
        pytest.fail("makensis is missing: apt-get install nsis (.ci/run installs it)")
    onedir = tmp_path / "ai-energy"
    (onedir / "_internal" / "resources").mkdir(parents=True)
    (onedir / "ai-energy.exe").write_bytes(b"MZ stand-in for the frozen program")
    (onedir / "_internal" / "resources" / "article.toml").write_text("# stand-in\n", encoding="utf-8")
    installer = build.pack_nsis(onedir, tmp_path, icons[0])
    assert installer.name == f"ai-energy-{build.version()}-setup.exe"
    assert installer.read_bytes()[:2] == b"MZ" and installer.stat().st_size > 40_000


def test_the_nsis_script_installs_per_user_with_start_menu_entry_and_uninstaller() -> None:
    script = (ROOT / "installers" / "windows" / "ai-energy.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert '"$LOCALAPPDATA\\Programs\\' in script
    assert 'CreateShortCut "$SMPROGRAMS\\' in script and "WriteUninstaller" in script
    assert 'WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"' in script


def test_the_release_workflow_runs_the_documented_build_and_the_frozen_program_tests() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "uv run python installers/build.py ${{ matrix.platform }}" in workflow
    assert "uv run pytest -m slow tests/installers" in workflow
    for platform in ("linux", "windows", "macos"):
        assert f"platform: {platform}" in workflow
        assert platform in build.BUILDERS
    ci_packages = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for package in ("xvfb", "libxcb-cursor0", "desktop-file-utils", "appstream"):
        assert package in workflow and package in ci_packages, package
