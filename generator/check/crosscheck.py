"""Cross-check: what no single file can tell — ids, references, vocabularies, quarters.

Runs over every validated record at once and reports each problem at the line of
the offending value in the editor's file: each id matches its file name and is used
once, each reference names a record that exists (and is no draft, unless the referrer
is one too), each vocabulary value is in `vocabularies.yml`, each date lies in the
quarter of its folder. The two trees (regions, sites) are checked in `hierarchy.py`,
honours against their categories in `honours.py`; personal numbers in `privacyscan.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from pydantic_core import PydanticCustomError

from ..records.kinds import REFERRED
from ..records.network import Site
from ..records.parsers import parse_id
from ..records.quarter import quarter_bounds, quarter_of
from ..records.registers import RegionFile, Vocabularies
from ..report import messages
from ..report.problems import WARNING, Problem, Tally
from .entry import Entry, Findings
from .hierarchy import check_hierarchy, check_regions
from .honours import check_honor
from .points import check_points, check_points_config

Loc = tuple[str | int, ...]
# What a message calls each vocabulary: the title of its field in `vocabularies.yml`.
VOCABULARY = {name: info.title or name for name, info in Vocabularies.model_fields.items()}


def crosscheck(
    entries: Sequence[Entry],
    vocab_entry: Entry,
    regions_entry: Entry,
    file_ids: dict[str, set[str]] | None = None,
    tally: Tally | None = None,
) -> list[Problem]:
    """Every problem between records; none means the records can be cataloged.

    `file_ids` are the ids (file names) of all record files, valid or not: a reference
    to a file that failed validation is not reported again as unknown.
    """
    regions: RegionFile = regions_entry.record
    vocab: Vocabularies = vocab_entry.record
    report = Findings(tally)
    _check_vocabulary(vocab_entry, report)
    by_kind: dict[str, dict[str, Entry]] = {
        k: {} for k in ("site", "team", "service", "activity", "honor", "bulletin", "points")
    }
    for entry in entries:
        if not entry.knows("id", "quarter") or not entry.knows(*KEYED.get(entry.kind, ())):
            continue  # without its id a record cannot be told apart from the others
        _check_identity(entry, by_kind[entry.kind], report)
    region_codes = {r.code for r in regions.regions}
    check_regions(regions_entry, report)
    ids = {kind: set(found) | (file_ids or {}).get(kind, set()) for kind, found in by_kind.items()}
    drafts = {
        kind: {k for k, e in found.items() if e.record.draft} for kind, found in by_kind.items()
    }

    def ref(entry: Entry, loc: Loc, kind: str, value: str | None) -> None:
        if value is None:
            return
        pool = region_codes if kind == "region" else ids[kind]
        if value not in pool:
            hint = partial(messages.suggest, value, pool)
            report.at(entry, loc, "unknown_ref", what=REFERRED[kind], value=value, hint=hint)
        elif kind != "region" and value in drafts[kind] and not entry.record.draft:
            report.at(
                entry,
                loc,
                "unknown_ref",
                what=REFERRED[kind],
                value=value,
                hint=messages.HINTS["draft_ref"],
            )

    def vocab_in(
        entry: Entry, loc: Loc, value: str | None, allowed: Iterable[str], name: str
    ) -> None:
        pool = list(allowed)
        if value is not None and value not in pool:
            hint = partial(messages.vocab_hint, value, pool)
            report.at(entry, loc, "unknown_vocab", value=value, vocab=name, hint=hint)

    levels = {level.name: level for level in vocab.site_levels}
    for entry in by_kind["site"].values():
        site: Site = entry.record
        vocab_in(entry, ("level",), site.level, levels, VOCABULARY["site_levels"])
        ref(entry, ("region",), "region", site.region)
        ref(entry, ("parent",), "site", site.parent)
    for entry in by_kind["team"].values():
        ref(entry, ("site",), "site", entry.record.site)
    for entry in by_kind["service"].values():
        for i, site_id in enumerate(entry.record.sites):
            ref(entry, ("sites", i), "site", site_id)
        for i, team_id in enumerate(entry.record.teams):
            ref(entry, ("teams", i), "team", team_id)
        for i, step in enumerate(entry.record.steps):
            vocab_in(entry, ("steps", i), step, vocab.order_steps, VOCABULARY["order_steps"])
    for entry in by_kind["activity"].values():
        act = entry.record
        vocab_in(entry, ("type",), act.type, vocab.activity_types, VOCABULARY["activity_types"])
        vocab_in(
            entry,
            ("content",),
            act.content,
            vocab.practice_contents,
            VOCABULARY["practice_contents"],
        )
        vocab_in(entry, ("form",), act.form, vocab.practice_forms, VOCABULARY["practice_forms"])
        for i, site_id in enumerate(act.sites):
            ref(entry, ("sites", i), "site", site_id)
        for i, team_id in enumerate(act.teams):
            ref(entry, ("teams", i), "team", team_id)
        ref(entry, ("service",), "service", act.service)
        _check_in_quarter(entry, ("date",), act.date, report)
        if act.end_date is not None:
            _check_in_quarter(entry, ("end_date",), act.end_date, report)
    for entry in by_kind["honor"].values():
        ref(entry, ("site",), "site", entry.record.site)
        check_honor(entry, vocab, report)
        _check_in_quarter(entry, ("date",), entry.record.date, report)
    for entry in by_kind["bulletin"].values():
        for i, highlight in enumerate(entry.record.highlights):
            ref(entry, ("highlights", i, "activity"), "activity", highlight.activity)
    check_hierarchy(by_kind["site"], levels, report)
    check_points_config(vocab_entry, report)
    check_points(by_kind["points"].values(), by_kind["site"], vocab, report)
    return report.problems


def _check_vocabulary(entry: Entry, report: Findings) -> None:
    """What vocabularies.yml says of its own lists: a meaning is of a listed form, and
    once meanings are given, a form without one is a 提示 (the site shows it bare)."""
    vocab: Vocabularies = entry.record
    forms = "、".join(vocab.practice_forms) or "（空）"
    for form in vocab.practice_form_meanings:
        if form not in vocab.practice_forms:
            loc = ("practice_form_meanings", form)
            report.at(entry, loc, "form_meaning_unknown", on_key=True, value=form, forms=forms)
    if vocab.practice_form_meanings:
        for i, form in enumerate(vocab.practice_forms):
            if form not in vocab.practice_form_meanings:
                report.at(
                    entry,
                    ("practice_forms", i),
                    "form_meaning_missing",
                    severity=WARNING,
                    value=form,
                )


# The fields a record's key is made of, where it is not its `id` (or a bulletin's quarter).
KEYED: dict[str, tuple[str, ...]] = {"points": ("site", "quarter")}


def record_key(entry: Entry) -> str:
    record = entry.record
    if entry.kind == "points":  # a partial record (validate.py) is not a Points: no `id`
        return f"{record.site}-{record.quarter.lower()}"
    return str(record.quarter if entry.kind == "bulletin" else record.id)


def file_stem(shown: str) -> str:
    """`PurePosixPath(shown).stem` without making a path (thousands of files per run)."""
    name = shown.rstrip("/").rpartition("/")[2]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _is_id(text: str) -> bool:
    try:
        return parse_id(text) == text
    except PydanticCustomError:
        return False


def _check_identity(entry: Entry, seen: dict[str, Entry], report: Findings) -> None:
    stem = file_stem(entry.loaded.path)
    key = record_key(entry)
    if entry.kind == "points":  # named after its 站, once per quarter: check/points.py
        seen.setdefault(key, entry)
        return
    field = "quarter" if entry.kind == "bulletin" else "id"
    if key != stem:
        if entry.kind == "bulletin":
            kind = "quarter_mismatch"
        else:
            kind = "id_mismatch" if _is_id(stem) else "id_bad_file_name"
        report.at(entry, (field,), kind, value=key, stem=stem)
    if key in seen:
        report.at(entry, (field,), "duplicate_id", value=key, other=seen[key].loaded.path)
    else:
        seen[key] = entry


def _check_in_quarter(entry: Entry, loc: Loc, day: Any, report: Findings) -> None:
    folder = entry.folder
    if folder is None or day is None or quarter_of(day) == folder:
        return
    start, end = quarter_bounds(folder)
    report.at(
        entry,
        loc,
        "date_outside_quarter",
        value=day.isoformat(),
        quarter=folder,
        start=start.isoformat(),
        end=end.isoformat(),
        right=quarter_of(day),
    )
