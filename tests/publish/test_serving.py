"""publish/serving.py: the port check and the server `wenming serve` becomes."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.publish import serving
from generator.site.build import SitePage


@pytest.fixture
def listener() -> Iterator[int]:
    """A port on 127.0.0.1 someone is listening on."""
    held = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    held.bind(("127.0.0.1", 0))
    held.listen()
    try:
        yield held.getsockname()[1]
    finally:
        held.close()


def test_a_port_someone_listens_on_is_busy_with_a_next_port_offered(listener: int) -> None:
    problem = serving.port_problem(listener)
    assert problem is not None
    assert f"端口 {listener} 已被占用" in problem
    assert f"-p {listener + 1}" in problem


def test_a_free_port_has_no_problem(listener: int) -> None:
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    free = probe.getsockname()[1]
    probe.close()
    assert serving.port_problem(free) is None


def test_the_server_is_mkdocs_dirty_and_lenient_on_localhost_only() -> None:
    command = serving.serve_command(Path("site/mkdocs.yml"), 8123)
    assert command[:4] == [sys.executable, "-m", "mkdocs", "serve"]
    assert "--dirty" in command and "--no-strict" in command
    assert command[-4:] == ["-f", "site/mkdocs.yml", "-a", "127.0.0.1:8123"]


def test_on_posix_the_process_becomes_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, list[str]]] = []

    class Replaced(Exception):
        pass

    def execv(path: str, argv: list[str]) -> None:
        calls.append((path, argv))
        raise Replaced

    monkeypatch.setattr(serving.os, "name", "posix")
    monkeypatch.setattr(serving.os, "execv", execv)
    with pytest.raises(Replaced):
        serving.become_server(["python", "-m", "mkdocs"])
    assert calls == [(sys.executable, ["python", "-m", "mkdocs"])]


def test_page_digests_change_with_the_front_matter_or_the_body_only() -> None:
    a = SitePage("a/index.md", "a/", "---\ntitle: 甲\n---\n", "<p>一</p>")
    same = SitePage("a/index.md", "a/", a.head, a.body)
    retitled = SitePage("a/index.md", "a/", "---\ntitle: 乙\n---\n", a.body)
    edited = SitePage("a/index.md", "a/", a.head, "<p>二</p>")
    (first,) = serving.page_digests([a]).values()
    assert serving.page_digests([same]) == {"a/index.md": first}
    assert serving.page_digests([retitled])["a/index.md"] != first
    assert serving.page_digests([edited])["a/index.md"] != first
    # The separator keeps head and body apart: moving text across them is a change.
    moved = SitePage("a/index.md", "a/", a.head + "<p>", "一</p>")
    assert serving.page_digests([moved])["a/index.md"] != first
