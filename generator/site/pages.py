"""Page models: the base `Page` and the resolved pieces that pages of several sections show.

One frozen dataclass per page kind holds the records that page shows, already
resolved (links carry their target URL, made by urls.py), so a template only formats.
Each section's own page models live with its assembly (sections/, map/page.py,
guide.py, datapage.py); what they share is here.

Page count grows with sites, teams, quarters and categories, never with
activities: an activity is listed on the pages it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..records.chronicle import Activity, Honor
from ..records.count import Count
from ..records.network import Service
from .map.links import AppLink

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
    training: int = 0
    """Staff training activities (`training_types`): counted apart, not in `activities`."""


@dataclass(frozen=True)
class ActivityItem:
    activity: Activity
    quarter: str
    sites: tuple[Link, ...]
    teams: tuple[Link, ...]
    type_link: Link
    form_meaning: str = ""
    """What its 实践形式 (讲, 评 …) means, from vocabularies.yml; "" when none is given."""


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
class Table:
    """A statistics table; `rows` are (label, value) with an optional link."""

    title: str
    head: tuple[str, str]
    rows: tuple[tuple[Link | str, str], ...]
    chart: str
    """The same figures as an inline SVG bar chart (already safe markup)."""


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
