"""The home page: the latest quarter's figures, bulletin, honours and activities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...check.catalog import Catalog
from ...records.registers import Publisher
from ..figures import all_figures, quarter_figures
from ..pages import ActivityItem, Figures, HonorItem, Link, Page
from ..urls import HOME_URL, bulletin_url
from .plans import Subscription, home_upcoming, subscription
from .resolve import Resolver

HOME_HONORS = 8
HOME_ACTIVITIES = 6


@dataclass(frozen=True)
class HomePage(Page):
    template: ClassVar[str] = "home.html"
    scripts: ClassVar[tuple[str, ...]] = ("nearest",)
    publisher: Publisher
    quarter: str
    figures: Figures
    bulletin: Link | None
    honors: tuple[HonorItem, ...]
    activities: tuple[ActivityItem, ...]
    upcoming: tuple[ActivityItem, ...]
    """近期活动: the next activities announced ahead (活动预告)."""
    calendar: Subscription


def home_page(catalog: Catalog, r: Resolver, base_url: str = "") -> HomePage:
    quarter = catalog.quarters[-1] if catalog.quarters else ""
    bulletins = sorted(catalog.public_bulletins)
    latest = catalog.public_bulletins[bulletins[-1]] if bulletins else None
    recent = sorted(catalog.public_honors.values(), key=lambda h: (h.date, h.id), reverse=True)
    return HomePage(
        url=HOME_URL,
        title=catalog.publisher.name,
        publisher=catalog.publisher,
        quarter=quarter,
        figures=quarter_figures(catalog, quarter) if quarter else all_figures(catalog),
        bulletin=Link(latest.title, bulletin_url(latest.quarter)) if latest else None,
        honors=tuple(r.honor(h) for h in recent[:HOME_HONORS]),
        activities=r.activities(catalog.activities_by_quarter.get(quarter, []))[:HOME_ACTIVITIES],
        upcoming=home_upcoming(catalog, r),
        calendar=subscription(catalog, base_url),
    )
