"""Record rules: what the fields of one record must agree on.

A field can be right on its own and wrong beside another: an end before its start, a
withdrawal date on an honour that is not withdrawn, a withdrawal before the honour
was given. These rules are not pydantic model validators, because those run only
when every field is valid and stop at the first broken rule: an editor would then
need one run per mistake. Here every rule whose fields could be typed is checked,
on a complete record and on the valid part of a broken one (`validate.py`), and
each broken rule is reported at the field the editor most likely has to change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from .chronicle import Activity, Honor


@dataclass(frozen=True)
class Rule:
    """`broken(record)` is true when the rule does not hold; it needs `needs` to be valid."""

    needs: tuple[str, ...]
    at: tuple[str, ...]  # the fields to point at, the first one the file has
    kind: str  # a key of messages.MESSAGES
    broken: Callable[[Any], bool]


def _reversed(record: Any) -> bool:
    return record.end_date is not None and record.end_date < record.date


def _withdrawn_before(record: Any) -> bool:
    return record.withdrawn is not None and record.withdrawn < record.date


def _no_reason(record: Any) -> bool:
    """A withdrawn activity says why in a correction of the same day (shown in 本期更正)."""
    if record.withdrawn is None:
        return False
    return not any(c.date == record.withdrawn for c in record.corrections)


def _no_count(name: str) -> Callable[[Any], bool]:
    """A held activity (已举办, the default) has its count; an announced one need not yet."""
    return lambda record: record.status == "已举办" and getattr(record, name) is None


def _end_alone(record: Any) -> bool:
    return record.end_time is not None and record.start_time is None


def _time_reversed(record: Any) -> bool:
    """The end comes after the start: over several days the times are each day's (每天)."""
    if record.start_time is None or record.end_time is None:
        return False
    return bool(record.end_time <= record.start_time)


RULES: dict[type[BaseModel], tuple[Rule, ...]] = {
    Activity: (
        Rule(("date", "end_date"), ("end_date",), "wm_range_reversed", _reversed),
        Rule(("date", "withdrawn"), ("withdrawn",), "activity_withdrawn_before", _withdrawn_before),
        Rule(("withdrawn", "corrections"), ("withdrawn",), "activity_withdrawn_reason", _no_reason),
        # 活动预告 (announced ahead): counts once held, times that make sense.
        Rule(
            ("status", "sessions"),
            ("sessions", "status"),
            "activity_no_sessions",
            _no_count("sessions"),
        ),
        Rule(
            ("status", "attendance"),
            ("attendance", "status"),
            "activity_no_attendance",
            _no_count("attendance"),
        ),
        Rule(("start_time", "end_time"), ("end_time",), "activity_end_time_alone", _end_alone),
        Rule(
            ("date", "end_date", "start_time", "end_time"),
            ("end_time",),
            "activity_time_reversed",
            _time_reversed,
        ),
    ),
    Honor: (
        Rule(
            ("status", "notice"),
            ("status",),
            "wm_notice_missing",
            lambda h: h.status == "公示中" and h.notice is None,
        ),
        Rule(
            ("status", "withdrawn"),
            ("status",),
            "wm_withdrawn_missing",
            lambda h: h.status == "已撤销" and h.withdrawn is None,
        ),
        Rule(
            ("status", "withdrawn"),
            ("withdrawn", "status"),
            "withdrawn_not_status",
            lambda h: h.withdrawn is not None and h.status != "已撤销",
        ),
        Rule(("date", "withdrawn"), ("withdrawn",), "withdrawn_before_date", _withdrawn_before),
    ),
}


def broken_rules(
    model: type[BaseModel], record: Any, invalid: frozenset[str], present: Any
) -> Iterator[tuple[str, str]]:
    """(kind, field to point at) for each rule of `model` that `record` breaks.

    Rules that need a field in `invalid` are skipped: that field has its own error,
    and its value is unknown. `present` is the file's mapping, to point at a field
    the editor wrote rather than one the rule found missing.
    """
    for rule in RULES.get(model, ()):
        if invalid.intersection(rule.needs) or not rule.broken(record):
            continue
        keys = present if isinstance(present, dict) else {}
        at = next((field for field in rule.at if field in keys), rule.at[0])
        yield rule.kind, at
