"""Timeline: what only today's date can tell about the records (today in Shanghai).

The site follows the calendar without a commit — a record dated after today is held
back until its day, an honour whose notice period is over is shown as 公示期满（待认定）
— and the deploy templates rebuild every day. What an editor should still act on
is reported here: a notice period that ended while the honour is still 公示中 (a
warning: the site is right, the record is not yet), and a correction or a withdrawal
dated after today (an error: each records something that was done, and a withdrawal
takes effect at once), and an activity announced ahead (预告) whose day has passed (a
warning: its counts are wanted, and it is no longer announced).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..report.problems import WARNING, Problem
from .entry import Entry

NOTICE_OVER = "公示期满（待认定）"


def notice_over(honor: Any, today: date | None) -> bool:
    """The honour is still 公示中 though its notice period ended before `today`."""
    return (
        today is not None
        and honor.status == "公示中"
        and honor.notice is not None
        and honor.notice.end < today
    )


def check_timeline(entries: Sequence[Entry], today: date | None) -> list[Problem]:
    """Problems that depend on `today`; none when `today` is None (no calendar given)."""
    if today is None:
        return []
    problems: list[Problem] = []
    for entry in entries:
        record = entry.record
        if entry.kind == "honor" and entry.knows("status", "notice") and notice_over(record, today):
            problems.append(
                entry.problem(
                    ("status",), "notice_over", severity=WARNING, end=record.notice.end.isoformat()
                )
            )
        if entry.kind == "activity" and entry.knows("status", "date", "end_date"):
            problems += _announced_past(entry, today)
        withdrawn = getattr(record, "withdrawn", None)
        if entry.knows("withdrawn") and withdrawn is not None and withdrawn > today:
            # Withdrawal takes effect at once, so a day ahead is a typo, not a plan.
            problems.append(
                entry.problem(
                    ("withdrawn",),
                    "withdrawn_in_future",
                    day=withdrawn.isoformat(),
                    today=today.isoformat(),
                )
            )
        if not entry.knows("corrections"):
            continue
        for i, correction in enumerate(getattr(record, "corrections", None) or []):
            if correction.date > today:
                problems.append(
                    entry.problem(
                        ("corrections", i, "date"),
                        "correction_in_future",
                        day=correction.date.isoformat(),
                        today=today.isoformat(),
                    )
                )
    return problems


def announced_over(activity: Any, today: date | None) -> bool:
    """An activity still 预告 whose last day is before `today`: it happened, or not."""
    last = activity.end_date or activity.date
    return today is not None and activity.status == "预告" and last < today


def _announced_past(entry: Entry, today: date) -> list[Problem]:
    record = entry.record
    if record.draft or not announced_over(record, today):
        return []
    day = (record.end_date or record.date).isoformat()
    return [entry.problem(("status",), "activity_announced_past", severity=WARNING, day=day)]
