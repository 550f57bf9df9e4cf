"""纠错: every record offers residents an e-mail with the record and its address filled in,
and the county's phone; record text cannot break out of the link."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import yaml
from site_fixture import HOSTILE_LINE, write_content

from generator.check.content import read_content
from generator.records.quarter import quarter_of
from generator.site.assemble import assemble
from generator.site.correction import Contact, contact
from generator.site.render import render_body
from generator.site.search.text import search_html
from generator.site.urls import (
    GUIDE_URL,
    activity_month_url,
    activity_url,
    bulletin_url,
    honor_quarter_url,
    honor_url,
    service_url,
    site_url,
    team_url,
)

EMAIL = "jiucuo@example.org"
BASE = "https://wenming.county.test/"
MAILTO = re.compile(r'class="wm-fix[^"]*" href="(mailto:[^"]*)"')
"""The 纠错 links' addresses (an objection box's plain mailto: is another channel)."""


def _mail(href: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.fragment == ""
    return unquote(parts.path), parse_qs(parts.query, strict_parsing=True)


def test_the_link_names_the_record_and_its_address_whatever_its_text() -> None:
    what = f"站点：{HOSTILE_LINE} &subject=x?y#z\r\nBcc: a@b.c"
    href = Contact(email=EMAIL, base_url=BASE).mailto(what, "dongshan", "sites/d/#s-x")
    to, fields = _mail(href)
    assert to == EMAIL
    assert set(fields) == {"subject", "body"}  # the record's "&subject=" added no field
    assert fields["subject"] == [f"纠错：{what}"]
    body = fields["body"][0]
    assert "（编号 dongshan）" in body and f"页面：{BASE}sites/d/#s-x\r\n" in body
    assert "\n" not in body.replace("\r\n", "")  # line breaks are CRLF, as RFC 6068 asks


def test_without_a_site_url_the_address_is_the_pages_path() -> None:
    _, fields = _mail(Contact(email=EMAIL).mailto("活动：x", "", "activities/2026-07/#a-1"))
    assert "页面：/activities/2026-07/#a-1" in fields["body"][0]
    assert "编号" not in fields["body"][0]  # a page of many records names none


def _pages(root: Path, base: str = BASE) -> dict[str, str]:
    catalog = read_content(root)
    fix = contact(catalog.publisher, base)
    return {page.url: render_body(page, fix) for page in assemble(catalog)}


def _with_contact(root: Path, **more: str) -> None:
    path = root / "publisher.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump({**data, **more}, allow_unicode=True), encoding="utf-8")


def test_every_public_record_offers_its_own_correction_mail(tmp_path: Path) -> None:
    root = write_content(tmp_path, hostile=True)
    _with_contact(root, email=EMAIL, phone="0910-1234567")
    catalog = read_content(root)
    pages = _pages(root)
    # Where each record is listed with its anchor: the address its mail gives, whichever
    # page (home, site, team, month) shows the link; a page's own block gives the page.
    places = {s: site_url(s) for s in catalog.public_sites}
    places |= {t: team_url(t) for t in catalog.public_teams}
    places |= {s.id: service_url(s) for s in catalog.public_services.values()}
    places |= {h.id: honor_url(h) for h in catalog.public_honors.values()}
    places |= {a.id: activity_url(a) for a in catalog.public_activities.values()}
    places |= {q: bulletin_url(q) for q in catalog.public_bulletins}
    offered: dict[str, set[str]] = {}  # page URL → the record ids its 纠错 links name
    for url, body in pages.items():
        for href in MAILTO.findall(body):
            _, fields = _mail(unescape(href))
            found = re.search(r"（编号 ([^）]+)）", fields["body"][0])
            offered.setdefault(url, set()).add(found[1] if found else "")
            place = places.get(found[1], url) if found else url  # a bulletin page has no record
            assert f"页面：{BASE}{place}\r\n" in fields["body"][0]
    for sid in catalog.public_sites:
        assert sid in offered[site_url(sid)]
    for tid in catalog.public_teams:
        assert tid in offered[team_url(tid)]
    for service in catalog.public_services.values():
        assert service.id in offered[site_url(service.sites[0])]
    for honor in catalog.public_honors.values():
        roll = offered[honor_quarter_url(quarter_of(honor.date))]
        assert honor.id in roll and "" in roll  # its own link, and the page's block
    for activity in catalog.public_activities.values():
        month = offered[activity_month_url(f"{activity.date:%Y-%m}")]
        assert activity.id in month and "" in month
    for quarter in catalog.public_bulletins:
        assert quarter in offered[bulletin_url(quarter)]
    site = next(iter(catalog.public_sites))
    assert 'href="tel:+86-910-1234567"' in pages[site_url(site)].split("wm-fix-block", 1)[1]


def test_search_does_not_index_the_word(tmp_path: Path) -> None:
    root = write_content(tmp_path)
    _with_contact(root, email=EMAIL, phone="0910-1234567")
    bodies = _pages(root)
    assert any("纠错" in body for body in bodies.values())
    indexed = [  # the editors' guide explains the channel in words: those it may index
        re.sub(r"<[^>]*>", "", search_html(body))
        for url, body in bodies.items()
        if not url.startswith(GUIDE_URL)
    ]
    assert not any("纠错" in text for text in indexed)


def test_without_email_or_phone_no_page_offers_it(tmp_path: Path) -> None:
    root = write_content(tmp_path)
    assert not any("wm-fix" in body for body in _pages(root).values())
    _with_contact(root, phone="0910-1234567")
    bodies = _pages(root)
    assert not any(MAILTO.search(body) for body in bodies.values())
    assert any("wm-fix-block" in body and "tel:+86-910-1234567" in body for body in bodies.values())
