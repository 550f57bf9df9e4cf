"""The footer the law asks for, on a phone: who runs the site, how to reach them, its filings.

A project whose publisher.yml carries every footer field is built with the plugin and
served on 127.0.0.1; the footer is read at 360 px as a resident sees it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml
from helpers import build_site, describe_violations, has_horizontal_scroll, run_axe, serve_directory
from playwright.sync_api import Page
from site_fixture import mkdocs_yml, write_content

FOOTER = {
    "sponsor": "中共测试县委宣传部",
    "organizer": "测试县新时代文明实践中心",
    "phone": "0910-3321000",
    "email": "wenming@county.test",
    "icp": "陕ICP备12345678号-1",
    "police": "陕公网安备 61040202000123号",
    "site_code": "6104020001",
}


@pytest.fixture(scope="module")
def footer_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("footer")
    content = write_content(folder / "content")
    publisher = yaml.safe_load((content / "publisher.yml").read_text(encoding="utf-8"))
    text = yaml.safe_dump({**publisher, **FOOTER}, allow_unicode=True)
    (content / "publisher.yml").write_text(text, encoding="utf-8")
    mkdocs_yml(folder, content)
    with serve_directory(build_site(folder, folder / "site")) as base:
        yield base


@pytest.mark.parametrize("path", ["", "sites/", "teams/jinnang-team/"])
def test_every_page_carries_the_legal_footer(footer_site: str, page: Page, path: str) -> None:
    page.goto(footer_site + path)
    legal = page.locator(".wm-legal")
    text = legal.inner_text()
    for key in ("sponsor", "organizer", "icp", "police", "site_code", "email"):
        assert FOOTER[key] in text, key
    assert "0910-3321000" in text
    assert (
        legal.locator("a", has_text="陕ICP备").get_attribute("href") == "https://beian.miit.gov.cn/"
    )
    police = legal.locator("a", has_text="公网安备").get_attribute("href")
    assert police == "https://beian.mps.gov.cn/#/query/webSearch?code=61040202000123"
    assert legal.locator("a", has_text="0910").get_attribute("href") == "tel:+86-910-3321000"
    assert not has_horizontal_scroll(page)


def test_the_police_icon_comes_from_the_site_itself(footer_site: str, page: Page) -> None:
    page.goto(footer_site)
    icon = page.locator(".wm-legal img.wm-gongan")
    assert icon.evaluate("img => img.complete && img.naturalWidth > 0")
    assert (icon.get_attribute("src") or "").endswith("assets/gongan.svg")
    assert all(url.startswith(footer_site) for url in page.requests_seen)


def test_the_footer_passes_axe(footer_site: str, page: Page) -> None:
    page.goto(footer_site)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_an_empty_filing_shows_nothing(site_server: str, page: Page) -> None:
    """The sample names its fictional sponsor and leaves the filing numbers empty."""
    page.goto(site_server)
    text = page.locator(".wm-legal").inner_text()
    assert "主办单位" in text and "备" not in text and "网站标识码" not in text
