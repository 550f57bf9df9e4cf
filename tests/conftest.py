"""Shared fixtures: a copy of the minimal content tree, the real CLI, the golden switch.

Golden files (expected error reports) are rewritten, instead of compared, when pytest
runs with `--update-golden`; review the diff before committing it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from testpaths import MINIMAL

from generator.cli import main

# The sample content is dated as of this day (its 活动预告 fall later in December 2026):
# every test, and every build a test starts, sees it as "today" unless the test sets its
# own, so the suite gives the same results next year. 2026-12-02T12:00+08:00.
SAMPLE_TODAY = "1796184000"


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("SOURCE_DATE_EPOCH", SAMPLE_TODAY)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite golden files from the current output instead of comparing",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the minimal valid tree at `<tmp>/content`, with the cwd at `<tmp>`."""
    target = tmp_path / "content"
    shutil.copytree(MINIMAL, target)
    monkeypatch.chdir(tmp_path)
    return target


@pytest.fixture
def wenming() -> Callable[..., Result]:
    """Run the real `wenming` command line in-process: `wenming("check", "content")`."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return run
