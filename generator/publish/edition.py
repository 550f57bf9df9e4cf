"""Publishing an edition: whether a quarter is ready, and its manifest.

`wenming publish` writes `content/editions/<季度>.yml` with the fingerprints of every
public record of the quarter (check/frozen.py computes them and guards them after).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import yaml

from ..check.catalog import KINDS, Catalog
from ..check.frozen import DATED, fingerprints, record_quarter
from ..records.quarter import quarter_bounds, quarter_of
from ..records.registers import Edition
from ..report import messages


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
    header = "# 由 wenming publish 生成，记录本期发布时的内容指纹。请勿手改。\n"
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=1000)
