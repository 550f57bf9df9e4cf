"""Helpers for the real-browser tests: build the site, serve a directory on 127.0.0.1, and
check pages (requests that left the machine, horizontal scrolling, axe-core violations).

Importable from any test module in this directory as ``from helpers import ...``; the
fixtures in ``conftest.py`` are built on these.
"""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Request, Route, ViewportSize

REPO_ROOT = Path(__file__).resolve().parents[2]

# Debian's chromium (installed by scripts/test); Playwright's own browser download is never used.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]

# The only host a test page may talk to: the local server below.
LOCAL_HOST = "127.0.0.1"

AXE_SCRIPT = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"

# How long one `mkdocs build` may take before the test fails instead of hanging CI.
BUILD_TIMEOUT_S = 600


def build_site(project_dir: Path, out_dir: Path) -> Path:
    """Run ``mkdocs build --strict`` in ``project_dir`` into ``out_dir``; fail the test with
    mkdocs' own output if the build fails. Returns ``out_dir``."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out_dir)]
    try:
        result = subprocess.run(
            command,
            cwd=project_dir,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`mkdocs build` in {project_dir} took more than {BUILD_TIMEOUT_S} s")
    if result.returncode != 0:
        pytest.fail(
            f"`mkdocs build --strict` in {project_dir} exited {result.returncode}\n"
            f"--- stderr ---\n{result.stderr}\n--- stdout ---\n{result.stdout}",
            pytrace=False,
        )
    if not (out_dir / "index.html").is_file():
        pytest.fail(f"`mkdocs build` succeeded but wrote no {out_dir / 'index.html'}")
    return out_dir


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static file handler that keeps the test output clean and knows modern file types."""

    extensions_map = {  # noqa: RUF012 (typeshed declares it an instance attribute)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".webmanifest": "application/manifest+json",
        ".woff2": "font/woff2",
    }

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve ``directory`` over HTTP on 127.0.0.1 at a free port, in a background thread.

    Yields the base URL (``http://127.0.0.1:PORT/``); the server is shut down on exit.
    """
    if not directory.is_dir():
        raise FileNotFoundError(f"cannot serve {directory}: not a directory")
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="test-http", daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        yield f"http://{LOCAL_HOST}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def is_external(url: str, base: str) -> bool:
    """True if fetching ``url`` (resolved against ``base``) would reach a host other than
    127.0.0.1. URLs with no host (``data:``, ``blob:``, ``about:``) never leave the page."""
    host = urlsplit(urljoin(base, url)).hostname
    return host is not None and host != LOCAL_HOST


def external_requests(urls: Iterable[str], base: str) -> list[str]:
    """The URLs among ``urls`` that are not on 127.0.0.1, in order."""
    return [url for url in urls if is_external(url, base)]


@dataclass
class RequestLog:
    """Every URL a test's page requested, and those that were blocked for leaving 127.0.0.1."""

    urls: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def external(self, base_url: str) -> list[str]:
        return external_requests(self.urls, base_url)


PHONE_VIEWPORT: ViewportSize = {"width": 360, "height": 740}


def offline_context(browser: Browser, log: RequestLog, **options: Any) -> BrowserContext:
    """A phone-sized zh-CN context (plus `options`: geolocation, permissions …) whose every
    request is recorded in `log` and whose requests to any other host than 127.0.0.1 are
    aborted and listed in `log.blocked`: no test ever touches the network."""
    context = browser.new_context(
        viewport=PHONE_VIEWPORT,
        locale="zh-CN",
        timezone_id="Asia/Shanghai",
        # A service worker's fetches would bypass the routing below.
        service_workers="block",
        **options,
    )
    context.set_default_timeout(20_000)

    def record(request: Request) -> None:
        log.urls.append(request.url)

    def block_external(route: Route) -> None:
        url = route.request.url
        if is_external(url, f"http://{LOCAL_HOST}/"):
            log.blocked.append(url)
            route.abort("blockedbyclient")
        else:
            route.continue_()

    # The "request" event sees every request (redirects included); the route decides.
    context.on("request", record)
    context.route("**/*", block_external)
    return context


def site_path(base_url: str, href: str) -> str:
    """The path of `href` under the served site, unquoted: `sites/qindu-center/`."""
    return unquote(urlsplit(href).path)[len(urlsplit(base_url).path) :]


def assert_found_first(
    base_url: str, groups: list[list[str]], query: str, first: str, anchor: str
) -> None:
    """The first result group of a search is the page `first` (and holds `anchor`, if given)."""
    assert groups, f"no result for {query}"
    assert site_path(base_url, groups[0][0]) == first, groups[:3]
    if anchor:
        assert any(urlsplit(href).fragment == anchor[1:] for href in groups[0]), groups[0]


def has_horizontal_scroll(page: Page) -> bool:
    """True if the page is wider than the window, i.e. a reader would have to scroll sideways."""
    result = page.evaluate("() => document.scrollingElement.scrollWidth > window.innerWidth")
    assert isinstance(result, bool)
    return result


_AXE_RUN = """
async () => {
  const results = await axe.run(document);
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
"""


def run_axe(page: Page) -> list[dict[str, Any]]:
    """Run axe-core on the page; return its violations of impact serious or critical."""
    if not AXE_SCRIPT.is_file():
        pytest.fail(f"{AXE_SCRIPT} is missing: run scripts/test, which installs axe-core (npm ci)")
    page.add_script_tag(path=AXE_SCRIPT)
    violations = page.evaluate(_AXE_RUN)
    assert isinstance(violations, list)
    return violations


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """A readable summary of axe violations for an assertion message."""
    lines = []
    for violation in violations:
        nodes = violation.get("nodes", [])
        targets = [", ".join(map(str, node.get("target", []))) for node in nodes]
        lines.append(
            f"{violation.get('impact')} {violation.get('id')}: {violation.get('help')}"
            f" ({violation.get('helpUrl')}) at {'; '.join(targets)}"
        )
    return "\n".join(lines)
