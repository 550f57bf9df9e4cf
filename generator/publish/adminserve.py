"""Admin serve: the form editor on one machine, `wenming admin serve`, bound to 127.0.0.1.

Two servers, both on 127.0.0.1 only: Decap's own proxy (`decap-server` from
node_modules, started with `BIND_HOST=127.0.0.1`, `MODE=fs`), which reads and writes the
files of this repository, and a static server for the editor's page, written into a
temporary folder by `adminfiles.py`. decap-server answers only pages from
`http://127.0.0.1:<port>` or `localhost` (its CORS rule), and Decap uses the proxy only
on a page served from 127.0.0.1 (`local_backend.allowed_hosts`).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Callable
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ..report.messages import ADMIN
from .adminfiles import AdminError, admin_files

HOST = "127.0.0.1"
PROXY = Path("node_modules") / "decap-server" / "dist" / "index.js"


class _Quiet(SimpleHTTPRequestHandler):
    """Static files of the editor; no request log, YAML as text."""

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        return "text/yaml" if str(path).endswith(".yml") else super().guess_type(path)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def start_proxy(root: Path, port: int) -> subprocess.Popen[bytes]:
    """decap-server on 127.0.0.1:`port`, writing into `root`; waits until it answers."""
    script = root / PROXY
    node = shutil.which("node")
    if not script.is_file() or node is None:
        raise AdminError(ADMIN["proxy_missing"])
    env = {
        **os.environ,
        "BIND_HOST": HOST,
        "PORT": str(port),
        "MODE": "fs",
        "GIT_REPO_DIRECTORY": str(root.resolve()),
        "LOG_LEVEL": "warn",
    }
    proc = subprocess.Popen([node, str(script)], cwd=root, env=env)
    url = f"http://{HOST}:{port}/api/v1"
    for _ in range(100):
        if proc.poll() is not None:
            raise AdminError(ADMIN["proxy_missing"])
        try:
            request = urllib.request.Request(url, data=b'{"action":"info"}', method="POST")
            request.add_header("Content-Type", "application/json")
            with urllib.request.urlopen(request, timeout=1):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise AdminError(ADMIN["proxy_missing"])


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


@contextmanager
def _admin_folder(root: Path, content_dir: Path, proxy_url: str) -> Any:
    with tempfile.TemporaryDirectory(prefix="wenming-admin-") as folder:
        for name, data in admin_files(root, content_dir, None, proxy_url).items():
            path = Path(folder) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        yield Path(folder)


def serve_admin(
    root: Path,
    content_dir: Path,
    port: int,
    proxy_port: int,
    ready: Callable[[str], None],
) -> None:
    """Serve the editor at http://127.0.0.1:`port`/admin/ until interrupted."""
    proxy_url = f"http://{HOST}:{proxy_port}/api/v1"
    # A `kill` (SIGTERM) must stop decap-server too, not leave it serving the repository.
    signal.signal(signal.SIGTERM, _stop)
    with _admin_folder(root, content_dir, proxy_url) as folder:
        proxy = start_proxy(root, proxy_port)
        try:
            handler = partial(_Quiet, directory=str(folder))
            with ThreadingHTTPServer((HOST, port), handler) as server:
                ready(f"http://{HOST}:{server.server_address[1]}/")
                server.serve_forever()
        finally:
            proxy.terminate()
            proxy.wait(timeout=10)
