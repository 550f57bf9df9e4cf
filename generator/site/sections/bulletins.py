"""The bulletins (简报): one edition per quarter, with its figures and changes, and the index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from ...check.catalog import Catalog
from ...records.chronicle import Bulletin, Highlight
from ...records.quarter import quarter_label
from ..changes import EditionChanges, edition_changes
from ..figures import quarter_figures
from ..formats import cn_date, paragraphs
from ..pages import Figures, HonorItem, Link, Page
from ..urls import (
    BULLETINS_URL,
    activity_quarter_url,
    activity_url,
    bulletin_url,
    honor_quarter_url,
)
from .resolve import Resolver


@dataclass(frozen=True)
class BulletinPage(Page):
    """One quarter's edition: its figures, the editors' text, and what changed."""

    template: ClassVar[str] = "bulletin.html"
    quarter: str
    published: date | None
    """The edition's publication day; None while the quarter is in progress."""
    changes: EditionChanges
    bulletin: Bulletin | None
    paragraphs: tuple[str, ...]
    figures: Figures
    highlights: tuple[tuple[Highlight, Link | None], ...]
    honors: tuple[HonorItem, ...]
    activities: Link
    roll: Link | None
    issuer: str
    """The 落款 of the printed bulletin: the publisher's organizer, else sponsor, else name."""


@dataclass(frozen=True)
class BulletinIndexPage(Page):
    template: ClassVar[str] = "bulletin_index.html"
    editions: tuple[tuple[Link, str], ...]


def bulletin_pages(catalog: Catalog, r: Resolver) -> list[Page]:
    pages: list[Page] = []
    editions = []
    publisher = catalog.publisher
    for q in reversed(catalog.quarters):
        bulletin = catalog.public_bulletins.get(q)
        title = bulletin.title if bulletin else f"{quarter_label(q)}简报"
        text = bulletin.text if bulletin else ""
        highlights = tuple(
            (h, _activity_link(catalog, h.activity))
            for h in (bulletin.highlights if bulletin else [])
        )
        pages.append(
            BulletinPage(
                url=bulletin_url(q),
                title=title,
                quarter=q,
                published=catalog.editions[q].published if q in catalog.editions else None,
                changes=edition_changes(catalog, q),
                bulletin=bulletin,
                paragraphs=tuple(paragraphs(text)),
                highlights=highlights,
                figures=quarter_figures(catalog, q),
                honors=r.honors(catalog.honors_by_quarter.get(q, [])),
                activities=Link(f"{quarter_label(q)}活动", activity_quarter_url(q)),
                roll=(
                    Link(f"{quarter_label(q)}光荣榜", honor_quarter_url(q))
                    if catalog.honors_by_quarter.get(q)
                    else None
                ),
                issuer=publisher.organizer or publisher.sponsor or publisher.name,
            )
        )
        state = (
            f"{cn_date(catalog.editions[q].published)}发布" if q in catalog.editions else "编辑中"
        )
        editions.append((Link(title, bulletin_url(q)), f"{quarter_label(q)} · {state}"))
    pages.append(BulletinIndexPage(url=BULLETINS_URL, title="简报", editions=tuple(editions)))
    return pages


def _activity_link(catalog: Catalog, activity_id: str | None) -> Link | None:
    activity = catalog.public_activities.get(activity_id) if activity_id else None
    if activity is None:
        return None
    return Link(activity.title, activity_url(activity))
