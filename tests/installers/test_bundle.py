"""The packaged program works, not only the source tree (issue: standalone installers).

The `slow` tests build the Linux bundle once with the documented command (`installers/build.py linux`) and run the
frozen program from it as a reader's machine would: from another folder, with a clean environment (no virtual
environment, no source tree on the path, a fresh home), offscreen and on a real X server (Xvfb, xcb platform: an
offscreen-only check misses missing xcb libraries), in Chinese with the system's fonts hidden so only the bundled
font can draw the glyphs, and installed from the .deb into a scratch root.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from installers import build

ROOT = Path(__file__).resolve().parents[2]
RUN_TIMEOUT = 180  # seconds; a start that hangs fails the test instead of the whole run


# --- the build's guard against broken platform plugins (fast) -------------------------------------------------


def test_a_library_missing_for_a_platform_plugin_fails_the_build() -> None:
    log = (
        "1234 WARNING: Library not found: could not resolve 'libxcb-cursor.so.0', dependency of "
        "'/venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so'.\n"
    )
    with pytest.raises(build.BuildError, match=r"libxcb-cursor\.so\.0 \(for libqxcb\.so\)"):
        build.check_platform_plugins(log)


def test_a_library_missing_for_another_module_does_not_fail_the_build() -> None:
    log = (
        "1234 WARNING: Library not found: could not resolve 'libmysqlclient.so.21', dependency of "
        "'/venv/lib/python3.11/site-packages/PySide6/Qt/plugins/sqldrivers/libqsqlmysql.so'.\n"
        "1235 INFO: Building COLLECT COLLECT-00.toc completed successfully.\n"
    )
    build.check_platform_plugins(log)


def test_the_deb_depends_on_every_xcb_library_the_ci_installs() -> None:
    ci_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for dependency in build.DEB_DEPENDS:
        package = dependency.split()[0]
        if package.startswith("libxcb-") or package.startswith("libxkbcommon"):
            assert package in ci_script, f"{package} is needed by the bundle but .ci/run does not install it"


# --- the frozen program (slow: builds the bundle, about 90 s) -------------------------------------------------


class Bundle:
    """The built artefacts: the onedir, its tarball and the .deb."""

    def __init__(self, artefacts: list[Path]) -> None:
        self.onedir = next(path for path in artefacts if path.is_dir())
        self.program = self.onedir / build.NAME
        self.tarball = next(path for path in artefacts if path.name.endswith(".tar.gz"))
        self.deb = next(path for path in artefacts if path.suffix == ".deb")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """Build the Linux bundle once for this module, with the documented command, outside the working tree."""
    folder = tmp_path_factory.mktemp("build")
    command = [sys.executable, "installers/build.py", "linux", "--dist", str(folder / "dist")]
    command += ["--work", str(folder / "work")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"the build failed:\n{result.stdout}\n{result.stderr[-6000:]}"
    built = [Path(line.removeprefix("built ")) for line in result.stdout.splitlines() if line.startswith("built ")]
    return Bundle(built)


def _reader_environment(home: Path, platform: str) -> dict[str, str]:
    """A reader's machine: no virtual environment or Python path, a fresh home, our logs and config inside it."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": platform,
    }


