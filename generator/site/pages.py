"""Page models: what each page of the site shows.

One frozen dataclass per page kind holds the records that page shows, already
resolved (links carry their target URL, made by urls.py), so a template only formats.

Page count grows with sites, teams, quarters and categories, never with
activities: an activity is listed on the pages it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from ..records.fields import Count
from .map.links import AppLink
from ..records.models import Activity, Bulletin, Highlight, Honor, Publisher, Service, Site, Team

# --- resolved pieces ------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A piece of record text that leads to a page of the site."""

    text: str
    url: str


@dataclass(frozen=True)
class Figures:
    """A quarter's (or all time's) figures, computed from the records."""

    sites: int
    teams: int
    activities: int
    sessions: Count
    attendance: Count
    honors: int


@dataclass(frozen=True)
class ActivityItem:
    activity: Activity
    quarter: str
    sites: tuple[Link, ...]
    teams: tuple[Link, ...]
    type_link: Link


@dataclass(frozen=True)
class HonorItem:
    """An honour as shown: `minor` entries show only name, school and grade."""

    honor: Honor
    minor: bool
    site: Link | None
    roll: Link
    category: Link
    status: str
    """As the public sees it on the build day: 公示中, 公示期满（待认定） or 已认定."""


@dataclass(frozen=True)
class ServiceItem:
    service: Service
    sites: tuple[Link, ...]
    teams: tuple[Link, ...]
    satisfaction: str
    """The latest quarter's 满意率, e.g. `98.5%`, or empty when nothing was rated."""


@dataclass(frozen=True)
class TreeNode:
    """One site in the directory tree, with its children and coverage."""

    link: Link
    level: str
    region: str
    children: tuple[TreeNode, ...]
    coverage: str
    """`12/13 覆盖率92.3%` when the site declares a coverage target, else empty."""


@dataclass(frozen=True)
class Table:
    """A statistics table; `rows` are (label, value) with an optional link."""

    title: str
    head: tuple[str, str]
    rows: tuple[tuple[Link | str, str], ...]
    chart: str
    """The same figures as an inline SVG bar chart (already safe markup)."""


@dataclass(frozen=True)
class CorrectionItem:
    link: Link
    day: date
    reason: str


@dataclass(frozen=True)
class EditionChanges:
    previous: str | None
    """The quarter of the edition compared with, if any."""
    added: tuple[tuple[str, Link], ...]
    changed: tuple[tuple[str, Link], ...]
    corrections: tuple[CorrectionItem, ...]
    withdrawn: tuple[tuple[str, date], ...]
    """(category, date withdrawn) — never the name."""
    taken_down: tuple[CorrectionItem, ...] = ()
    """Activities withdrawn in the window: title (no link: the page is gone) and reason."""


@dataclass(frozen=True)
class Nearby:
    link: Link
    metres: int
    minutes: int


@dataclass(frozen=True)
class SitePlace:
    apps: tuple[AppLink, ...]
    nearby: tuple[Nearby, ...]
    radius: int
    minutes: int
    circle: Link | None
    map: Link


# --- pages ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """Base of every page: where it lives and its plain-text title."""

    template: ClassVar[str]
    scripts: ClassVar[tuple[str, ...]] = ()
    """Names of theme/assets/<name>.js files the page needs (loaded by theme/main.html)."""
    url: str
    title: str


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


@dataclass(frozen=True)
class SiteIndexPage(Page):
    template: ClassVar[str] = "site_index.html"
    tree: tuple[TreeNode, ...]
    levels: tuple[tuple[str, int], ...]
    regions: tuple[tuple[str, tuple[Link, ...]], ...]


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
    teams: tuple[Link, ...]
    current: tuple[ActivityItem, ...]
    earlier: tuple[ActivityItem, ...]
    """The latest `EARLIER_SHOWN` before this quarter; the month lists hold the rest."""
    honors: tuple[HonorItem, ...]
    quarter: str
    place: SitePlace | None = None
    """Map-app links and the 15-minute circle; None for a site without coordinates."""
    more: int = 0
    """Earlier activities not shown here."""


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
    current: tuple[ActivityItem, ...]
    earlier: tuple[ActivityItem, ...]
    """The latest `EARLIER_SHOWN` before this quarter; the month lists hold the rest."""
    more: int = 0
    """Earlier activities not shown here."""


@dataclass(frozen=True)
class ActivityIndexPage(Page):
    template: ClassVar[str] = "activity_index.html"
    quarters: tuple[tuple[Link, Figures], ...]
    types: tuple[tuple[Link, int], ...]


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


@dataclass(frozen=True)
class HonorIndexPage(Page):
    template: ClassVar[str] = "honor_index.html"
    quarters: tuple[tuple[Link, int], ...]
    categories: tuple[tuple[Link, int], ...]


@dataclass(frozen=True)
class HonorRollPage(Page):
    """The 光荣榜 of one quarter (groups by category) or one category (groups by quarter)."""

    template: ClassVar[str] = "honor_roll.html"
    kind: str
    groups: tuple[tuple[str, tuple[HonorItem, ...]], ...]
    printable: bool


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


@dataclass(frozen=True)
class BulletinIndexPage(Page):
    template: ClassVar[str] = "bulletin_index.html"
    editions: tuple[tuple[Link, str], ...]


@dataclass(frozen=True)
class StatsPage(Page):
    template: ClassVar[str] = "stats.html"
    tables: tuple[Table, ...]
