"""A village's 积分公示 (红灰黑榜) on a phone and on paper, in the repository's sample site.

At 360 px: the red, grey and black boards of both groups are there, the grey and black
boards name no one (the sample county keeps `names_on_grey_black: false`), nothing
scrolls sideways and axe finds nothing; the 站's page leads to its board; printed, the
board is an A4 notice with its 落款, date, QR code and page numbers.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from helpers import REPO_ROOT, describe_violations, has_horizontal_scroll, run_axe
from playwright.sync_api import Page
from test_notice import assert_a4_and_numbered, assert_clean_print, fold, printed

from generator.check.content import read_content
from generator.records.points import Points

BOARD = "points/2026-Q3/bytl-eerdun/"
RECORD = "bytl-eerdun-2026-q3"


def hidden_names() -> list[str]:
    """Everyone of the sample's record below the red line or vetoed: never on the page."""
    catalog = read_content(REPO_ROOT / "content")
    record: Points = catalog.points[RECORD]
    config = catalog.vocab.points
    hidden = []
    for member in (m for b in record.party for m in b.members):
        total = sum((e.add or 0) - (e.deduct or 0) for e in member.entries)
        if total < config.party.red or any(e.veto for e in member.entries):
            hidden.append(member.name)
    for person in record.residents:
        total = sum((e.add or 0) - (e.deduct or 0) for e in person.entries)
        if total < config.residents.red:
            hidden.append(person.name)
    return hidden


def test_a_village_board_on_a_phone(site_server: str, page: Page) -> None:
    page.goto(site_server + BOARD)
    for group in ("party", "residents"):
        for board, name in (("red", "红榜"), ("grey", "灰榜"), ("black", "黑榜")):
            heading = page.locator(f"#{group}-{board}")
            assert heading.is_visible() and name in heading.inner_text()
    text = page.locator(".md-content").inner_text()
    names = hidden_names()
    assert len(names) >= 3  # the sample has someone on grey and on black (one by 一票否决)
    for name in names:
        assert name not in text, name
    assert "按规定只公布人数" in text
    assert not has_horizontal_scroll(page)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


@pytest.mark.parametrize("path", ["points/", "points/2026-annual/bytl-eerdun/"])
def test_the_overview_and_the_year_read_on_a_phone(site_server: str, page: Page, path: str) -> None:
    page.goto(site_server + path)
    assert page.locator("h1").is_visible()
    assert not has_horizontal_scroll(page)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_the_station_page_leads_to_its_board(site_server: str, page: Page) -> None:
    page.goto(site_server + "sites/bytl-eerdun/")
    page.locator("#points ~ p a").first.click()
    page.wait_for_url("**/points/2026-Q4/bytl-eerdun/")
    assert "额尔敦嘎查2026年第四季度积分公示" in page.locator("h1").inner_text()


def test_the_board_prints_as_an_a4_notice(site_server: str, page: Page) -> None:
    sizes, text = printed(page, site_server + quote(BOARD))
    assert_a4_and_numbered(sizes, text)
    assert fold("额尔敦嘎查2026年第三季度积分公示") in text
    assert fold("额尔敦嘎查党支部额尔敦嘎查村民委员会2026年10月8日") in text
    assert page.locator(".wm-notice__qr svg").count() == 1
    assert_clean_print(page)
