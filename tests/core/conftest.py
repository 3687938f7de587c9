from __future__ import annotations

import pytest

from core.calculator import Calculator


@pytest.fixture(scope="session")
def calculator() -> Calculator:
    return Calculator()
