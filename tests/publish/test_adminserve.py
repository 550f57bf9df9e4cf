"""`wenming admin serve` answers only requests addressed to 127.0.0.1 or localhost at its own
port: a page reached through DNS rebinding (Host: evil.example) gets 403 from both the
editor's page server and decap-server, and nothing is written."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from site_fixture import REPO, write_content

WENMING = Path(sys.executable).parent / "wenming"
TARGET = "content/honors/2026-Q3/2026q3-planted.yml"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _repo(tmp_path: Path) -> Path:
    """A wenming repository: mkdocs.yml, content/ and a link to node_modules."""
    repo = tmp_path / "repo"
    write_content(repo / "content")
    (repo / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (repo / "node_modules").symlink_to(REPO / "node_modules")
    return repo


@contextmanager
def _serving(tmp_path: Path) -> Iterator[tuple[Path, int, int]]:
    repo = _repo(tmp_path)
    port, proxy = _free_port(), _free_port()
    command = [str(WENMING), "admin", "serve", "-p", str(port), "--proxy-port", str(proxy)]
    proc = subprocess.Popen(command, cwd=repo, env=os.environ.copy(), stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                # the page server listens first, decap-server once it answers
                with socket.create_connection(("127.0.0.1", proxy), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        yield repo, port, proxy
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", proxy)) != 0, "decap-server outlived wenming"


def _request(port: int, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _persist(port: int, headers: dict[str, str]) -> int:
    entry = {"slug": "2026q3-planted", "path": TARGET, "raw": "id: 2026q3-planted\n"}
    body = {
        "action": "persistEntry",
        "params": {
            "branch": "main",
            "entry": entry,
            "assets": [],
            "options": {"commitMessage": "x", "useWorkflow": False, "status": "draft"},
        },
    }
    headers = {"Content-Type": "application/json", **headers}
    return _request(port, "POST", "/api/v1", headers, json.dumps(body).encode())


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int, int]]:
    with _serving(tmp_path_factory.mktemp("adminserve")) as running:
        yield running


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1:1"])
def test_the_page_server_refuses_a_foreign_host(served: tuple[Path, int, int], host: str) -> None:
    _, port, _ = served
    assert _request(port, "GET", "/admin/", {"Host": host.format(port=port)}) == 403


def test_the_page_server_answers_its_own_names(served: tuple[Path, int, int]) -> None:
    _, port, _ = served
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        assert _request(port, "GET", "/admin/", {"Host": host}) == 200


def test_decap_server_refuses_a_foreign_host_and_writes_nothing(
    served: tuple[Path, int, int],
) -> None:
    repo, port, proxy = served
    page = f"http://127.0.0.1:{port}"
    for headers in (
        {"Host": "evil.example"},
        {"Host": f"evil.example:{proxy}", "Origin": f"http://evil.example:{proxy}"},
        {"Host": f"127.0.0.1:{proxy}", "Origin": "http://evil.example"},  # cross-site form
    ):
        assert _persist(proxy, headers) == 403, headers
        assert not (repo / TARGET).exists()
    # The same request from the editor's own page is the one that writes.
    assert _persist(proxy, {"Host": f"127.0.0.1:{proxy}", "Origin": page}) == 200
    assert (repo / TARGET).read_text(encoding="utf-8") == "id: 2026q3-planted\n"


def _serve(repo: Path, port: int, proxy: int) -> subprocess.CompletedProcess[str]:
    command = [str(WENMING), "admin", "serve", "-p", str(port), "--proxy-port", str(proxy)]
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=60)


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("taken", ["page", "proxy"])
def test_a_port_in_use_is_one_sentence_and_nothing_keeps_running(
    tmp_path: Path, taken: str
) -> None:
    repo = _repo(tmp_path)
    port, proxy = _free_port(), _free_port()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port if taken == "page" else proxy))
        busy.listen()
        result = _serve(repo, port, proxy)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
        option = "-p/--port" if taken == "page" else "--proxy-port"
        assert str(port if taken == "page" else proxy) in lines[0] and option in lines[0]
        assert "已被别的程序占用" in lines[0]
    free = proxy if taken == "page" else port
    assert not _listening(free), "a server was left running"


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGHUP])
def test_decap_server_does_not_outlive_a_killed_wenming(tmp_path: Path, signum: int) -> None:
    repo = _repo(tmp_path)
    port, proxy = _free_port(), _free_port()
    command = [str(WENMING), "admin", "serve", "-p", str(port), "--proxy-port", str(proxy)]
    proc = subprocess.Popen(command, cwd=repo, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):  # decap-server listens after the page server
            if _listening(proxy):
                break
            time.sleep(0.1)
        assert _listening(proxy) and _listening(port)
        proc.send_signal(signum)
        proc.wait(timeout=20)
        for _ in range(100):
            if not _listening(proxy):
                break
            time.sleep(0.1)
        assert not _listening(proxy), "decap-server outlived wenming"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _ask(proxy: int, page: int, action: str, params: dict[str, object]) -> int:
    headers = {
        "Host": f"127.0.0.1:{proxy}",
        "Origin": f"http://127.0.0.1:{page}",
        "Content-Type": "application/json",
    }
    body = json.dumps({"action": action, "params": {"branch": "main", **params}}).encode()
    return _request(proxy, "POST", "/api/v1", headers, body)


@pytest.mark.parametrize(
    "path", ["mkdocs.yml", ".git/config", "content/../mkdocs.yml", "contents/x.yml", "/etc/passwd"]
)
def test_decap_server_answers_for_the_records_only(
    served: tuple[Path, int, int], path: str
) -> None:
    """The editor's own page cannot read or write a file outside content/ and the media folder."""
    repo, port, proxy = served
    assert _ask(proxy, port, "getEntry", {"path": path}) == 403
    assert _ask(proxy, port, "entriesByFiles", {"files": [{"path": path}]}) == 403
    assert _ask(proxy, port, "deleteFile", {"path": path, "options": {"commitMessage": "x"}}) == 403
    assert (repo / "mkdocs.yml").is_file()
    assert _ask(proxy, port, "getEntry", {"path": "content/publisher.yml"}) == 200
    folder = {"folder": "content/sites", "extension": "yml", "depth": 1}
    assert _ask(proxy, port, "entriesByFolder", folder) == 200
