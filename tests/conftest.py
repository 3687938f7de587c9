"""Shared test set-up: tests under tests/gui/ are marked `gui` so `pytest -m "not gui"` is the fast loop; approved
texts (golden files) are compared in one place."""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from core.calculator import Calculator

GUI_TESTS = Path(__file__).parent / "gui"
GOLDEN = Path(__file__).parent / "golden"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui/ as a gui test."""
    for item in items:
        if GUI_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def calculator() -> Calculator:
    """One calculator over the program's own dataset, shared by every test that needs one."""
    return Calculator()


@pytest.fixture(scope="session")
def assert_approved() -> Callable[[str, str], None]:
    """Compare a text readers see with its approved copy in tests/golden/; a difference fails as a diff. After a
    deliberate change, review the diff and approve it with: UPDATE_GOLDEN=1 uv run pytest (the tests that changed).
    """

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if os.environ.get("UPDATE_GOLDEN") == "1":
            path.write_text(text, encoding="utf-8")
        approved = path.read_text(encoding="utf-8")
        lines = difflib.unified_diff(approved.splitlines(True), text.splitlines(True), "approved", "now", n=0)
        diff = "".join(lines)
        assert text == approved, f"{name} changed; review, then approve with UPDATE_GOLDEN=1:\n{diff[:4000]}"

    return check
