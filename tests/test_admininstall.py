"""`wenming admin install`, which the deploy templates run: `npm ci` (no install scripts)
when mkdocs.yml turns the form editor on, nothing at all when it is off."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main

CONFIG = "site_name: x\nplugins:\n  - search\n  - wenming:\n      content: content\n{extra}"


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str, npm: str | None) -> Any:
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(extra=extra), encoding="utf-8")
    (tmp_path / "package-lock.json").write_text("{}", encoding="utf-8")
    calls: list[tuple[list[str], Path]] = []

    def fake_run(command: list[str], cwd: Path, check: bool) -> subprocess.CompletedProcess[str]:
        calls.append((command, cwd))
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setattr(shutil, "which", lambda name: npm if name == "npm" else None)
    config = str(tmp_path / "mkdocs.yml")
    result = CliRunner().invoke(main, ["admin", "install", "-f", config])
    return result, calls


def test_off_it_runs_no_npm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result, calls = _run(tmp_path, monkeypatch, "", "/usr/bin/npm")
    assert result.exit_code == 0 and "未打开" in result.output
    assert calls == []


def test_on_it_installs_from_the_lock_without_install_scripts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, calls = _run(tmp_path, monkeypatch, "      admin: true\n", "/usr/bin/npm")
    assert result.exit_code == 0, result.output
    assert calls == [
        (["/usr/bin/npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], tmp_path)
    ]


def test_on_without_npm_it_says_to_install_node(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, calls = _run(tmp_path, monkeypatch, "      admin: true\n", None)
    assert result.exit_code == 1 and "Node.js" in result.output
    assert calls == []


def test_on_without_the_lock_it_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(extra="      admin: true\n"), "utf-8")
    result = CliRunner().invoke(main, ["admin", "install", "-f", str(tmp_path / "mkdocs.yml")])
    assert result.exit_code == 1 and "package-lock.json" in result.output
