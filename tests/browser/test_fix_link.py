"""纠错 on a phone: a resident without an account reports a wrong record by an e-mail that
names the record and its address, or by a phone call, and both are big enough to tap."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from helpers import REPO_ROOT, has_horizontal_scroll
from playwright.sync_api import Page

PUBLISHER = yaml.safe_load((REPO_ROOT / "content" / "publisher.yml").read_text(encoding="utf-8"))
SITE_URL = yaml.safe_load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]


def _mail(href: str) -> tuple[str, str, str]:
    parts = urlsplit(href)
    fields = parse_qs(parts.query)
    return parts.path, fields["subject"][0], fields["body"][0]


def _first_tappable(page: Page, selector: str) -> dict[str, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not shown"
    return box


@pytest.mark.parametrize(
    "path",
    ["sites/qindu-baoquanlu-north/", "teams/bytl-fazhi/", "bulletins/2026-Q3/"],
)
def test_a_record_page_ends_with_the_channel(site_server: str, page: Page, path: str) -> None:
    page.goto(site_server + path)
    name = page.locator("h1").inner_text()
    block = page.locator(".wm-fix-block")
    block.scroll_into_view_if_needed()
    assert block.is_visible()
    to, subject, body = _mail(block.locator("a.wm-fix").get_attribute("href") or "")
    assert to == PUBLISHER["email"]
    assert subject == f"纠错：{name}"
    assert f"页面：{SITE_URL}{path}" in body and "需要更正的内容" in body
    tel = block.locator("a.wm-tel")
    assert tel.inner_text() == PUBLISHER["phone"]
    assert (tel.get_attribute("href") or "").startswith("tel:+86-")
    for link in (block.locator("a.wm-fix"), tel):
        box = link.bounding_box()
        assert box is not None and box["height"] >= 44
    assert not has_horizontal_scroll(page)


def test_every_honour_on_the_roll_has_its_own_link(site_server: str, page: Page) -> None:
    page.goto(site_server + "honors/2026-Q3/")
    cards = page.locator("article.wm-honor")
    assert cards.count() > 3
    for i in range(cards.count()):
        card = cards.nth(i)
        name = card.locator("h3").inner_text()
        link = card.locator("a.wm-fix")
        assert name in (link.get_attribute("aria-label") or "")
        _, subject, body = _mail(link.get_attribute("href") or "")
        assert name in subject
        anchor = card.locator("h3").get_attribute("id")
        assert f"页面：{SITE_URL}honors/2026-Q3/#{anchor}" in body
    assert _first_tappable(page, "article.wm-honor a.wm-fix")["height"] >= 44


def test_every_activity_row_of_a_month_has_its_own_link(site_server: str, page: Page) -> None:
    page.goto(site_server + "activities/2026-09/")
    rows = page.locator("tr[id^='a-']")
    assert rows.count() > 0
    for i in range(rows.count()):
        row = rows.nth(i)
        _, subject, body = _mail(row.locator("a.wm-fix").get_attribute("href") or "")
        title = row.locator("td").nth(1).inner_text().removesuffix("纠错").strip()
        assert subject == f"纠错：活动：{title}"
        assert f"#{row.get_attribute('id')}" in body
    assert _first_tappable(page, "tr a.wm-fix")["height"] >= 44
    assert not has_horizontal_scroll(page)


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("honors/2026-Q3/", "article.wm-honor a.wm-fix"),
        ("sites/qindu-baoquanlu-north/", "a:text-is('在实践地图上查看')"),
        ("map/", ".wm-map__list a"),
    ],
)
def test_links_standing_alone_are_finger_sized(
    site_server: str, page: Page, path: str, selector: str
) -> None:
    page.goto(site_server + path)
    links = page.locator(selector)
    assert links.count() > 0
    for i in range(min(links.count(), 12)):
        box = links.nth(i).bounding_box()
        assert box is not None and box["height"] >= 44 and box["width"] >= 44, selector
    assert not has_horizontal_scroll(page)
