"""The built sample site in a real browser: a resident's path, Chinese search, and the
promises made to phones in mainland China (no other host, no sideways scroll, accessible).

Expected search results name records of the committed sample content (content/); if the
sample changes, the queries below change with it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from helpers import (
    RequestLog,
    assert_found_first,
    describe_violations,
    has_horizontal_scroll,
    run_axe,
    site_path,
)
from playwright.sync_api import Page

HONOREE = "汪德忠"
HONOREE_SITE = "sites/shexian-linjiang/"
HONOREE_ROLL = "honors/2026-Q3/"
STATION = "sites/qindu-baoquanlu-north/"
"""A 站 whose 所 (马泉街道) delivers the centre's “三小三大”理论宣讲 to it."""
PHONE_PAGES = ["", HONOREE_SITE, STATION, HONOREE_ROLL, "sites/", "stats/", "activities/2026-Q3/"]

SEARCHES = [
    # (query, path of the first result, anchor the first result group must contain or "")
    ("义诊", "activities/type/义诊/", ""),
    ("最美家庭", "honors/category/最美家庭/", ""),
    ("白音他拉嘎查", "sites/bytl-baiyintala/", ""),
    ("宝泉路北社区", "sites/qindu-baoquanlu-north/", ""),
    (HONOREE, HONOREE_ROLL, "#h-2026q3-ddmf-wang-dezhong"),
]

PINYIN_SEARCHES = [
    # Names of the sample typed as pinyin (site/search/pinyin.py): full, initials, apart.
    ("baoquanlubeishequ", STATION, ""),  # a site: 宝泉路北社区新时代文明实践站
    ("bqlbsq", STATION, ""),
    ("bao quan lu bei she qu", STATION, ""),
    ("hongsexiaoyu", "teams/qindu-hongse-xiaoyu/", ""),  # a team, by its brand 红色小遇
    ("hsxy", "teams/qindu-hongse-xiaoyu/", ""),
    # A service on its first site's menu; 长者 reads zhangzhe, as pypinyin's dictionary has it.
    ("zhangzheshengrihui", "sites/qindu-huafu-yuyuan/", "#s-zhangzhe-shengrihui"),
    ("zzsrh", "sites/qindu-huafu-yuyuan/", "#s-zhangzhe-shengrihui"),
    ("wangdezhong", HONOREE_ROLL, "#h-2026q3-ddmf-wang-dezhong"),  # an honoured person
    ("wdz", HONOREE_ROLL, "#h-2026q3-ddmf-wang-dezhong"),
    ("zmjt", "honors/category/最美家庭/", ""),  # an honour category
    ("xbgf", "sites/qindu-xiaobin-gongfang/", ""),  # 小滨工坊 before 小滨工坊便民维修
]
PINYIN_PREFIXES = [
    # The start of a name finds the names that start so: 宝泉路北社区 and 宝泉路南社区.
    ("bql", {"sites/qindu-baoquanlu-north/", "sites/qindu-baoquanlu-south/"}),
    ("baoquanlu", {"sites/qindu-baoquanlu-north/", "sites/qindu-baoquanlu-south/"}),
    ("xiaobin", {"sites/qindu-xiaobin-gongfang/"}),
]


def search(page: Page, base_url: str, query: str) -> list[list[str]]:
    """Type a query into Material's search; the result groups' hrefs, best first."""
    page.goto(base_url)
    page.locator("label[for=__search]").first.click()
    # Typing before the index has loaded is not searched again later: wait for "ready".
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "el => el.textContent.trim() === '键入以开始搜索'",
        arg=meta.element_handle(),
        timeout=20_000,
    )
    box = page.locator("input.md-search__input")
    box.fill(query)
    # Material searches on keyup; an input method commits Chinese text without one here.
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    # Results may be redrawn once the index has loaded: read until two reads agree.
    groups: list[list[str]] = []
    for _ in range(20):
        found = page.eval_on_selector_all(
            ".md-search-result__item",
            "items => items.map(i => [...i.querySelectorAll('a')].map(a => a.href))",
        )
        assert isinstance(found, list)
        if found == groups:
            break
        groups = found
        page.wait_for_timeout(250)
    return groups


