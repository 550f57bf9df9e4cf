"""Formats (site/formats.py): dates, the one paragraph rule, external links, phones."""

from __future__ import annotations

from datetime import date

import pytest
from testpaths import REPO

from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.files.feeds import entries
from generator.site.formats import cn_date, cn_day, paragraphs, phone_text, safe_href, tel_url
from generator.site.sections.bulletins import BulletinPage


def test_dates_are_written_the_chinese_way_without_leading_zeros() -> None:
    assert cn_date(date(2026, 7, 5)) == "2026年7月5日"
    assert cn_date(date(2026, 12, 31)) == "2026年12月31日"
    assert cn_day(date(2026, 7, 5)) == "7月5日"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一段\n续行\n\n第二段\n\n\n", ["第一段 续行", "第二段"]),
        ("一段", ["一段"]),
        ("甲\n   \n乙", ["甲", "乙"]),  # a line of spaces is an empty line
        ("甲\r\n\r\n乙", ["甲", "乙"]),  # Windows line ends
        ("  甲  \n\n\n\n  乙  ", ["甲", "乙"]),
        ("", []),
        ("\n\n \n", []),
    ],
)
def test_paragraphs_split_on_empty_lines_and_join_single_breaks(
    text: str, expected: list[str]
) -> None:
    assert paragraphs(text) == expected


def test_a_bulletin_page_and_its_feed_entry_split_the_text_by_the_same_rule() -> None:
    catalog = read_content(REPO / "content")
    pages = {p.url: p for p in assemble(catalog) if isinstance(p, BulletinPage)}
    summaries = {e.url: e.summary for e in entries(catalog, "bulletins")}
    assert summaries
    for url, summary in summaries.items():
        page = pages[url]
        assert page.bulletin is not None
        assert page.paragraphs == tuple(paragraphs(page.bulletin.text))
        assert len(page.paragraphs) > 1
        assert summary == page.paragraphs[0]


def test_only_https_links_leave_the_site() -> None:
    assert safe_href("https://example.org/a") == "https://example.org/a"
    for url in ("http://example.org/", "javascript:alert(1)", "//example.org", " https://x"):
        assert safe_href(url) == ""


@pytest.mark.parametrize(
    ("phone", "href", "text"),
    [
        ("029-33210001-8001", "tel:+86-29-33210001;ext=8001", "029-33210001 转 8001"),
        ("0913-1234567", "tel:+86-913-1234567", "0913-1234567"),
        ("12345", "tel:12345", "12345"),
    ],
)
def test_phones(phone: str, href: str, text: str) -> None:
    assert tel_url(phone) == href
    assert phone_text(phone) == text
