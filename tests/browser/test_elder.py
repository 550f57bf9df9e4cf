"""长辈模式 (elder mode) on a 360 px phone: the header toggle, what it promises, and memory.

In elder mode every visible text is at least 20 px and has a contrast of at least 7:1
against its background, every link, button, input and label is at least 44 px high, and
no representative page scrolls sideways; elder_audit.js measures this from computed
styles. The choice is remembered (localStorage) across a click, a reload and a typed
address and Material's instant navigation, and applies before the body is drawn. axe-core finds nothing serious in either
mode. The audit is shown to fail on the normal page and with elder.css withheld.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import (
    RequestLog,
    describe_violations,
    has_horizontal_scroll,
    offline_context,
    run_axe,
    site_path,
)
from playwright.sync_api import Browser, Page, Route, expect

AUDIT_JS = (Path(__file__).with_name("elder_audit.js")).read_text(encoding="utf-8")
AUDIT = AUDIT_JS.split("*/", 1)[1].strip()
ATTR = "data-wm-elder"
TOGGLE = "button[data-wm-elder-toggle]"
HONOREE_SITE = "sites/shexian-linjiang/"
HONOR_ROLL = "honors/2026-Q3/"
PAGES = [
    "",
    HONOREE_SITE,
    "map/",
    HONOR_ROLL,
    "stats/",
    "sites/",
    "activities/2026-Q3/",
    "activities/plans/",
]
AXE_PAGES = ["", HONOREE_SITE, "map/", HONOR_ROLL, "stats/"]


def audit(page: Page) -> dict[str, list[str]]:
    found = page.evaluate(AUDIT)
    assert isinstance(found, dict)
    return found


def is_elder(page: Page) -> bool:
    result = page.evaluate(f"document.documentElement.hasAttribute('{ATTR}')")
    assert isinstance(result, bool)
    return result


def elder_on(page: Page, base: str) -> None:
    """Switch elder mode on as a resident does: with the header's toggle."""
    page.goto(base)
    page.get_by_role("button", name="长辈模式").click()
    assert is_elder(page)


def settle(page: Page) -> None:
    """Wait until no CSS transition runs (the search and the drawer slide in)."""
    page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")


def assert_elder_promises(page: Page) -> None:
    found = audit(page)
    assert found["small"] == [], "text below 20 px:\n" + "\n".join(found["small"][:20])
    assert found["low"] == [], "contrast below 7:1:\n" + "\n".join(found["low"][:20])
    assert found["tiny"] == [], "targets below 44 px:\n" + "\n".join(found["tiny"][:20])
    assert not has_horizontal_scroll(page), wider_than_the_window(page)


def wider_than_the_window(page: Page) -> list[str]:
    """What reaches past the window's right edge, for a failure message."""
    found = page.evaluate(
        """[...document.body.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
          .slice(0, 12)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${e.getBoundingClientRect().right}`)"""
    )
    assert isinstance(found, list)
    return found


def test_the_toggle_is_a_44px_button_in_the_phone_header(site_server: str, page: Page) -> None:
    page.goto(site_server)
    toggle = page.get_by_role("button", name="长辈模式")
    assert toggle.count() == 1
    assert toggle.evaluate("b => b.tagName === 'BUTTON' && !!b.closest('.md-header')")
    assert toggle.get_attribute("aria-pressed") == "false"
    box = toggle.bounding_box()
    assert box is not None and box["width"] >= 44 and box["height"] >= 44, box
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    assert not is_elder(page)


def test_the_toggle_works_from_the_keyboard(site_server: str, page: Page) -> None:
    page.goto(site_server)
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate(f"!!document.activeElement.matches('{TOGGLE}')"):
            break
    else:
        pytest.fail("the toggle is not reached with Tab")
    page.keyboard.press("Enter")
    assert is_elder(page)
    assert page.locator(TOGGLE).get_attribute("aria-pressed") == "true"
    page.keyboard.press("Space")
    assert not is_elder(page)
    assert page.locator(TOGGLE).get_attribute("aria-pressed") == "false"


def test_the_mode_is_remembered_across_pages_and_reloads(site_server: str, page: Page) -> None:
    elder_on(page, site_server)
    page.get_by_role("link", name="找阵地").click()
    page.wait_for_load_state()
    assert site_path(site_server, page.url) == "sites/"
    assert is_elder(page)
    assert page.locator(TOGGLE).get_attribute("aria-pressed") == "true"
    page.reload()
    assert is_elder(page)
    page.goto(site_server + HONOR_ROLL)
    assert is_elder(page)
    page.locator(TOGGLE).click()
    page.reload()
    assert not is_elder(page)
    page.goto(site_server + "stats/")
    assert not is_elder(page)
    assert page.locator(TOGGLE).get_attribute("aria-pressed") == "false"


def test_elder_mode_loads_only_the_sites_own_files(
    site_server: str, page: Page, request_log: RequestLog
) -> None:
    elder_on(page, site_server)
    for path in PAGES:
        page.goto(site_server + path)
        page.wait_for_load_state("networkidle")
    assert any(url.endswith("/assets/elder.js") for url in request_log.urls)
    assert request_log.external(site_server) == []
    assert request_log.blocked == []


