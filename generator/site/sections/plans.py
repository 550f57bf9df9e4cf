"""活动预告: activities announced before they happen, and the calendar subscriptions.

Sites plan month by month and announce what is coming; residents follow a site or a
team. An activity with `status: 预告` (or `已取消`) is shown before its day: on its
own page (`activities/plans/`, by month), as 近期活动 on the home page and on its sites'
and teams' pages, until its last day has passed (`Catalog.upcoming`). Each of those
pages links the calendar that holds it (files/calendars.py): as `webcal:` when the
site's https address is known (a phone opens it in its calendar app), and always as a
plain relative link to the `.ics` file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...check.catalog import Catalog
from ...records.chronicle import Activity
from ...records.quarter import month_label, month_of
from ..pages import ActivityItem, Link, Page
from ..urls import PLANS_URL, calendar_path, webcal_url
from .resolve import Resolver

HOME_UPCOMING = 4
"""Announced activities the home page shows; the 活动预告 page has them all."""


@dataclass(frozen=True)
class Subscription:
    """One calendar file and how to subscribe to it."""

    name: str
    """What it holds: 全县 or a site's name."""
    file: str
    """Its path under the site root (`calendars/county.ics`)."""
    webcal: str
    """`webcal://…` from site_url; "" without one (only the file's link is shown)."""


@dataclass(frozen=True)
class PlansPage(Page):
    template: ClassVar[str] = "plans.html"
    months: tuple[tuple[str, tuple[ActivityItem, ...]], ...]
    """(2026年12月, its announced activities soonest first), soonest month first."""
    county: Subscription
    sites: tuple[tuple[Link, Subscription], ...]
    """The calendar of every site that has an announced activity."""


def subscription(catalog: Catalog, base_url: str, site_id: str | None = None) -> Subscription:
    path = calendar_path(site_id)
    name = catalog.public_sites[site_id].name if site_id else "全县"
    return Subscription(name=name, file=path, webcal=webcal_url(base_url, path))


def upcoming_at(catalog: Catalog, r: Resolver, site_id: str) -> tuple[ActivityItem, ...]:
    """A site's announced activities still to come (its page's 近期活动)."""
    return tuple(r.activity(a) for a in catalog.upcoming if site_id in a.sites)


def upcoming_of(catalog: Catalog, r: Resolver, team_id: str) -> tuple[ActivityItem, ...]:
    """A team's announced activities still to come (its page's 近期活动)."""
    return tuple(r.activity(a) for a in catalog.upcoming if team_id in a.teams)


def home_upcoming(catalog: Catalog, r: Resolver) -> tuple[ActivityItem, ...]:
    """The next few announced activities for the home page (not the cancelled ones)."""
    soon = [a for a in catalog.upcoming if a.status == "预告"]
    return tuple(r.activity(a) for a in soon[:HOME_UPCOMING])


def plans_page(catalog: Catalog, r: Resolver, base_url: str) -> PlansPage:
    months: dict[str, list[Activity]] = {}
    for activity in catalog.upcoming:
        months.setdefault(month_of(activity.date), []).append(activity)
    announced = sorted({s for a in catalog.upcoming for s in a.sites if s in catalog.public_sites})
    return PlansPage(
        url=PLANS_URL,
        title="活动预告",
        months=tuple(
            (month_label(month), tuple(r.activity(a) for a in acts))
            for month, acts in sorted(months.items())
        ),
        county=subscription(catalog, base_url),
        sites=tuple((r.site(s), subscription(catalog, base_url, s)) for s in announced),
    )
