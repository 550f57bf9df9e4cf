"""Fixtures for the real-browser tests: the built site, a local server for it, Debian's
chromium driven by Playwright, and a phone-sized zh-CN page that cannot reach the network.

Every test in this directory is marked ``browser`` (select or deselect with ``-m``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from helpers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO_ROOT,
    RequestLog,
    build_site,
    offline_context,
    serve_directory,
)
from playwright.sync_api import (
    Browser,
    Error,
    Page,
    sync_playwright,
)

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site, built once per session with ``mkdocs build --strict``."""
    return build_site(REPO_ROOT, tmp_path_factory.mktemp("built") / "site")


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """Base URL (``http://127.0.0.1:PORT/``) of the built site, served locally."""
    with serve_directory(built_site) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's chromium, headless, with a fresh temporary profile."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's chromium "
            "(scripts/test installs it with apt-get install chromium)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
        except Error as error:
            pytest.fail(f"could not start {CHROMIUM} through Playwright: {error}", pytrace=False)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def request_log() -> RequestLog:
    """The request log of this test's ``page`` (the same object the page fixture fills)."""
    return RequestLog()


@pytest.fixture
def page(browser: Browser, request_log: RequestLog) -> Iterator[Page]:
    """A new page in a fresh 360×740 zh-CN context.

    Every request URL is recorded in ``request_log.urls`` (also reachable as
    ``page.requests_seen``); requests to any host other than 127.0.0.1 are aborted and
    listed in ``request_log.blocked``, so no test ever touches the network.
    """
    context = offline_context(browser, request_log)
    new_page = context.new_page()
    # Convenience alias for tests that prefer the page itself to carry its log.
    setattr(new_page, "requests_seen", request_log.urls)  # noqa: B010
    try:
        yield new_page
    finally:
        context.close()


@pytest.fixture(scope="session")
def instant_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample built with Material's instant navigation on (map and elder-mode tests). Instant navigation only
    takes over links under `site_url`, so the server starts first and the build is told
    its address."""
    folder = tmp_path_factory.mktemp("instant")
    site = folder / "site"
    site.mkdir()
    with serve_directory(site) as base_url:
        config = yaml.safe_load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
        config["site_url"] = base_url
        config["docs_dir"] = str(folder / "docs")
        config["theme"]["custom_dir"] = str(REPO_ROOT / "theme")
        config["theme"]["features"].append("navigation.instant")
        for plugin in config["plugins"]:
            if isinstance(plugin, dict) and "wenming" in plugin:
                plugin["wenming"]["content"] = str(REPO_ROOT / "content")
        (folder / "docs").mkdir()
        (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
        build_site(folder, site)
        yield base_url
