"""The printed 公示: one page per quarter × category with honours under notice (公示中).

A 站 prints it (A4, theme/assets/print.css) and posts it on its board: the usual title,
the entries, the notice period, whom to object to and how (`registers.notice_contact`),
the issuer (落款) and date, and a QR code of the page's own address. The rolls show the
same contact once per group (`NoticeBox`). A notice page exists while its category has
an honour whose record still says 公示中 (an expired period shows as 公示期满（待认定）);
once all are 认定 or 撤销 the notice is over and the page goes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar
from urllib.parse import quote

import segno
from markupsafe import Markup

from ...check.catalog import Catalog
from ...records.chronicle import Honor
from ...records.quarter import quarter_label, quarter_of
from ...records.registers import Objections, notice_contact
from ..pages import HonorItem, Link, Page
from ..urls import honor_notice_url, honor_quarter_url
from .resolve import Resolver


@dataclass(frozen=True)
class NoticeBox:
    """A roll group's entries still under notice, and whom to object to, shown once."""

    names: tuple[str, ...]
    end: date
    """The last day any of them is under notice."""
    contact: Objections
    notice: Link


@dataclass(frozen=True)
class NoticePage(Page):
    template: ClassVar[str] = "notice.html"
    quarter: str
    category: str
    items: tuple[HonorItem, ...]
    start: date
    end: date
    one_period: bool
    """Every entry has the same period; else each row shows its own."""
    issuer: str
    issued: date
    """The 落款's date: the first day of notice."""
    contact: Objections
    address: str
    """The page's absolute URL (the site's site_url), or its site path when none is set."""
    qr: Markup
    roll: Link
    open: bool
    """Some entry is still within its period on the build day."""
    sample: bool


def under_notice(honors: Iterable[Honor]) -> list[Honor]:
    """The honours whose record says 公示中 (with its period), in the given order."""
    return [h for h in honors if h.status == "公示中" and h.notice is not None]


def still_open(items: Iterable[HonorItem]) -> bool:
    """Whether some entry is within its notice period on the build day."""
    return any(i.status == "公示中" for i in items)


def notice_title(quarter: str, category: str) -> str:
    return f"关于{quarter_label(quarter)}“{category}”拟认定对象的公示"


def qr_text(address: str) -> str:
    """What the QR code holds: the address with its non-ASCII path percent-encoded, which
    every phone's scanner opens (a raw 最美职工 in a QR code is left to the reader's guess)."""
    return quote(address, safe=":/?#=&%")


def qr_svg(text: str) -> Markup:
    """`text` as a QR code, inline SVG drawn by segno: made of numbers only (no record text
    reaches it except through the QR modules), the same for the same text."""
    svg = segno.make(text, error="m").svg_inline(scale=3, border=4, dark="#000", light="#fff")
    return Markup(svg.replace("<svg ", '<svg role="img" aria-label="本公示网址的二维码" ', 1))


def notice_pages(catalog: Catalog, r: Resolver, base_url: str = "") -> list[Page]:
    categories = {c.name: c for c in catalog.vocab.honor_categories}
    pages: list[Page] = []
    for q, honors in sorted(catalog.honors_by_quarter.items()):
        by_category: dict[str, list[Honor]] = {}
        for h in under_notice(honors):
            by_category.setdefault(h.category, []).append(h)
        for name, group in sorted(by_category.items()):
            resolved = notice_contact(categories.get(name), catalog.publisher)
            if resolved is None:
                continue  # refused by the check (honours.check_notice_contacts)
            issuer, contact = resolved
            starts = {h.notice.start for h in group if h.notice}
            ends = {h.notice.end for h in group if h.notice}
            items = tuple(r.honor(h) for h in group)
            url = honor_notice_url(q, name)
            address = base_url + url if base_url else f"/{url}"
            pages.append(
                NoticePage(
                    url=url,
                    title=notice_title(q, name),
                    quarter=q,
                    category=name,
                    items=items,
                    start=min(starts),
                    end=max(ends),
                    one_period=len(starts) == 1 and len(ends) == 1,
                    issuer=issuer,
                    issued=min(starts),
                    contact=contact,
                    address=address,
                    qr=qr_svg(qr_text(address)),
                    roll=Link(f"{quarter_label(q)}光荣榜", honor_quarter_url(q)),
                    open=still_open(items),
                    sample=catalog.publisher.sample,
                )
            )
    return pages


def notice_box(catalog: Catalog, items: Iterable[HonorItem]) -> NoticeBox | None:
    """The box a roll shows above a group (one quarter, one category) whose entries are
    still under notice; None when none is. Every entry of a group shares its category and
    quarter, so they share one notice and one contact."""
    open_items = [i for i in items if i.status == "公示中" and i.honor.notice is not None]
    if not open_items:
        return None
    first = open_items[0].honor
    category = next((c for c in catalog.vocab.honor_categories if c.name == first.category), None)
    resolved = notice_contact(category, catalog.publisher)
    if resolved is None:
        return None
    q = quarter_of(first.date)
    return NoticeBox(
        names=tuple(i.honor.name for i in open_items),
        end=max(i.honor.notice.end for i in open_items if i.honor.notice),
        contact=resolved[1],
        notice=Link(notice_title(q, first.category), honor_notice_url(q, first.category)),
    )
