"""Points (积分制): what a village's quarter of points must agree on, besides its fields.

Each file names a 站 (the village's practice station) that exists, lies in the folder of
its quarter and is named after its 站; each monthly entry falls in that quarter, names
a dimension the county configured (`vocabularies.yml` points.dimensions) and one thing —
an addition, a deduction or 一票否决 —, and every deduction and 一票否决 says why; a
total the editor wrote adds up; a minor is entered only with a guardian's consent and
never with a public reason; the county's thresholds are in order. Home addresses and
personal numbers are found by the privacy scan (`privacyscan.py`), as in honours.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..records.points import PointEntry, Points
from ..records.quarter import quarter_bounds
from ..records.registers import Vocabularies
from ..report import messages
from .entry import Entry, Findings

Loc = tuple[str | int, ...]


def entry_sum(entries: Iterable[PointEntry]) -> int:
    """A person's quarter: additions less deductions (一票否决 decides the board, not the sum)."""
    return sum((e.add or 0) - (e.deduct or 0) for e in entries)


def check_points_config(entry: Entry, report: Findings) -> None:
    """The county's rules in vocabularies.yml: a red line above the grey one, names once."""
    vocab: Vocabularies = entry.record
    for group in ("residents", "party"):
        boards = getattr(vocab.points, group)
        if boards.red <= boards.grey:
            loc: Loc = ("points", group, "red")
            report.at(entry, loc, "points_boards_order", red=boards.red, grey=boards.grey)
    seen: set[str] = set()
    for i, dimension in enumerate(vocab.points.dimensions):
        if dimension.name in seen:
            report.at(entry, ("points", "dimensions", i, "name"), "points_dimension_twice")
        seen.add(dimension.name)


def check_points(
    points: Iterable[Entry], sites: dict[str, Entry], vocab: Vocabularies, report: Findings
) -> None:
    """Every points file against its folder, its 站 and the county's dimensions."""
    for entry in points:
        record: Points = entry.record
        if entry.knows("quarter") and entry.folder and record.quarter != entry.folder:
            report.at(entry, ("quarter",), "points_quarter_folder", value=record.quarter)
        _check_site(entry, sites, report)
        if not entry.knows("quarter"):
            continue
        start, end = quarter_bounds(entry.folder or record.quarter)
        if entry.knows("date") and record.date < start:
            report.at(entry, ("date",), "points_date_early", value=record.date, start=start)
        months = {f"{start.year}-{m:02d}" for m in range(start.month, end.month + 1)}
        quarter = entry.folder or record.quarter
        for b, branch in enumerate(record.party if entry.knows("party") else []):
            for m, member in enumerate(branch.members):
                at: Loc = ("party", b, "members", m)
                _check_person(entry, at, member.entries, member.total, months, quarter, report)
                _check_entries(entry, at, member.entries, vocab, report, resident=False)
        for r, person in enumerate(record.residents if entry.knows("residents") else []):
            at = ("residents", r)
            _check_person(entry, at, person.entries, person.total, months, quarter, report)
            _check_entries(entry, at, person.entries, vocab, report, resident=True)
            if person.minor and not person.guardian_consent:
                report.at(entry, (*at, "minor"), "points_minor_consent", on_key=True)
            if person.minor:
                for i, line in enumerate(person.entries):
                    if line.public:
                        report.at(entry, (*at, "entries", i, "public"), "points_minor_public")


def _check_site(entry: Entry, sites: dict[str, Entry], report: Findings) -> None:
    record: Points = entry.record
    if not entry.knows("site"):
        return
    stem = entry.loaded.path.rpartition("/")[2].removesuffix(".yml")
    if record.site != stem:
        report.at(entry, ("site",), "points_site_file", value=record.site, stem=stem)
    site = sites.get(record.site)
    if site is None:
        hint = messages.suggest(record.site, sites)
        report.at(entry, ("site",), "unknown_ref", what="站点", value=record.site, hint=hint)
    elif site.knows("level") and site.record.level != "站":
        level = site.record.level
        report.at(entry, ("site",), "points_site_level", value=record.site, level=level)


def _check_person(
    entry: Entry,
    at: Loc,
    lines: list[PointEntry],
    total: int | None,
    months: set[str],
    quarter: str,
    report: Findings,
) -> None:
    for i, line in enumerate(lines):
        if line.month not in months:
            first, last = min(months), max(months)
            args: dict[str, Any] = {"value": line.month, "quarter": quarter}
            report.at(
                entry,
                (*at, "entries", i, "month"),
                "points_month_outside",
                **args,
                first=first,
                last=last,
            )
    if total is not None and total != entry_sum(lines):
        report.at(entry, (*at, "total"), "points_total", value=total, right=entry_sum(lines))


def _check_entries(
    entry: Entry,
    at: Loc,
    lines: list[PointEntry],
    vocab: Vocabularies,
    report: Findings,
    *,
    resident: bool,
) -> None:
    caps = {d.name: d.max for d in vocab.points.dimensions}
    allowed = "、".join(caps)
    added: dict[tuple[str, str], tuple[int, int]] = {}
    for i, line in enumerate(lines):
        here: Loc = (*at, "entries", i)
        if line.add is None and line.deduct is None and not line.veto:
            report.at(entry, (*here, "month"), "points_entry_empty", on_key=True)
        written = [k for k in ("add", "deduct", "veto") if getattr(line, k) not in (None, False)]
        if len(written) > 1:  # one line is one decision, with its own reason
            both = "、".join(written)
            report.at(entry, (*here, written[1]), "points_entry_mixed", on_key=True, keys=both)
        for key in ("deduct", "veto"):
            if getattr(line, key) and not line.reason:
                report.at(entry, (*here, key), "points_reason_missing", on_key=True, key=key)
        if line.dimension is None:
            if resident:
                report.at(
                    entry,
                    (*here, "month"),
                    "points_dimension_missing",
                    allowed=allowed,
                    on_key=True,
                )
            continue
        if line.dimension not in caps:
            hint = messages.suggest(line.dimension, caps, listing="")
            report.at(
                entry,
                (*here, "dimension"),
                "points_dimension_unknown",
                value=line.dimension,
                allowed=allowed,
                hint=hint,
            )
            continue
        key2 = (line.month, line.dimension)
        total, first = added.get(key2, (0, i))
        added[key2] = (total + (line.add or 0), first)
    for (month, name), (total, i) in sorted(added.items()):
        cap = caps.get(name)
        if cap is not None and total > cap:
            report.at(
                entry,
                (*at, "entries", i, "add"),
                "points_over_cap",
                month=month,
                dimension=name,
                value=total,
                cap=cap,
            )
