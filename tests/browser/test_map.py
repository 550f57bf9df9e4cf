"""The practice map in a real browser: a marker per site that leads to its page, the
nearest-site button with a mocked position (and without permission), and the promises
made to phones (no other host, no sideways scroll, accessible).

Expected sites and distances are computed here from the committed sample content with
generator/check/geo.py, independently of the page's own JavaScript.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import (
    REPO_ROOT,
    RequestLog,
    describe_violations,
    has_horizontal_scroll,
    offline_context,
    run_axe,
    site_path,
)
from playwright.sync_api import Browser, BrowserContext, Page, expect

from generator.check.catalog import Catalog
from generator.check.circles import WALK_SPEED_M_PER_MIN, circles, positions
from generator.check.content import read_content
from generator.check.geo import Point, distance_m, from_wgs84

MAP = "map/"
CIRCLES = "map/circles/"
# A resident standing on 人民路 in 秦都区, as a phone's GPS (WGS-84) reports it.
HERE: Point = (108.7035, 34.3441)
CLICKED = "qindu-center"
XLINK = "http://www.w3.org/1999/xlink"

ContextFactory = Callable[..., BrowserContext]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return read_content(REPO_ROOT / "content", shown_root="content")


@pytest.fixture
def phone(browser: Browser, request_log: RequestLog) -> Iterator[ContextFactory]:
    """Make a phone-sized zh-CN context with extra options (geolocation, permissions), with
    the same rules as the `page` fixture: every request recorded, other hosts aborted."""
    made: list[BrowserContext] = []

    def make(**options: object) -> BrowserContext:
        context = offline_context(browser, request_log, **options)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


def test_map_draws_one_marker_per_public_site(
    site_server: str, page: Page, catalog: Catalog
) -> None:
    page.goto(site_server + MAP)
    hrefs = page.eval_on_selector_all(
        "svg.wm-map a",
        "(links, ns) => links.map(a => new URL(a.getAttributeNS(ns, 'href'), location.href).href)",
        XLINK,
    )
    expected = {f"sites/{site_id}/" for site_id in positions(catalog)}
    assert len(hrefs) == len(expected) == len(catalog.public_sites)
    assert {site_path(site_server, h) for h in hrefs} == expected
    panels = page.locator(".wm-map-panel h2").all_inner_texts()
    counties = {catalog.regions[s.region[:6]].name for s in catalog.public_sites.values()}
    assert {re.sub(r"\d+个阵地$", "", t).strip() for t in panels} == counties
    # Each marker has its site's name as an accessible name, in a drawn circle.
    name = catalog.sites[CLICKED].name
    marker = page.locator(f'svg.wm-map a[*|href$="sites/{CLICKED}/"]')
    expect(marker.locator("title")).to_have_text(name)
    expect(marker).to_have_accessible_name(name)
    assert marker.locator(".wm-map__dot").bounding_box() is not None


def test_clicking_a_marker_reaches_its_site_page(
    site_server: str, page: Page, catalog: Catalog
) -> None:
    page.goto(site_server + MAP)
    page.locator(f'svg.wm-map a[*|href$="sites/{CLICKED}/"] .wm-map__dot').click()
    page.wait_for_url(f"**/sites/{CLICKED}/")
    assert site_path(site_server, page.url) == f"sites/{CLICKED}/"
    expect(page.locator("h1").first).to_have_text(catalog.sites[CLICKED].name)
    # The site page offers the map apps and its 15-minute circle.
    expect(page.locator(".wm-apps a")).to_have_count(3)
    assert page.locator("#circle").is_visible()


def expected_nearest(catalog: Catalog, here: Point) -> list[tuple[str, float]]:
    found = sorted((distance_m(here, p), site_id) for site_id, p in positions(catalog).items())
    return [(site_id, metres) for metres, site_id in found[:5]]


@pytest.mark.parametrize("path", ["", MAP])
def test_nearest_sites_with_a_mocked_position(
    site_server: str, phone: ContextFactory, catalog: Catalog, request_log: RequestLog, path: str
) -> None:
    lng, lat = HERE
    context = phone(geolocation={"longitude": lng, "latitude": lat}, permissions=["geolocation"])
    page = context.new_page()
    page.goto(site_server + path)
    button = page.get_by_role("button", name="离我最近的实践点")
    # Keyboard first: the button is reachable and works with Enter.
    button.focus()
    page.keyboard.press("Enter")
    items = page.locator(".wm-nearest__list li")
    expect(items).to_have_count(5)
    expected = expected_nearest(catalog, HERE)
    assert items.evaluate_all("els => els.map(e => e.dataset.site)") == [s for s, _ in expected]
    first_id, first_m = expected[0]
    text = items.first.inner_text()
    assert catalog.sites[first_id].name in text
    assert f"约{max(10, round(first_m / 10) * 10)}米" in text
    assert f"步行约{max(1, round(first_m / WALK_SPEED_M_PER_MIN))}分钟" in text
    expect(page.locator(".wm-nearest__status")).to_contain_text("离您最近的实践点")
    assert not has_horizontal_scroll(page)
    items.first.get_by_role("link").click()
    page.wait_for_url(f"**/sites/{first_id}/")
    assert request_log.external(site_server) == [] and request_log.blocked == []


def test_a_datum_mistake_would_show_in_the_list(catalog: Catalog) -> None:
    # Guard for the test above: in GCJ-02 the resident would be ~600 m off, enough to
    # change the nearest sites' distances, so the JSON really must be WGS-84.
    shifted = from_wgs84("gcj02", *HERE)
    assert distance_m(HERE, shifted) > 300
    assert expected_nearest(catalog, shifted) != expected_nearest(catalog, HERE)


def test_refused_permission_says_so(site_server: str, phone: ContextFactory) -> None:
    context = phone()  # no geolocation permission granted: the browser refuses
    page = context.new_page()
    page.goto(site_server + MAP)
    page.get_by_role("button", name="离我最近的实践点").click()
    status = page.locator(".wm-nearest__status")
    expect(status).to_contain_text("您没有允许使用位置信息")
    expect(page.locator(".wm-nearest__list li")).to_have_count(0)


def test_no_geolocation_says_so(site_server: str, phone: ContextFactory) -> None:
    context = phone()
    context.add_init_script("delete Navigator.prototype.geolocation;")
    page = context.new_page()
    page.goto(site_server + MAP)
    page.get_by_role("button", name="离我最近的实践点").click()
    expect(page.locator(".wm-nearest__status")).to_contain_text("您的浏览器不支持定位")


def test_no_request_leaves_the_machine(
    site_server: str, page: Page, request_log: RequestLog
) -> None:
    for path in (MAP, CIRCLES, f"sites/{CLICKED}/", ""):
        page.goto(site_server + path)
        page.wait_for_load_state("networkidle")
    assert request_log.external(site_server) == []
    assert request_log.blocked == []


def test_no_built_page_loads_anything_from_another_host(built_site: Path) -> None:
    # Links to the map apps are fine (tapped, not loaded); src, <image>, stylesheets are not.
    # A <link> names another host without loading it only as the page's own canonical
    # address (from site_url) or an alternate (the feeds): every other rel loads.
    loads = re.compile(r'(?:\bsrc|<image[^>]*\bhref)\s*=\s*"((?:https?:)?//[^"]*)"', re.I)
    links = re.compile(r"<link\b[^>]*>", re.I)
    remote = re.compile(r'\bhref\s*=\s*"((?:https?:)?//[^"]*)"', re.I)
    not_loaded = re.compile(r'\brel\s*=\s*"(?:canonical|alternate)"', re.I)
    found = []
    for path in sorted(built_site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        found += [(path.name, m) for m in loads.findall(text)]
        for tag in links.findall(text):
            if (href := remote.search(tag)) and not not_loaded.search(tag):
                found.append((path.name, href.group(1)))
    assert found == []
    mapped = (built_site / "map" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'href="(?:https?:)?//', mapped.split('<div class="wm ')[1]) == []


@pytest.mark.parametrize("path", [MAP, CIRCLES, f"sites/{CLICKED}/"])
def test_no_horizontal_scroll_at_360px(site_server: str, page: Page, path: str) -> None:
    page.goto(site_server + path)
    assert not has_horizontal_scroll(page)


@pytest.mark.parametrize("path", [MAP, CIRCLES])
def test_no_serious_accessibility_violations(site_server: str, page: Page, path: str) -> None:
    page.goto(site_server + path)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_nearest_works_after_instant_navigation(
    instant_site: str, phone: ContextFactory, catalog: Catalog
) -> None:
    lng, lat = HERE
    context = phone(geolocation={"longitude": lng, "latitude": lat}, permissions=["geolocation"])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(instant_site)
    page.evaluate("window.wmSameDocument = true")
    content = page.locator(".md-content")
    content.get_by_role("link", name="实践地图").first.click()
    for _ in range(2):  # there, away, and back: the script must start each time, once
        page.wait_for_url(f"**/{MAP}")
        expect(page.locator("h1").first).to_have_text("实践地图")
        page.get_by_role("button", name="离我最近的实践点").click()
        expect(page.locator(".wm-nearest__list li")).to_have_count(5)
        content.get_by_role("link", name="15分钟文明实践服务圈").first.click()
        expect(page.locator("h1").first).to_have_text("15分钟文明实践服务圈")
        content.get_by_role("link", name="实践地图").last.click()
    assert page.evaluate("window.wmSameDocument") is True, "instant navigation did not happen"
    assert errors == []


def test_the_circles_are_drawn_numbered_as_the_list(
    site_server: str, page: Page, catalog: Catalog
) -> None:
    page.goto(site_server + CIRCLES)
    found = circles(catalog)
    drawn = page.eval_on_selector_all(
        "svg.wm-map g.wm-map__circle",
        "gs => gs.map(g => [g.dataset.circle, g.querySelectorAll('circle').length])",
    )
    # Every circle is drawn, one disc per member site (a circle may span two panels).
    discs: dict[int, int] = {}
    for number, count in drawn:
        discs[int(number)] = discs.get(int(number), 0) + count
    assert discs == {n: len(c.site_ids) for n, c in enumerate(found, 1)}
    # Each number on the map is the number of a heading in the list below.
    texts = "els => els.map(e => e.textContent)"
    numbers = page.locator("svg.wm-map .wm-map__no").evaluate_all(texts)
    headings = page.locator(".wm-card h2 .wm-circle-no text").evaluate_all(texts)
    assert set(numbers) == set(headings) == {str(n) for n in range(1, len(found) + 1)}
    disc = page.locator("svg.wm-map g.wm-map__circle circle").first
    box = disc.bounding_box()
    assert box is not None and box["width"] > 20  # 1.2 km is drawn, not a dot
    assert float(disc.evaluate("e => getComputedStyle(e.parentNode).opacity")) < 0.5


def _lands_on(page: Page, site_id: str, name: str) -> None:
    point = page.locator(f"#p-{site_id}")
    ring = point.locator(".wm-map__ring")
    label = point.locator(".wm-map__name")
    expect(ring).to_be_visible()
    expect(label).to_be_visible()
    expect(label).to_have_text(name)
    assert ring.evaluate("e => getComputedStyle(e).display") != "none"
    other = page.locator(f".wm-map__pt:not(#p-{site_id}) .wm-map__ring").first
    assert other.evaluate("e => getComputedStyle(e).display") == "none"
    expect(point.locator(".wm-map__dot")).to_be_in_viewport()
    expect(label).to_be_in_viewport()


def test_the_site_page_link_lands_on_the_site_highlighted(
    site_server: str, page: Page, catalog: Catalog
) -> None:
    page.goto(site_server + f"sites/{CLICKED}/")
    page.get_by_role("link", name="在实践地图上查看").click()
    page.wait_for_url(f"**/{MAP}#p-{CLICKED}")
    _lands_on(page, CLICKED, catalog.sites[CLICKED].name)
    assert not has_horizontal_scroll(page)


def test_the_site_page_link_lands_highlighted_after_instant_navigation(
    instant_site: str, page: Page, catalog: Catalog
) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(instant_site + f"sites/{CLICKED}/")
    page.evaluate("window.wmSameDocument = true")
    page.get_by_role("link", name="在实践地图上查看").click()
    page.wait_for_url(f"**/{MAP}#p-{CLICKED}")
    expect(page.locator("h1").first).to_have_text("实践地图")
    _lands_on(page, CLICKED, catalog.sites[CLICKED].name)
    assert page.evaluate("window.wmSameDocument") is True, "instant navigation did not happen"
    assert errors == []


def test_every_point_is_a_finger_sized_target(site_server: str, page: Page) -> None:
    for path in (MAP, CIRCLES):
        page.goto(site_server + path)
        sizes = page.eval_on_selector_all(
            ".wm-map__pt .wm-map__hit",
            "hs => hs.map(h => { const r = h.getBoundingClientRect(); return [r.width, r.height] })",
        )
        assert sizes and min(min(w, h) for w, h in sizes) >= 44, path
        names = page.eval_on_selector_all(
            ".wm-map__pt", "as => as.map(a => a.getAttribute('aria-label'))"
        )
        assert all(names) and len(names) == len(sizes)


def test_each_panel_has_a_scale_bar_true_to_the_ground(site_server: str, page: Page) -> None:
    page.goto(site_server + MAP)
    panels = page.locator("svg.wm-map")
    assert panels.count() > 1
    for i in range(panels.count()):
        bar = panels.nth(i).locator(".wm-map__scale")
        expect(bar.locator("text")).to_have_text(re.compile(r"^\d+ (米|公里)$"))
        expect(bar.locator("path")).to_be_visible()