def test_a_remembered_mode_applies_before_the_body_is_drawn(site_server: str, page: Page) -> None:
    elder_on(page, site_server)
    # Runs before the page's own scripts: note whether <body> existed when the mode arrived.
    page.add_init_script(
        f"""new MutationObserver((_, seen) => {{
          if (document.documentElement.hasAttribute('{ATTR}')) {{
            window.__wmElderBeforeBody = document.body === null;
            seen.disconnect();
          }}
        }}).observe(document, {{ subtree: true, attributes: true, attributeFilter: ['{ATTR}'] }});"""
    )
    page.goto(site_server + "sites/")
    assert page.evaluate("window.__wmElderBeforeBody") is True


@pytest.mark.parametrize("path", PAGES)
def test_elder_mode_keeps_its_promises(site_server: str, page: Page, path: str) -> None:
    elder_on(page, site_server)
    page.goto(site_server + path)
    assert is_elder(page)
    assert_elder_promises(page)


@pytest.mark.parametrize("path", ["", HONOREE_SITE])
def test_elder_mode_keeps_its_promises_on_a_wide_screen(
    site_server: str, page: Page, path: str
) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    elder_on(page, site_server)
    page.goto(site_server + path)
    assert page.locator(".md-tabs").is_visible()
    assert_elder_promises(page)


def test_elder_mode_keeps_its_promises_with_the_navigation_open(
    site_server: str, page: Page
) -> None:
    elder_on(page, site_server + HONOREE_SITE)
    page.locator(".md-header label[for=__drawer]").click()
    settle(page)  # the drawer slides in
    links = page.locator(".md-sidebar--primary .md-nav__link")
    assert links.first.is_visible()
    assert_elder_promises(page)


def test_elder_mode_keeps_its_promises_with_search_open(site_server: str, page: Page) -> None:
    elder_on(page, site_server + "stats/")
    page.locator(".md-header__button[for=__search]").click()
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "el => el.textContent.trim() === '键入以开始搜索'", arg=meta.element_handle()
    )
    box = page.locator("input.md-search__input")
    box.fill("义诊")
    box.press("End")
    page.wait_for_selector(".md-search-result__item")
    settle(page)
    assert_elder_promises(page)


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
@pytest.mark.parametrize("path", AXE_PAGES)
def test_no_serious_accessibility_violations_in_either_mode(
    site_server: str, page: Page, path: str, elder: bool
) -> None:
    if elder:
        elder_on(page, site_server)
    page.goto(site_server + path)
    assert is_elder(page) is elder
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_a_printed_page_is_the_same_in_either_mode(site_server: str, page: Page) -> None:
    """elder.css is for screens: a printed honour roll keeps print.css's sizes."""
    page.emulate_media(media="print")
    sizes = []
    for elder in (False, True):
        if elder:
            page.locator(TOGGLE).evaluate("b => b.click()")  # the header is not printed
        page.goto(site_server + HONOR_ROLL)
        assert is_elder(page) is elder
        sizes.append(page.evaluate("getComputedStyle(document.documentElement).fontSize"))
    assert sizes[0] == sizes[1], sizes


def test_the_audit_fails_the_normal_page(site_server: str, page: Page) -> None:
    """The normal page is Material's (16 px, grey meta text): the audit must say so."""
    page.goto(site_server + HONOR_ROLL)
    found = audit(page)
    assert found["small"] and found["low"] and found["tiny"], found


def test_the_audit_fails_elder_mode_without_its_stylesheet(site_server: str, page: Page) -> None:
    def empty(route: Route) -> None:
        route.fulfill(status=200, content_type="text/css", body="")

    page.route("**/assets/elder.css", empty)
    elder_on(page, site_server)
    page.goto(site_server + HONOR_ROLL)
    assert is_elder(page)
    found = audit(page)
    assert found["small"] and found["low"] and found["tiny"], found


def test_without_javascript_the_page_works_and_the_toggle_is_hidden(
    site_server: str, browser: Browser
) -> None:
    context = offline_context(browser, RequestLog(), java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_server + HONOREE_SITE)
        assert page.locator("h1").first.is_visible()
        assert page.locator(TOGGLE).count() == 1
        assert not page.locator(TOGGLE).is_visible()
        assert page.locator(f"html[{ATTR}]").count() == 0  # read without the page's JS
        assert not has_horizontal_scroll(page)
    finally:
        context.close()


def test_the_mode_survives_instant_navigation(instant_site: str, page: Page) -> None:
    page.goto(instant_site)
    page.evaluate("window.wmSameDocument = true")
    page.locator(TOGGLE).click()
    assert is_elder(page)
    page.locator(".md-content").get_by_role("link", name="找阵地").click()
    page.wait_for_url("**/sites/")
    expect(page.locator("h1").first).to_have_text("阵地")
    assert page.evaluate("window.wmSameDocument") is True, "instant navigation did not happen"
    assert is_elder(page)
    expect(page.locator(TOGGLE)).to_have_attribute("aria-pressed", "true")
    page.locator(TOGGLE).click()  # still one listener: one click, one switch
    assert not is_elder(page)
    expect(page.locator(TOGGLE)).to_have_attribute("aria-pressed", "false")
