"""Resolving records into what pages show: ids into links, records into list items.

One `Resolver` serves a whole build, so an activity shown on its month's, its type's,
its sites' and its teams' pages is resolved once and every page shares the item.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...check.catalog import Catalog
from ...records.chronicle import Activity, Honor
from ...records.network import Service
from ...records.quarter import quarter_label, quarter_of
from ..figures import site_link
from ..numbers import percent
from ..pages import ActivityItem, HonorItem, Link, ServiceItem
from ..urls import activity_type_url, honor_category_url, honor_url, team_url

EARLIER_SHOWN = 10
"""Earlier activities a site or team page shows in full; the month lists hold every one."""


class Resolver:
    """Turns records into the resolved items pages show, each once per build."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.minor = {c.name for c in catalog.vocab.honor_categories if c.minor}
        # An activity shows on its month, its type, its sites' and its teams' pages:
        # resolved once, the pages share one item (and one link per site).
        self._sites: dict[str, Link] = {}
        self._items: dict[str, ActivityItem] = {}

    def site(self, site_id: str) -> Link:
        if (found := self._sites.get(site_id)) is None:
            found = self._sites[site_id] = site_link(self.catalog, site_id)
        return found

    def team(self, team_id: str) -> Link:
        return Link(self.catalog.teams[team_id].name, team_url(team_id))

    def activity(self, activity: Activity) -> ActivityItem:
        if (found := self._items.get(activity.id)) is not None:
            return found
        public_sites, public_teams = self.catalog.public_sites, self.catalog.public_teams
        item = self._items[activity.id] = ActivityItem(
            activity=activity,
            quarter=quarter_of(activity.date),
            sites=tuple(self.site(s) for s in activity.sites if s in public_sites),
            teams=tuple(self.team(t) for t in activity.teams if t in public_teams),
            type_link=Link(activity.type, activity_type_url(activity.type)),
            form_meaning=self.catalog.vocab.practice_form_meanings.get(activity.form or "", ""),
        )
        return item

    def activities(self, activities: Iterable[Activity]) -> tuple[ActivityItem, ...]:
        ordered = sorted(activities, key=lambda a: (a.date, a.id), reverse=True)
        return tuple(self.activity(a) for a in ordered)

    def recent(
        self, activities: Iterable[Activity], quarter: str
    ) -> tuple[tuple[ActivityItem, ...], tuple[ActivityItem, ...], int]:
        """(this quarter's, the latest `EARLIER_SHOWN` before it, how many more are left out).

        A page that lists a site's or team's whole history grows without end; the rest
        is one link away on the month lists.
        """
        ordered = sorted(activities, key=lambda a: (a.date, a.id), reverse=True)
        current = [a for a in ordered if quarter_of(a.date) == quarter]
        earlier = [a for a in ordered if quarter_of(a.date) != quarter]
        return (
            tuple(self.activity(a) for a in current),
            tuple(self.activity(a) for a in earlier[:EARLIER_SHOWN]),
            max(0, len(earlier) - EARLIER_SHOWN),
        )

    def honor(self, honor: Honor) -> HonorItem:
        quarter = quarter_of(honor.date)
        site = honor.site if honor.site in self.catalog.public_sites else None
        return HonorItem(
            honor=honor,
            minor=honor.category in self.minor,
            site=self.site(site) if site else None,
            roll=Link(f"{quarter_label(quarter)}光荣榜", honor_url(honor)),
            category=Link(honor.category, honor_category_url(honor.category)),
            status=self.catalog.honor_status(honor),
        )

    def honors(self, honors: Iterable[Honor]) -> tuple[HonorItem, ...]:
        return tuple(
            self.honor(h) for h in sorted(honors, key=lambda h: (h.date, h.id), reverse=True)
        )

    def service(self, service: Service) -> ServiceItem:
        rated = sorted(service.ratings, key=lambda r: r.quarter)
        latest = rated[-1] if rated else None
        return ServiceItem(
            service=service,
            sites=tuple(self.site(s) for s in service.sites if s in self.catalog.public_sites),
            teams=tuple(self.team(t) for t in service.teams if t in self.catalog.public_teams),
            satisfaction=percent(latest.satisfied, latest.rated) if latest and latest.rated else "",
        )
