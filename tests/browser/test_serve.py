"""Live preview: `wenming serve` shows an edit within seconds, and a broken file as its error."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from site_fixture import mkdocs_yml, write_content

SITE_PAGE = "sites/dongshan-station/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def search_index(base: str) -> list[str]:
    """The locations in the served search index, sorted (duplicates kept)."""
    with urllib.request.urlopen(base + "search/search_index.json", timeout=5) as response:
        docs = json.loads(response.read())["docs"]
    return sorted(doc["location"] for doc in docs)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[str]]]:
    content = write_content(tmp_path / "content")
    config = mkdocs_yml(tmp_path, content)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "-f", str(config), "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + SITE_PAGE, timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(
                f"wenming serve did not come up:\n{server.stdout.read() if server.stdout else ''}"
            )
        time.sleep(0.3)
    try:
        yield base, content, server
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_an_edit_shows_and_a_broken_file_shows_its_error(
    preview: tuple[str, Path, subprocess.Popen[str]], page: Page
) -> None:
    base, content, server = preview
    index = search_index(base)
    page.goto(base + SITE_PAGE)
    heading = page.locator("h1").first
    expect(heading).to_have_text("东山村新时代文明实践站")

    record = content / "sites" / "dongshan-station.yml"
    text = record.read_text(encoding="utf-8")
    started = time.monotonic()
    record.write_text(
        text.replace("name: 东山村新时代文明实践站", "name: 东山村文明实践站（新名）", 1),
        encoding="utf-8",
    )
    # livereload refreshes the open page by itself: no reload from the test.
    expect(heading).to_have_text("东山村文明实践站（新名）", timeout=15_000)
    assert time.monotonic() - started < 15
    # The session's search index stays whole: every page once, none twice.
    assert search_index(base) == index

    team = content / "teams" / "jinnang-team.yml"
    good = team.read_text(encoding="utf-8")
    team.write_text(good + "brand：坏了\n", encoding="utf-8")
    page.goto(base)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("内容有错误", timeout=15_000)
    expect(alert).to_contain_text("teams/jinnang-team.yml")
    expect(alert).to_contain_text("中文冒号")
    assert server.poll() is None, "the server must keep running"

    team.write_text(good, encoding="utf-8")
    # Until the rebuild ends, the error build's 404 stands: ask again, as an editor would.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        page.goto(base + SITE_PAGE)
        if page.locator("h1").first.inner_text() == "东山村文明实践站（新名）":
            break
        time.sleep(0.5)
    expect(page.locator("h1").first).to_have_text("东山村文明实践站（新名）")
    expect(page.get_by_role("alert")).to_have_count(0)
    # After an error page, the next complete build indexes every page again.
    assert search_index(base) == index


def test_stopping_wenming_serve_stops_the_server(
    preview: tuple[str, Path, subprocess.Popen[str]],
) -> None:
    """A task runner that ends `wenming serve` must not leave a server behind on the port."""
    base, _, server = preview
    server.terminate()
    server.wait(timeout=10)
    port = int(base.rstrip("/").rsplit(":", 1)[1])
    deadline = time.monotonic() + 5
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                break  # nobody listens any more
        assert time.monotonic() < deadline, "the server outlived wenming serve"
        time.sleep(0.2)


def test_the_page_being_edited_shows_the_error_and_then_the_fix(
    preview: tuple[str, Path, subprocess.Popen[str]], page: Page
) -> None:
    """Not only `/`: the very page the editor looks at turns into the report, then back."""
    base, content, server = preview
    page.goto(base + SITE_PAGE)
    heading = page.locator("h1").first
    expect(heading).to_have_text("东山村新时代文明实践站")
    record = content / "sites" / "dongshan-station.yml"
    good = record.read_text(encoding="utf-8")
    record.write_text(good + "brand：坏了\n", encoding="utf-8")
    # livereload reloads the open page once the error build is done: no goto here.
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("内容有错误", timeout=20_000)
    expect(alert).to_contain_text("sites/dongshan-station.yml")
    expect(heading).to_have_text("内容有错误")
    record.write_text(good.replace("东山村新时代文明实践站", "东山村实践站（改好了）", 1), "utf-8")
    expect(heading).to_have_text("东山村实践站（改好了）", timeout=20_000)
    expect(page.get_by_role("alert")).to_have_count(0)
    assert server.poll() is None


def test_content_deleted_and_restored_is_reported_then_noticed_again(
    preview: tuple[str, Path, subprocess.Popen[str]], page: Page, tmp_path: Path
) -> None:
    base, content, server = preview
    page.goto(base + SITE_PAGE)
    heading = page.locator("h1").first
    expect(heading).to_have_text("东山村新时代文明实践站")
    away = tmp_path / "moved-away"
    content.rename(away)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("找不到内容文件夹", timeout=20_000)
    assert server.poll() is None, "the server must keep running"
    away.rename(content)
    expect(heading).to_have_text("东山村新时代文明实践站", timeout=20_000)
    expect(page.get_by_role("alert")).to_have_count(0)
    record = content / "sites" / "dongshan-station.yml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("东山村新时代文明实践站", "东山村（恢复后的修改）", 1), "utf-8")
    expect(heading).to_have_text("东山村（恢复后的修改）", timeout=20_000)
