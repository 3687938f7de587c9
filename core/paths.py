"""Where the program's data files live, from the source tree and from a PyInstaller bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_directory() -> Path:
    """Return the `resources/` directory: beside `core/` in a source tree, or inside a frozen bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root is not None:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_directory() -> Path:
    """Return the directory that holds the sourced dataset (TOML files)."""
    return resources_directory() / "data"


def unit_definitions_file() -> Path:
    """Return the pint definitions file with the program's extra units (Chinese units, a 365-day year)."""
    return resources_directory() / "units" / "units.txt"


#: The file of a reader's own figures (core.own_figures), beside the configuration.
OWN_FIGURES_FILE_NAME = "my_figures.toml"
