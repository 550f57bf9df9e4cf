"""The catalog: every checked record of a content tree, with the indexes pages need.

A `Catalog` is built once, after validation and cross-checks pass, and is read-only
from then on: the page models and the renderer only ever look things up in it.
Drafts and withdrawn honours are kept here (the checks need them) but `public_*`
views leave them out, so no page can show them by accident.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from functools import cached_property
from typing import Any

from ..records.base import Correction
from ..records.chronicle import Activity, Bulletin, Honor
from ..records.network import Service, Site, Team
from ..records.points import Points
from ..records.quarter import quarter_bounds, quarter_of
from ..records.registers import Edition, Publisher, Region, Vocabularies
from .timeline import NOTICE_OVER, notice_over

KINDS = ("site", "team", "service", "activity", "honor", "bulletin", "points")
"""The record types a catalog holds, in the order editions and change lists take them."""


@dataclass(frozen=True)
class Catalog:
    """All records by id, in id order, plus the file each came from (relative path)."""

    publisher: Publisher
    vocab: Vocabularies
    regions: Mapping[str, Region]
    sites: Mapping[str, Site]
    teams: Mapping[str, Team]
    services: Mapping[str, Service]
    activities: Mapping[str, Activity]
    honors: Mapping[str, Honor]
    bulletins: Mapping[str, Bulletin]
    sources: Mapping[tuple[str, str], str] = field(default_factory=dict)
    editions: Mapping[str, Edition] = field(default_factory=dict)
    # Records dated after this day (Shanghai) are embargoed: in no page, feed or download.
    as_of: date | None = None
    points: Mapping[str, Points] = field(default_factory=dict)
    """积分公示 by key (`bytl-baolige-2026-q3`): one village's quarter."""

    def records(self, kind: str) -> Mapping[str, Any]:
        """Every record of one type (drafts and withdrawn included), by id."""
        return {
            "site": self.sites,
            "team": self.teams,
            "service": self.services,
            "activity": self.activities,
            "honor": self.honors,
            "bulletin": self.bulletins,
            "points": self.points,
        }[kind]

    @cached_property
    def corrections(self) -> list[tuple[str, str, Correction]]:
        """(kind, id, correction) of every record, kinds in `KINDS` order, ids sorted.

        Found once: each edition's changes pick theirs out of it, and a city has
        70,000 records and eight editions."""
        return [
            (kind, key, correction)
            for kind in KINDS
            for key, record in sorted(self.records(kind).items())
            for correction in getattr(record, "corrections", [])
        ]

    def source_of(self, kind: str, record_id: str) -> str:
        """The content-relative path of a record's file, e.g. `sites/qindu-center.yml`."""
        return self.sources[(kind, record_id)]

    # --- public views: what may appear in any output ------------------------------------

    @cached_property
    def public_sites(self) -> dict[str, Site]:
        return {k: v for k, v in self.sites.items() if not v.draft}

    @cached_property
    def public_teams(self) -> dict[str, Team]:
        return {k: v for k, v in self.teams.items() if not v.draft}

    @cached_property
    def public_services(self) -> dict[str, Service]:
        return {k: v for k, v in self.services.items() if not v.draft}

    def _released(self, day: date) -> bool:
        return self.as_of is None or day <= self.as_of

    @cached_property
    def public_activities(self) -> dict[str, Activity]:
        """Held activities (已举办) up to today: what lists, figures and feeds count."""
        return {
            k: v
            for k, v in self.activities.items()
            if not v.draft
            and v.withdrawn is None
            and v.status == "已举办"
            and self._released(v.date)
        }

    @cached_property
    def announced_activities(self) -> dict[str, Activity]:
        """Activities announced ahead (预告) or called off (已取消), whatever their date:
        public before their day by design, never counted as held."""
        return {
            k: v
            for k, v in self.activities.items()
            if not v.draft and v.withdrawn is None and v.status != "已举办"
        }

    @cached_property
    def upcoming(self) -> list[Activity]:
        """Announced activities not over by today, soonest first (活动预告, 近期活动)."""
        found = [
            a
            for a in self.announced_activities.values()
            if self.as_of is None or (a.end_date or a.date) >= self.as_of
        ]
        return sorted(found, key=lambda a: (a.date, a.start_time or time.min, a.id))

    @cached_property
    def calendar_activities(self) -> dict[str, Activity]:
        """What the calendar subscriptions hold: held and announced activities, by id."""
        return dict(sorted({**self.public_activities, **self.announced_activities}.items()))

    @cached_property
    def public_honors(self) -> dict[str, Honor]:
        return {
            k: v
            for k, v in self.honors.items()
            if not v.draft and v.status != "已撤销" and self._released(v.date)
        }

    @cached_property
    def public_bulletins(self) -> dict[str, Bulletin]:
        """Bulletins of quarters that have begun: next quarter's stays out until its first day."""
        return {
            k: v
            for k, v in self.bulletins.items()
            if not v.draft and self._released(quarter_bounds(k)[0])
        }

    @cached_property
    def public_points(self) -> dict[str, Points]:
        """Points of public 站 sites, not drafts, whose notice day has come."""
        return {
            k: v
            for k, v in self.points.items()
            if not v.draft and v.site in self.public_sites and self._released(v.date)
        }

    def honor_status(self, honor: Honor) -> str:
        """The status as the public sees it today: 公示中 turns 公示期满（待认定） after its period."""
        return NOTICE_OVER if notice_over(honor, self.as_of) else honor.status

    # --- indexes --------------------------------------------------------------------------

    @cached_property
    def quarters(self) -> list[str]:
        """Every quarter that has a public activity, honour or bulletin, oldest first."""
        found = {quarter_of(a.date) for a in self.public_activities.values()}
        found |= {quarter_of(h.date) for h in self.public_honors.values()}
        found |= set(self.public_bulletins)
        return sorted(found)

    @cached_property
    def children(self) -> dict[str, list[str]]:
        """Site id → ids of its public child sites, sorted."""
        out: dict[str, list[str]] = defaultdict(list)
        for site in self.public_sites.values():
            if site.parent:
                out[site.parent].append(site.id)
        return {k: sorted(v) for k, v in out.items()}

    @cached_property
    def activities_by_site(self) -> dict[str, list[Activity]]:
        out: dict[str, list[Activity]] = defaultdict(list)
        for activity in self.public_activities.values():
            for site_id in activity.sites:
                out[site_id].append(activity)
        return {k: sorted(v, key=lambda a: (a.date, a.id), reverse=True) for k, v in out.items()}

    @cached_property
    def activities_by_team(self) -> dict[str, list[Activity]]:
        """Team id → its public activities: one pass, not one scan of all activities per team."""
        out: dict[str, list[Activity]] = defaultdict(list)
        for activity in self.public_activities.values():
            for team_id in activity.teams:
                out[team_id].append(activity)
        return dict(out)

    @cached_property
    def services_by_team(self) -> dict[str, list[Service]]:
        out: dict[str, list[Service]] = defaultdict(list)
        for service in self.public_services.values():
            for team_id in service.teams:
                out[team_id].append(service)
        return dict(out)

    @cached_property
    def teams_by_site(self) -> dict[str, list[Team]]:
        out: dict[str, list[Team]] = defaultdict(list)
        for team in self.public_teams.values():
            out[team.site].append(team)
        return dict(out)

    @cached_property
    def services_by_site(self) -> dict[str, list[Service]]:
        out: dict[str, list[Service]] = defaultdict(list)
        for service in self.public_services.values():
            for site_id in service.sites:
                out[site_id].append(service)
        return dict(out)

    @cached_property
    def honors_by_site(self) -> dict[str, list[Honor]]:
        """Site id → its honours, newest first; never a child's (新时代好少年 and the like):
        listing a child on the page of the station that nominated them tells where they live."""
        minors = {c.name for c in self.vocab.honor_categories if c.minor}
        out: dict[str, list[Honor]] = defaultdict(list)
        for honor in self.public_honors.values():
            if honor.site and honor.category not in minors:
                out[honor.site].append(honor)
        return {k: sorted(v, key=lambda h: (h.date, h.id), reverse=True) for k, v in out.items()}

    @cached_property
    def activities_by_quarter(self) -> dict[str, list[Activity]]:
        out: dict[str, list[Activity]] = defaultdict(list)
        for activity in self.public_activities.values():
            out[quarter_of(activity.date)].append(activity)
        return {k: sorted(v, key=lambda a: (a.date, a.id)) for k, v in out.items()}

    @cached_property
    def honors_by_quarter(self) -> dict[str, list[Honor]]:
        out: dict[str, list[Honor]] = defaultdict(list)
        for honor in self.public_honors.values():
            out[quarter_of(honor.date)].append(honor)
        return {k: sorted(v, key=lambda h: (h.category, h.date, h.id)) for k, v in out.items()}
