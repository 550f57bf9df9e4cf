"""Self-test of the browser harness on a tiny hand-written site, independent of the project's
own site: the server, the page fixture, and each check must work, and the external-request
detector must be able to fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import (
    RequestLog,
    describe_violations,
    external_requests,
    has_horizontal_scroll,
    run_axe,
    serve_directory,
)
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

GOOD_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>文明实践测试页</title>
</head>
<body>
  <main>
    <h1>新时代文明实践中心</h1>
    <p>这是一个用于检查测试工具的页面。</p>
    <p><a href="about.html">关于我们</a></p>
  </main>
</body>
</html>
"""

ABOUT_PAGE = GOOD_PAGE.replace("<h1>新时代文明实践中心</h1>", "<h1>关于我们</h1>")

EXTERNAL_IMAGE = "https://example.com/x.png"
LEAKY_PAGE = GOOD_PAGE.replace("</main>", f'<img src="{EXTERNAL_IMAGE}" alt="外部图片"></main>')

WIDE_PAGE = GOOD_PAGE.replace("</main>", '<div style="width: 1000px">宽</div></main>')


def write_site(root: Path, pages: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, html in pages.items():
        (root / name).write_text(html, encoding="utf-8")
    return root


def test_served_page_renders_and_passes_checks(
    tmp_path: Path, page: Page, request_log: RequestLog
) -> None:
    site = write_site(tmp_path / "site", {"index.html": GOOD_PAGE, "about.html": ABOUT_PAGE})
    with serve_directory(site) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        response = page.goto(base_url)
        assert response is not None and response.ok
        assert page.title() == "文明实践测试页"
        assert page.locator("h1").inner_text() == "新时代文明实践中心"

        page.get_by_role("link", name="关于我们").click()
        page.wait_for_url(f"{base_url}about.html")
        assert page.locator("h1").inner_text() == "关于我们"

        assert page.viewport_size == {"width": 360, "height": 740}
        assert page.evaluate("() => navigator.language") == "zh-CN"
        assert not has_horizontal_scroll(page)
        violations = run_axe(page)
        assert violations == [], describe_violations(violations)

    assert f"{base_url}about.html" in request_log.urls
    assert page.requests_seen is request_log.urls  # type: ignore[attr-defined]
    assert external_requests(request_log.urls, base_url) == []
    assert request_log.blocked == []


def test_external_request_is_detected_and_blocked(
    tmp_path: Path, page: Page, request_log: RequestLog
) -> None:
    site = write_site(tmp_path / "site", {"index.html": LEAKY_PAGE})
    with serve_directory(site) as base_url:
        page.goto(base_url, wait_until="load")
    assert external_requests(request_log.urls, base_url) == [EXTERNAL_IMAGE]
    assert request_log.external(base_url) == [EXTERNAL_IMAGE]
    assert request_log.blocked == [EXTERNAL_IMAGE]
    # The image never arrived: the request was aborted, not answered.
    assert page.evaluate("() => document.images[0].naturalWidth") == 0


def test_checks_can_fail(tmp_path: Path, page: Page) -> None:
    site = write_site(tmp_path / "site", {"index.html": WIDE_PAGE, "bad.html": "<p>无标题"})
    with serve_directory(site) as base_url:
        page.goto(base_url)
        assert has_horizontal_scroll(page)
        page.goto(f"{base_url}bad.html")
        ids = {violation["id"] for violation in run_axe(page)}
    # No <title> and no lang: axe must report both as serious.
    assert {"document-title", "html-has-lang"} <= ids


def test_external_requests_helper() -> None:
    base = "http://127.0.0.1:8000/"
    urls = [
        "http://127.0.0.1:8000/assets/app.js",
        "/relative/path.css",
        "data:image/png;base64,AAAA",
        "https://cdn.example.org/font.woff2",
        "http://localhost:8000/",
    ]
    assert external_requests(urls, base) == [
        "https://cdn.example.org/font.woff2",
        "http://localhost:8000/",
    ]