def _run(command: list[str], environment: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the frozen program; fail with its output if it does not exit 0."""
    (Path(environment["XDG_RUNTIME_DIR"])).mkdir(mode=0o700, parents=True, exist_ok=True)
    result = subprocess.run(
        command, env=environment, cwd=cwd, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False
    )
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


def _assert_smoke_passed(result: subprocess.CompletedProcess[str]) -> None:
    assert "first paint:" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert "warning" not in result.stderr.lower(), result.stderr


@pytest.mark.slow
def test_the_frozen_program_starts_offscreen(bundle: Bundle, tmp_path: Path) -> None:
    result = _run([str(bundle.program), "--smoke"], _reader_environment(tmp_path, "offscreen"), tmp_path)
    _assert_smoke_passed(result)


@pytest.mark.slow
def test_the_frozen_program_starts_on_a_real_x_server(bundle: Bundle, tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.fail("xvfb-run is missing: apt-get install xvfb xauth (.ci/run installs them)")
    environment = _reader_environment(tmp_path, "xcb")
    command = [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", str(bundle.program), "--smoke"]
    _assert_smoke_passed(_run(command, environment, tmp_path))


def _fontconfig_without_system_fonts(folder: Path) -> Path:
    """A fontconfig file listing no font folder: the program sees only the fonts it registers itself."""
    (folder / "fonts").mkdir()
    configuration = folder / "fonts.conf"
    configuration.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{folder / 'fonts'}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return configuration


@pytest.mark.slow
def test_the_frozen_program_draws_every_view_in_chinese_from_its_own_data_and_font(
    bundle: Bundle, tmp_path: Path
) -> None:
    environment = _reader_environment(tmp_path, "offscreen")
    environment["FONTCONFIG_FILE"] = str(_fontconfig_without_system_fonts(tmp_path))
    shots = tmp_path / "shots"
    result = _run([str(bundle.program), "--screenshots", str(shots), "--lang", "zh"], environment, tmp_path)
    assert "warning" not in result.stderr.lower(), result.stderr  # a missing .qm or font says so here
    from gui.views.catalogue import VIEW_IDS

    for view_id in ["home", *VIEW_IDS]:
        image = QImage(str(shots / f"{view_id}-zh.png"))
        assert (image.width(), image.height()) == (1280, 800), view_id
        assert len({image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}) > 10, view_id


@pytest.mark.slow
def test_the_bundle_holds_the_data_translations_font_and_only_the_qt_it_needs(bundle: Bundle) -> None:
    with tarfile.open(bundle.tarball) as tar:
        names = tar.getnames()
        program = tar.getmember(f"{build.NAME}/{build.NAME}")
    assert program.mode & 0o111, "the program in the tarball is not executable"
    inside = [name.split("/_internal/", 1)[-1] for name in names if "/_internal/" in name]
    for needed in [
        "resources/data/article.toml",
        "resources/units/units.txt",
        "resources/translations/ai_energy_zh_CN.qm",
        "resources/translations/ai_energy_en.qm",
        "resources/fonts/NotoSansSC-Subset.otf",
        "resources/fonts/OFL.txt",
        "resources/icons/app.svg",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
    ]:
        assert needed in inside, f"{needed} is missing from {bundle.tarball.name}"
    qt_translations = {name.rsplit("/", 1)[-1] for name in inside if name.startswith("PySide6/Qt/translations/")}
    assert qt_translations <= {"qtbase_zh_CN.qm", "qtbase_en.qm", "qt_zh_CN.qm", "qt_en.qm"}, qt_translations
    assert not [name for name in inside if "Qt6Quick" in name or "Qt6Qml" in name or "Qt6Network" in name]


@pytest.mark.slow
def test_the_deb_installs_a_program_that_starts(bundle: Bundle, tmp_path: Path) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(bundle.deb), str(root)], check=True)
    launcher = root / "usr" / "bin" / build.NAME
    assert launcher.is_symlink() and launcher.resolve() == (root / "opt" / build.NAME / build.NAME)
    home = tmp_path / "home"
    result = _run([str(launcher), "--smoke"], _reader_environment(home, "offscreen"), tmp_path)
    _assert_smoke_passed(result)
    # the very first start shows the home cards' numbers with its first paint, from the build's seed
    paint, shown = (re.search(rf"^{line}: (\d+) ms$", result.stdout, re.M) for line in ("first paint", "numbers shown"))
    assert paint and shown and paint.group(1) == shown.group(1), result.stdout


@pytest.mark.slow
def test_the_deb_has_valid_menu_entry_and_metainfo(bundle: Bundle, tmp_path: Path) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(bundle.deb), str(root)], check=True)
    share = root / "usr" / "share"
    desktop = share / "applications" / f"{build.APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{build.APP_ID}.metainfo.xml"
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{build.APP_ID}.svg").exists()
    for tool, arguments in [("desktop-file-validate", [desktop]), ("appstreamcli", ["validate", "--no-net", metainfo])]:
        executable = shutil.which(tool)
        if executable is None:
            pytest.fail(f"{tool} is missing: apt-get install desktop-file-utils appstream (.ci/run installs them)")
        result = subprocess.run([executable, *map(str, arguments)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{tool}:\n{result.stdout}\n{result.stderr}"
    control = subprocess.run(
        ["dpkg-deb", "--field", str(bundle.deb), "Package", "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Package: {build.NAME}" in control and "libxcb-cursor0" in control
