"""Shared test set-up: tests under tests/gui/ are marked `gui` so `pytest -m "not gui"` is the fast loop."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.calculator import Calculator

GUI_TESTS = Path(__file__).parent / "gui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui/ as a gui test."""
    for item in items:
        if GUI_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def calculator() -> Calculator:
    """One calculator over the program's own dataset, shared by every test that needs one."""
    return Calculator()
