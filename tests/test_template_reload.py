"""Template lookups: a one-off build checks no template file's mtime; `serve` still reloads."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment, FileSystemLoader

from generator.plugin import WenmingPlugin
from generator.site.render import environment, template_reload


@pytest.fixture(autouse=True)
def _one_off_after() -> Any:
    yield
    template_reload(False)  # the package's environment is shared by the whole test process


def _theme(folder: Path, command: str) -> Environment:
    """A theme environment as MkDocs makes it (auto_reload on), handed to the plugin."""
    plugin = WenmingPlugin()
    plugin.on_startup(command=command, dirty=command == "serve")
    env = Environment(loader=FileSystemLoader(folder))
    return plugin.on_env(env, config=None, files=None)  # type: ignore[arg-type]


def _edit(template: Path, text: str) -> None:
    before = template.stat().st_mtime_ns if template.exists() else 0
    template.write_text(text, encoding="utf-8")
    os.utime(template, ns=(before + 10**9, before + 10**9))  # a later mtime, however fast


@pytest.mark.parametrize(("command", "reloads"), [("build", False), ("serve", True)])
def test_templates_reload_only_while_serving(tmp_path: Path, command: str, reloads: bool) -> None:
    page = tmp_path / "main.html"
    _edit(page, "old")
    env = _theme(tmp_path, command)
    assert env.auto_reload is reloads and environment().auto_reload is reloads
    assert env.get_template("main.html").render() == "old"
    _edit(page, "new")
    assert env.get_template("main.html").render() == ("new" if reloads else "old")
