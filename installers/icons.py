"""The program's icon for Windows (.ico) and macOS (.icns), drawn from `resources/icons/app.svg` at build time.

Both formats hold PNG images at several sizes, so every place the system shows the icon (a 16 px list, a 256 px
Start tile, a 1024 px Retina Dock) gets a sharp drawing instead of a scaled one. Nothing generated is committed:
`installers/build.py` writes the files into `build/icons/` before PyInstaller runs.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The .icns element types that hold PNG data, with their pixel sizes (Apple's "ic" types).
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG (size -> bytes); 256 is written as 0, as the format requires."""
    directory, images = [], []
    offset = 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        images.append(png)
        offset += len(png)
    return struct.pack("<HHH", 0, 1, len(pngs)) + b"".join(directory) + b"".join(images)


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS .icns holding each PNG (element type -> bytes)."""
    elements = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def _gui_application() -> object:
    """Qt's GUI application, which drawing needs: the running one, or a new offscreen one."""
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication.instance()
    if application is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        application = QGuiApplication([])
    return application


def write_icons(svg: Path, folder: Path) -> tuple[Path, Path]:
    """Write `ai-energy.ico` and `ai-energy.icns` into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    application = _gui_application()  # alive while drawing
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES.values()))
    pngs = {size: render_png(svg, size) for size in sizes}
    ico, icns = folder / "ai-energy.ico", folder / "ai-energy.icns"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns.write_bytes(icns_bytes({kind: pngs[size] for kind, size in ICNS_TYPES.items()}))
    del application
    return ico, icns
