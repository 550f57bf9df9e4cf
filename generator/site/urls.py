"""URL and anchor rules: where every page, section and file of the site lives.

Every address of the site is made by a function or constant of this module and nowhere
else (templates reach them through the renderer's globals); addresses are public and
must stay stable from one edition to the next. URLs are directory URLs relative to the
site root: "" is the home page, "sites/x/" a site. A URL with an anchor is always made
by `anchored`, the one place a "#" is joined on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

from ..records.chronicle import Activity, Honor
from ..records.network import Service
from ..records.quarter import month_of, quarter_of

_UNSAFE = re.compile(r"[^\w\-]+")


def slug(name: str) -> str:
    """A vocabulary name as one path segment: 义诊 → 义诊, 文艺演出/文化展演 → 文艺演出-文化展演."""
    return _UNSAFE.sub("-", name).strip("-") or "-"


def anchored(url: str, anchor: str) -> str:
    """`url` with a fragment: the place `anchor` names on that page."""
    return f"{url}#{anchor}"


# --- the sections ---------------------------------------------------------------------------

HOME_URL = ""
SITES_URL = "sites/"
TEAMS_URL = "teams/"
ACTIVITIES_URL = "activities/"
HONORS_URL = "honors/"
BULLETINS_URL = "bulletins/"
STATS_URL = "stats/"
MAP_URL = "map/"
CIRCLES_URL = "map/circles/"
GUIDE_URL = "guide/"
POINTS_URL = "points/"
DATA_DIR = "data"
"""The open-data folder: the downloads, their schemas, and the data page (`DATA_URL`)."""
DATA_URL = f"{DATA_DIR}/"
FEEDS_DIR = "feeds"
PLANS_URL = f"{ACTIVITIES_URL}plans/"
"""活动预告: the activities announced ahead, soonest first."""
CALENDARS_DIR = "calendars"
MAP_DATA = "map/sites.json"
"""The public sites' WGS-84 points, read by the nearest-site button (theme/assets/nearest.js)."""


# --- record pages ---------------------------------------------------------------------------


def site_url(site_id: str) -> str:
    return f"{SITES_URL}{site_id}/"


def team_url(team_id: str) -> str:
    return f"{TEAMS_URL}{team_id}/"


def activity_quarter_url(quarter: str) -> str:
    return f"{ACTIVITIES_URL}{quarter}/"


def activity_month_url(month: str) -> str:
    """One month's activities (`2026-07`): a quarter's list is split so no page grows heavy."""
    return f"{ACTIVITIES_URL}{month}/"


def activity_type_url(activity_type: str) -> str:
    return f"{ACTIVITIES_URL}type/{slug(activity_type)}/"


def honor_quarter_url(quarter: str) -> str:
    return f"{HONORS_URL}{quarter}/"


def honor_notice_url(quarter: str, category: str) -> str:
    """The printable 公示 of one category's honours under notice in one quarter."""
    return f"{HONORS_URL}{quarter}/notice/{slug(category)}/"


def honor_category_url(category: str) -> str:
    return f"{HONORS_URL}category/{slug(category)}/"


def bulletin_url(quarter: str) -> str:
    return f"{BULLETINS_URL}{quarter}/"


def points_quarter_url(quarter: str, site_id: str) -> str:
    """One village's 红灰黑榜 of one quarter: its printable 积分公示."""
    return f"{POINTS_URL}{quarter}/{site_id}/"


def points_year_url(year: str, site_id: str) -> str:
    """One village's yearly review (年度考评) from its quarters: `points/2026-annual/x/`, not
    `points/2026-annual/x/`, which an engine sorting by path segment would put before 2026-Q3."""
    return f"{POINTS_URL}{year}-annual/{site_id}/"


def guide_record_url(kind: str) -> str:
    return f"{GUIDE_URL}{kind}/"


# --- anchors, and the URLs that land on them ------------------------------------------------


def honor_anchor(honor_id: str) -> str:
    """Where one honour sits on its quarter's roll."""
    return f"h-{honor_id}"


