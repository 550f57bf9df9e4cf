"""Residents order where they are: a site page lists its own services, then those its
所 and 中心 deliver to it, each with how to order and a phone that dials."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from literal import assert_literal, parse
from site_fixture import HOSTILE_LINE, write_content

from generator.check.content import read_content
from generator.site.assemble import assemble
from generator.site.formats import phone_parts
from generator.site.render import render_body
from generator.site.search.text import search_html
from generator.site.sections.sites import SitePage
from generator.site.urls import site_url

TEL = re.compile(r"^tel:\+?[0-9-]+(;ext=[0-9]+)?$")
"""A dialable href: digits, the +86 and dashes of RFC 3966's global form, an extension."""


def _service(content: Path, sid: str, site: str, detail: str, hostile: str = "") -> None:
    data: dict[str, Any] = {
        "id": sid,
        "name": f"{sid}项目{hostile}",
        "description": f"为群众服务。{hostile}",
        "sites": [site],
        "order": [
            {"way": f"电话{hostile}", "detail": f"{detail}{hostile}"},
            {"way": "到站登记", "detail": "到本村文明实践站登记"},
        ],
    }
    (content / "services" / f"{sid}.yml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def _tree(tmp_path: Path, *, hostile: bool = False) -> Path:
    """The fixture county, its station's own service moved up to the 所, which has three,
    and the 中心 two."""
    content = write_content(tmp_path / "content", hostile=hostile)
    x = f" {HOSTILE_LINE}" if hostile else ""
    record = content / "services" / "yizhen-service.yml"
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    data["sites"] = ["maquan-office"]
    record.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    _service(content, "office-b", "maquan-office", "拨打马泉街道所 029-33210011-8001", x)
    _service(content, "office-a", "maquan-office", "拨打 029-33210012，或 12345", x)
    _service(content, "center-z", "test-center", "拨打中心 0913-1234567", x)
    _service(content, "center-a", "test-center", "小程序点单", x)
    return content


def _site_page(content: Path, site_id: str) -> SitePage:
    return next(
        p
        for p in assemble(read_content(content))
        if isinstance(p, SitePage) and p.url == site_url(site_id)
    )


def test_a_station_without_its_own_service_lists_its_offices_and_centres(
    tmp_path: Path,
) -> None:
    page = _site_page(_tree(tmp_path), "dongshan-station")
    assert page.services == ()
    assert [(d.site.url, [i.service.id for i in d.services]) for d in page.delivered] == [
        (site_url("maquan-office"), ["office-a", "office-b", "yizhen-service"]),
        (site_url("test-center"), ["center-a", "center-z"]),
    ]
    # The 所 lists the 中心's; the 中心 has nothing above it.
    office = _site_page(tmp_path / "content", "maquan-office")
    assert [i.service.id for i in office.services] == ["office-a", "office-b", "yizhen-service"]
    assert [d.site.url for d in office.delivered] == [site_url("test-center")]
    assert _site_page(tmp_path / "content", "test-center").delivered == ()


def test_a_service_is_listed_once_under_the_nearest_site_that_provides_it(
    tmp_path: Path,
) -> None:
    content = _tree(tmp_path)
    record = content / "services" / "center-a.yml"
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    data["sites"] = ["test-center", "maquan-office", "dongshan-station"]
    record.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    station = _site_page(content, "dongshan-station")
    assert [i.service.id for i in station.services] == ["center-a"]
    ids = [i.service.id for d in station.delivered for i in d.services]
    assert ids == ["office-a", "office-b", "yizhen-service", "center-z"]
    office = _site_page(content, "maquan-office")
    assert [i.service.id for d in office.delivered for i in d.services] == ["center-z"]


def test_the_station_page_names_the_provider_and_dials_every_phone(tmp_path: Path) -> None:
    body = render_body(_site_page(_tree(tmp_path), "dongshan-station"))
    assert "暂无登记的服务项目" not in body
    assert '由上级阵地提供：<a href="../maquan-office/">' in body
    assert body.index("office-a项目") < body.index("office-b项目") < body.index("center-a项目")
    tels = [
        attrs["href"] or ""
        for tag, attrs in parse(body).tags
        if tag == "a" and (attrs["href"] or "").startswith("tel:")
    ]
    assert "tel:+86-29-33210011;ext=8001" in tels
    assert {"tel:+86-29-33210012", "tel:12345", "tel:+86-913-1234567"} <= set(tels)
    assert all(TEL.match(href) for href in tels), tels
    assert '<a class="wm-tel" href="tel:+86-29-33210011;ext=8001">029-33210011 转 8001</a>' in body


def test_order_text_stays_escaped_around_its_phones(tmp_path: Path) -> None:
    body = render_body(_site_page(_tree(tmp_path, hostile=True), "dongshan-station"))
    # Every order text of the four services and the fixture's own keeps its copy whole.
    assert assert_literal(body) >= 5
    assert '<a class="wm-tel" href="tel:+86-913-1234567">0913-1234567</a>' in body


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("到站登记", [("到站登记", "")]),
        ("", [("", "")]),
        (
            "拨打 029-33210001-8001 转接",
            [
                ("拨打 ", ""),
                ("029-33210001 转 8001", "tel:+86-29-33210001;ext=8001"),
                (" 转接", ""),
            ],
        ),
        (
            "0314-3012001或12345",
            [("0314-3012001", "tel:+86-314-3012001"), ("或", ""), ("12345", "tel:12345")],
        ),
        ("400-810-1234", [("400-810-1234", "tel:400-810-1234")]),
        # Not a phone: a year, a longer run of digits, a code, a mobile (never public).
        ("2026年第123456号", [("2026年第123456号", "")]),
        ("13912345678", [("13912345678", "")]),
    ],
)
def test_phone_parts(text: str, parts: list[tuple[str, str]]) -> None:
    assert phone_parts(text) == parts


def test_delivered_services_are_searched_on_their_providers_page_only(tmp_path: Path) -> None:
    """A 中心's service shown on every 站 below it would fill search results with copies."""
    content = _tree(tmp_path)
    station = render_body(_site_page(content, "dongshan-station"))
    office = render_body(_site_page(content, "maquan-office"))
    name = next(i.service.name for i in _site_page(content, "maquan-office").services)
    assert name in station  # shown to the resident …
    assert name not in search_html(station)  # … but not indexed on the station's page
    assert name in search_html(office)  # where the providing site offers it
    assert 'role="heading"' in station  # still a heading to a screen reader
