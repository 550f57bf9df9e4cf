"""Staffing: what the practice staff of each site must agree on with the vocabularies.

Each staff member's role is one of the county's `staff_roles` (an error naming the
allowed ones), the same person in the same role is listed once, and a level that
`staff_required` names must have someone in its role: a missing one is a 提示
(warning), since a post can be vacant for a while and the site still be published.
In `vocabularies.yml` itself, `staff_required` names levels and roles that exist and
`training_types` are activity types. The office phone refuses a mobile as it is typed
(`records/parsers.py`); personal numbers anywhere else are `privacyscan.py`'s.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records.network import Site
from ..records.registers import Vocabularies
from ..report import messages
from ..report.problems import WARNING, Problem, Tally
from .entry import Entry, Findings

EMPTY = "（空）"


def check_staffing(
    entries: Iterable[Entry], vocab_entry: Entry, tally: Tally | None = None
) -> list[Problem]:
    """Every staffing problem of the vocabularies and of each site's `staff`."""
    report = Findings(tally)
    vocab: Vocabularies = vocab_entry.record
    _check_vocabulary(vocab_entry, vocab, report)
    levels = {level.name for level in vocab.site_levels}
    required = {
        level: role
        for level, role in vocab.staff_required.items()
        if level in levels and role in vocab.staff_roles
    }
    for entry in entries:
        if entry.kind == "site":
            _check_site(entry, vocab, required, report)
    return report.problems


def _check_vocabulary(entry: Entry, vocab: Vocabularies, report: Findings) -> None:
    levels = "、".join(level.name for level in vocab.site_levels) or EMPTY
    roles = "、".join(vocab.staff_roles) or EMPTY
    for level, role in vocab.staff_required.items():
        if level not in {lv.name for lv in vocab.site_levels}:
            loc = ("staff_required", level)
            report.at(entry, loc, "staff_required_level", on_key=True, value=level, levels=levels)
        elif role not in vocab.staff_roles:
            loc = ("staff_required", level)
            report.at(entry, loc, "staff_required_role", value=role, roles=roles)
    types = list(vocab.activity_types)
    for i, kind in enumerate(vocab.training_types):
        if kind not in types:
            hint = messages.vocab_hint(kind, types)
            report.at(entry, ("training_types", i), "training_type_unknown", value=kind, hint=hint)


def _check_site(
    entry: Entry, vocab: Vocabularies, required: dict[str, str], report: Findings
) -> None:
    site: Site = entry.record
    roles = list(vocab.staff_roles)
    seen: dict[tuple[str, str], int] = {}
    for i, member in enumerate(site.staff):
        if member.role not in roles:
            hint = messages.suggest(member.role, roles, listing="")
            report.at(
                entry,
                ("staff", i, "role"),
                "staff_role_unknown",
                value=member.role,
                hint=hint,
                allowed="、".join(roles) or EMPTY,
            )
        key = (member.name, member.role)
        if key in seen:
            first, _ = entry.position(("staff", seen[key], "name"))
            loc = ("staff", i, "name")
            report.at(
                entry, loc, "staff_duplicate", value=member.name, role=member.role, first=first
            )
        else:
            seen[key] = i
    role = required.get(site.level)
    if role is None or site.draft or not entry.knows("staff", "level", "draft"):
        return
    if not any(member.role == role for member in site.staff):
        at: tuple[str, ...] = ("staff",) if site.staff else ("level",)
        report.at(
            entry, at, "staff_required_missing", severity=WARNING, level=site.level, role=role
        )


def staffed(site: Site, vocab: Vocabularies) -> bool | None:
    """Whether a site has the role its level requires; None when its level requires none."""
    role = vocab.staff_required.get(site.level)
    if role is None:
        return None
    return any(member.role == role for member in site.staff)
