"""Frozen editions: the fingerprints of published records, and what may change after.

`wenming publish` (publish/edition.py) fingerprints every public record into
`content/editions/<季度>.yml`. From then on `check` compares the records of that quarter
with their fingerprints: a change is accepted only when the record carries a new
correction (更正), and an honour may always be withdrawn. The fingerprint ignores
formatting and comments, since it is computed from the typed record, not from the
file's bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from ..records.base import Record
from ..records.chronicle import Honor
from ..records.quarter import quarter_of
from ..records.registers import Edition, Fingerprint
from ..report import messages
from ..report.problems import Problem
from .catalog import KINDS
from .crosscheck import KEYED, record_key
from .entry import Entry

if TYPE_CHECKING:
    from .catalog import Catalog

DATED = ("activity", "honor", "bulletin", "points")
# Kinds added after editions were first published: an edition that does not list one
# (made before the kind existed) froze none of its records.
NEWER = frozenset({"points"})


# Not part of what was published: corrections are counted apart, `private` is never
# shown, so editing an internal contact of a frozen record is no public change; nor is
# editing a staff member's private block (a site's `staff[].private`).
_UNPUBLISHED: dict[str, Any] = {
    "corrections": True,
    "private": True,
    "staff": {"__all__": {"private"}},
}


def fingerprint(record: Record) -> Fingerprint:
    """The first 16 hex digits of the SHA-256 of the record's public fields.

    Fields left at their defaults are left out, so a new optional field in a later
    version of the models does not make every published record look changed.
    """
    # A record with private blocks deeper down (积分: one per person) says which itself.
    exclude = getattr(record, "UNPUBLISHED", _UNPUBLISHED)
    data = record.model_dump(mode="json", exclude=exclude, exclude_defaults=True)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    corrections = len(getattr(record, "corrections", []))
    return Fingerprint(hash=hashlib.sha256(text.encode()).hexdigest()[:16], corrections=corrections)


def record_quarter(kind: str, record: Any) -> str | None:
    """The quarter a dated record belongs to; None for sites, teams and services."""
    if kind in ("bulletin", "points"):
        return str(record.quarter)
    if kind in ("activity", "honor"):
        return quarter_of(record.date)
    return None


def fingerprints(
    catalog: Catalog, quarter: str, kinds: tuple[str, ...] = KINDS
) -> dict[str, dict[str, Fingerprint]]:
    """The records an edition contains (of `kinds`), fingerprinted, in id order.

    Sites, teams and services as they stand; activities, honours and the bulletin of
    `quarter` only (earlier quarters are frozen in their own editions).
    """
    out: dict[str, dict[str, Fingerprint]] = {}
    for kind in kinds:
        found = {}
        for key, record in sorted(catalog.records(kind).items()):
            belongs = record_quarter(kind, record)
            if record.draft or (belongs is not None and belongs != quarter):
                continue
            found[key] = fingerprint(record)
        out[kind] = found
    return out


def check_frozen(entries: Sequence[Entry], editions: Sequence[Entry]) -> list[Problem]:
    """Changes to records of published quarters that are not recorded as corrections.

    A published record may be corrected (a new correction, dated on or after the
    edition's publication), withdrawn (an honour's status, an activity's `withdrawn`),
    never deleted, never turned back into a draft.
    """
    problems: list[Problem] = []
    # A record with mistakes of its own is not compared: its error says what to fix,
    # and a fingerprint of half a record would only add a second, wrong one.
    current = {
        (e.kind, record_key(e)): e
        for e in entries
        if e.knows("id", "quarter", *KEYED.get(e.kind, ()))
    }
    for edition_entry in editions:
        edition: Edition = edition_entry.record
        for kind in DATED:
            if kind in NEWER and kind not in edition.records:
                continue
            published = edition.records.get(kind, {})
            for key, fp in published.items():
                entry = current.get((kind, key))
                if entry is None:
                    problems.append(_deleted(edition_entry, kind, key))
                elif entry.complete:
                    problems += _published_problems(entry, fp, edition)
            for (kind_, key), entry in current.items():
                if kind_ != kind or key in published or not entry.complete or entry.record.draft:
                    continue
                if record_quarter(kind, entry.record) != edition.quarter:
                    continue
                if not entry.record.corrections:
                    problems.append(_at_record(entry, "frozen_added", edition.quarter))
                problems += _early_corrections(entry, 0, edition)
    return problems


_DRAFT_HOW = {
    "honor": "frozen_draft_honor",
    "activity": "frozen_draft_activity",
    "bulletin": "frozen_draft_bulletin",
    "points": "frozen_draft_points",
}


def _published_problems(entry: Entry, fp: Fingerprint, edition: Edition) -> list[Problem]:
    record = entry.record
    if record.draft:
        how = messages.say(_DRAFT_HOW[entry.kind])
        return [
            entry.problem(("draft",), "frozen_draft", on_key=True, quarter=edition.quarter, how=how)
        ]
    problems = []
    if _changed_silently(record, fp):
        problems.append(_at_record(entry, "frozen_changed", edition.quarter))
    return problems + _early_corrections(entry, fp.corrections, edition)


def _early_corrections(entry: Entry, allowed: int, edition: Edition) -> list[Problem]:
    """Corrections dated before the edition was published, past the `allowed` it had then."""
    early = sorted(
        (c.date, i) for i, c in enumerate(entry.record.corrections) if c.date < edition.published
    )
    return [
        entry.problem(
            ("corrections", i, "date"),
            "correction_before_edition",
            day=day.isoformat(),
            quarter=edition.quarter,
            published=edition.published.isoformat(),
        )
        for day, i in early[allowed:]
    ]


def _deleted(edition_entry: Entry, kind: str, key: str) -> Problem:
    edition: Edition = edition_entry.record
    line, col = edition_entry.loaded.positions.of(("records", kind, key), key=True)
    path = edition_entry.loaded.path
    return Problem.at(
        path, line, col, f"records.{kind}", "frozen_deleted", id=key, quarter=edition.quarter
    )


def _changed_silently(record: Any, fp: Fingerprint) -> bool:
    if fingerprint(record).hash == fp.hash:
        return False
    if isinstance(record, Honor) and record.status == "已撤销":
        return False  # withdrawal is always allowed, at once, outside the quarterly cycle
    return len(record.corrections) <= fp.corrections


def _at_record(entry: Entry, kind: str, quarter: str) -> Problem:
    loc = ("corrections",) if entry.record.corrections else ()
    line, col = entry.loaded.positions.of(loc, key=True)
    # Under `corrections` even when the record has none yet: that is where the fix goes.
    return Problem.at(entry.loaded.path, line, col, "corrections（更正）", kind, quarter=quarter)


def check_editions(editions: Sequence[Entry]) -> list[Problem]:
    """Each manifest is named after its quarter."""
    problems = []
    for entry in editions:
        stem = PurePosixPath(entry.loaded.path).stem
        if entry.record.quarter != stem:
            value = entry.record.quarter
            problems.append(entry.problem(("quarter",), "quarter_mismatch", value=value, stem=stem))
    return problems
