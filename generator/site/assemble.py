"""Assemble every page of the site from a checked catalog.

`assemble(catalog)` is the one step between the records and the renderer: it
decides which pages exist, resolves every reference into a `Link`, and sorts
everything, so two builds of the same content produce the same pages in the
same order. Only the catalog's public views are read: drafts and withdrawn
honours cannot reach a page from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ..check.catalog import Catalog
from .changes import edition_changes
from .datapage import data_page
from .figures import all_figures, coverage, quarter_figures, region_name, site_link, stats_tables
from .guide import guide_pages
from .map.page import MapOptions, map_pages, site_places
from ..records.chronicle import Activity, Honor
from ..records.network import Service
from .numbers import percent, total
from .pages import (
    ACTIVITIES_URL,
    BULLETINS_URL,
    HOME_URL,
    HONORS_URL,
    SITES_URL,
    STATS_URL,
    TEAMS_URL,
    ActivityIndexPage,
    ActivityItem,
    ActivityMonthPage,
    ActivityQuarterPage,
    ActivityTypePage,
    BulletinIndexPage,
    BulletinPage,
    HomePage,
    HonorIndexPage,
    HonorItem,
    HonorRollPage,
    Link,
    MonthCount,
    Page,
    ServiceItem,
    SiteIndexPage,
    SitePage,
    SitePlace,
    StatsPage,
    TeamIndexPage,
    TeamPage,
    TreeNode,
    activity_month_url,
    activity_quarter_url,
    activity_type_url,
    activity_url,
    bulletin_url,
    honor_anchor,
    honor_category_url,
    honor_quarter_url,
    team_url,
    type_anchor,
)
from ..records.quarter import month_label, month_of, quarter_label, quarter_of
from .render import cn_date

HOME_HONORS = 8
HOME_ACTIVITIES = 6
EARLIER_SHOWN = 10
"""Earlier activities a site or team page shows in full; the month lists hold every one."""


class _Resolver:
    """Turns records into the resolved items pages show."""

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
            roll=Link(
                f"{quarter_label(quarter)}光荣榜",
                f"{honor_quarter_url(quarter)}#{honor_anchor(honor.id)}",
            ),
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


def assemble(catalog: Catalog, map_options: MapOptions | None = None) -> list[Page]:
    """Every page of the site, in URL order."""
    map_options = map_options or MapOptions()
    places = site_places(catalog, map_options)
    r = _Resolver(catalog)
    pages: list[Page] = [_home(catalog, r), _site_index(catalog), _team_index(catalog, r)]
    quarter = catalog.quarters[-1] if catalog.quarters else ""
    pages += [
        _site_page(catalog, r, site_id, quarter, places.get(site_id))
        for site_id in sorted(catalog.public_sites)
    ]
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
                current=current,
                earlier=earlier,
                more=more,
            )
        )
    pages += _activity_pages(catalog, r)
    pages += _honor_pages(catalog, r)
    pages += _bulletin_pages(catalog, r)
    pages.append(StatsPage(url=STATS_URL, title="统计", tables=stats_tables(catalog)))
    pages += guide_pages(catalog)
    pages += map_pages(catalog, map_options)
    pages.append(data_page(catalog))
    return sorted(pages, key=lambda p: p.url)


def _home(catalog: Catalog, r: _Resolver) -> HomePage:
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
    )


def _site_index(catalog: Catalog) -> SiteIndexPage:
    sites = catalog.public_sites
    labels = {level.name: level.label for level in catalog.vocab.site_levels}

    def node(site_id: str) -> TreeNode:
        site = sites[site_id]
        return TreeNode(
            link=site_link(catalog, site_id),
            level=labels.get(site.level, site.level),
            region=region_name(catalog, site.region),
            children=tuple(node(c) for c in catalog.children.get(site_id, [])),
            coverage=coverage(catalog, site),
        )

    roots = sorted(s.id for s in sites.values() if not s.parent or s.parent not in sites)
    by_region: dict[str, list[Link]] = {}
    for site in sorted(sites.values(), key=lambda s: (s.region, s.id)):
        by_region.setdefault(region_name(catalog, site.region), []).append(
            site_link(catalog, site.id)
        )
    counts = [
        (labels[level.name], sum(1 for s in sites.values() if s.level == level.name))
        for level in catalog.vocab.site_levels
    ]
    return SiteIndexPage(
        url=SITES_URL,
        title="阵地",
        tree=tuple(node(root) for root in roots),
        levels=tuple((label, n) for label, n in counts if n),
        regions=tuple((name, tuple(links)) for name, links in by_region.items()),
    )


def _site_page(
    catalog: Catalog, r: _Resolver, site_id: str, quarter: str, place: SitePlace | None
) -> SitePage:
    site = catalog.public_sites[site_id]
    level = next(
        (lv.label for lv in catalog.vocab.site_levels if lv.name == site.level), site.level
    )
    activities = catalog.activities_by_site.get(site_id, [])
    parent = site.parent if site.parent in catalog.public_sites else None
    services = sorted(catalog.services_by_site.get(site_id, []), key=lambda s: s.id)
    current, earlier, more = r.recent(activities, quarter)
    return SitePage(
        url=f"{SITES_URL}{site_id}/",
        title=site.name,
        site=site,
        level_label=level,
        region=region_name(catalog, site.region),
        parent=r.site(parent) if parent else None,
        children=tuple(r.site(c) for c in catalog.children.get(site_id, [])),
        coverage=coverage(catalog, site),
        services=tuple(r.service(s) for s in services),
        teams=tuple(
            r.team(t.id) for t in sorted(catalog.teams_by_site.get(site_id, []), key=lambda t: t.id)
        ),
        current=current,
        earlier=earlier,
        honors=r.honors(catalog.honors_by_site.get(site_id, [])),
        quarter=quarter,
        place=place,
        more=more,
    )


def _team_index(catalog: Catalog, r: _Resolver) -> TeamIndexPage:
    groups = []
    for site_id in sorted(catalog.teams_by_site):
        if site_id not in catalog.public_sites:
            continue
        teams = sorted(catalog.teams_by_site[site_id], key=lambda t: t.id)
        groups.append((r.site(site_id), tuple(r.team(t.id) for t in teams)))
    return TeamIndexPage(url=TEAMS_URL, title="志愿服务队", groups=tuple(groups))


def _month_count(link: Link, activities: list[Activity]) -> MonthCount:
    return MonthCount(
        link=link,
        activities=len(activities),
        sessions=total(a.sessions for a in activities),
        attendance=total(a.attendance for a in activities),
    )


def _activity_pages(catalog: Catalog, r: _Resolver) -> list[Page]:
    """Month lists (every activity once, as a compact anchored row), quarters, types, index.

    Each page stays small whatever a county records: a quarter only counts and links,
    a type page lists its latest quarter and links to its sections on the month lists.
    """
    order = {t: i for i, t in enumerate(catalog.vocab.activity_types)}

    def by_type(activities: Iterable[Activity]) -> dict[str, list[Activity]]:
        groups: dict[str, list[Activity]] = {}
        for activity in activities:
            groups.setdefault(activity.type, []).append(activity)
        return {t: groups[t] for t in sorted(groups, key=lambda t: (order.get(t, len(order)), t))}

    def section(month: str, activity_type: str) -> Link:
        return Link(month_label(month), f"{activity_month_url(month)}#{type_anchor(activity_type)}")

    pages: list[Page] = []
    months: dict[str, dict[str, list[Activity]]] = {}  # month → type → activities
    for month, activities in _group(catalog.public_activities.values(), month_of).items():
        months[month] = by_type(activities)
        pages.append(
            ActivityMonthPage(
                url=activity_month_url(month),
                title=f"{month_label(month)}活动",
                quarter=Link(
                    f"{quarter_label(quarter_of(activities[0].date))}活动",
                    activity_quarter_url(quarter_of(activities[0].date)),
                ),
                sessions=total(a.sessions for a in activities),
                attendance=total(a.attendance for a in activities),
                groups=tuple(
                    (Link(t, activity_type_url(t)), r.activities(items))
                    for t, items in months[month].items()
                ),
            )
        )
    quarters = list(reversed(catalog.quarters))
    for q in quarters:
        in_quarter = sorted(m for m in months if quarter_of(_first_day(m)) == q)
        activities = catalog.activities_by_quarter.get(q, [])
        pages.append(
            ActivityQuarterPage(
                url=activity_quarter_url(q),
                title=f"{quarter_label(q)}活动",
                activities=len(activities),
                sessions=total(a.sessions for a in activities),
                attendance=total(a.attendance for a in activities),
                months=tuple(
                    _month_count(
                        Link(month_label(m), activity_month_url(m)),
                        [a for items in months[m].values() for a in items],
                    )
                    for m in in_quarter
                ),
                types=tuple(
                    (
                        Link(t, activity_type_url(t)),
                        len(items),
                        tuple(section(m, t) for m in in_quarter if t in months[m]),
                    )
                    for t, items in by_type(activities).items()
                ),
            )
        )
    all_types = by_type(catalog.public_activities.values())
    for name, activities in all_types.items():
        per_quarter = _group(activities, quarter_of)
        latest = max(per_quarter)
        pages.append(
            ActivityTypePage(
                url=activity_type_url(name),
                title=name,
                activities=len(activities),
                sessions=total(a.sessions for a in activities),
                attendance=total(a.attendance for a in activities),
                latest=latest,
                items=r.activities(per_quarter[latest]),
                earlier=tuple(
                    (
                        q,
                        tuple(
                            _month_count(section(m, name), items)
                            for m, items in sorted(_group(per_quarter[q], month_of).items())
                        ),
                    )
                    for q in sorted(per_quarter, reverse=True)
                    if q != latest
                ),
            )
        )
    pages.append(
        ActivityIndexPage(
            url=ACTIVITIES_URL,
            title="活动",
            quarters=tuple(
                (Link(quarter_label(q), activity_quarter_url(q)), quarter_figures(catalog, q))
                for q in quarters
            ),
            types=tuple(
                (Link(t, activity_type_url(t)), len(all_types[t]))
                for t in catalog.vocab.activity_types
                if t in all_types
            ),
        )
    )
    return pages


def _group(activities: Iterable[Activity], key: Callable[[date], str]) -> dict[str, list[Activity]]:
    """Activities grouped by `key` of their start date, each group oldest first."""
    groups: dict[str, list[Activity]] = {}
    for activity in sorted(activities, key=lambda a: (a.date, a.id)):
        groups.setdefault(key(activity.date), []).append(activity)
    return groups


def _first_day(month: str) -> date:
    year, number = month.split("-")
    return date(int(year), int(number), 1)


def _honor_pages(catalog: Catalog, r: _Resolver) -> list[Page]:
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
                url=honor_category_url(c), title=c, kind="category", groups=groups, printable=False
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
        )
    )
    return pages


def _bulletin_pages(catalog: Catalog, r: _Resolver) -> list[Page]:
    pages: list[Page] = []
    editions = []
    for q in reversed(catalog.quarters):
        bulletin = catalog.public_bulletins.get(q)
        title = bulletin.title if bulletin else f"{quarter_label(q)}简报"
        text = bulletin.text if bulletin else ""
        highlights = tuple(
            (h, _activity_link(catalog, h.activity))
            for h in (bulletin.highlights if bulletin else [])
        )
        paragraphs = tuple(p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip())
        pages.append(
            BulletinPage(
                url=bulletin_url(q),
                title=title,
                quarter=q,
                published=catalog.editions[q].published if q in catalog.editions else None,
                changes=edition_changes(catalog, q),
                bulletin=bulletin,
                paragraphs=paragraphs,
                highlights=highlights,
                figures=quarter_figures(catalog, q),
                honors=r.honors(catalog.honors_by_quarter.get(q, [])),
                activities=Link(f"{quarter_label(q)}活动", activity_quarter_url(q)),
                roll=(
                    Link(f"{quarter_label(q)}光荣榜", honor_quarter_url(q))
                    if catalog.honors_by_quarter.get(q)
                    else None
                ),
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


def edition_date(catalog: Catalog) -> date | None:
    """The latest day any public record speaks of: the edition's date, stable between builds."""
    days: list[date] = []
    for activity in catalog.public_activities.values():
        days.append(activity.end_date or activity.date)
    days += [h.date for h in catalog.public_honors.values()]
    records: list[Any] = [
        *catalog.public_sites.values(),
        *catalog.public_teams.values(),
        *catalog.public_services.values(),
        *catalog.public_activities.values(),
        *catalog.public_honors.values(),
        *catalog.public_bulletins.values(),
    ]
    days += [c.date for record in records for c in record.corrections]
    return max(days, default=None)
