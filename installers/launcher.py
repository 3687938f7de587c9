"""The frozen program's entry point (PyInstaller runs this script): the same `main` as `uv run ai-energy`.

A windowed Windows program (console=False) starts with no standard streams: sys.stdout and sys.stderr are None,
and the first print (`--smoke` prints its time) or log line to stderr would raise. They write to the null device
instead; the rotating log file still records everything. (`gui.app` is imported below, after the streams exist.)
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the program)
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from gui.app import main

if __name__ == "__main__":
    sys.exit(main())
