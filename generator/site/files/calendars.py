"""Calendars: the activities as iCalendar (RFC 5545) subscriptions, for the county and each site.

A phone's calendar app subscribes to `calendars/county.ics` or a site's
`calendars/sites/<id>.ics` (linked as webcal: and https: from 活动预告, the home page
and the site's page) and shows what is announced. The files are written by the
`icalendar` library, never by string formatting: it folds long lines and escapes
commas, semicolons and new lines in the record's text, which is only ever a property
value. What goes in is `Catalog.calendar_activities`: held activities (已举办, up to
today as everywhere) and those announced ahead (预告) or called off (已取消, kept as
STATUS:CANCELLED so a subscribed phone strikes the event out rather than losing it).

Each event is written once, for the county's calendar and its sites' alike, and kept in
`pieces` by the digest of everything it is written from (site/reuse.py), so a rebuild
writes only the events whose record changed. A calendar is its head (properties and
VTIMEZONE) followed by its events' lines, as `Calendar.to_ical` joins them.

Everything is deterministic: each UID is the activity's id at a domain taken from
`site_url`, DTSTAMP is the record's own last day (its latest correction, else its
date), never the clock, and events come in id order. Times are Beijing time
(TZID=Asia/Shanghai with its VTIMEZONE, from zoneinfo); an activity without a time is
an all-day event. Only public fields are used: an activity's title, type, summary,
place and teams, and its sites' names and addresses.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from urllib.parse import urlsplit

from icalendar import Calendar, Event, Timezone

from ...check.catalog import Catalog
from ...records.chronicle import Activity
from ...records.quarter import SHANGHAI
from ..reuse import Pieces, digest
from ..urls import calendar_path, site_url

TZID = "Asia/Shanghai"
FALLBACK_DOMAIN = "wenming.invalid"
"""The UIDs' domain when mkdocs.yml has no site_url (`.invalid`: never a real host)."""
STATUS = {"预告": "CONFIRMED", "已举办": "CONFIRMED", "已取消": "CANCELLED"}
_END = b"END:VCALENDAR\r\n"


def uid_domain(base_url: str) -> str:
    """The host of the site's address: the UIDs' fixed domain (RFC 5545 3.8.4.7)."""
    return (urlsplit(base_url).hostname or "").lower() or FALLBACK_DOMAIN


def calendar_files(
    catalog: Catalog, base_url: str = "", pieces: Pieces | None = None
) -> dict[str, bytes]:
    """Path under the site root → the iCalendar file: the county's, and every public
    site's (an empty calendar too, so a subscription made today keeps working)."""
    pieces = pieces if pieces is not None else Pieces()
    activities = list(catalog.calendar_activities.values())
    events = {a.id: _event_lines(catalog, a, base_url, pieces) for a in activities}
    name = catalog.publisher.name
    files = {calendar_path(): _calendar(activities, events, f"{name}·活动预告", pieces)}
    mine: dict[str, list[Activity]] = {}
    for activity in activities:  # in order, once each: not every activity for every site
        for site_id in dict.fromkeys(activity.sites):
            mine.setdefault(site_id, []).append(activity)
    for site_id, site in sorted(catalog.public_sites.items()):
        title = f"{site.name}·活动预告"
        files[calendar_path(site_id)] = _calendar(mine.get(site_id, []), events, title, pieces)
    return files


def _calendar(
    activities: list[Activity], events: dict[str, bytes], title: str, pieces: Pieces
) -> bytes:
    timed = [a for a in activities if a.start_time is not None]
    span = None
    if timed:
        first = min(a.date for a in timed)
        span = first, max(a.end_date or a.date for a in timed) + timedelta(days=1)
    key = digest("calendar", title, span, _zone())
    head = pieces.get(key, lambda: _head(title, span))
    return head + b"".join(events[a.id] for a in activities) + _END


