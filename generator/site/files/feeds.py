"""Feeds: Atom and RSS 2.0 for the quarterly bulletins and the honour rolls.

Entry ids are UUIDs derived from the publisher's name and the page's address, so
they never change from one build to the next; the dates are the edition's date
(or the last record's, while a quarter is in progress), never the build time.
Withdrawn honours and drafts are not in the catalog's public views, so not here.

Every link is absolute, from the site's `site_url`: a feed reader fetches the feed
from its own server and resolves nothing against the site (a relative link was a 404).
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time
from email.utils import format_datetime

from ...check.catalog import Catalog
from ...records.quarter import SHANGHAI, quarter_bounds, quarter_label
from ..formats import paragraphs
from ..urls import BULLETINS_URL, HONORS_URL, bulletin_url, feed_path, honor_quarter_url

ATOM = "http://www.w3.org/2005/Atom"
FEEDS = {"bulletins": "简报", "honors": "光荣榜"}
INDEX = {"bulletins": BULLETINS_URL, "honors": HONORS_URL}


@dataclass(frozen=True)
class Entry:
    key: str
    title: str
    url: str
    day: date
    summary: str


def feed_id(catalog: Catalog, key: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"wenming:{catalog.publisher.name}:{key}").urn


def quarter_day(catalog: Catalog, quarter: str) -> date:
    """The date that stands for a quarter: its edition's, else its last record's."""
    edition = catalog.editions.get(quarter)
    if edition is not None:
        return edition.published
    days = [a.date for a in catalog.activities_by_quarter.get(quarter, [])]
    days += [h.date for h in catalog.honors_by_quarter.get(quarter, [])]
    return max(days, default=quarter_bounds(quarter)[0])


def entries(catalog: Catalog, kind: str) -> list[Entry]:
    """Newest first."""
    found: list[Entry] = []
    if kind == "bulletins":
        for quarter, bulletin in catalog.public_bulletins.items():
            summary = next(iter(paragraphs(bulletin.text)), "")
            found.append(
                Entry(
                    f"bulletin/{quarter}",
                    bulletin.title,
                    bulletin_url(quarter),
                    quarter_day(catalog, quarter),
                    summary,
                )
            )
    else:
        for quarter, honors in catalog.honors_by_quarter.items():
            names = "、".join(f"{h.name}（{h.category}）" for h in honors)
            title = f"{quarter_label(quarter)}光荣榜"
            found.append(
                Entry(
                    f"honors/{quarter}",
                    title,
                    honor_quarter_url(quarter),
                    quarter_day(catalog, quarter),
                    names,
                )
            )
    return sorted(found, key=lambda e: (e.day, e.key), reverse=True)


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), SHANGHAI)


def atom(catalog: Catalog, kind: str, base_url: str) -> bytes:
    """An Atom 1.0 feed; `base_url` (the site's "https://…/") starts every link."""
    ET.register_namespace("", ATOM)
    items = entries(catalog, kind)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = feed_id(catalog, f"feed/{kind}")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"{catalog.publisher.name} · {FEEDS[kind]}"
    newest = items[0].day if items else date(2000, 1, 1)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(newest).isoformat()
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = catalog.publisher.name
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base_url + feed_path(kind, "atom"), rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base_url + INDEX[kind], rel="alternate")
    for item in items:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = feed_id(catalog, item.key)
        ET.SubElement(entry, f"{{{ATOM}}}title").text = item.title
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(item.day).isoformat()
        ET.SubElement(entry, f"{{{ATOM}}}link", href=base_url + item.url, rel="alternate")
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = item.summary
    return _bytes(feed)


def rss(catalog: Catalog, kind: str, base_url: str) -> bytes:
    """The same entries as RSS 2.0, for readers that know only RSS."""
    items = entries(catalog, kind)
    ET.register_namespace("atom", ATOM)
    root = ET.Element("rss", version="2.0")
    channel = ET.SubElement(root, "channel")
    ET.SubElement(channel, "title").text = f"{catalog.publisher.name} · {FEEDS[kind]}"
    ET.SubElement(channel, "link").text = base_url + INDEX[kind]
    ET.SubElement(channel, f"{{{ATOM}}}link", href=base_url + feed_path(kind, "rss"), rel="self")
    ET.SubElement(channel, "description").text = f"{catalog.publisher.name}的{FEEDS[kind]}"
    ET.SubElement(channel, "language").text = "zh-CN"
    for item in items:
        node = ET.SubElement(channel, "item")
        ET.SubElement(node, "title").text = item.title
        ET.SubElement(node, "link").text = base_url + item.url
        ET.SubElement(node, "guid", isPermaLink="false").text = feed_id(catalog, item.key)
        ET.SubElement(node, "pubDate").text = format_datetime(_stamp(item.day))
        ET.SubElement(node, "description").text = item.summary
    return _bytes(root)


def _bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return text + b"\n"


def feed_files(catalog: Catalog, base_url: str = "") -> dict[str, bytes]:
    """Path under the site root → feed bytes."""
    files = {}
    for kind in FEEDS:
        files[feed_path(kind, "atom")] = atom(catalog, kind, base_url)
        files[feed_path(kind, "rss")] = rss(catalog, kind, base_url)
    return files