def test_home_to_site_to_its_honour_roll(site_server: str, page: Page) -> None:
    page.goto(site_server)
    page.get_by_role("link", name="找阵地").click()
    assert site_path(site_server, page.url) == "sites/"
    page.locator(f'a[href$="{HONOREE_SITE.removeprefix("sites/")}"]').first.click()
    assert site_path(site_server, page.url) == HONOREE_SITE
    honour = page.locator("#honors ~ ul li", has_text=HONOREE).first
    honour.get_by_role("link", name="光荣榜").click()
    assert site_path(site_server, page.url) == HONOREE_ROLL
    assert urlsplit(page.url).fragment.startswith("h-")
    target = page.locator(f"#{urlsplit(page.url).fragment}")
    assert target.inner_text() == HONOREE
    assert target.is_visible()


@pytest.mark.parametrize(("query", "first", "anchor"), SEARCHES)
def test_chinese_search_puts_the_right_page_first(
    site_server: str, page: Page, query: str, first: str, anchor: str
) -> None:
    assert_found_first(site_server, search(page, site_server, query), query, first, anchor)


@pytest.mark.parametrize(("query", "first", "anchor"), PINYIN_SEARCHES)
def test_pinyin_search_puts_the_named_record_first(
    site_server: str, page: Page, query: str, first: str, anchor: str
) -> None:
    assert_found_first(site_server, search(page, site_server, query), query, first, anchor)


@pytest.mark.parametrize(("query", "firsts"), PINYIN_PREFIXES)
def test_the_start_of_a_name_in_pinyin_finds_it_first(
    site_server: str, page: Page, query: str, firsts: set[str]
) -> None:
    groups = search(page, site_server, query)
    assert groups and site_path(site_server, groups[0][0]) in firsts, groups[:3]


def test_no_request_leaves_the_machine(
    site_server: str, page: Page, request_log: RequestLog
) -> None:
    for path in PHONE_PAGES:
        page.goto(site_server + path)
        page.wait_for_load_state("networkidle")
    search(page, site_server, "义诊")
    assert request_log.urls
    assert request_log.external(site_server) == []
    assert request_log.blocked == []


@pytest.mark.parametrize("path", PHONE_PAGES)
def test_no_horizontal_scroll_at_360px(site_server: str, page: Page, path: str) -> None:
    page.goto(site_server + path)
    assert page.viewport_size == {"width": 360, "height": 740}
    assert not has_horizontal_scroll(page)


@pytest.mark.parametrize("path", ["", HONOREE_SITE, STATION, HONOREE_ROLL])
def test_no_serious_accessibility_violations(site_server: str, page: Page, path: str) -> None:
    page.goto(site_server + path)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_sample_banner_is_shown(site_server: str, page: Page) -> None:
    page.goto(site_server)
    assert "样例数据" in page.locator(".md-banner").inner_text()


def test_a_status_badge_reads_as_a_chip_without_a_separator(site_server: str, page: Page) -> None:
    """On a phone the status wraps onto a line of its own: it must not start with " · "."""
    page.goto(site_server + HONOREE_ROLL)
    badges = page.locator(".wm-honor .wm-meta .wm-badge")
    assert badges.count() > 0
    before = badges.first.evaluate("el => getComputedStyle(el, '::before').content")
    assert before in ("none", "normal"), before
    assert not badges.first.inner_text().startswith("·")


def test_a_station_shows_what_its_office_delivers_with_a_phone_to_tap(
    site_server: str, page: Page
) -> None:
    page.goto(site_server + STATION)
    assert page.viewport_size == {"width": 360, "height": 740}
    provider = page.locator("h3", has_text="由上级阵地提供").first
    assert provider.get_by_role("link").inner_text() == "马泉街道新时代文明实践所"
    card = page.locator(".wm-service", has_text="“三小三大”理论宣讲")
    tel = card.locator('a[href^="tel:"]').first
    assert tel.get_attribute("href") == "tel:+86-29-33210001"
    tel.scroll_into_view_if_needed()
    box = tel.bounding_box()
    assert box is not None and box["height"] >= 44, box
    assert not has_horizontal_scroll(page)
