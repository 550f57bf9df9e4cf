"""活动预告 on a phone: the announcements with their time and place, 近期活动 on the home
page, and calendar links a phone can subscribe to, whose .ics the site serves.

The sample's announcements (content/activities/2026-Q4/*-yuji.yml, *-quxiao.yml) fall
in late December 2026; the tests see the sample's day, 2026-12-02 (SOURCE_DATE_EPOCH, set in
tests/conftest.py), so they hold after those dates too.
"""

from __future__ import annotations

from urllib.request import urlopen

import pytest
import yaml
from helpers import REPO_ROOT, describe_violations, has_horizontal_scroll, run_axe
from playwright.sync_api import Page

SITE_URL = yaml.safe_load((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
PLANS = "activities/plans/"
TALK = "学习贯彻党的创新理论“微宣讲”"


def test_the_announcements_page_lists_time_and_place(site_server: str, page: Page) -> None:
    page.goto(site_server + PLANS)
    cards = page.locator("article.wm-plan")
    assert cards.count() >= 5
    talk = cards.filter(has_text=TALK)
    text = talk.inner_text()
    assert "时间：2026年12月12日（星期六） 09:30—11:00" in text
    assert "地点：歙县新时代文明实践中心二楼理论宣讲室" in text
    cancelled = cards.filter(has_text="徽州非遗技艺展演")
    assert "已取消" in cancelled.inner_text()
    assert not has_horizontal_scroll(page)


def test_the_home_page_shows_an_announced_activity(site_server: str, page: Page) -> None:
    page.goto(site_server)
    section = page.locator("#upcoming ~ .wm-list").first
    section.scroll_into_view_if_needed()
    assert TALK in section.inner_text()
    assert "徽州非遗技艺展演" not in section.inner_text()  # a cancelled one is not "coming"
    assert not has_horizontal_scroll(page)


@pytest.mark.parametrize(
    ("path", "calendar"),
    [
        ("", "calendars/county.ics"),
        (PLANS, "calendars/county.ics"),
        ("sites/shexian-center/", "calendars/sites/shexian-center.ics"),
    ],
)
def test_calendar_links_are_there_and_the_calendar_is_served(
    site_server: str, page: Page, path: str, calendar: str
) -> None:
    page.goto(site_server + path)
    webcal = page.locator(f'a[href="webcal://{SITE_URL.removeprefix("https://")}{calendar}"]')
    assert webcal.count() >= 1 and webcal.first.inner_text() == "添加到手机日历"
    file_link = page.locator(".wm-subscribe a[type='text/calendar']").first
    href = file_link.evaluate("a => a.href")
    assert href == site_server + calendar
    with urlopen(href) as response:  # the local test server
        body = response.read()
    assert body.startswith(b"BEGIN:VCALENDAR\r\n") and b"END:VCALENDAR" in body
    assert not has_horizontal_scroll(page)


@pytest.mark.parametrize("path", [PLANS, "sites/shexian-center/"])
def test_no_serious_accessibility_violations(site_server: str, page: Page, path: str) -> None:
    page.goto(site_server + path)
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)
