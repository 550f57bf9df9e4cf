"""Publishing an edition: whether a quarter is ready, and its manifest.

`wenming publish` writes `content/editions/<季度>.yml` with the fingerprints of every
public record of the quarter (check/frozen.py computes them and guards them after).
`publish_quarter` is the whole command: the arguments, the check, readiness, the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from ..check.catalog import KINDS, Catalog
from ..check.content import check_content
from ..check.frozen import DATED, fingerprints, record_quarter
from ..records.quarter import (
    FIRST_DAY,
    FIRST_YEAR,
    LAST_DAY,
    LAST_YEAR,
    QUARTER,
    quarter_bounds,
    quarter_of,
    today,
)
from ..records.registers import Edition
from ..report import messages
from ..report.problems import Problem
from .refused import Refused


@dataclass(frozen=True)
class Readiness:
    """What stops a quarter from being published, and what it will leave out."""

    missing: list[str]
    left_out: list[str]


def readiness(catalog: Catalog, quarter: str, day: date, today: date | None = None) -> Readiness:
    """What stops `quarter` from being published on `day` (`today` in Shanghai, if given)."""
    missing: list[str] = []
    left_out: list[str] = []
    first, _ = quarter_bounds(quarter)
    if today is not None and first > today:
        missing.append(messages.say("edition_not_started", quarter=quarter, first=first))
    if day < first:
        missing.append(
            messages.say("edition_before_quarter", quarter=quarter, day=day, first=first)
        )
    if today is not None and day > today:
        # A publication day ahead would refuse every correction until that day.
        missing.append(messages.say("edition_date_ahead", day=day, today=today))
    if quarter in catalog.editions:
        missing.append(
            messages.say("edition_exists", quarter=quarter, day=catalog.editions[quarter].published)
        )
    bulletin = catalog.bulletins.get(quarter)
    if bulletin is None:
        missing.append(messages.say("edition_no_bulletin", quarter=quarter))
    elif bulletin.draft:
        missing.append(messages.say("edition_bulletin_draft", quarter=quarter))
    for key, honor in sorted(catalog.honors.items()):
        if quarter_of(honor.date) != quarter or honor.draft:
            continue
        if honor.status == "公示中" and honor.notice is not None and honor.notice.end < day:
            missing.append(messages.say("edition_notice_over", id=key, end=honor.notice.end))
    for key, activity in sorted(catalog.activities.items()):
        # 活动预告: an edition freezes counts, so an announcement over by then is settled first.
        last = activity.end_date or activity.date
        announced = activity.status == "预告" and not activity.draft
        if announced and quarter_of(activity.date) == quarter and last < day:
            missing.append(messages.say("edition_announced_over", id=key, day=last))
    for kind in DATED:
        for key, record in sorted(catalog.records(kind).items()):
            if record_quarter(kind, record) == quarter and record.draft:
                left_out.append(messages.say("edition_draft_left_out", id=key))
    return Readiness(missing, left_out)


def build_edition(catalog: Catalog, quarter: str, day: date) -> Edition:
    counts = {
        kind: sum(
            1
            for r in catalog.records(kind).values()
            if record_quarter(kind, r) in (None, quarter) and not r.draft
        )
        for kind in KINDS
    }
    return Edition(
        quarter=quarter, published=day, counts=counts, records=fingerprints(catalog, quarter)
    )


def dump_edition(edition: Edition) -> str:
    """The manifest as YAML: stable key order, so a re-run gives the same bytes."""
    data = edition.model_dump(mode="json")
    return messages.say("edition_header") + yaml.safe_dump(
        data, allow_unicode=True, sort_keys=True, width=1000
    )


@dataclass(frozen=True)
class Publication:
    """What `publish_quarter` did: stopped at the check, stopped at readiness, or wrote."""

    published: date
    problems: list[Problem] = field(default_factory=list)  # check's report, when it failed
    left_out: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    written: Path | None = None  # the manifest, once written
    total: int = 0  # records in the edition


def publication_day(day: str | None) -> date:
    """`--date` as a day in the years a record may name (default: today in Shanghai)."""
    try:
        published = date.fromisoformat(day) if day else today()
    except ValueError:
        raise Refused(messages.say("publish_not_day", value=day)) from None
    if not FIRST_DAY <= published <= LAST_DAY:
        raise Refused(messages.say("wm_day_range", value=day, first=FIRST_YEAR, last=LAST_YEAR))
    return published


def publish_quarter(content_dir: Path, quarter: str, day: str | None) -> Publication:
    """Publish `quarter` on `day`: write `editions/<quarter>.yml` if the content is ready."""
    if not QUARTER.match(quarter):
        raise Refused(messages.say("wm_quarter", value=quarter))
    published = publication_day(day)
    catalog, problems = check_content(content_dir, content_dir.as_posix(), today())
    if catalog is None:
        return Publication(published, problems=problems)
    ready = readiness(catalog, quarter, published, today())
    if ready.missing:
        return Publication(published, left_out=ready.left_out, missing=ready.missing)
    edition = build_edition(catalog, quarter, published)
    target = content_dir / "editions" / f"{quarter}.yml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dump_edition(edition), encoding="utf-8")
    total = sum(len(found) for found in edition.records.values())
    return Publication(published, left_out=ready.left_out, written=target, total=total)
