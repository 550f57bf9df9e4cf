"""The volunteer teams (志愿服务队): the index by site, and one page per team."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...check.catalog import Catalog
from ...records.network import Team
from ..pages import ActivityItem, Link, Page, ServiceItem
from ..urls import TEAMS_URL, team_url
from .plans import upcoming_of
from .resolve import Resolver


@dataclass(frozen=True)
class TeamIndexPage(Page):
    template: ClassVar[str] = "team_index.html"
    groups: tuple[tuple[Link, tuple[Link, ...]], ...]


@dataclass(frozen=True)
class TeamPage(Page):
    template: ClassVar[str] = "team.html"
    team: Team
    site: Link
    services: tuple[ServiceItem, ...]
    quarter: str
    upcoming: tuple[ActivityItem, ...]
    """近期活动: its activities announced ahead (活动预告), soonest first."""
    current: tuple[ActivityItem, ...]
    earlier: tuple[ActivityItem, ...]
    """The latest `EARLIER_SHOWN` before this quarter; the month lists hold the rest."""
    more: int = 0
    """Earlier activities not shown here."""


def team_index(catalog: Catalog, r: Resolver) -> TeamIndexPage:
    groups = []
    for site_id in sorted(catalog.teams_by_site):
        if site_id not in catalog.public_sites:
            continue
        teams = sorted(catalog.teams_by_site[site_id], key=lambda t: t.id)
        groups.append((r.site(site_id), tuple(r.team(t.id) for t in teams)))
    return TeamIndexPage(url=TEAMS_URL, title="志愿服务队", groups=tuple(groups))


def team_pages(catalog: Catalog, r: Resolver, quarter: str) -> list[Page]:
    """One page per public team: its services and activities, `quarter` in full."""
    pages: list[Page] = []
    for team in sorted(catalog.public_teams.values(), key=lambda t: t.id):
        services = catalog.services_by_team.get(team.id, [])
        activities = catalog.activities_by_team.get(team.id, [])
        current, earlier, more = r.recent(activities, quarter)
        pages.append(
            TeamPage(
                url=team_url(team.id),
                title=team.name,
                team=team,
                site=r.site(team.site),
                services=tuple(r.service(s) for s in sorted(services, key=lambda s: s.id)),
                quarter=quarter,
                upcoming=upcoming_of(catalog, r, team.id),
                current=current,
                earlier=earlier,
                more=more,
            )
        )
    return pages