def activity_anchor(activity_id: str) -> str:
    """Where one activity sits on its month's list."""
    return f"a-{activity_id}"


def type_anchor(activity_type: str) -> str:
    """Where one activity type's rows start on a month's list."""
    return f"t-{slug(activity_type)}"


def service_anchor(service_id: str) -> str:
    """Where one service sits on a site page's menu."""
    return f"s-{service_id}"


def map_region_anchor(region_code: str) -> str:
    """Where one county-level region's panel sits on the map page."""
    return f"r-{region_code}"


def map_site_anchor(site_id: str) -> str:
    """Where one site's point sits on the map page (highlighted when the page lands on it)."""
    return f"p-{site_id}"


def circle_anchor(site_id: str) -> str:
    """Where one 15-minute circle, named after its highest-level site, sits on the circles page."""
    return f"c-{site_id}"


def activity_url(activity: Activity) -> str:
    """The one place an activity is listed with an anchor: its row on its month's list."""
    return anchored(activity_month_url(month_of(activity.date)), activity_anchor(activity.id))


def plan_url(activity: Activity) -> str:
    """Where an activity announced ahead (预告, 已取消) is listed: its card on 活动预告."""
    return anchored(PLANS_URL, activity_anchor(activity.id))


def honor_url(honor: Honor) -> str:
    """An honour's entry on its quarter's roll."""
    return anchored(honor_quarter_url(quarter_of(honor.date)), honor_anchor(honor.id))


def service_url(service: Service) -> str:
    """A service's entry on the menu of its first site."""
    return anchored(site_url(service.sites[0]), service_anchor(service.id))


def type_section_url(month: str, activity_type: str) -> str:
    """Where one type's rows start on a month's list."""
    return anchored(activity_month_url(month), type_anchor(activity_type))


def circle_url(site_id: str) -> str:
    """The circle named after `site_id`, on the circles page."""
    return anchored(CIRCLES_URL, circle_anchor(site_id))


def map_region_url(region_code: str) -> str:
    """One county-level region's panel on the map page."""
    return anchored(MAP_URL, map_region_anchor(region_code))


def map_site_url(site_id: str) -> str:
    """One site's point on the map page: "在实践地图上查看" on its page lands there."""
    return anchored(MAP_URL, map_site_anchor(site_id))


# --- files ----------------------------------------------------------------------------------


def src_uri(url: str) -> str:
    """The virtual Markdown file behind a URL: `sites/x/` → `sites/x/index.md`."""
    return f"{url}index.md"


def html_file(url: str) -> str:
    """The built file that serves a URL: `sites/x/` → `sites/x/index.html`."""
    return f"{url}index.html"


def data_path(scope: str, kind: str, ext: str) -> str:
    """One download: `data/2026-Q3/sites.csv`; `scope` is a quarter or `all`."""
    return f"{DATA_DIR}/{scope}/{kind}.{ext}"


def schema_path(kind: str) -> str:
    """The JSON Schema of one download's rows: `data/schema/sites.schema.json`."""
    return f"{DATA_DIR}/schema/{kind}.schema.json"


def feed_path(kind: str, form: str) -> str:
    """One feed: `feeds/bulletins.atom.xml`; `form` is `atom` or `rss`."""
    return f"{FEEDS_DIR}/{kind}.{form}.xml"


def calendar_path(site_id: str | None = None) -> str:
    """A calendar subscription (iCalendar): the county's `calendars/county.ics`, or one
    site's `calendars/sites/<id>.ics`."""
    return f"{CALENDARS_DIR}/sites/{site_id}.ics" if site_id else f"{CALENDARS_DIR}/county.ics"


def webcal_url(base_url: str, path: str) -> str:
    """`webcal://host/…` for a file of the site: what a phone opens in its calendar app to
    subscribe. Only from the site's own https address; "" without one (no site_url)."""
    if not base_url.startswith("https://"):
        return ""
    return "webcal://" + base_url.removeprefix("https://") + quote(path, safe="/-._~")


# --- links between pages --------------------------------------------------------------------


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
