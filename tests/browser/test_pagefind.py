"""The sample site with the pagefind search backend (`wenming: {search: pagefind}`), in a
real browser: the header's search button, the same Chinese queries as Material's search
(test_site.py), nothing fetched from another host, and a first search that stays small.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from helpers import (
    REPO_ROOT,
    RequestLog,
    assert_found_first,
    build_site,
    describe_violations,
    has_horizontal_scroll,
    run_axe,
    serve_directory,
    site_path,
)
from playwright.sync_api import Page, Response
from test_site import PINYIN_PREFIXES, PINYIN_SEARCHES, SEARCHES

pytest.importorskip("pagefind", reason="the pagefind extra is not installed")

FIRST_SEARCH_BUDGET = 300 * 1024  # issue 7: a visitor's first search downloads ≤ 300 KB


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample built with `search: pagefind` (a copy of mkdocs.yml with the option set)."""
    folder = tmp_path_factory.mktemp("pagefind")
    config = yaml.safe_load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(folder / "docs")
    config["theme"]["custom_dir"] = str(REPO_ROOT / "theme")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "wenming" in plugin:
            plugin["wenming"]["content"] = str(REPO_ROOT / "content")
            plugin["wenming"]["search"] = "pagefind"
    (folder / "docs").mkdir()
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    return build_site(folder, folder / "site")


@pytest.fixture(scope="module")
def server(pagefind_site: Path) -> Iterator[str]:
    with serve_directory(pagefind_site) as base_url:
        yield base_url


def search(page: Page, base_url: str, query: str) -> list[list[str]]:
    """Open the search page from the header's button, type, press 搜索; the result groups'
    hrefs (a page, then its sections), best first."""
    page.goto(base_url)
    page.get_by_role("link", name="搜索").first.click()
    page.wait_for_url("**/search/")
    page.get_by_label("输入阵地").fill(query)
    page.get_by_role("button", name="搜索").click()
    page.wait_for_function(
        "q => document.querySelector('.wm-search__results').dataset.query === q", arg=query
    )
    found = page.eval_on_selector_all(
        ".wm-search__results > li",
        "items => items.map(i => [...i.querySelectorAll('a')].map(a => a.href))",
    )
    assert isinstance(found, list)
    return found


def test_built_without_materials_index(pagefind_site: Path) -> None:
    assert not (pagefind_site / "search" / "search_index.json").exists()
    assert (pagefind_site / "pagefind" / "pagefind-entry.json").is_file()
    home = (pagefind_site / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in home
    assert 'data-md-component="search"' not in home  # Material's dialog is gone with its index


@pytest.mark.parametrize(("query", "first", "anchor"), SEARCHES)
def test_chinese_search_puts_the_right_page_first(
    server: str, page: Page, query: str, first: str, anchor: str
) -> None:
    assert_found_first(server, search(page, server, query), query, first, anchor)


@pytest.mark.parametrize(("query", "first", "anchor"), PINYIN_SEARCHES)
def test_pinyin_search_puts_the_named_record_first(
    server: str, page: Page, query: str, first: str, anchor: str
) -> None:
    assert_found_first(server, search(page, server, query), query, first, anchor)
    assert page.locator(".wm-search__status").inner_text().startswith("找到")


@pytest.mark.parametrize(("query", "firsts"), PINYIN_PREFIXES)
def test_the_start_of_a_name_in_pinyin_finds_it_first(
    server: str, page: Page, query: str, firsts: set[str]
) -> None:
    groups = search(page, server, query)
    assert groups and site_path(server, groups[0][0]) in firsts, groups[:3]


def test_pinyin_stays_out_of_the_excerpts(server: str, page: Page) -> None:
    search(page, server, "wdz")
    shown = page.locator(".wm-search__results").inner_text()
    assert "汪德忠" in shown
    assert "wdz" not in shown and "wangdezhong" not in shown
    assert "\u2062" not in shown and "\u2063" not in shown


def test_only_page_bodies_are_indexed(pagefind_site: Path) -> None:
    texts = []
    for fragment in sorted((pagefind_site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        texts.append(json.loads(data)["content"].replace("\u200b", ""))
    assert texts
    # Material's back-to-top button and the sample banner are on every page, outside the body.
    assert not [t for t in texts if "回到页面顶部" in t or "仅供演示" in t]
    assert not [t for t in texts if "输入阵地" in t]  # the search page itself


def test_words_not_together_are_told_apart(server: str, page: Page) -> None:
    search(page, server, "顶部回到")
    assert page.locator(".wm-search__status").inner_text().startswith("没有找到")


def test_query_survives_going_back(server: str, page: Page) -> None:
    groups = search(page, server, "义诊")
    page.locator(".wm-search__results a").first.click()
    page.wait_for_url(f"**/{urlsplit(groups[0][0]).path.lstrip('/')}")
    page.go_back()
    page.wait_for_function("document.querySelectorAll('.wm-search__results > li').length > 0")
    assert page.locator("#wm-search-q").input_value() == "义诊"


def test_first_search_is_small_and_local(server: str, page: Page, request_log: RequestLog) -> None:
    sizes: dict[str, int] = {}

    def count(response: Response) -> None:
        pagefind = "/pagefind/" in response.url or response.url.endswith("/search.js")
        if pagefind and response.status == 200:
            sizes[response.url] = len(response.body())

    page.on("response", count)
    groups = search(page, server, "义诊")
    assert groups
    page.wait_for_load_state("networkidle")
    assert request_log.external(server) == []
    assert request_log.blocked == []
    assert not any("search_index.json" in url for url in request_log.urls)
    assert any(url.endswith(".pf_index") for url in sizes), sorted(sizes)
    total = sum(sizes.values())
    assert total < FIRST_SEARCH_BUDGET, sorted(sizes.items(), key=lambda kv: -kv[1])


def test_search_page_fits_a_phone_and_is_accessible(server: str, page: Page) -> None:
    search(page, server, "最美家庭")
    assert not has_horizontal_scroll(page)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)
