"""The small pictures the style sheet draws controls with, in a theme's colours: a chooser's arrow, a check box's
tick, a spin box's arrows.

A style sheet that gives a control its own border also takes over drawing its parts, and Qt then draws them at a
fixed size in the style's colours: at 200 % a chooser's arrow stayed a few pixels wide and a checked box was a
filled square with no tick. Qt style sheets take pictures only from files, so each picture is written once as a
small SVG (it scales to any text size) into the program's cache folder, named by its shape and colour; a picture
that cannot be written is left out and Qt draws its own.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from gui.resilience import FOLDER

#: The shapes, as SVG paths on a 16x16 grid, drawn with a round 2-unit stroke in the colour asked for.
SHAPES = {
    "arrow-down": "M3 6 L8 11 L13 6",
    "arrow-up": "M3 10 L8 5 L13 10",
    "tick": "M3 8.5 L6.5 12 L13 4.5",
}


def image_folder() -> Path:
    """Where the pictures are kept (for example ~/.cache/ai-energy/style on Linux)."""
    location = QStandardPaths.StandardLocation.GenericCacheLocation
    return Path(QStandardPaths.writableLocation(location)) / FOLDER / "style"


@cache
def style_image(shape: str, colour: str) -> str | None:
    """The path of the picture `shape` in `colour` (a "#rrggbb" colour), written if it is not there yet, in the
    form a style sheet's url() takes; None when it cannot be written. Looked at once a run: the style sheet is
    made again at every change of theme or text size."""
    path = image_folder() / f"{shape}-{colour.lstrip('#').lower()}.svg"
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
        f'<path d="{SHAPES[shape]}" fill="none" stroke="{colour}" stroke-width="2"'
        ' stroke-linecap="round" stroke-linejoin="round"/></svg>'
    )
    try:
        if not path.is_file() or path.read_text(encoding="utf-8") != svg:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(svg, encoding="utf-8")
            temporary.replace(path)  # another copy of the program never reads half a picture
    except OSError:
        return None
    return path.as_posix()
