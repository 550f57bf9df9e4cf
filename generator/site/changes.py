"""Changes: what an edition added, changed, corrected and withdrew since the one before.

A published edition is compared with the previous edition's manifest; the quarter in
progress is compared with the latest published one. Corrections are those dated in
the edition's window. A withdrawn honour is reported by its category and date only:
the edition must not repeat the personal details it has just taken down.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ..check.catalog import Catalog
from ..check.frozen import fingerprints
from ..records.kinds import TITLES
from ..records.registers import Fingerprint
from .pages import Link
from .urls import activity_url, bulletin_url, honor_url, service_url, site_url, team_url

_UNDATED = ("site", "team", "service")


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


def record_link(catalog: Catalog, kind: str, key: str) -> Link | None:
    """Where a public record is shown, or None if it is not public."""
    if kind == "site" and key in catalog.public_sites:
        return Link(catalog.sites[key].name, site_url(key))
    if kind == "team" and key in catalog.public_teams:
        return Link(catalog.teams[key].name, team_url(key))
    if kind == "service" and key in catalog.public_services:
        service = catalog.services[key]
        return Link(service.name, service_url(service))
    if kind == "activity" and key in catalog.public_activities:
        activity = catalog.activities[key]
        return Link(activity.title, activity_url(activity))
    if kind == "honor" and key in catalog.public_honors:
        honor = catalog.honors[key]
        return Link(f"{honor.name}（{honor.category}）", honor_url(honor))
    if kind == "bulletin" and key in catalog.public_bulletins:
        return Link(catalog.bulletins[key].title, bulletin_url(key))
    return None


def _window(catalog: Catalog, quarter: str) -> tuple[str | None, date | None, date | None]:
    earlier = [q for q in catalog.editions if q < quarter]
    previous = max(earlier) if earlier else None
    start = catalog.editions[previous].published if previous else None
    edition = catalog.editions.get(quarter)
    end = edition.published if edition else catalog.as_of
    return previous, start, end


def edition_changes(catalog: Catalog, quarter: str) -> EditionChanges:
    previous, start, end = _window(catalog, quarter)
    edition = catalog.editions.get(quarter)
    added, changed = [], []
    if previous is not None:
        # Only sites, teams and services are compared: the quarter in progress needs
        # their fingerprints alone, not those of every activity and honour.
        now: Mapping[str, Mapping[str, Fingerprint]] = (
            edition.records if edition else fingerprints(catalog, quarter, _UNDATED)
        )
        before = catalog.editions[previous].records
        for kind in _UNDATED:
            for key, fp in now.get(kind, {}).items():
                link = record_link(catalog, kind, key)
                if link is None:
                    continue
                old = before.get(kind, {}).get(key)
                if old is None:
                    added.append((TITLES[kind], link))
                elif old.hash != fp.hash:
                    changed.append((TITLES[kind], link))

    def in_window(day: date | None) -> bool:
        return day is not None and (start is None or day > start) and (end is None or day <= end)

    corrections = []
    for kind, key, correction in catalog.corrections:
        link = record_link(catalog, kind, key)
        if link is not None and in_window(correction.date):
            corrections.append(CorrectionItem(link, correction.date, correction.reason))
    withdrawn = sorted(
        (h.category, h.withdrawn)
        for h in catalog.honors.values()
        if h.status == "已撤销" and h.withdrawn is not None and in_window(h.withdrawn)
    )
    # A withdrawn activity says why in a correction of its withdrawal day (rules.py).
    taken_down = sorted(
        (
            CorrectionItem(Link(a.title, ""), c.date, c.reason)
            for a in catalog.activities.values()
            if a.withdrawn is not None and not a.draft and in_window(a.withdrawn)
            for c in a.corrections
            if c.date == a.withdrawn
        ),
        key=lambda c: (c.day, c.link.text, c.reason),
    )
    return EditionChanges(
        previous=previous,
        added=tuple(added),
        changed=tuple(changed),
        corrections=tuple(sorted(corrections, key=lambda c: (c.day, c.link.url))),
        withdrawn=tuple(withdrawn),
        taken_down=tuple(taken_down),
    )
