"""Build the standalone program and its installer, from the repository root:

    uv run python installers/build.py linux     # dist/ai-energy/, ai-energy-<v>-linux-<arch>.tar.gz, .deb
    uv run python installers/build.py windows   # dist/ai-energy/, dist/ai-energy-<v>-setup.exe (NSIS)
    uv run python installers/build.py macos     # dist/AI Energy Calculator.app, dist/ai-energy-<v>.dmg
    uv run python installers/build.py freeze    # only dist/ai-energy/ (the onedir), on any system

Every platform first freezes the program with PyInstaller (`installers/ai-energy.spec`, onedir). The build fails
when PyInstaller could not find a library that one of Qt's platform plugins needs ("Library not found"): such a
bundle would start on one machine and not on the next.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `installers.icons`, when run as a script

from gui.card_cache import BUILD_ID_FILE, SEED_FILE, code_key, work_out_seed  # noqa: E402
from installers.icons import write_icons  # noqa: E402

INSTALLERS = ROOT / "installers"
DIST, BUILD = ROOT / "dist", ROOT / "build"
ICONS = BUILD / "icons"  # ai-energy.ico and ai-energy.icns, drawn from resources/icons/app.svg by freeze()
NAME = "ai-energy"
APP_ID = "org.aienergy.Calculator"
#: Libraries PyInstaller leaves to the system (graphics and windowing); the .deb depends on their packages.
DEB_DEPENDS = [
    "libc6 (>= 2.31)",
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libwayland-client0",
    "libdbus-1-3",
]
#: Where a missing library is fatal: Qt's platform plugins and what they load.
PLATFORM_PLUGIN_PARTS = ("/plugins/platforms/", "/plugins/xcbglintegrations/", "libQt6XcbQpa")
MISSING_LIBRARY = re.compile(r"Library not found: could not resolve '([^']+)', dependency of '([^']+)'")


def use_folders(dist: Path, work: Path) -> None:
    """Build into `dist` with `work` as PyInstaller's work folder (the tests build outside the working tree)."""
    global DIST, BUILD, ICONS  # one build per process: the folders are the run settings
    DIST, BUILD, ICONS = dist, work, work / "icons"


class BuildError(Exception):
    """The build cannot go on; the message says why and what to do."""


def version() -> str:
    """The program's version, from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def freeze() -> Path:
    """Draw the icons, run PyInstaller on the spec, seed the card cache; return dist/ai-energy. Fails on missing
    platform-plugin libraries and when the frozen program does not start."""
    write_icons(ROOT / "resources" / "icons" / "app.svg", ICONS)
    build_id = BUILD / BUILD_ID_FILE
    build_id.write_text(code_key(ROOT) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(DIST), "--workpath", str(BUILD), str(INSTALLERS / "ai-energy.spec")]
    environment = {**os.environ, "AI_ENERGY_ICONS": str(ICONS), "AI_ENERGY_BUILD_ID": str(build_id)}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, env=environment)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed with status {result.returncode} (its output is above)")
    check_platform_plugins(result.stderr)
    onedir = DIST / NAME
    seed_card_cache(onedir)
    print(f"built {onedir}")
    return onedir


def seed_card_cache(onedir: Path) -> None:
    """Run the frozen program once per language (--smoke, off-screen, in empty folders) and put the headlines it
    cached beside its build-id.txt, so that a reader's first start shows the home cards' numbers at once (see
    gui/card_cache.py). Also proves the bundle starts."""
    executable = onedir / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    try:
        seed = work_out_seed([str(executable)])
    except RuntimeError as error:
        raise BuildError(f"the frozen program's smoke runs gave no seed: {error}") from error
    for build_id in DIST.rglob(BUILD_ID_FILE):
        (build_id.parent / SEED_FILE).write_text(seed, encoding="utf-8")


def check_platform_plugins(log: str) -> None:
    """Raise BuildError if PyInstaller's log reports a library missing for a Qt platform plugin."""
    missing = sorted(
        {
            (library, Path(dependent).name)
            for library, dependent in MISSING_LIBRARY.findall(log)
            if any(part in dependent for part in PLATFORM_PLUGIN_PARTS)
        }
    )
    if missing:
        listed = ", ".join(f"{library} (for {dependent})" for library, dependent in missing)
        raise BuildError(
            f"Qt's platform plugins need libraries this machine lacks: {listed}. Install them (on Debian or "
            "Ubuntu: apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0) and build again."
        )


def build_linux() -> list[Path]:
    """The onedir, packed as .tar.gz, and a .deb installing under /opt with a launcher on the PATH."""
    onedir = freeze()
    return [pack_tarball(onedir), pack_deb(onedir)]


def architecture() -> str:
    """The Debian architecture name of this machine (amd64, arm64, ...)."""
    if shutil.which("dpkg"):
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def pack_tarball(onedir: Path) -> Path:
    """dist/ai-energy-<version>-linux-<arch>.tar.gz holding the folder ai-energy/."""
    target = DIST / f"{NAME}-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(onedir, arcname=NAME)
    print(f"built {target}")
    return target


