"""Paths the tests share; a module of its own so no test imports a conftest by name."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).parent
REPO = TESTS.parent
MINIMAL = TESTS / "fixtures" / "minimal"
