"""Admin serve: the form editor on one machine, `wenming admin serve`, bound to 127.0.0.1.

Two servers, both on 127.0.0.1 only: Decap's own proxy (`decap-server` from
node_modules, started with `BIND_HOST=127.0.0.1`, `MODE=fs`), which reads and writes the
files of this repository, and a static server for the editor's page, written into a
temporary folder by `adminfiles.py`. decap-server answers only pages from
`http://127.0.0.1:<port>` or `localhost` (its CORS rule), and Decap uses the proxy only
on a page served from 127.0.0.1 (`local_backend.allowed_hosts`).

Both refuse, with 403, a request whose Host is not 127.0.0.1:<its port> or
localhost:<its port>: a hostile web page whose name resolves to 127.0.0.1 (DNS
rebinding) would otherwise be same-origin with them. decap-server does not check the
Host itself, so it is started through `admin/proxy-guard.js`, which answers such
requests (and any Origin but the editor page's) before decap-server's handlers see them.
A guard in front of every request of the one process is sound whatever port an attacker
finds; hiding decap-server on an unguessable port behind our server would not be, a
page can scan ports.
"""

from __future__ import annotations

import errno
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

from ..report.messages import ADMIN
from .adminfiles import OWN_STYLES, admin_files, site_styles
from .cmsconfig import MEDIA_FOLDER, AdminError

HOST = "127.0.0.1"
PROXY = Path("node_modules") / "decap-server" / "dist" / "index.js"
GUARD = Path(__file__).parent / "admin" / "proxy-guard.js"
PORT_IN_USE = 98  # proxy-guard.js's exit code when decap-server's port is taken


def local_hosts(port: int) -> tuple[str, str]:
    """The Host headers a request to 127.0.0.1:`port` may carry."""
    return (f"{HOST}:{port}", f"localhost:{port}")


class _Quiet(SimpleHTTPRequestHandler):
    """Static files of the editor; no request log, YAML as text, 403 for a foreign Host."""

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        _, port = cast(tuple[str, int], self.server.server_address)
        if self.headers.get("Host") not in local_hosts(port):
            self.send_error(403)
            return False
        return True

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        return "text/yaml" if str(path).endswith(".yml") else super().guess_type(path)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def start_proxy(
    root: Path, port: int, page_port: int, records: str = "content"
) -> subprocess.Popen[bytes]:
    """decap-server on 127.0.0.1:`port`, writing into `root`, answering only requests for
    127.0.0.1:`port` from the page on `page_port` that name files under `records` or the
    media folder (proxy-guard.js); waits until it answers."""
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
        "WENMING_PAGE_ORIGINS": " ".join(f"http://{h}" for h in local_hosts(page_port)),
        "WENMING_ALLOWED_FOLDERS": f"{records} {MEDIA_FOLDER}",
    }
    # stdin is a pipe the guard watches: when this process is gone, however it ended
    # (SIGKILL included), the pipe closes and decap-server exits with it.
    proc = subprocess.Popen(
        [node, str(GUARD), str(script)], cwd=root, env=env, stdin=subprocess.PIPE
    )
    url = f"http://{HOST}:{port}/api/v1"
    for _ in range(100):
        if proc.poll() is not None:
            if proc.returncode == PORT_IN_USE:
                raise AdminError(ADMIN["proxy_port_in_use"].format(port=port))
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


def local_styles(root: Path) -> dict[str, bytes]:
    """The site's stylesheets for the preview when no site is built: Material's main CSS
    from the installed theme (found, not imported) and the repository's wenming.css, by
    the paths the build gives them."""
    out: dict[str, bytes] = {}
    spec = importlib.util.find_spec("material")
    folders = (spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        for path in sorted((Path(folder) / "templates" / "assets" / "stylesheets").glob("*.css")):
            out[f"assets/stylesheets/{path.name}"] = path.read_bytes()
    own = root / "theme" / OWN_STYLES
    if own.is_file():
        out[OWN_STYLES] = own.read_bytes()
    return {path: out[path] for path in site_styles(out)}


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _free(port: int) -> bool:
    """Whether nothing listens on 127.0.0.1:`port` (checked before decap-server is
    started: another server answering there would look like it)."""
    with socket.socket() as sock:
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def _page_server(port: int, folder: Path) -> ThreadingHTTPServer:
    handler = partial(_Quiet, directory=str(folder))
    try:
        return ThreadingHTTPServer((HOST, port), handler)
    except OSError as error:
        key = "page_port_in_use" if error.errno == errno.EADDRINUSE else "page_port_refused"
        raise AdminError(ADMIN[key].format(port=port, error=error.strerror)) from None


def _watch(proxy: subprocess.Popen[bytes], server: ThreadingHTTPServer, died: list[int]) -> None:
    """Stop serving the page when decap-server ends on its own: the page would be dead."""
    died.append(proxy.wait())
    server.shutdown()


@contextmanager
def _admin_folder(root: Path, content_dir: Path, proxy_url: str) -> Any:
    with tempfile.TemporaryDirectory(prefix="wenming-admin-") as folder:
        styles = local_styles(root)
        files = {**styles, **admin_files(root, content_dir, None, proxy_url, styles=list(styles))}
        for name, data in files.items():
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
    # A `kill` (SIGTERM) or a closed terminal (SIGHUP) must stop decap-server too, not
    # leave it serving the repository; after a SIGKILL the guard notices by itself.
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGHUP, _stop)
    with (
        _admin_folder(root, content_dir, proxy_url) as folder,
        _page_server(port, folder) as server,
    ):
        page_port = server.server_address[1]
        if proxy_port == page_port or not _free(proxy_port):
            raise AdminError(ADMIN["proxy_port_in_use"].format(port=proxy_port))
        records = content_dir.resolve().relative_to(root.resolve()).as_posix()
        proxy = start_proxy(root, proxy_port, page_port, records)
        died: list[int] = []
        threading.Thread(target=_watch, args=(proxy, server, died), daemon=True).start()
        try:
            ready(f"http://{HOST}:{page_port}/")
            server.serve_forever()
        finally:
            proxy.terminate()
            proxy.wait(timeout=10)
        if died:
            raise AdminError(ADMIN["proxy_died"].format(code=died[0]))
