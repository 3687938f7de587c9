"""Where the reader's own figures live in the window: the file they are read from and saved to, and what to do
when it cannot be used (core.own_figures checks the figures themselves).

A file that cannot be used is never overwritten unread: the program starts without its figures, says why, and a
later save first keeps the old file beside the new one as ``my_figures.toml.bak``.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from core.paths import OWN_FIGURES_FILE_NAME

if TYPE_CHECKING:  # core.own_figures loads pint: imported when core has loaded, not before the first paint
    from core.dataset import Dataset
    from core.own_figures import OwnFigure, OwnFigureError

log = logging.getLogger("ai_energy")


def own_figures_file(config_path: Path, configured: str) -> Path:
    """The file of own figures: the configuration's `my_figures` (relative to the configuration's folder), else
    my_figures.toml beside the configuration."""
    if not configured:
        return config_path.parent / OWN_FIGURES_FILE_NAME
    path = Path(configured).expanduser()
    return path if path.is_absolute() else config_path.parent / path


class OwnFiguresFile:
    """The reader's own figures as read from `path`, and the problem that kept them out, if any."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.figures: tuple[OwnFigure, ...] = ()
        self.problem: OwnFigureError | None = None

    def load(self, dataset: Dataset) -> tuple[OwnFigure, ...]:
        """Read the file against the shipped `dataset`; a file that cannot be used gives no figures and sets
        `problem` (logged)."""
        from core.own_figures import OwnFigureError, read_own_figures

        try:
            self.figures, self.problem = read_own_figures(self.path, dataset), None
        except OwnFigureError as error:
            self.figures, self.problem = (), error
            log.warning("own figures: %s (%s)", error, self.path)
        return self.figures

    def save(self, figures: tuple[OwnFigure, ...]) -> None:
        """Write `figures` (an OSError says why it could not be); a file that could not be read is kept first."""
        from core.own_figures import write_own_figures

        if self.problem is not None and self.path.exists():
            shutil.copyfile(self.path, self.backup_path())
            log.info("own figures: kept the file that could not be read as %s", self.backup_path())
        write_own_figures(self.path, figures)
        self.figures, self.problem = figures, None

    def backup_path(self) -> Path:
        """Where a file that could not be read is kept before it is replaced."""
        return self.path.with_name(self.path.name + ".bak")