def pack_deb(onedir: Path) -> Path:
    """dist/ai-energy_<version>_<arch>.deb: /opt/ai-energy, /usr/bin/ai-energy, menu entry, icon, metainfo."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is missing: apt-get install dpkg (Debian and Ubuntu have it)")
    root = BUILD / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(onedir, root / "opt" / NAME, symlinks=True)
    launcher = root / "usr" / "bin" / NAME
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(Path("..", "..", "opt", NAME, NAME))  # relative: works from any unpacked root
    linux = INSTALLERS / "linux"
    _install(linux / f"{APP_ID}.desktop", root / "usr" / "share" / "applications")
    _install(linux / f"{APP_ID}.metainfo.xml", root / "usr" / "share" / "metainfo")
    _install(linux / f"{APP_ID}.mime.xml", root / "usr" / "share" / "mime" / "packages")  # lessons open with a click
    icon_folder = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icon_folder.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", icon_folder / f"{APP_ID}.svg")
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(deb_control(installed_kib(root)), encoding="utf-8")
    target = DIST / f"{NAME}_{version()}_{architecture()}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)], check=True)
    print(f"built {target}")
    return target


def deb_control(installed_size_kib: int) -> str:
    """The .deb's DEBIAN/control."""
    return (
        f"Package: {NAME}\n"
        f"Version: {version()}\n"
        f"Architecture: {architecture()}\n"
        "Maintainer: AI Energy Calculator team <ai-energy@users.noreply.github.com>\n"
        f"Installed-Size: {installed_size_kib}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Description: How much electricity does AI use? An offline calculator\n"
        " Reproduces, step by step, the claims of a widely read magazine article about AI's\n"
        " electricity use, with every number's source, in Chinese and English. Works offline.\n"
    )


def installed_kib(root: Path) -> int:
    """Disk use of the package's files, in KiB (for Installed-Size)."""
    total = sum(path.lstat().st_size for path in root.rglob("*") if path.is_file() and not path.is_symlink())
    return (total + 1023) // 1024


def _install(source: Path, folder: Path) -> None:
    """Copy `source` into `folder`, creating it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, folder / source.name)


def build_windows() -> list[Path]:
    """The onedir and a per-user NSIS installer (Start-menu entry, uninstaller). Runs on Windows, or on Linux
    with a Windows onedir copied to dist/ai-energy and NSIS installed (apt-get install nsis)."""
    onedir = freeze() if sys.platform == "win32" else DIST / NAME
    if not (onedir / f"{NAME}.exe").exists():
        raise BuildError(f"no Windows program in {onedir}: build on Windows, or copy a Windows onedir there first")
    if not (ICONS / "ai-energy.ico").exists():
        write_icons(ROOT / "resources" / "icons" / "app.svg", ICONS)
    return [pack_nsis(onedir, DIST, ICONS / "ai-energy.ico")]


def pack_nsis(onedir: Path, folder: Path, icon: Path) -> Path:
    """<folder>/ai-energy-<version>-setup.exe: the Windows onedir in a per-user NSIS installer."""
    makensis = shutil.which("makensis")
    if makensis is None:
        raise BuildError("makensis is missing: install NSIS (https://nsis.sourceforge.io, or apt-get install nsis)")
    target = folder / f"{NAME}-{version()}-setup.exe"
    defines = [f"-DVERSION={version()}", f"-DSOURCE={onedir}", f"-DOUTFILE={target}", f"-DICON={icon}"]
    subprocess.run([makensis, "-V2", *defines, str(INSTALLERS / "windows" / "ai-energy.nsi")], check=True)
    print(f"built {target}")
    return target


def build_macos() -> list[Path]:
    """The .app bundle (made by the spec on macOS) and a compressed .dmg of it."""
    if sys.platform != "darwin":
        raise BuildError("the macOS build runs on macOS (it needs hdiutil and a macOS Python)")
    freeze()
    app = DIST / "AI Energy Calculator.app"
    target = DIST / f"{NAME}-{version()}.dmg"
    target.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", "AI Energy Calculator", "-srcfolder", str(app)]
    subprocess.run([*command, "-ov", "-format", "UDZO", str(target)], check=True)
    print(f"built {target}")
    return [target]


BUILDERS = {"linux": build_linux, "windows": build_windows, "macos": build_macos, "freeze": lambda: [freeze()]}


def main(arguments: list[str] | None = None) -> int:
    """Build what the command line names; exit 0, or 1 with one line saying what is wrong."""
    parser = argparse.ArgumentParser(prog="installers/build.py", description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=list(BUILDERS), help="the platform to build for (or only freeze)")
    parser.add_argument("--dist", type=Path, default=DIST, help="where the bundle and installers go (default dist/)")
    parser.add_argument("--work", type=Path, default=BUILD, help="PyInstaller's work folder (default build/)")
    options = parser.parse_args(arguments)
    use_folders(options.dist.resolve(), options.work.resolve())
    os.chdir(ROOT)
    try:
        BUILDERS[options.target]()
    except (BuildError, subprocess.CalledProcessError) as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
