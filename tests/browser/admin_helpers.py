"""Helpers of the form-editor tests: a copy of the repository served by `wenming admin serve`,
and the steps of filling Decap CMS's forms (its selects are react-select, not <select>)."""

from __future__ import annotations

import datetime
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml
from helpers import REPO_ROOT
from playwright.sync_api import Page

WENMING = Path(sys.executable).parent / "wenming"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Editor:
    repo: Path
    base: str  # http://127.0.0.1:PORT/
    proxy_port: int


@contextmanager
def admin_server(folder: Path) -> Iterator[Editor]:
    """A copy of content/ (and links to node_modules and theme) served by `wenming admin serve`."""
    repo = folder / "repo"
    repo.mkdir()
    shutil.copytree(REPO_ROOT / "content", repo / "content")
    shutil.copy(REPO_ROOT / "mkdocs.yml", repo / "mkdocs.yml")  # build_repo_site rewrites it
    (repo / "node_modules").symlink_to(REPO_ROOT / "node_modules")
    (repo / "theme").symlink_to(REPO_ROOT / "theme")  # wenming.css, for the preview
    port, proxy = free_port(), free_port()
    command = [str(WENMING), "admin", "serve", "-p", str(port), "--proxy-port", str(proxy)]
    proc = subprocess.Popen(command, cwd=repo, env=os.environ.copy(), stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode() if proc.stderr else "exited")
            try:
                # the page server listens first, decap-server once it answers
                with socket.create_connection(("127.0.0.1", proxy), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        yield Editor(repo, f"http://127.0.0.1:{port}/", proxy)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    # decap-server stopped with it: nothing answers on the proxy's port any more.
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", proxy)) != 0, "decap-server outlived wenming"


def open_editor(page: Page, editor: Editor, route: str) -> None:
    """Sign in to the local backend (a button, no password) and open `route`."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{editor.base}admin/#/{route}")
    page.get_by_role("button", name="登录").click()
    page.locator("[id*=-field-]").first.wait_for()


def open_new(page: Page, editor: Editor, collection: str) -> None:
    """Sign in and open a new entry of `collection`."""
    open_editor(page, editor, f"collections/{collection}/new")


def field(page: Page, name: str) -> str:
    """The selector of a field's input by its key (`name-field-5` → `[id^="name-field-"]`)."""
    return f'[id^="{name}-field-"]'


def choose(page: Page, name: str, option: str, typed: str | None = None) -> None:
    """Pick `option` from the select or relation `name`, typing `typed` first if given."""
    box = page.locator(field(page, name)).first
    box.click()
    if typed is not None:
        page.keyboard.type(typed)
    page.get_by_role("option", name=option).first.click()


def save(page: Page) -> None:
    """发布 → 立即发布, and wait until Decap shows the saved entry."""
    page.get_by_role("button", name="发布").first.click()
    page.get_by_text("立即发布").click()
    page.wait_for_url("**/entries/**", timeout=20_000)  # Decap opens the saved entry


def build_repo_site(repo: Path, today: str) -> Path:
    """`mkdocs build --strict` of `repo`'s content/ (the repository's mkdocs.yml and theme),
    with the build's today fixed to `today` (SOURCE_DATE_EPOCH) so future-dated records
    are not embargoed; returns the site folder."""
    config = yaml.safe_load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(repo / "docs")
    config["theme"]["custom_dir"] = str(repo / "theme")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"]["content"] = str(repo / "content")
    (repo / "docs").mkdir(exist_ok=True)
    (repo / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    noon = datetime.datetime.fromisoformat(f"{today}T12:00:00+08:00")
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(noon.timestamp()))}
    site = repo / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)]
    result = subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stderr + result.stdout
    return site
