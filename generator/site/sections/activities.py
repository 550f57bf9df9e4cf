"""Activities (活动): month lists, quarters, types and the index.

Every activity is listed once with an anchor, on its month's list (`urls.activity_url`);
the other pages count and link, so none grows heavy whatever a county records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from ...check.catalog import Catalog
from ...records.chronicle import Activity
from ...records.count import Count
from ...records.quarter import month_label, month_of, quarter_label, quarter_of
from ..figures import quarter_figures
from ..numbers import total
from ..pages import ActivityItem, Figures, Link, Page
from ..urls import (
    ACTIVITIES_URL,
    activity_month_url,
    activity_quarter_url,
    activity_type_url,
    type_section_url,
)
from .resolve import Resolver


@dataclass(frozen=True)
class ActivityIndexPage(Page):
    template: ClassVar[str] = "activity_index.html"
    quarters: tuple[tuple[Link, Figures], ...]
    types: tuple[tuple[Link, int], ...]
    forms: tuple[tuple[str, str], ...] = ()
    """The 实践形式 with their meanings (vocabularies.yml), for the page's legend."""


@dataclass(frozen=True)
class MonthCount:
    """One month's share of a list: its link (a page, or a section of one) and figures."""

    link: Link
    activities: int
    sessions: Count
    attendance: Count


@dataclass(frozen=True)
class ActivityQuarterPage(Page):
    """A quarter at a glance: its months and types, each leading to the month lists."""

    template: ClassVar[str] = "activity_quarter.html"
    activities: int
    sessions: Count
    attendance: Count
    months: tuple[MonthCount, ...]
    types: tuple[tuple[Link, int, tuple[Link, ...]], ...]
    """(type page, activities this quarter, that type's sections on the month lists)."""


@dataclass(frozen=True)
class ActivityMonthPage(Page):
    """Every activity that started in one month, one compact anchored row each, by type.

    This is where links to one activity land (`activity_url`) and where search finds it.
    """

    template: ClassVar[str] = "activity_month.html"
    quarter: Link
    sessions: Count
    attendance: Count
    groups: tuple[tuple[Link, tuple[ActivityItem, ...]], ...]
    """(type page, that type's activities this month, newest first), in vocabulary order."""


@dataclass(frozen=True)
class ActivityTypePage(Page):
    """One activity type: its latest quarter's rows, then earlier quarters by month."""

    template: ClassVar[str] = "activity_type.html"
    activities: int
    sessions: Count
    attendance: Count
    latest: str
    """The latest quarter that has activities of this type."""
    items: tuple[ActivityItem, ...]
    earlier: tuple[tuple[str, tuple[MonthCount, ...]], ...]
    """(quarter, its months' sections of this type), newest first."""


def _month_count(link: Link, activities: list[Activity]) -> MonthCount:
    return MonthCount(
        link=link,
        activities=len(activities),
        sessions=total(a.sessions for a in activities),
        attendance=total(a.attendance for a in activities),
    )


def activity_pages(catalog: Catalog, r: Resolver) -> list[Page]:
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
        return Link(month_label(month), type_section_url(month, activity_type))

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
            forms=tuple(
                (form, meaning)
                for form in catalog.vocab.practice_forms
                if (meaning := catalog.vocab.practice_form_meanings.get(form))
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
