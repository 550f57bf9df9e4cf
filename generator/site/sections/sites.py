"""The sites (阵地): the directory of every public site, and one page per site."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...check.catalog import Catalog
from ...check.staffing import staffed
from ...records.network import Site
from ..figures import coverage, level_beside, region_name, site_link, staff_coverage
from ..pages import ActivityItem, HonorItem, Link, Page, ServiceItem, SitePlace
from ..urls import SITES_URL, site_url
from .plans import Subscription, subscription, upcoming_at
from .points import points_links
from .resolve import Resolver


@dataclass(frozen=True)
class TreeNode:
    """One site in the directory tree, with its children and coverage."""

    link: Link
    level: str
    """The level's label shown beside the name; "" when the name ends with it."""
    region: str
    children: tuple[TreeNode, ...]
    coverage: str
    """`应建13个，已建12个，覆盖率92.3%` when the site declares a coverage target, else empty."""


@dataclass(frozen=True)
class SiteIndexPage(Page):
    template: ClassVar[str] = "site_index.html"
    tree: tuple[TreeNode, ...]
    levels: tuple[tuple[str, int], ...]
    regions: tuple[tuple[str, tuple[Link, ...]], ...]
    staffing: tuple[str, ...] = ()
    """Staff coverage, `8个所中8个有专职实践员`, per level `staff_required` names."""


@dataclass(frozen=True)
class Delivered:
    """The services a higher site (所, 中心) delivers to the sites under it."""

    site: Link
    """The providing site."""
    services: tuple[ServiceItem, ...]


@dataclass(frozen=True)
class SitePage(Page):
    template: ClassVar[str] = "site.html"
    site: Site
    level_label: str
    region: str
    parent: Link | None
    children: tuple[Link, ...]
    coverage: str
    services: tuple[ServiceItem, ...]
    """The site's own services."""
    delivered: tuple[Delivered, ...]
    """The services its 所 and 中心 deliver to it, nearest providing site first."""
    teams: tuple[Link, ...]
    current: tuple[ActivityItem, ...]
    earlier: tuple[ActivityItem, ...]
    """The latest `EARLIER_SHOWN` before this quarter; the month lists hold the rest."""
    honors: tuple[HonorItem, ...]
    quarter: str
    upcoming: tuple[ActivityItem, ...]
    """近期活动: its activities announced ahead (活动预告), soonest first."""
    calendar: Subscription
    place: SitePlace | None = None
    """Map-app links and the 15-minute circle; None for a site without coordinates."""
    more: int = 0
    """Earlier activities not shown here."""
    points: tuple[Link, ...] = ()
    """Its village's 积分公示 (红灰黑榜) and yearly review (sections/points.py)."""
    staff_missing: str = ""
    """The role its level requires (`staff_required`) when no one holds it, else ""."""


def site_index(catalog: Catalog) -> SiteIndexPage:
    sites = catalog.public_sites
    labels = {level.name: level.label for level in catalog.vocab.site_levels}

    def node(site_id: str) -> TreeNode:
        site = sites[site_id]
        return TreeNode(
            link=site_link(catalog, site_id),
            level=level_beside(catalog, site, labels.get(site.level, site.level)),
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
        staffing=staff_coverage(catalog),
    )


def ancestors(catalog: Catalog, site_id: str) -> list[str]:
    """The public sites above one, nearest first: its 所, then the 所's 中心, and so on.

    The chain stops at the first site that is not public (a draft is never linked) and
    never loops, whatever the records say.
    """
    chain: list[str] = []
    parent = catalog.public_sites[site_id].parent
    while parent and parent in catalog.public_sites and parent not in chain and parent != site_id:
        chain.append(parent)
        parent = catalog.public_sites[parent].parent
    return chain


def delivered(catalog: Catalog, r: Resolver, site_id: str) -> tuple[Delivered, ...]:
    """What residents at a site can order from the sites above it: each service once,
    under the nearest site that provides it, and never one the site itself provides."""
    seen = {s.id for s in catalog.services_by_site.get(site_id, [])}
    out: list[Delivered] = []
    for above in ancestors(catalog, site_id):
        services = sorted(
            (s for s in catalog.services_by_site.get(above, []) if s.id not in seen),
            key=lambda s: s.id,
        )
        seen.update(s.id for s in services)
        if services:
            out.append(Delivered(r.site(above), tuple(r.service(s) for s in services)))
    return tuple(out)


def site_page(
    catalog: Catalog,
    r: Resolver,
    site_id: str,
    quarter: str,
    place: SitePlace | None,
    base_url: str = "",
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
        url=site_url(site_id),
        title=site.name,
        site=site,
        level_label=level,
        region=region_name(catalog, site.region),
        parent=r.site(parent) if parent else None,
        children=tuple(r.site(c) for c in catalog.children.get(site_id, [])),
        coverage=coverage(catalog, site),
        services=tuple(r.service(s) for s in services),
        delivered=delivered(catalog, r, site_id),
        teams=tuple(
            r.team(t.id) for t in sorted(catalog.teams_by_site.get(site_id, []), key=lambda t: t.id)
        ),
        current=current,
        earlier=earlier,
        honors=r.honors(catalog.honors_by_site.get(site_id, [])),
        quarter=quarter,
        upcoming=upcoming_at(catalog, r, site_id),
        calendar=subscription(catalog, base_url, site_id),
        place=place,
        more=more,
        points=points_links(catalog, site_id),
        staff_missing=""
        if staffed(site, catalog.vocab) is not False
        else catalog.vocab.staff_required[site.level],
    )
