"""Figures computed from the records: a quarter's totals, coverage, and the statistics tables.

Nothing here is typed in by an editor: the site counts what the records say, so
a bulletin's figures always agree with the pages they summarise. Only public
records (the catalog's `public_*` views) are ever counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..check.catalog import Catalog
from ..check.staffing import staffed
from ..records.chronicle import Activity
from ..records.network import Site
from ..records.quarter import quarter_bounds, quarter_label
from .charts import bar_chart
from .numbers import cn_count, percent, total
from .pages import Figures, Link, Table
from .urls import activity_quarter_url, activity_type_url, site_url


def quarter_figures(catalog: Catalog, quarter: str) -> Figures:
    """Sites and teams existing at the quarter's end; activities and honours within it."""
    _, last = quarter_bounds(quarter)
    activities, training = served(catalog, catalog.activities_by_quarter.get(quarter, []))
    return Figures(
        sites=sum(
            1
            for s in catalog.public_sites.values()
            if s.established is None or s.established <= last
        ),
        teams=sum(
            1 for t in catalog.public_teams.values() if t.founded is None or t.founded <= last
        ),
        activities=len(activities),
        sessions=total(a.sessions for a in activities),
        attendance=total(a.attendance for a in activities),
        honors=len(catalog.honors_by_quarter.get(quarter, [])),
        training=len(training),
    )


def all_figures(catalog: Catalog) -> Figures:
    activities, training = served(catalog, catalog.public_activities.values())
    return Figures(
        sites=len(catalog.public_sites),
        teams=len(catalog.public_teams),
        activities=len(activities),
        sessions=total(a.sessions for a in activities),
        attendance=total(a.attendance for a in activities),
        honors=len(catalog.public_honors),
        training=len(training),
    )


def served(
    catalog: Catalog, activities: Iterable[Activity]
) -> tuple[list[Activity], list[Activity]]:
    """(services to residents, staff training): training is of a type in `training_types`."""
    kinds = set(catalog.vocab.training_types)
    both: tuple[list[Activity], list[Activity]] = ([], [])
    for activity in activities:
        both[activity.type in kinds].append(activity)
    return both


def staff_coverage(catalog: Catalog) -> tuple[str, ...]:
    """`8个所中8个有专职实践员`, for each level `staff_required` names, in level order."""
    lines = []
    for level in catalog.vocab.site_levels:
        role = catalog.vocab.staff_required.get(level.name)
        if role is None or role not in catalog.vocab.staff_roles:
            continue
        sites = [s for s in catalog.public_sites.values() if s.level == level.name]
        done = sum(1 for s in sites if staffed(s, catalog.vocab))
        if sites:
            lines.append(f"{len(sites)}个{level.name}中{done}个有{role}")
    return tuple(lines)


def coverage(catalog: Catalog, site: Site) -> str:
    """`应建13个，已建12个，覆盖率92.3%` for a site that declares how many children it should have.

    Target first, then what is built: once every one is built the line says
    `已全覆盖` instead of a rate, so 18 built of 13 never reads as `覆盖率100%`
    beside a larger count.
    """
    if site.coverage is None:
        return ""
    built = len(catalog.children.get(site.id, []))
    target = site.coverage.target
    note = f"（{site.coverage.note}）" if site.coverage.note else ""
    done = "已全覆盖" if built >= target else f"覆盖率{percent(built, target)}"
    return f"应建{target}个{note}，已建{built}个，{done}"


def level_beside(catalog: Catalog, site: Site, shown: str | None = None) -> str:
    """`shown` (else the short level name), the level put beside a site's name, or "" when the name already says it.

    `东山村新时代文明实践站` with the tag `站` (or `新时代文明实践站`) would read
    `…实践站站` in lists and search results; a name ending in its level's short
    name or label needs no tag.
    """
    words = [site.level] + [lv.label for lv in catalog.vocab.site_levels if lv.name == site.level]
    redundant = any(w and site.name.endswith(w) for w in words)
    return "" if redundant else (site.level if shown is None else shown)


def region_name(catalog: Catalog, code: str) -> str:
    region = catalog.regions.get(code)
    return region.name if region else code


def township_region(catalog: Catalog, code: str) -> str:
    """The township-level (9-digit) region a site is in, or its own region above that."""
    township = code[:9] if len(code) >= 9 else code
    return township if township in catalog.regions else code


def _township_label(catalog: Catalog, code: str) -> str:
    """A township's name; a county's own sites (its 中心) are said to be county-level."""
    name = region_name(catalog, code)
    return name if len(code) >= 9 else f"{name}（县级阵地）"


Row = tuple[Link | str, int, str]
"""One statistics row: label (linked when it has a page), value, value as shown."""


def _table(title: str, head: tuple[str, str], rows: list[Row]) -> Table:
    labels = [(label.text if isinstance(label, Link) else label) for label, _, _ in rows]
    return Table(
        title=title,
        head=head,
        rows=tuple((label, shown) for label, _, shown in rows),
        chart=bar_chart(
            title, [(text, v, s) for text, (_, v, s) in zip(labels, rows, strict=True)]
        ),
    )


def _counted(label: Link | str, value: int) -> Row:
    return (label, value, str(value))


def stats_tables(catalog: Catalog) -> tuple[Table, ...]:
    """Counts by region, level, activity type and quarter, in a stable order."""
    sites = catalog.public_sites.values()
    by_region = Counter(township_region(catalog, s.region) for s in sites)
    regions = sorted(by_region, key=lambda code: (-by_region[code], code))
    by_level = Counter(s.level for s in sites)
    by_type = Counter(a.type for a in served(catalog, catalog.public_activities.values())[0])
    types = sorted(by_type, key=lambda t: (-by_type[t], t))
    per_quarter = [
        (
            Link(quarter_label(q), activity_quarter_url(q)),
            served(catalog, catalog.activities_by_quarter.get(q, []))[0],
        )
        for q in catalog.quarters
    ]
    people = [(link, total(a.attendance for a in acts)) for link, acts in per_quarter]
    return (
        _table(
            "各乡镇（街道）阵地数",
            ("区划", "阵地数"),
            [_counted(_township_label(catalog, code), by_region[code]) for code in regions],
        ),
        _table(
            "各级阵地数",
            ("级别", "阵地数"),
            [
                _counted(level.name, by_level[level.name])
                for level in catalog.vocab.site_levels
                if by_level[level.name]
            ],
        ),
        _table(
            "各类活动数",
            ("活动类型", "活动数"),
            [_counted(Link(t, activity_type_url(t)), by_type[t]) for t in types],
        ),
        _table(
            "各季度活动数",
            ("季度", "活动数"),
            [_counted(link, len(acts)) for link, acts in per_quarter],
        ),
        _table(
            "各季度参与人次",
            ("季度", "人次"),
            [(link, count.value, cn_count(count)) for link, count in people],
        ),
    )


def site_link(catalog: Catalog, site_id: str) -> Link:
    return Link(catalog.sites[site_id].name, site_url(site_id))
