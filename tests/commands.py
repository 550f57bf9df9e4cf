"""Running the real `wenming` command in a fresh process, for tests where a hang is the bug."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT_S = 20


def check_in_subprocess(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`wenming check content` in a fresh process; a hang fails the test after TIMEOUT_S."""
    try:
        return subprocess.run(
            [sys.executable, "-m", "generator", "check", "content", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`wenming check` hung for {TIMEOUT_S} s")
