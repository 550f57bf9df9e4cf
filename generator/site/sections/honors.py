"""The honour rolls (光荣榜): one per quarter, one per category, and the index.

A group of a roll with entries under notice shows whom to object to once, above them,
and links the group's printed 公示 (notices.py), which the index lists too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ...check.catalog import Catalog
from ...records.chronicle import Honor
from ...records.quarter import quarter_label, quarter_of
from ..pages import HonorItem, Link, Page
from ..urls import HONORS_URL, honor_category_url, honor_notice_url, honor_quarter_url
from .notices import NoticeBox, notice_box, notice_title, still_open, under_notice
from .resolve import Resolver


@dataclass(frozen=True)
class HonorIndexPage(Page):
    template: ClassVar[str] = "honor_index.html"
    quarters: tuple[tuple[Link, int], ...]
    categories: tuple[tuple[Link, int], ...]
    notices: tuple[Link, ...]
    """The printed 公示 of every quarter × category with entries under notice."""


@dataclass(frozen=True)
class HonorRollPage(Page):
    """The 光荣榜 of one quarter (groups by category) or one category (groups by quarter)."""

    template: ClassVar[str] = "honor_roll.html"
    kind: str
    groups: tuple[tuple[str, tuple[HonorItem, ...]], ...]
    printable: bool
    boxes: tuple[NoticeBox | None, ...]
    """One per group, in order: its entries still under notice and whom to object to."""


def honor_pages(catalog: Catalog, r: Resolver) -> list[Page]:
    order = {c.name: i for i, c in enumerate(catalog.vocab.honor_categories)}
    pages: list[Page] = []
    quarters = [q for q in reversed(catalog.quarters) if catalog.honors_by_quarter.get(q)]
    for q in quarters:
        honors = catalog.honors_by_quarter[q]
        categories = sorted(
            {h.category for h in honors}, key=lambda c: (order.get(c, len(order)), c)
        )
        groups = tuple(
            (c, tuple(r.honor(h) for h in honors if h.category == c)) for c in categories
        )
        pages.append(
            HonorRollPage(
                url=honor_quarter_url(q),
                title=f"{quarter_label(q)}光荣榜",
                kind="quarter",
                groups=groups,
                printable=True,
                boxes=tuple(notice_box(catalog, items) for _, items in groups),
            )
        )
    by_category: dict[str, list[Honor]] = {}
    for honor in catalog.public_honors.values():
        by_category.setdefault(honor.category, []).append(honor)
    categories = sorted(by_category, key=lambda c: (order.get(c, len(order)), c))
    for c in categories:
        items = r.honors(by_category[c])
        groups = tuple(
            (quarter_label(q), tuple(i for i in items if quarter_of(i.honor.date) == q))
            for q in quarters
            if any(quarter_of(i.honor.date) == q for i in items)
        )
        pages.append(
            HonorRollPage(
                url=honor_category_url(c),
                title=c,
                kind="category",
                groups=groups,
                printable=False,
                boxes=tuple(notice_box(catalog, items) for _, items in groups),
            )
        )
    pages.append(
        HonorIndexPage(
            url=HONORS_URL,
            title="光荣榜",
            quarters=tuple(
                (
                    Link(f"{quarter_label(q)}光荣榜", honor_quarter_url(q)),
                    len(catalog.honors_by_quarter[q]),
                )
                for q in quarters
            ),
            categories=tuple(
                (Link(c, honor_category_url(c)), len(by_category[c])) for c in categories
            ),
            notices=tuple(
                _notice_link(q, c, r.honors(h for h in noticed if h.category == c))
                for q in quarters
                for noticed in [under_notice(catalog.honors_by_quarter[q])]
                for c in sorted(
                    {h.category for h in noticed}, key=lambda c: (order.get(c, len(order)), c)
                )
            ),
        )
    )
    return pages


def _notice_link(quarter: str, category: str, items: Iterable[HonorItem]) -> Link:
    """A printed notice in the index; one whose period is over on the build day says so."""
    title = notice_title(quarter, category)
    if not still_open(items):
        title += "（公示期已结束）"
    return Link(title, honor_notice_url(quarter, category))
