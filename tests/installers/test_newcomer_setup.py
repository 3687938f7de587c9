"""A newcomer's set-up: the README stays inside the repository, and .ci/install-uv installs uv where the system
Python refuses pip (PEP 668)."""

from __future__ import annotations

import glob
import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_points_nowhere_outside_the_repository() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.findall(r"https?://\S+", text) == []
    assert re.findall(r"\.\./\S+", text) == []
    for path in re.findall(r"`((?:\.ci|benchmarks|installers|resources|tests|core|gui)/[\w./-]+)`", text):
        assert (ROOT / path).exists(), f"the README names {path}, which is not in the repository"


def _externally_managed_python() -> str | None:
    """A system Python that refuses pip (its stdlib holds the EXTERNALLY-MANAGED marker), if this machine has one."""
    for marker in glob.glob("/usr/lib/python3*/EXTERNALLY-MANAGED"):
        python = Path("/usr/bin") / Path(marker).parent.name
        if python.exists():
            return str(python)
    return None


@pytest.mark.slow
def test_install_uv_works_where_the_system_python_refuses_pip(tmp_path: Path) -> None:
    python = _externally_managed_python()
    if python is None:
        pytest.skip("this machine has no externally managed system Python (Debian 12 and Ubuntu 24.04 do)")
    refused = subprocess.run([python, "-m", "pip", "install", "--user", "uv"], capture_output=True, text=True)
    assert refused.returncode != 0 and "externally-managed-environment" in refused.stderr + refused.stdout
    environment = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHON": python}
    installed = subprocess.run(
        [str(ROOT / ".ci" / "install-uv")], env=environment, capture_output=True, text=True, timeout=600
    )
    assert installed.returncode == 0, installed.stderr
    folder = installed.stdout.strip().splitlines()[-1]
    assert folder == str(tmp_path / ".local" / "share" / "ai-energy-uv" / "bin")
    version = subprocess.run([os.path.join(folder, "uv"), "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("uv ")
