"""Page models and URL rules: what each page of the site shows, and where it lives.

One frozen dataclass per page kind holds the records that page shows, already
resolved (links carry their target URL), so a template only formats. Every URL
of the site is made by a function of this module and nowhere else; addresses are
public and must stay stable from one edition to the next.

Page count grows with sites, teams, quarters and categories, never with
activities: an activity is listed on the pages it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import ClassVar
from urllib.parse import quote

from ..records.count import Count
from .map.links import AppLink
from ..records.chronicle import Activity, Bulletin, Highlight, Honor
from ..records.network import Service, Site, Team
from ..records.registers import Publisher
from ..records.quarter import month_of

# --- URL rules ------------------------------------------------------------------------------
# URLs are directory URLs relative to the site root: "" is the home page, "sites/x/" a site.

_UNSAFE = re.compile(r"[^\w\-]+")


def slug(name: str) -> str:
    """A vocabulary name as one path segment: 义诊 → 义诊, 文艺演出/文化展演 → 文艺演出-文化展演."""
    return _UNSAFE.sub("-", name).strip("-") or "-"


def site_url(site_id: str) -> str:
    return f"sites/{site_id}/"


def team_url(team_id: str) -> str:
    return f"teams/{team_id}/"


def activity_quarter_url(quarter: str) -> str:
    return f"activities/{quarter}/"


def activity_month_url(month: str) -> str:
    """One month's activities (`2026-07`): a quarter's list is split so no page grows heavy."""
    return f"activities/{month}/"


def activity_type_url(activity_type: str) -> str:
    return f"activities/type/{slug(activity_type)}/"


def honor_quarter_url(quarter: str) -> str:
    return f"honors/{quarter}/"


def honor_category_url(category: str) -> str:
    return f"honors/category/{slug(category)}/"


def honor_anchor(honor_id: str) -> str:
    """Where one honour sits on its quarter's roll."""
    return f"h-{honor_id}"


def activity_anchor(activity_id: str) -> str:
    """Where one activity sits on its quarter's list."""
    return f"a-{activity_id}"


def activity_url(activity: Activity) -> str:
    """The one place an activity is listed with an anchor: its row on its month's list."""
    return f"{activity_month_url(month_of(activity.date))}#{activity_anchor(activity.id)}"


def type_anchor(activity_type: str) -> str:
    """Where one activity type's rows start on a month's list."""
    return f"t-{slug(activity_type)}"


def service_anchor(service_id: str) -> str:
    """Where one service sits on a site page's menu."""
    return f"s-{service_id}"


def bulletin_url(quarter: str) -> str:
    return f"bulletins/{quarter}/"


HOME_URL = ""
SITES_URL = "sites/"
TEAMS_URL = "teams/"
ACTIVITIES_URL = "activities/"
HONORS_URL = "honors/"
BULLETINS_URL = "bulletins/"
STATS_URL = "stats/"
MAP_URL = "map/"
CIRCLES_URL = "map/circles/"
MAP_DATA = "map/sites.json"
"""The public sites' WGS-84 points, read by the nearest-site button (theme/assets/nearest.js)."""


def map_region_anchor(region_code: str) -> str:
    """Where one county-level region's panel sits on the map page."""
    return f"r-{region_code}"


def circle_anchor(site_id: str) -> str:
    """Where one 15-minute circle, named after its highest-level site, sits on the circles page."""
    return f"c-{site_id}"


def src_uri(url: str) -> str:
    """The virtual Markdown file behind a URL: `sites/x/` → `sites/x/index.md`."""
    return f"{url}index.md"


def _relative(here: str, there: str) -> str:
    """The path from directory `here` to `there`, both site-relative ("" is the root).

    Pure string work on URL segments: posixpath.relpath asks the operating system for
    the working directory on every call, and a big site makes hundreds of thousands.
    """
    a = [part for part in here.split("/") if part]
    b = [part for part in there.split("/") if part]
    common = 0
    while common < len(a) and common < len(b) and a[common] == b[common]:
        common += 1
    parts = [".."] * (len(a) - common) + b[common:]
    return "/".join(parts) or "."


_LANDLINE = re.compile(r"^0(\d{2,3})-(\d{7,8})(?:-(\d{1,5}))?$")


def tel_url(phone: str) -> str:
    """A checked public phone (`parsers.parse_phone`) as a `tel:` link, RFC 3966.

    A landline is dialled in the global form, +86 and the area code without its 0,
    the form every phone dials from anywhere: `029-33210001-8001` →
    `tel:+86-29-33210001;ext=8001` (a dialler that does not know `;ext=` still dials the
    number, and the page shows the extension beside it). A hotline (12345) or a 400
    number has no global form and stays as it is dialled in China.
    """
    landline = _LANDLINE.match(phone)
    if landline is None:
        return f"tel:{phone}"
    area, number, extension = landline.groups()
    return f"tel:+86-{area}-{number}" + (f";ext={extension}" if extension else "")


def phone_text(phone: str) -> str:
    """How a phone is shown: `029-33210001-8001` → `029-33210001 转 8001`."""
    landline = _LANDLINE.match(phone)
    if landline is None or landline.group(3) is None:
        return phone
    return f"{phone.rsplit('-', 1)[0]} 转 {landline.group(3)}"


@lru_cache(maxsize=65536)
def relative_url(from_url: str, to_url: str) -> str:
    """A link from one page to another (with an optional #anchor), percent-encoded.

    Raw HTML blocks are not rewritten by MkDocs, so links are made relative here;
    that keeps the site working from any base path and from `file://`.
    """
    target, _, anchor = to_url.partition("#")
    path = _relative(from_url, target)
    path = "./" if path == "." else path + "/"
    link = quote(path, safe="/-._~")
    return f"{link}#{quote(anchor, safe='-._~')}" if anchor else link


def relative_file(from_url: str, path: str) -> str:
    """A link from a page to a file of the site (a download, a feed), percent-encoded."""
    return quote(_relative(from_url, path), safe="/-._~")


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