@cache
def _zone() -> bytes:
    """Asia/Shanghai's whole VTIMEZONE: a head is reused only with the same zone data."""
    far = Timezone.from_tzid(TZID, first_date=date(1900, 1, 1), last_date=date(2100, 1, 1))
    return bytes(far.to_ical())


def _head(title: str, span: tuple[date, date] | None) -> bytes:
    """The calendar's lines up to its first event."""
    calendar = Calendar()
    calendar.add("prodid", "-//wenming//活动预告//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title)
    calendar.add("x-wr-timezone", TZID)
    if span is not None:
        calendar.add_component(Timezone.from_tzid(TZID, first_date=span[0], last_date=span[1]))
    lines = bytes(calendar.to_ical())
    assert lines.endswith(_END)
    return lines.removesuffix(_END)


def _event_lines(catalog: Catalog, activity: Activity, base_url: str, pieces: Pieces) -> bytes:
    """The event's lines, from its record, its sites' and teams' public names and addresses
    and the site's address: what `_event` reads."""
    sites = [catalog.public_sites[s] for s in activity.sites if s in catalog.public_sites]
    where = tuple((s.id, s.name, s.address) for s in sites)
    teams = tuple(catalog.public_teams[t].name for t in activity.teams if t in catalog.public_teams)
    key = digest("event", activity, where, teams, base_url)
    return pieces.get(key, lambda: bytes(_event(catalog, activity, base_url).to_ical()))


def _event(catalog: Catalog, activity: Activity, base_url: str) -> Event:
    event = Event()
    event.add("uid", f"{activity.id}@{uid_domain(base_url)}")
    event.add("dtstamp", _stamp(activity))
    start, end = _span(activity)
    event.add("dtstart", start)
    if end is not None:
        event.add("dtend", end)
    days = ((activity.end_date or activity.date) - activity.date).days + 1
    if activity.start_time is not None and days > 1:
        # 12月10日至11日 07:05—08:00 is that hour on each day, as the page says (每天).
        event.add("rrule", {"freq": "daily", "count": days})
    cancelled = activity.status == "已取消"
    event.add("summary", f"已取消：{activity.title}" if cancelled else activity.title)
    event.add("status", STATUS[activity.status])
    event.add("sequence", len(activity.corrections) + (1 if cancelled else 0))
    event.add("categories", [activity.type])
    sites = [catalog.public_sites[s] for s in activity.sites if s in catalog.public_sites]
    where = activity.place or "、".join(s.name for s in sites)
    if len(sites) == 1:
        where = (
            f"{where}（{sites[0].address}）" if activity.place else f"{where} {sites[0].address}"
        )
    event.add("location", where)
    teams = [catalog.public_teams[t].name for t in activity.teams if t in catalog.public_teams]
    lines = [activity.summary, f"类型：{activity.type}"]
    if teams:
        lines.append(f"服务队：{'、'.join(teams)}")
    if sites and base_url.startswith("https://"):
        page = base_url + site_url(sites[0].id)
        lines.append(f"详情：{page}")
        event.add("url", page)
    event.add("description", "\n".join(lines))
    return event


def _span(activity: Activity) -> tuple[date | datetime, date | datetime | None]:
    """DTSTART and DTEND: Beijing times of the first day (repeated daily over several
    days), or whole days (DTEND the day after the last)."""
    last = activity.end_date or activity.date
    if activity.start_time is None:
        return activity.date, last + timedelta(days=1)
    start = datetime.combine(activity.date, activity.start_time, SHANGHAI)
    if activity.end_time is not None:
        return start, datetime.combine(activity.date, activity.end_time, SHANGHAI)
    return start, None  # a moment: RFC 5545 needs no DTEND


def _stamp(activity: Activity) -> datetime:
    """The record's own last day, midnight Beijing time, in UTC: changes with the record only."""
    day = max([activity.date, *(c.date for c in activity.corrections)])
    return datetime.combine(day, time(0), SHANGHAI).astimezone(UTC)
